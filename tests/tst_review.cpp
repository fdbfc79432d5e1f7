// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed access reviews end to end: the real sequence-admin-cli against the
// emulator, then the folder tampered with one byte, one file at a time.
#include "support/clirun.h"
#include "support/emulatorfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <QtTest>

using namespace sa;

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reviewShouldSealVerifyCatchTamperingAndConfirm();
    void signOffShouldBeRefusedUntilTheRulesHold();
    void verifyShouldRecomputeTheScope();
    void aSignedManifestShouldVerifyWithGpg();
    void confirmShouldCountAUserGoneAsARevokeDone();

private:
    using Result = satest::CliResult;
    Result cli(const QStringList &arguments)
    {
        QMap<QString, QString> environment;
        if (!m_gnupgHome.isEmpty())
            environment.insert(QStringLiteral("GNUPGHOME"), m_gnupgHome);
        return satest::runCli(arguments, QStringLiteral("demo-secret"), environment);
    }
    // Starts a review of the emulator's users into dir; extra: filters.
    void start(EmulatorServer &server, const QString &dir, const QStringList &extra = {})
    {
        const Result result
            = cli(QStringList {QStringLiteral("review"), QStringLiteral("start"), QStringLiteral("--title"),
                      QStringLiteral("Q4 2026"), QStringLiteral("--dir"), dir, QStringLiteral("--base-url"),
                      server.baseUrl().toString(), QStringLiteral("--page-size"), QStringLiteral("50"),
                      QStringLiteral("--no-store")}
                + extra);
        QVERIFY2(result.code == 0, result.err.constData());
    }
    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    static bool writeJson(const QString &path, const QJsonObject &object)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(object).toJson()) > 0;
    }
    static bool copyFolder(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to + source.mid(from.size());
            if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
                return false;
        }
        return true;
    }
    // The names of the roles user id holds, as its recorded page says.
    static QStringList rolesOf(const QString &dir, const QString &id)
    {
        QDirIterator it(dir + QStringLiteral("/pages"), {QStringLiteral("0*.json")}, QDir::Files);
        while (it.hasNext()) {
            for (const QJsonValue &user : readJson(it.next()).value(QStringLiteral("items")).toArray()) {
                if (user.toObject().value(QStringLiteral("id")).toString() != id)
                    continue;
                QStringList names;
                for (const QJsonValue &role : user.toObject().value(QStringLiteral("roles")).toArray())
                    names << role.toObject().value(QStringLiteral("roleName")).toString();
                return names;
            }
        }
        return {};
    }
    static QString reviewer() { return QStringLiteral("Ana Lima <ana.lima@example.org>"); }
    QTemporaryDir m_dir;
    QString m_gnupgHome;
};

void TestReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(SA_CLI_PATH)));
}

