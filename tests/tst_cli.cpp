// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// sequence-admin-cli end to end: the real binary against the emulator (and
// against servers that misbehave), checking outputs, exit codes and that a
// failed run never creates or changes the output file.
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "reportwriter.h"
#include "roleregistry.h"
#include "snapshotdiff.h"
#include "support/rawhttpserver.h"
#include "usersparser.h"
#include "userstore.h"

#include "support/clirun.h"
#include "support/emulatorfixture.h"
#include "support/scriptedserver.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <QtTest>

using namespace sa;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportShouldWriteEachFormatForAThousandUsers_data();
    void exportShouldWriteEachFormatForAThousandUsers();
    void exportShouldKeepOnlyTheUsersThatMatch();
    void usersShouldListEveryUser();
    void failuresShouldExitWithTheirCodeAndLeaveTheOutputAlone_data();
    void failuresShouldExitWithTheirCodeAndLeaveTheOutputAlone();
    void diffShouldListExactlyTheChanges();
    void helpShouldDocumentTheExitCodes();
    void usersShouldTakeTheFiltersAndFormatsOfExport();
    void departsShouldListExactlyTheUsersWhoseRolesDepart();
    void exportShouldWriteToStandardOutput();
    void eachCommandShouldHaveItsOwnHelp();
    void optionsACommandDoesNotTakeShouldBeRefused_data();
    void optionsACommandDoesNotTakeShouldBeRefused();
    void failuresShouldAlsoBeJsonWithJsonFormats();
    void verboseShouldLogRequestsAndNoSecret();
    void tableShouldMeasureDisplayWidthAndCutLongCells();
    void snapshotsShouldStandInForTheServerAndCatchDrift();
    void checkShouldReportEveryViolatorInEveryFormat();

private:
    using Result = satest::CliResult;
    Result cli(const QStringList &arguments, const QString &secret = QStringLiteral("demo-secret"))
    {
        return satest::runCli(arguments, secret);
    }
    static std::unique_ptr<EmulatorServer> emulator(qint64 users, const QStringList &faults = {})
    {
        return satest::startEmulator(users, faults);
    }
    // What a writer makes of the emulator's users 0..count-1.
    static QByteArray expected(ReportWriter::Format format, const EmulatorDataset &data, int count)
    {
        RoleRegistry registry;
        UserStore store(&registry);
        std::vector<int> rows;
        for (int i = 0; i < count; ++i) {
            // Re-intern through the parser's path: names, not pointers, make the bytes.
            UsersPage page;
            ParseError error;
            QByteArray body = "{\"items\":[";
            data.appendUserJson(body, i, true);
            body += "],\"pagination\":{}}";
            if (!parseUsersPage(body, registry, &page, &error))
                qFatal("%s", qPrintable(error.toString()));
            store.append(page.users.front());
            rows.push_back(i);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ReportWriter::create(format)->write(&buffer, store, rows, {});
        return buffer.data();
    }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(SA_CLI_PATH)));
}

void TestCli::exportShouldWriteEachFormatForAThousandUsers_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"csv", "matrix-csv", "json", "html", "pdf"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestCli::exportShouldWriteEachFormatForAThousandUsers()
{
    QFETCH(QString, format);
    auto server = emulator(1000);
    const QString path = m_dir.filePath(QStringLiteral("users.") + format);
    const Result result = cli({QStringLiteral("export"), QStringLiteral("--base-url"),
        server->baseUrl().toString(), QStringLiteral("--format"), format, QStringLiteral("--output"), path});
    QVERIFY2(result.code == 0, result.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const EmulatorDataset &data = server->dataset();
    if (format == QLatin1String("csv")) {
        QCOMPARE(bytes, expected(ReportWriter::Format::Csv, data, 1000));
    } else if (format == QLatin1String("matrix-csv")) {
        QCOMPARE(bytes, expected(ReportWriter::Format::MatrixCsv, data, 1000));
        QCOMPARE(bytes.count('\n'), 1001);
    } else if (format == QLatin1String("json")) {
        RoleRegistry registry;
        Snapshot snapshot;
        ParseError error;
        QVERIFY2(parseSnapshot(bytes, registry, &snapshot, &error, {}), qPrintable(error.toString()));
        QCOMPARE(snapshot.users.size(), size_t(1000));
        QCOMPARE(snapshot.source, server->baseUrl().toString());
        for (int i = 0; i < 1000; ++i) {
            const User want = data.user(i);
            const User &got = snapshot.users[size_t(i)];
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.email, want.email);
            QCOMPARE(got.state, want.state);
            QCOMPARE(got.sequenceAccountIds, want.sequenceAccountIds);
            QCOMPARE(got.roles.size(), want.roles.size());
            for (size_t r = 0; r < got.roles.size(); ++r) {
                QCOMPARE(got.roles[r]->name(), want.roles[r]->name());
                QCOMPARE(got.roles[r]->grants().size(), want.roles[r]->grants().size());
            }
        }
    } else if (format == QLatin1String("html")) {
        const QString html = QString::fromUtf8(bytes);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(html.contains(data.user(i).email.toHtmlEscaped()));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(120000) && pdftotext.exitCode() == 0,
            "pdftotext (poppler-utils) must be installed: scripts/install-deps.sh does it");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        for (int i = 0; i < 1000; ++i)
            QVERIFY2(text.contains(data.user(i).email), qPrintable(data.user(i).email));
        QVERIFY(text.contains(QLatin1String("Sequence access report")));
    }
}

void TestCli::exportShouldKeepOnlyTheUsersThatMatch()
{
    auto server = emulator(600);
    const QString path = m_dir.filePath(QStringLiteral("finalizers.json"));
    const Result result = cli({QStringLiteral("export"), QStringLiteral("--base-url"),
        server->baseUrl().toString(), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--output"), path, QStringLiteral("--can"), QStringLiteral("finalize:org.invoice"),
        QStringLiteral("--state"), QStringLiteral("active")});
    QCOMPARE(result.code, 0);
    RoleRegistry registry;
    Snapshot snapshot;
    QString error;
    QVERIFY(loadSnapshot(path, registry, &snapshot, &error));
    const RoleRegistry &reference = server->dataset().registry();
    const int invoice = reference.catalog().resourceIndex(QStringLiteral("org.invoice"));
    const int finalize = reference.catalog().actionIndex(QStringLiteral("finalize"));
    QStringList want;
    for (int i = 0; i < 600; ++i) {
        const User user = server->dataset().user(i);
        if (user.state == QLatin1String("active")
            && std::any_of(user.roles.begin(), user.roles.end(),
                [&](const RoleDefinition *r) { return r->grants(invoice, finalize); }))
            want << user.id;
    }
    QStringList got;
    for (const User &user : snapshot.users)
        got << user.id;
    QVERIFY(!want.isEmpty());
    QCOMPARE(got, want);
}

void TestCli::usersShouldListEveryUser()
{
    auto server = emulator(321);
    const Result table = cli({QStringLiteral("users"), QStringLiteral("--base-url"),
        server->baseUrl().toString(), QStringLiteral("--page-size"), QStringLiteral("37")});
    QCOMPARE(table.code, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 322);
    QVERIFY(lines.first().startsWith("EMAIL"));
    QVERIFY(lines.at(5).contains(server->dataset().userId(4).toLatin1()));
    const Result csv = cli({QStringLiteral("users"), QStringLiteral("--base-url"),
        server->baseUrl().toString(), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out, expected(ReportWriter::Format::Csv, server->dataset(), 321));
}

void TestCli::failuresShouldExitWithTheirCodeAndLeaveTheOutputAlone_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("code");
    const QString ok = QStringLiteral("demo-secret");
    QTest::newRow("wrong secret") << QString() << QStringList() << QStringLiteral("wrong") << 3;
    QTest::newRow("server error") << QStringLiteral("page=2:500:always")
                                  << QStringList {QStringLiteral("--retries"), QStringLiteral("1")} << ok
                                  << 4;
    QTest::newRow("rate limited") << QStringLiteral("page=2:429:always")
                                  << QStringList {QStringLiteral("--retries"), QStringLiteral("0")} << ok
                                  << 4;
    QTest::newRow("unreachable") << QStringLiteral("unreachable")
                                 << QStringList {QStringLiteral("--retries"), QStringLiteral("0")} << ok << 4;
    QTest::newRow("timeout") << QStringLiteral("hang")
                             << QStringList {QStringLiteral("--timeout"), QStringLiteral("1"),
                                    QStringLiteral("--retries"), QStringLiteral("0")}
                             << ok << 4;
    QTest::newRow("malformed") << QStringLiteral("page=2:malformed") << QStringList() << ok << 5;
    QTest::newRow("missing field") << QStringLiteral("page=2:missing-field") << QStringList() << ok << 5;
    QTest::newRow("repeating cursor") << QStringLiteral("page=2:repeat-cursor") << QStringList() << ok << 5;
    QTest::newRow("oversized") << QStringLiteral("page=2:oversized") << QStringList() << ok << 5;
    QTest::newRow("bad format") << QString()
                                << QStringList {QStringLiteral("--format"), QStringLiteral("xlsx")} << ok
                                << 2;
    QTest::newRow("plain http elsewhere") << QStringLiteral("remote-http") << QStringList() << ok << 2;
    QTest::newRow("output is a folder") << QStringLiteral("folder") << QStringList() << ok << 7;
    QTest::newRow("no such folder") << QStringLiteral("nofolder") << QStringList() << ok << 7;
}