void TestReview::reviewShouldSealVerifyCatchTamperingAndConfirm()
{
    auto server = satest::startEmulator(200);
    const QString dir = m_dir.filePath(QStringLiteral("q4"));
    start(*server, dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // The raw pages and their record: 4 pages of 50, each body hashed.
    const QJsonArray requests
        = readJson(dir + QStringLiteral("/pages/requests.json")).value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 4);
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        QFile page(dir + QLatin1Char('/') + request.value(QStringLiteral("file")).toString());
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromLatin1(QCryptographicHash::hash(page.readAll(), QCryptographicHash::Sha256).toHex()),
            request.value(QStringLiteral("sha256")).toString());
        QCOMPARE(request.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("/api/users"));
        QVERIFY(request.value(QStringLiteral("query")).toString().startsWith(QLatin1String("limit=50")));
        QVERIFY(!request.contains(QStringLiteral("headers")));
    }
    QFile record(dir + QStringLiteral("/pages/requests.json"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QByteArray recorded = record.readAll();
    QVERIFY(!recorded.contains("demo-secret") && !recorded.contains("Authorization"));

    Result status = cli({QStringLiteral("review"), QStringLiteral("status"), dir, QStringLiteral("--format"),
        QStringLiteral("json")});
    QCOMPARE(status.code, 0);
    QJsonObject counts = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(counts.value(QStringLiteral("usersInScope")).toInt(), 200);
    QCOMPARE(counts.value(QStringLiteral("undecided")).toInt(), 200);
    QCOMPARE(counts.value(QStringLiteral("undecidedUsers")).toArray().size(), 200); // json lists all
    // Text lists the first 50 and says how many more; --limit 0 lists all.
    const auto undecidedLines = [](const QByteArray &out) {
        qsizetype lines = 0;
        for (const QByteArray &line : out.split('\n'))
            lines += line.startsWith("  ") && line.contains('@');
        return lines;
    };
    status = cli({QStringLiteral("review"), QStringLiteral("status"), dir});
    QCOMPARE(status.code, 0);
    QCOMPARE(undecidedLines(status.out), qsizetype(50));
    QVERIFY2(status.out.contains("  ... and 150 more (--limit 0 lists them all)\n"), status.out.constData());
    status = cli({QStringLiteral("review"), QStringLiteral("status"), dir, QStringLiteral("--limit"),
        QStringLiteral("0")});
    QCOMPARE(undecidedLines(status.out), qsizetype(200));
    QVERIFY(!status.out.contains("more (--limit"));

    // Three revokes with reasons (one of a role only), the rest kept.
    const QJsonArray users
        = readJson(dir + QStringLiteral("/review.json")).value(QStringLiteral("users")).toArray();
    QStringList revoked;
    for (int i : {3, 77, 150})
        revoked << users.at(i).toObject().value(QStringLiteral("email")).toString();
    Result decided = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"),
        revoked[0], QStringLiteral("--user"), revoked[1], QStringLiteral("--decision"),
        QStringLiteral("revoke"), QStringLiteral("--reason"), QStringLiteral("left the company"),
        QStringLiteral("--reviewer"), reviewer()});
    QVERIFY2(decided.code == 0, decided.err.constData());
    decided = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"),
        revoked[2], QStringLiteral("--decision"), QStringLiteral("revoke"), QStringLiteral("--revoke-roles"),
        rolesOf(dir, users.at(150).toObject().value(QStringLiteral("id")).toString()).join(QLatin1Char(',')),
        QStringLiteral("--reason"), QStringLiteral("no longer needs it"), QStringLiteral("--reviewer"),
        reviewer()});
    QVERIFY2(decided.code == 0, decided.err.constData());
    decided = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--all-undecided"),
        QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--reviewer"), reviewer()});
    QVERIFY2(decided.code == 0, decided.err.constData());
    status = cli({QStringLiteral("review"), QStringLiteral("status"), dir, QStringLiteral("--format"),
        QStringLiteral("json")});
    counts = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(counts.value(QStringLiteral("revoke")).toInt(), 3);
    QCOMPARE(counts.value(QStringLiteral("keep")).toInt(), 197);
    QCOMPARE(counts.value(QStringLiteral("undecided")).toInt(), 0);

    // Sign-off: the manifest's SHA-256 on stdout, in the PDF's every footer.
    const Result signedOff
        = cli({QStringLiteral("review"), QStringLiteral("sign"), dir, QStringLiteral("--reviewer"),
            reviewer(), QStringLiteral("--role"), QStringLiteral("Head of Finance")});
    QVERIFY2(signedOff.code == 0, signedOff.err.constData());
    const QString manifestHash = QString::fromLatin1(signedOff.out.trimmed());
    QFile manifest(dir + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(manifest.readAll(), QCryptographicHash::Sha256).toHex()),
        manifestHash);
    for (const char *file : {"report.pdf", "report.html", "report.json", "decisions.csv", "SHA256SUMS"})
        QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(file)), file);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {dir + QStringLiteral("/report.pdf"), QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(120000) && pdftotext.exitCode() == 0,
        "pdftotext (poppler-utils) must be installed: scripts/install-deps.sh does it");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QStringList pages = text.split(QLatin1Char('\f'));
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY(pages.size() > 2);
    for (const QString &page : pages)
        QVERIFY2(
            page.contains(QStringLiteral("Manifest SHA-256: ") + manifestHash), qPrintable(page.left(200)));
    QVERIFY(pages.first().contains(QStringLiteral("Access review: Q4 2026")));
    QVERIFY(pages.first().contains(QStringLiteral("Head of Finance")));
    QVERIFY(pages.first().contains(revoked[0]));
    const QByteArray csv = [&] {
        QFile f(dir + QStringLiteral("/decisions.csv"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QCOMPARE(csv.count('\n'), 201);
    QCOMPARE(csv.count(",revoke,"), 3);

    // Read-only once signed.
    decided
        = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"), revoked[0],
            QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--reviewer"), reviewer()});
    QCOMPARE(decided.code, 1);
    QVERIFY(decided.err.contains("read-only"));

    Result verified = cli({QStringLiteral("review"), QStringLiteral("verify"), dir});
    QVERIFY2(verified.code == 0, verified.out.constData());
    QVERIFY(verified.out.contains("exactly the users and permissions"));
    // sha256sum reads the same sums.
    QProcess sums;
    sums.setWorkingDirectory(dir);
    sums.start(QStringLiteral("sha256sum"),
        {QStringLiteral("--check"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS")});
    QVERIFY(sums.waitForFinished(60000));
    QCOMPARE(sums.exitCode(), 0);

    // One byte changed in any file: verify exits 1 and names it.
    const QStringList files {QStringLiteral("pages/0002.json"), QStringLiteral("pages/requests.json"),
        QStringLiteral("review.json"), QStringLiteral("report.pdf"), QStringLiteral("report.html"),
        QStringLiteral("report.json"), QStringLiteral("decisions.csv"), QStringLiteral("manifest.json"),
        QStringLiteral("SHA256SUMS")};
    int copy = 0;
    for (const QString &file : files) {
        const QString tampered = m_dir.filePath(QStringLiteral("tampered-%1").arg(++copy));
        QVERIFY(copyFolder(dir, tampered));
        QFile target(tampered + QLatin1Char('/') + file);
        QVERIFY(target.open(QIODevice::ReadWrite));
        QVERIFY(target.seek(target.size() / 2));
        char byte = 0;
        QVERIFY(target.getChar(&byte));
        QVERIFY(target.seek(target.size() / 2));
        QVERIFY(target.putChar(char(byte ^ 0x01)));
        target.close();
        const Result result = cli({QStringLiteral("review"), QStringLiteral("verify"), tampered});
        QVERIFY2(result.code == 1, qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(result.out)));
        if (file != QLatin1String("SHA256SUMS")) // a changed sums line names the file it lists
            QVERIFY2(result.out.contains(QByteArray(file.toUtf8() + ": ")),
                qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(result.out)));
    }
    // A page removed, and a file slipped in.
    const QString removed = m_dir.filePath(QStringLiteral("removed"));
    QVERIFY(copyFolder(dir, removed));
    QVERIFY(QFile::remove(removed + QStringLiteral("/pages/0003.json")));
    Result result = cli({QStringLiteral("review"), QStringLiteral("verify"), removed});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.contains("pages/0003.json: missing"));
    const QString added = m_dir.filePath(QStringLiteral("added"));
    QVERIFY(copyFolder(dir, added));
    QFile extra(added + QStringLiteral("/pages/0005.json"));
    QVERIFY(extra.open(QIODevice::WriteOnly) && extra.write("{}") == 2);
    extra.close();
    result = cli({QStringLiteral("review"), QStringLiteral("verify"), added});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.contains("pages/0005.json: not part of the sealed review"));
    // A sums list naming a file outside the folder, and a page that is a FIFO:
    // named, not read (a FIFO would block a reader for ever).
    const QString hostile = m_dir.filePath(QStringLiteral("hostile"));
    QVERIFY(copyFolder(dir, hostile));
    QFile hostileSums(hostile + QStringLiteral("/SHA256SUMS"));
    QVERIFY(hostileSums.open(QIODevice::Append));
    hostileSums.write(QByteArray(64, 'a') + "  ../removed/review.json\n");
    hostileSums.close();
    QVERIFY(QFile::remove(hostile + QStringLiteral("/pages/0001.json")));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {hostile + QStringLiteral("/pages/0001.json")}), 0);
    result = cli({QStringLiteral("review"), QStringLiteral("verify"), hostile});
    QCOMPARE(result.code, 1);
    QVERIFY2(
        result.out.contains("../removed/review.json: not a file of this folder"), result.out.constData());
    QVERIFY2(result.out.contains("pages/0001.json: missing"), result.out.constData());
    // Not a review folder at all.
    result = cli({QStringLiteral("review"), QStringLiteral("verify"), m_dir.path()});
    QCOMPARE(result.code, 2);

    // Confirm against the unchanged emulator: every revoked user still there.
    result = cli({QStringLiteral("review"), QStringLiteral("confirm"), dir, QStringLiteral("--base-url"),
        server->baseUrl().toString(), QStringLiteral("--no-store")});
    QCOMPARE(result.code, 1);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QString &email : revoked)
        QVERIFY2(result.out.contains(email.toUtf8()), result.out.constData());
    const QJsonObject confirmation = readJson(dir + QStringLiteral("/confirm/result.json"));
    QCOMPARE(confirmation.value(QStringLiteral("stillHeld")).toInt(), 3);
    QCOMPARE(readJson(dir + QStringLiteral("/confirm/manifest.json"))
                 .value(QStringLiteral("reviewManifestSha256"))
                 .toString(),
        manifestHash);
    // The confirmation is sealed too.
    verified = cli({QStringLiteral("review"), QStringLiteral("verify"), dir});
    QVERIFY2(verified.code == 0, verified.out.constData());
    QVERIFY(verified.out.contains("confirmation:"));
}