void TestCli::failuresShouldExitWithTheirCodeAndLeaveTheOutputAlone()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, extra);
    QFETCH(QString, secret);
    QFETCH(int, code);
    const bool emulatorFault = fault.startsWith(QLatin1String("page="));
    auto server = emulator(400, emulatorFault ? QStringList {fault} : QStringList());
    satest::RawHttpServer silent([](const QByteArray &) { return QByteArray(); });
    QString baseUrl = server->baseUrl().toString();
    if (fault == QLatin1String("hang"))
        baseUrl = silent.url(QStringLiteral("/api")).toString();
    if (fault == QLatin1String("remote-http"))
        baseUrl = QStringLiteral("http://sequence.invalid/api");
    if (fault == QLatin1String("unreachable")) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        baseUrl = QStringLiteral("http://127.0.0.1:%1/api").arg(probe.serverPort());
    }
    // An old report at the output path must survive any failure untouched.
    QString path = m_dir.filePath(
        QStringLiteral("report-%1.csv")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QByteArray old = "old report, keep me\n";
    if (fault == QLatin1String("folder")) {
        QDir(m_dir.path()).mkpath(QStringLiteral("a-folder"));
        path = m_dir.filePath(QStringLiteral("a-folder"));
    } else if (fault == QLatin1String("nofolder")) {
        path = m_dir.filePath(QStringLiteral("missing/report.csv"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    QStringList arguments {
        QStringLiteral("export"), QStringLiteral("--base-url"), baseUrl, QStringLiteral("--output"), path};
    if (!extra.contains(QStringLiteral("--format")))
        arguments << QStringLiteral("--format") << QStringLiteral("csv");
    arguments << extra;
    const Result result = cli(arguments, secret);
    QVERIFY2(result.code == code,
        qPrintable(
            QStringLiteral("exit %1, stderr: %2").arg(result.code).arg(QString::fromUtf8(result.err))));
    // The error is one line, the last (retry notices may come before it), with no stack trace.
    const QList<QByteArray> errLines = result.err.trimmed().split('\n');
    QVERIFY2(errLines.last().startsWith("sequence-admin-cli: "), result.err.constData());
    for (const QByteArray &line : errLines.mid(0, errLines.size() - 1))
        QVERIFY2(line.contains("Retrying in"), line.constData());
    if (fault == QLatin1String("folder")) {
        QVERIFY(QFileInfo(path).isDir());
    } else if (fault == QLatin1String("nofolder")) {
        QVERIFY(!QFileInfo::exists(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
    }
    // Nothing half-written beside it either.
    const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.csv.*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TestCli::diffShouldListExactlyTheChanges()
{
    const QString older = m_dir.filePath(QStringLiteral("older.json"));
    const QString newer = m_dir.filePath(QStringLiteral("newer.json"));
    {
        auto server = emulator(100);
        QCOMPARE(
            cli({QStringLiteral("export"), QStringLiteral("--base-url"), server->baseUrl().toString(),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), older})
                .code,
            0);
    }
    auto server = emulator(105); // the same seed: the same first 100 users, and 5 more
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--base-url"), server->baseUrl().toString(),
                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), newer})
                 .code,
        0);
    Result diff
        = cli({QStringLiteral("diff"), older, newer, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(diff.code, 1);
    QByteArray want = "change,id,email,resource,action\n";
    for (int i = 100; i < 105; ++i) {
        const User user = server->dataset().user(i);
        want += "user-added," + user.id.toUtf8() + ',' + user.email.toUtf8() + ",,\n";
    }
    QCOMPARE(diff.out, want);

    // Take org.invoice send away from one standard financeUser in the newer file.
    int victim = -1;
    for (int i = 0; i < 105 && victim < 0; ++i) {
        const User user = server->dataset().user(i);
        if (user.roles.size() == 1
            && user.roles.front() == server->dataset().registry().standardRole(QStringLiteral("financeUser")))
            victim = i;
    }
    QVERIFY(victim >= 0);
    QFile file(newer);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    const QByteArray id = server->dataset().userId(victim).toLatin1();
    for (QByteArray &line : lines) {
        if (line.contains(QByteArray("\"id\":\"" + id + '"'))) {
            const qsizetype at = line.indexOf(R"("finalize","send"]},{"resource":"org.creditNote")");
            QVERIFY(at > 0);
            line.replace(at, 17, R"("finalize")");
        }
    }
    const QString edited = m_dir.filePath(QStringLiteral("edited.json"));
    QFile out(edited);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(lines.join('\n'));
    out.close();
    diff = cli({QStringLiteral("diff"), newer, edited, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(diff.code, 1);
    const User user = server->dataset().user(victim);
    QCOMPARE(diff.out,
        "change,id,email,resource,action\nrevoked," + id + ',' + user.email.toUtf8() + ",org.invoice,send\n");
    diff = cli({QStringLiteral("diff"), newer, edited});
    QVERIFY(diff.out.contains("lost send on org.invoice"));
    QCOMPARE(cli({QStringLiteral("diff"), older, older}).code, 0);
    QCOMPARE(cli({QStringLiteral("diff"), older, m_dir.filePath(QStringLiteral("nothing.json"))}).code, 2);
}

void TestCli::helpShouldDocumentTheExitCodes()
{
    const Result help = cli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *line :
        {"0  success", "1  differences found", "2  usage error", "3  authentication failed",
            "4  network or server failure", "5  invalid data", "6  keychain error", "7  cannot write"})
        QVERIFY2(help.out.contains(line), line);
    const Result version = cli({QStringLiteral("--version")});
    QVERIFY(version.out.startsWith("sequence-admin-cli "));
    QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
}

void TestCli::usersShouldTakeTheFiltersAndFormatsOfExport()
{
    auto server = emulator(400);
    const QString url = server->baseUrl().toString();
    const QList<QStringList> filters {{QStringLiteral("--can"), QStringLiteral("finalize:org.invoice")},
        {QStringLiteral("--state"), QStringLiteral("invited")},
        {QStringLiteral("--search"), QStringLiteral("example"), QStringLiteral("--role"),
            QStringLiteral("financeUser")}};
    for (const QStringList &filter : filters) {
        const Result listed = cli(QStringList {QStringLiteral("users"), QStringLiteral("--base-url"), url,
                                      QStringLiteral("--format"), QStringLiteral("csv")}
            + filter);
        const Result exported
            = cli(QStringList {QStringLiteral("export"), QStringLiteral("--base-url"), url,
                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                      QStringLiteral("-"), QStringLiteral("--quiet")}
                + filter);
        QVERIFY2(listed.code == 0 && exported.code == 0, listed.err.constData());
        QCOMPARE(listed.out, exported.out);
        // Filtered, not everyone: fewer rows than the unfiltered report, more than the header.
        const qsizetype lines = listed.out.count('\n');
        QVERIFY2(lines > 1, qPrintable(filter.join(QLatin1Char(' '))));
        const Result ndjson = cli(QStringList {QStringLiteral("users"), QStringLiteral("--base-url"), url,
                                      QStringLiteral("--format"), QStringLiteral("ndjson")}
            + filter);
        QCOMPARE(ndjson.code, 0);
        QSet<QByteArray> ids;
        for (const QByteArray &line : ndjson.out.trimmed().split('\n')) {
            const QJsonObject user = QJsonDocument::fromJson(line).object();
            QVERIFY2(!user.isEmpty(), line.constData());
            ids.insert(user.value(QStringLiteral("id")).toString().toUtf8());
        }
        const QSet<QByteArray> listedIds = satest::csvIds(listed.out);
        QCOMPARE(ids, listedIds);
        QVERIFY(ids.size() < 400);
    }
}

void TestCli::departsShouldListExactlyTheUsersWhoseRolesDepart()
{
    auto server = emulator(400);
    const QString url = server->baseUrl().toString();
    // Everyone as json, read back; the truth from the registry's departures.
    const Result all = cli({QStringLiteral("users"), QStringLiteral("--base-url"), url,
        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(all.code, 0);
    RoleRegistry registry;
    Snapshot snapshot;
    ParseError error;
    QVERIFY2(parseSnapshot(all.out, registry, &snapshot, &error, {}), qPrintable(error.toString()));
    QSet<QString> departing;
    for (const User &user : snapshot.users) {
        if (std::any_of(user.roles.begin(), user.roles.end(),
                [&](const RoleDefinition *role) { return registry.departure(*role).departs(); }))
            departing.insert(user.id);
    }
    QVERIFY(!departing.isEmpty() && departing.size() < 400);
    const Result listed = cli({QStringLiteral("users"), QStringLiteral("--base-url"), url,
        QStringLiteral("--departs"), QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(listed.code, 0);
    QSet<QString> ids;
    for (const QByteArray &line : listed.out.trimmed().split('\n'))
        ids.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, departing);
}

void TestCli::exportShouldWriteToStandardOutput()
{
    auto server = emulator(400);
    for (const char *output : {"-", "/dev/stdout"}) {
        const Result result = cli({QStringLiteral("export"), QStringLiteral("--base-url"),
            server->baseUrl().toString(), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--output"), QLatin1String(output)});
        QVERIFY2(result.code == 0, result.err.constData());
        // Standard output holds the report and nothing else.
        QJsonParseError error;
        const QJsonDocument report = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(report.object().value(QStringLiteral("userCount")).toInt(), 400);
        QCOMPARE(report.object().value(QStringLiteral("users")).toArray().size(), 400);
        QVERIFY(!QFileInfo::exists(QStringLiteral("-")));
    }
}

void TestCli::eachCommandShouldHaveItsOwnHelp()
{
    const Result exportHelp = cli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.code, 0);
    for (const char *text : {"Usage: sequence-admin-cli export", "--output", "--can", "ndjson", "Examples:",
             "export --profile prod --format json --output - | jq .userCount", "7  cannot write"})
        QVERIFY2(exportHelp.out.contains(text), text);
    QVERIFY(!exportHelp.out.contains("Commands:"));
    const Result usersHelp = cli({QStringLiteral("users"), QStringLiteral("--help")});
    QVERIFY(usersHelp.out.contains("Usage: sequence-admin-cli users"));
    QVERIFY(usersHelp.out.contains("--can"));
    QVERIFY(!usersHelp.out.contains("--output"));
    const Result diffHelp = cli({QStringLiteral("diff"), QStringLiteral("--help")});
    QVERIFY(diffHelp.out.contains("OLD"));
    QVERIFY(diffHelp.out.contains("@latest"));
    QVERIFY(!diffHelp.out.contains("--base-url"));
    const Result addHelp = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--help")});
    QVERIFY(addHelp.out.contains("--secret-file"));
    QVERIFY(!addHelp.out.contains("--search"));
}

void TestCli::optionsACommandDoesNotTakeShouldBeRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("users --output") << QStringList {QStringLiteral("users"), QStringLiteral("--output"),
        QStringLiteral("x")} << QByteArray("output");
    QTest::newRow("diff --can") << QStringList {QStringLiteral("diff"), QStringLiteral("a.json"),
        QStringLiteral("b.json"), QStringLiteral("--can"), QStringLiteral("x:y")}
                                << QByteArray("can");
    QTest::newRow("profiles list --base-url") << QStringList {QStringLiteral("profiles"),
        QStringLiteral("list"), QStringLiteral("--base-url"), QStringLiteral("https://h/api")}
                                              << QByteArray("base-url");
    QTest::newRow("export --secret-file")
        << QStringList {QStringLiteral("export"), QStringLiteral("--secret-file"), QStringLiteral("f")}
        << QByteArray("secret-file");
    QTest::newRow("users --format, no value")
        << QStringList {QStringLiteral("users"), QStringLiteral("--format")} << QByteArray("format");
    QTest::newRow("users --format xlsx") << QStringList {QStringLiteral("users"), QStringLiteral("--format"),
        QStringLiteral("xlsx")} << QByteArray("xlsx");
    QTest::newRow("users --page-size abc") << QStringList {QStringLiteral("users"),
        QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/api"), QStringLiteral("--page-size"),
        QStringLiteral("abc")} << QByteArray("page-size");
    QTest::newRow("an option before the command")
        << QStringList {QStringLiteral("--quiet"), QStringLiteral("users")} << QByteArray("command first");
    QTest::newRow("a stray argument")
        << QStringList {QStringLiteral("users"), QStringLiteral("everyone")} << QByteArray("everyone");
}

void TestCli::optionsACommandDoesNotTakeShouldBeRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    const Result result = cli(arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(named), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCli::failuresShouldAlsoBeJsonWithJsonFormats()
{
    auto server = emulator(50);
    for (const char *format : {"json", "ndjson"}) {
        const Result result
            = cli({QStringLiteral("users"), QStringLiteral("--base-url"), server->baseUrl().toString(),
                      QStringLiteral("--format"), QLatin1String(format)},
                QStringLiteral("wrong-secret"));
        QCOMPARE(result.code, 3);
        const QList<QByteArray> lines = result.err.trimmed().split('\n');
        QVERIFY2(lines.first().startsWith("sequence-admin-cli: "), result.err.constData());
        const QJsonObject error
            = QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("authentication"));
        QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), 3);
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("HTTP 401")));
        QVERIFY(result.out.isEmpty());
    }
    // A usage error too, and none at all for the table.
    const Result usage
        = cli({QStringLiteral("users"), QStringLiteral("--format=json"), QStringLiteral("--retries"),
            QStringLiteral("99"), QStringLiteral("--base-url"), server->baseUrl().toString()});
    QCOMPARE(usage.code, 2);
    QVERIFY2(usage.err.contains("{\"error\":{\"kind\":\"usage\""), usage.err.constData());
    const Result table
        = cli({QStringLiteral("users"), QStringLiteral("--base-url"), server->baseUrl().toString()},
            QStringLiteral("wrong"));
    QCOMPARE(table.code, 3);
    QVERIFY(!table.err.contains("{\"error\""));
}

void TestCli::verboseShouldLogRequestsAndNoSecret()
{
    auto server = emulator(250);
    const Result result
        = cli({QStringLiteral("users"), QStringLiteral("--base-url"), server->baseUrl().toString(),
            QStringLiteral("--verbose"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.err.count("[sequence.api] GET /api/users -> 200"), 3);
    QVERIFY2(result.err.contains("[sequence.loader] page 3"), result.err.constData());
    QVERIFY(!result.err.contains("demo-secret"));
    QVERIFY(!result.err.contains(QByteArray("demo-client:demo-secret").toBase64()));
    QVERIFY(!result.err.contains("Authorization"));
    QVERIFY(!result.out.contains("[sequence")); // the log never mixes into the output
    // Without --verbose, no log.
    const Result quiet
        = cli({QStringLiteral("users"), QStringLiteral("--base-url"), server->baseUrl().toString()});
    QVERIFY(!quiet.err.contains("[sequence.api]"));
}

namespace {

// Columns on a terminal, counted independently of the tool: CJK and kana 2,
// combining accents 0, the rest 1.
int columns(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        width += (u >= 0x0300 && u <= 0x036f)                                ? 0
            : ((u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff)) ? 2
                                                                             : 1;
    }
    return width;
}

} // namespace

void TestCli::tableShouldMeasureDisplayWidthAndCutLongCells()
{
    const QByteArray longEmail = QByteArray(90, 'x') + "@example.com";
    satest::ScriptedHttpServer server([&](int, const QByteArray &) {
        return satest::ScriptedAnswer::http(200,
            satest::usersPage({satest::userJson("u1", "\u5c71\u7530\u592a\u90ce@\u4f8b\u3048.jp"),
                satest::userJson("u2", "e\u0301lodie@example.com"), satest::userJson("u3", longEmail),
                satest::userJson("u4", "ana@example.com")}));
    });
    const Result result
        = cli({QStringLiteral("users"), QStringLiteral("--base-url"), server.url().toString()});
    QVERIFY2(result.code == 0, result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    const int stateColumn = columns(lines[0].left(lines[0].indexOf(QStringLiteral("STATE"))));
    for (const QString &line : lines.mid(1)) {
        const qsizetype at = line.indexOf(QStringLiteral("active"));
        QVERIFY2(at > 0, qPrintable(line));
        QCOMPARE(columns(line.left(at)), stateColumn);
    }
    QVERIFY2(lines[3].contains(QChar(0x2026)), qPrintable(lines[3]));
    QVERIFY(!lines[3].contains(QString::fromLatin1(longEmail)));
    QVERIFY(columns(lines[3].left(lines[3].indexOf(QChar(0x2026)) + 1)) <= 60);
}

void TestCli::snapshotsShouldStandInForTheServerAndCatchDrift()
{
    const QString store = m_dir.filePath(QStringLiteral("store/snapshots.sqlite"));
    const QString storeOption = QStringLiteral("--store=") + store;
    const QString csv = QStringLiteral("csv");
    Result live;
    {
        auto server = satest::startEmulator(500, {}, QStringLiteral("demo-secret"), 7);
        const QString url = server->baseUrl().toString();
        const Result take = cli({QStringLiteral("snapshot"), QStringLiteral("take"),
            QStringLiteral("--base-url"), url, storeOption, QStringLiteral("--quiet")});
        QCOMPARE(take.code, 0);
        QCOMPARE(take.out, QByteArray("@1\n"));
        live = cli({QStringLiteral("users"), QStringLiteral("--base-url"), url, QStringLiteral("--format"),
            csv, QStringLiteral("--no-store"), storeOption});
        QCOMPARE(live.code, 0);
    }
    // The emulator is gone: the snapshot answers, byte for byte as the server did.
    const Result offline = cli({QStringLiteral("users"), QStringLiteral("--snapshot"),
        QStringLiteral("@latest"), QStringLiteral("--format"), csv, storeOption});
    QCOMPARE(offline.code, 0);
    QCOMPARE(offline.out, live.out);
    QCOMPARE(satest::csvIds(offline.out).size(), 500);
    // No secret in the store, which only its owner may read.
    QFile file(store);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("demo-secret"));
    QCOMPARE(file.permissions() & 0x0077, QFile::Permissions());

    const EmulatorDataset grown(7, 510);
    {
        auto server = satest::startEmulator(510, {}, QStringLiteral("demo-secret"), 7);
        const QStringList drift {QStringLiteral("drift"), QStringLiteral("--baseline"), QStringLiteral("@1"),
            QStringLiteral("--base-url"), server->baseUrl().toString(), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--no-store"), storeOption};
        const Result result = cli(drift);
        QCOMPARE(result.code, 1);
        const QJsonObject root = QJsonDocument::fromJson(result.out).object();
        const QJsonArray changes = root.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 10);
        QSet<QString> added, expected;
        for (const QJsonValue &change : changes) {
            QCOMPARE(
                change.toObject().value(QLatin1String("change")).toString(), QStringLiteral("user-added"));
            added.insert(change.toObject().value(QLatin1String("id")).toString());
        }
        for (qint64 i = 500; i < 510; ++i)
            expected.insert(grown.userId(i));
        QCOMPARE(added, expected);
        // Expected changes are allowed: nothing left, exit 0.
        const QString allowPath = m_dir.filePath(QStringLiteral("allow.csv"));
        QFile allow(allowPath);
        QVERIFY(allow.open(QIODevice::WriteOnly));
        allow.write("# the ten hires of November\n");
        for (const QString &id : expected)
            allow.write(id.toUtf8() + ",user-added\n");
        allow.close();
        const Result allowed = cli(drift + QStringList {QStringLiteral("--allow"), allowPath});
        QCOMPARE(allowed.code, 0);
        QCOMPARE(QJsonDocument::fromJson(allowed.out).object().value(QLatin1String("allowed")).toInt(), 10);
        // A malformed allow-list is a usage error that names the line.
        QVERIFY(allow.open(QIODevice::WriteOnly | QIODevice::Truncate));
        allow.write("someone,promoted\n");
        allow.close();
        const Result bad = cli(drift + QStringList {QStringLiteral("--allow"), allowPath});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("allow.csv:1"), bad.err.constData());
    }
    {
        auto server = satest::startEmulator(500, {}, QStringLiteral("demo-secret"), 7);
        const Result same = cli({QStringLiteral("drift"), QStringLiteral("--baseline"), QStringLiteral("@1"),
            QStringLiteral("--base-url"), server->baseUrl().toString(), storeOption});
        QCOMPARE(same.code, 0);
        QVERIFY2(same.out.contains("No differences"), same.out.constData());
    }
    // json reports as the baseline and as --against, streamed as diff
    // streams them: the same changes as diff finds in the same two files.
    const QString reports[2] = {
        m_dir.filePath(QStringLiteral("drift-old.json")), m_dir.filePath(QStringLiteral("drift-new.json"))};
    for (int i = 0; i < 2; ++i) {
        auto server = satest::startEmulator(i == 0 ? 500 : 510, {}, QStringLiteral("demo-secret"), 7);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--base-url"), server->baseUrl().toString(),
                         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                         reports[i], QStringLiteral("--no-store"), QStringLiteral("--quiet")})
                     .code,
            0);
    }
    const Result diffed
        = cli({QStringLiteral("diff"), reports[0], reports[1], QStringLiteral("--format"), csv});
    QCOMPARE(diffed.code, 1);
    const Result drifted = cli({QStringLiteral("drift"), QStringLiteral("--baseline"), reports[0],
        QStringLiteral("--against"), reports[1], QStringLiteral("--format"), csv, storeOption});
    QCOMPARE(drifted.code, 1);
    QList<QByteArray> diffLines = diffed.out.split('\n'), driftLines = drifted.out.split('\n');
    std::sort(diffLines.begin(), diffLines.end());
    std::sort(driftLines.begin(), driftLines.end());
    QCOMPARE(driftLines, diffLines);
    QCOMPARE(driftLines.size(), 12); // the header, ten users added, the final newline
    const Result driftedJson
        = cli({QStringLiteral("drift"), QStringLiteral("--baseline"), reports[0], QStringLiteral("--against"),
            reports[1], QStringLiteral("--format"), QStringLiteral("json"), storeOption});
    const QJsonObject driftRoot = QJsonDocument::fromJson(driftedJson.out).object();
    QVERIFY2(driftRoot.value(QLatin1String("baseline")).toString().startsWith(QLatin1String("20")),
        driftedJson.out.constData()); // the report's generatedAt
    QCOMPARE(driftRoot.value(QLatin1String("changes")).toArray().size(), 10);

    // That drift run was remembered as @2; refs work wherever reports do.
    QCOMPARE(
        cli({QStringLiteral("diff"), QStringLiteral("@1"), QStringLiteral("@latest"), storeOption}).code, 0);
    const Result list = cli({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), storeOption});
    QCOMPARE(list.code, 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QLatin1String("ref")).toString(), QStringLiteral("@2"));
    QCOMPARE(all.at(0).toObject().value(QLatin1String("userCount")).toInt(), 500);
    QVERIFY(all.at(0).toObject().value(QLatin1String("complete")).toBool());
    // Export and import round trip to a third, identical snapshot.
    const QString exported = m_dir.filePath(QStringLiteral("snapshot-1.json"));
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("export"), QStringLiteral("@1"),
                     QStringLiteral("--output"), exported, storeOption})
                 .code,
        0);
    const Result imported = cli({QStringLiteral("snapshot"), QStringLiteral("import"), exported, storeOption,
        QStringLiteral("--quiet")});
    QCOMPARE(imported.code, 0);
    QCOMPARE(imported.out, QByteArray("@3\n"));
    const Result shown = cli({QStringLiteral("snapshot"), QStringLiteral("show"), QStringLiteral("@3"),
        QStringLiteral("--format"), QStringLiteral("json"), storeOption});
    const Result first = cli({QStringLiteral("snapshot"), QStringLiteral("show"), QStringLiteral("@1"),
        QStringLiteral("--format"), QStringLiteral("json"), storeOption});
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("sha256")),
        QJsonDocument::fromJson(first.out).object().value(QLatin1String("sha256")));
    // A reference to nothing: exit 8, saying so.
    const Result missing
        = cli({QStringLiteral("users"), QStringLiteral("--snapshot"), QStringLiteral("@42"), storeOption});
    QCOMPARE(missing.code, 8);
    QVERIFY(missing.err.contains("no snapshot @42"));
    // Pruning keeps the newest.
    QCOMPARE(cli({QStringLiteral("snapshot"), QStringLiteral("prune"), QStringLiteral("--keep-last"),
                     QStringLiteral("1"), storeOption, QStringLiteral("--quiet")})
                 .code,
        0);
    const Result after = cli({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json"), storeOption});
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 1);
}
namespace {
// Rule id -> the ids of the users who break it (exceptions aside), from a json findings object.
QMap<QString, QStringList> violatorsOf(const QJsonObject &findings)
{
    QMap<QString, QStringList> out;
    for (const QJsonValue &rule : findings.value(QLatin1String("rules")).toArray()) {
        QStringList ids;
        for (const QJsonValue &finding : rule.toObject().value(QLatin1String("findings")).toArray()) {
            if (!finding.toObject().contains(QLatin1String("exception")))
                ids << finding.toObject().value(QLatin1String("id")).toString();
        }
        ids.sort();
        out.insert(rule.toObject().value(QLatin1String("id")).toString(), ids);
    }
    return out;
}

int runPython(const QString &code, const QStringList &arguments, QByteArray *output)
{
    QProcess python;
    python.start(QStringLiteral("python3"), QStringList {QStringLiteral("-c"), code} + arguments);
    if (!python.waitForFinished(60000))
        return -1;
    *output = python.readAllStandardOutput() + python.readAllStandardError();
    return python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1;
}
} // namespace