void TestReview::signOffShouldBeRefusedUntilTheRulesHold()
{
    auto server = satest::startEmulator(60);
    const QString dir = m_dir.filePath(QStringLiteral("rules"));
    start(*server, dir);
    auto sign = [&] {
        return cli({QStringLiteral("review"), QStringLiteral("sign"), dir, QStringLiteral("--reviewer"),
            reviewer()});
    };
    // Undecided users.
    Result result = sign();
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains("60 users in scope are undecided"), result.err.constData());
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/manifest.json")));

    const QString path = dir + QStringLiteral("/review.json");
    QJsonObject review = readJson(path);
    QJsonArray users = review.value(QStringLiteral("users")).toArray();
    const QString someone = users.at(7).toObject().value(QStringLiteral("email")).toString();
    // A revoke without a reason is refused when deciding...
    result = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"), someone,
        QStringLiteral("--decision"), QStringLiteral("revoke"), QStringLiteral("--reviewer"), reviewer()});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains("needs a reason"));
    // ...and so is deciding one's own access.
    const QString self = QStringLiteral("Self Reviewer <%1>").arg(someone);
    result = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"), someone,
        QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--reviewer"), self});
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains("own access"));
    // --all-undecided by that user decides everyone else and leaves their row.
    result = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--all-undecided"),
        QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--reviewer"), self});
    QCOMPARE(result.code, 0);
    QVERIFY(result.err.contains("Left 1 for another reviewer"));
    result = sign();
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains("1 user in scope is undecided"), result.err.constData());

    // A hand-edited review.json does not get past sign-off either: a revoke
    // without a reason, and a row decided by its own user.
    review = readJson(path);
    users = review.value(QStringLiteral("users")).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        QJsonObject user = users.at(i).toObject();
        if (user.value(QStringLiteral("email")).toString() == someone) {
            user.insert(QStringLiteral("decision"), QStringLiteral("keep"));
            user.insert(QStringLiteral("reviewer"), self);
        } else if (i == 3) {
            user.insert(QStringLiteral("decision"), QStringLiteral("revoke"));
            user.insert(QStringLiteral("reason"), QString());
        }
        users.replace(i, user);
    }
    review.insert(QStringLiteral("users"), users);
    QVERIFY(writeJson(path, review));
    result = sign();
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains("1 revoke or flag decision gives no reason"), result.err.constData());
    QVERIFY2(result.err.contains("decided about their own access"), result.err.constData());
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/manifest.json")));

    // Put right, it signs.
    result = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"), someone,
        QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--reviewer"), reviewer()});
    QCOMPARE(result.code, 0);
    result = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"),
        users.at(3).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("--decision"),
        QStringLiteral("flag"), QStringLiteral("--reason"), QStringLiteral("ask the team lead"),
        QStringLiteral("--reviewer"), reviewer()});
    QCOMPARE(result.code, 0);
    result = sign();
    QVERIFY2(result.code == 0, result.err.constData());
    result = sign();
    QCOMPARE(result.code, 1);
    QVERIFY(result.err.contains("read-only"));
}