void TestCli::checkShouldReportEveryViolatorInEveryFormat()
{
    auto server = emulator(1250);
    const QString url = server->baseUrl().toString();
    const QString policy = QStringLiteral(SA_POLICY_DIR "/billing-baseline.yaml");
    const QStringList base {QStringLiteral("check"), QStringLiteral("--policy"), policy,
        QStringLiteral("--base-url"), url, QStringLiteral("--no-store"), QStringLiteral("--quiet")};
    const Result json = cli(base + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 1); // the demo data breaks the starter policy
    const QJsonObject findings = QJsonDocument::fromJson(json.out).object();
    const QMap<QString, QStringList> fromCheck = violatorsOf(findings);
    QCOMPARE(fromCheck.size(), 7);
    QVERIFY(!fromCheck.value(QStringLiteral("SOD-INVOICE")).isEmpty());
    // The json report carries the same findings for the same users.
    const QString report = m_dir.filePath(QStringLiteral("with-findings.json"));
    const Result exported = cli({QStringLiteral("export"), QStringLiteral("--base-url"), url,
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), report,
        QStringLiteral("--policy"), policy, QStringLiteral("--no-store"), QStringLiteral("--quiet")});
    QCOMPARE(exported.code, 0);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject reportJson = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(violatorsOf(reportJson.value(QLatin1String("findings")).toObject()), fromCheck);
    QCOMPARE(reportJson.value(QLatin1String("users")).toArray().size(), 1250);

    // SARIF 2.1.0, checked against the schema OASIS publishes.
    const QString sarif = m_dir.filePath(QStringLiteral("findings.sarif"));
    QCOMPARE(cli(base
                 + QStringList {QStringLiteral("--format"), QStringLiteral("sarif"),
                     QStringLiteral("--output"), sarif})
                 .code,
        1);
    QByteArray said;
    const int valid = runPython(QStringLiteral("import json, sys, jsonschema\n"
                                               "schema = json.load(open(sys.argv[1]))\n"
                                               "doc = json.load(open(sys.argv[2]))\n"
                                               "jsonschema.Draft4Validator(schema).validate(doc)\n"
                                               "print(len(doc['runs'][0]['results']))\n"),
        {QStringLiteral(SA_TEST_DATA_DIR "/sarif/sarif-schema-2.1.0.json"), sarif}, &said);
    QVERIFY2(valid == 0, said.constData());
    int expectedResults = 0;
    for (const QJsonValue &rule : findings.value(QLatin1String("rules")).toArray()) {
        const QJsonObject object = rule.toObject();
        if (!object.value(QLatin1String("violated")).toBool())
            continue;
        expectedResults += object.value(QLatin1String("kind")).toString() == QLatin1String("maxHolders")
            ? 1
            : int(fromCheck.value(object.value(QLatin1String("id")).toString()).size());
    }
    QCOMPARE(said.trimmed().toInt(), expectedResults);

    // JUnit XML: well-formed, one test case per rule, a failure per violated rule.
    const Result junit = cli(base + QStringList {QStringLiteral("--format"), QStringLiteral("junit")});
    QCOMPARE(junit.code, 1);
    const QString junitPath = m_dir.filePath(QStringLiteral("findings.xml"));
    QFile junitFile(junitPath);
    QVERIFY(junitFile.open(QIODevice::WriteOnly));
    junitFile.write(junit.out);
    junitFile.close();
    QVERIFY2(runPython(QStringLiteral("import sys, xml.etree.ElementTree as ET\n"
                                      "suite = ET.parse(sys.argv[1]).getroot().find('testsuite')\n"
                                      "cases = suite.findall('testcase')\n"
                                      "print(len(cases), sum(1 for c in cases if c.find('failure') is not "
                                      "None), suite.get('failures'))\n"),
                 {junitPath}, &said)
            == 0,
        said.constData());
    const int violated
        = findings.value(QLatin1String("summary")).toObject().value(QLatin1String("violated")).toInt();
    QCOMPARE(said.trimmed(), QStringLiteral("7 %1 %1").arg(violated).toUtf8());

    // The threshold: no critical rule in the starter policy, so nothing fails.
    QCOMPARE(cli(base + QStringList {QStringLiteral("--fail-on"), QStringLiteral("critical")}).code, 0);
    // One user explained: the first SOD-INVOICE violator holds it, through the roles named.
    const Result explained = cli(base
        + QStringList {QStringLiteral("--explain"), fromCheck.value(QStringLiteral("SOD-INVOICE")).first()});
    QCOMPARE(explained.code, 0);
    QVERIFY2(explained.out.contains("SOD-INVOICE") && explained.out.contains("holds: yes"),
        explained.out.constData());
    // A policy with a mistake: exit 2, FILE:LINE:COLUMN, and nothing loaded.
    const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("version: 1\nrules:\n  - id: X\n    title: t\n    severity: urgent\n    covers: admin\n");
    badFile.close();
    const Result refused = cli({QStringLiteral("check"), QStringLiteral("--policy"), bad,
        QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/api")});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains((bad + QStringLiteral(":5:15:")).toUtf8()), refused.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