void TestReview::verifyShouldRecomputeTheScope()
{
    auto server = satest::startEmulator(120);
    const QString dir = m_dir.filePath(QStringLiteral("scoped"));
    start(*server, dir, {QStringLiteral("--state"), QStringLiteral("active")});
    const QJsonObject review = readJson(dir + QStringLiteral("/review.json"));
    const QJsonArray users = review.value(QStringLiteral("users")).toArray();
    QVERIFY(users.size() > 10 && users.size() < 120);
    QCOMPARE(review.value(QStringLiteral("scope")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("active"));
    Result result = cli({QStringLiteral("review"), QStringLiteral("verify"), dir});
    QVERIFY2(result.code == 0, result.out.constData());
    // A user dropped from the scope by hand is noticed, signed or not.
    QJsonObject edited = review;
    QJsonArray fewer = users;
    fewer.removeAt(4);
    edited.insert(QStringLiteral("users"), fewer);
    QVERIFY(writeJson(dir + QStringLiteral("/review.json"), edited));
    result = cli({QStringLiteral("review"), QStringLiteral("verify"), dir});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.out.contains("review.json: lists"), result.out.constData());
}

void TestReview::aSignedManifestShouldVerifyWithGpg()
{
    // A key of the test's own, in a keyring of its own, without a passphrase.
    m_gnupgHome = m_dir.filePath(QStringLiteral("gnupg"));
    QVERIFY(QDir().mkpath(m_gnupgHome));
    QFile::setPermissions(m_gnupgHome, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess gpg;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GNUPGHOME"), m_gnupgHome);
    gpg.setProcessEnvironment(env);
    gpg.start(QStringLiteral("gpg"),
        {QStringLiteral("--batch"), QStringLiteral("--passphrase"), QString(),
            QStringLiteral("--quick-gen-key"), QStringLiteral("Ana Lima <ana.lima@example.org>"),
            QStringLiteral("ed25519"), QStringLiteral("sign"), QStringLiteral("never")});
    QVERIFY2(gpg.waitForFinished(60000) && gpg.exitCode() == 0,
        "gpg (gnupg) must be installed: scripts/install-deps.sh does it");

    auto server = satest::startEmulator(40);
    const QString dir = m_dir.filePath(QStringLiteral("gpg"));
    start(*server, dir);
    Result result
        = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--all-undecided"),
            QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--reviewer"), reviewer()});
    QCOMPARE(result.code, 0);
    result = cli({QStringLiteral("review"), QStringLiteral("sign"), dir, QStringLiteral("--reviewer"),
        reviewer(), QStringLiteral("--gpg-key"), QStringLiteral("ana.lima@example.org")});
    QVERIFY2(result.code == 0, result.err.constData());
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/manifest.json.asc")));
    result = cli({QStringLiteral("review"), QStringLiteral("verify"), dir});
    QVERIFY2(result.code == 0, result.out.constData());
    QVERIFY(result.out.contains("good OpenPGP signature"));

    // A manifest changed and every hash made to match again: only the signature can tell.
    QFile manifest(dir + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::ReadWrite));
    QByteArray text = manifest.readAll();
    text.replace("\"Ana Lima\"", "\"Eve Lima\"");
    QVERIFY(manifest.seek(0) && manifest.write(text) == text.size());
    manifest.close();
    QFile sums(dir + QStringLiteral("/SHA256SUMS"));
    QVERIFY(sums.open(QIODevice::ReadOnly));
    QByteArray lines = sums.readAll();
    sums.close();
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray newHash
        = QCryptographicHash::hash(manifest.readAll(), QCryptographicHash::Sha256).toHex();
    QByteArrayList rewritten;
    for (const QByteArray &line : lines.split('\n'))
        rewritten << (line.endsWith("  manifest.json") ? newHash + "  manifest.json" : line);
    QVERIFY(sums.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sums.write(rewritten.join('\n'));
    sums.close();
    result = cli({QStringLiteral("review"), QStringLiteral("verify"), dir});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.out.contains("manifest.json.asc: the OpenPGP signature does not verify"),
        result.out.constData());
    m_gnupgHome.clear();
}

// After remediation the account has fewer users: a revoked user who is gone
// counts as done, one still there does not.
void TestReview::confirmShouldCountAUserGoneAsARevokeDone()
{
    auto server = satest::startEmulator(60);
    const quint16 port = server->baseUrl().port();
    const QString dir = m_dir.filePath(QStringLiteral("remediated"));
    start(*server, dir);
    const QJsonArray users
        = readJson(dir + QStringLiteral("/review.json")).value(QStringLiteral("users")).toArray();
    const QString stays = users.at(5).toObject().value(QStringLiteral("email")).toString();
    const QString goes = users.at(50).toObject().value(QStringLiteral("email")).toString();
    Result result = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--user"),
        stays, QStringLiteral("--user"), goes, QStringLiteral("--decision"), QStringLiteral("revoke"),
        QStringLiteral("--reason"), QStringLiteral("left"), QStringLiteral("--reviewer"), reviewer()});
    QCOMPARE(result.code, 0);
    result = cli({QStringLiteral("review"), QStringLiteral("decide"), dir, QStringLiteral("--all-undecided"),
        QStringLiteral("--decision"), QStringLiteral("keep"), QStringLiteral("--reviewer"), reviewer()});
    QCOMPARE(result.code, 0);
    result = cli(
        {QStringLiteral("review"), QStringLiteral("sign"), dir, QStringLiteral("--reviewer"), reviewer()});
    QVERIFY2(result.code == 0, result.err.constData());

    // The same account (same data, same address), now with its first 40 users only.
    const QUrl url = server->baseUrl();
    server.reset();
    EmulatorOptions options;
    options.users = 40;
    auto smaller = std::make_unique<EmulatorServer>(options);
    QString error;
    QVERIFY2(smaller->listenOn(QHostAddress::LocalHost, port, false, &error), qPrintable(error));
    result = cli({QStringLiteral("review"), QStringLiteral("confirm"), dir, QStringLiteral("--base-url"),
        url.toString(), QStringLiteral("--no-store")});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.out.contains(stays.toUtf8()), result.out.constData());
    QVERIFY2(!result.out.contains(goes.toUtf8()), result.out.constData());
    const QJsonObject confirmation = readJson(dir + QStringLiteral("/confirm/result.json"));
    QCOMPARE(confirmation.value(QStringLiteral("revokes")).toInt(), 2);
    QCOMPARE(confirmation.value(QStringLiteral("stillHeld")).toInt(), 1);
    bool goneDone = false;
    for (const QJsonValue &value : confirmation.value(QStringLiteral("outcomes")).toArray()) {
        const QJsonObject outcome = value.toObject();
        if (outcome.value(QStringLiteral("email")).toString() == goes)
            goneDone = outcome.value(QStringLiteral("tookEffect")).toBool()
                && outcome.value(QStringLiteral("detail")).toString()
                    == QStringLiteral("no longer in the account");
    }
    QVERIFY(goneDone);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
