// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile servers and hostile files (issue 12): every wait bounded, every
// read bounded, every byte from outside made harmless. The real CLI and the
// real client against scripted servers on loopback and real files; each
// test names the failure it guards against.
#include "apiclient.h"
#include "ratelimiter.h"
#include "reportwriter.h"
#include "safetext.h"
#include "support/emulatorfixture.h"
#include "support/rawhttpserver.h"
#include "support/scriptedserver.h"
#include "userloader.h"

#include <QDateTime>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h> // mkfifo
#endif

using namespace sa;
using satest::ScriptedAnswer;
using satest::ScriptedHttpServer;

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // 1
    void endlessPagingShouldStop_data();
    void endlessPagingShouldStop();
    void loaderShouldNameThePageAndKeepTheRows();
    // 2
    void aTricklingServerShouldEndAtTheRequestDeadline();
    void loadingShouldEndAtTheLoadDeadline();
    // 3
    void diffShouldRefuseWhatIsNotABoundedReport_data();
    void diffShouldRefuseWhatIsNotABoundedReport();
    // 4
    void aBodyCutShortShouldBeRetriedAsANetworkError();
    void aBodyCutShortEveryTimeShouldEndAsANetworkError();
    void anUndecodableBodyShouldSaySo();
    void anHttpsUrlOnAPlainPortShouldSaySo();
    // 5
    void retryAfterShouldReadEveryHttpDateForm_data();
    void retryAfterShouldReadEveryHttpDateForm();
    void retryAfterAsADateShouldBeHonouredAndAnnounced();
    void retryAfterBeyondTheCapShouldFailAtOnce();
    // 6
    void displaySafeShouldStripControlSequences_data();
    void displaySafeShouldStripControlSequences();
    void serverTextShouldReachTheTerminalHarmless();
    // 7
    void echoedCredentialsShouldBeRedacted();
    // 8
    void urlsWithCredentialsShouldBeRefused();
    // 9
    void csvShouldDefuseEveryFormulaTrigger_data();
    void csvShouldDefuseEveryFormulaTrigger();
    void exportedCsvShouldBeDefused();
    // 10
    void numericOptionsShouldBeValidated_data();
    void numericOptionsShouldBeValidated();
    void writeErrorsShouldSayWhy_data();
    void writeErrorsShouldSayWhy();

private:
    struct Result
    {
        int code = -1; // -2: still running after the wait, then killed
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
    };
    // Runs the CLI, waiting in the event loop (the servers live on this
    // thread) for at most waitMs; one that overruns is killed, never left behind.
    // SA_CLI_UNDER_TEST runs another build of the CLI (say, an older
    // commit's) against these tests.
    static QString cliPath()
    {
        const QString other = qEnvironmentVariable("SA_CLI_UNDER_TEST");
        return other.isEmpty() ? QStringLiteral(SA_CLI_PATH) : other;
    }
    Result cli(const QStringList &arguments, int waitMs = 60000, const QProcessEnvironment &extra = {},
        const QString &program = cliPath())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SEQUENCE_CLIENT_ID"), QStringLiteral("demo-client"));
        env.insert(QStringLiteral("SEQUENCE_CLIENT_SECRET"), QStringLiteral("demo-secret"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(extra);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        process.start(program, arguments);
        process.closeWriteChannel();
        Result result;
        if (!finished.wait(waitMs)) {
            process.kill();
            process.waitForFinished(10000);
            result.code = -2;
        } else {
            result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        }
        result.elapsedMs = clock.elapsed();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    static QString describe(const Result &result)
    {
        return QStringLiteral("exit %1 after %2 ms, stderr: %3")
            .arg(result.code)
            .arg(result.elapsedMs)
            .arg(QString::fromUtf8(result.err));
    }
    static QStringList users(const QUrl &baseUrl, const QStringList &more = {})
    {
        return QStringList {QStringLiteral("users"), QStringLiteral("--base-url"), baseUrl.toString(),
                   QStringLiteral("--quiet")}
        + more;
    }
    static QByteArray user(int i)
    {
        return satest::userJson("u" + QByteArray::number(i), "user" + QByteArray::number(i) + "@example.com");
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(cliPath()));
}

// ------------------------------------------------------ 1. endless paging

void TestHostile::endlessPagingShouldStop_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("new cursors, empty pages") << QStringLiteral("empty");
    QTest::newRow("new cursors, the same users again") << QStringLiteral("same");
    QTest::newRow("new users far past the total") << QStringLiteral("overrun");
}

void TestHostile::endlessPagingShouldStop()
{
    QFETCH(QString, kind);
    ScriptedHttpServer server([kind](int index, const QByteArray &) {
        const QByteArray next = "cursor-" + QByteArray::number(index + 1);
        if (kind == QLatin1String("empty"))
            return ScriptedAnswer::http(200, satest::usersPage({}, next));
        if (kind == QLatin1String("same"))
            return ScriptedAnswer::http(200, satest::usersPage({user(1), user(2)}, next, 2));
        return ScriptedAnswer::http(200, satest::usersPage({user(index)}, next, 5));
    });
    const Result result = cli(users(server.url()), 30000);
    QVERIFY2(result.code == 5, qPrintable(describe(result)));
    QVERIFY2(result.err.contains("not making progress at page"), result.err.constData());
    // Stopped within a few pages of the evidence, not tens of thousands of requests later.
    QVERIFY2(server.requestCount() <= 20, qPrintable(QString::number(server.requestCount())));
}

void TestHostile::loaderShouldNameThePageAndKeepTheRows()
{
    // What the window's banner shows: the loader's error, with the rows it had.
    ScriptedHttpServer server([](int index, const QByteArray &) {
        return ScriptedAnswer::http(
            200, satest::usersPage({user(1), user(2)}, "cursor-" + QByteArray::number(index + 1), 2));
    });
    ApiClient client;
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.clientId = QStringLiteral("id");
    settings.clientSecret = QStringLiteral("secret");
    client.setSettings(settings);
    UserLoader loader(&client);
    QSignalSpy finished(&loader, &UserLoader::fetchAllFinished);
    loader.fetchAll();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(loader.lastError().kind, ApiError::Kind::InvalidData);
    QVERIFY2(loader.lastError().message.contains(QStringLiteral("page 4")),
        qPrintable(loader.lastError().message));
    QCOMPARE(loader.loadedCount(), 2);
    QCOMPARE(loader.pagesReceived(), 1 + UserLoader::kMaxPagesWithoutNewUsers);
}

// ------------------------------------------------------------ 2. deadlines

void TestHostile::aTricklingServerShouldEndAtTheRequestDeadline()
{
    // Headers at once, then the body a byte every 300 ms: never 5 s without
    // data, so only a deadline on the whole request ends it.
    const QByteArray body = satest::usersPage({user(1)});
    ScriptedHttpServer server([body](int, const QByteArray &) {
        ScriptedAnswer answer = ScriptedAnswer::http(200, body);
        const qsizetype split = answer.now.size() - body.size() + 1;
        answer.trickle = answer.now.mid(split);
        answer.now.truncate(split);
        answer.trickleMs = 300;
        return answer;
    });
    const Result result
        = cli(users(server.url(),
                  {QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--retries"),
                      QStringLiteral("0"), QStringLiteral("--request-deadline"), QStringLiteral("2")}),
            40000);
    QVERIFY2(result.code == 4, qPrintable(describe(result)));
    QVERIFY2(result.err.contains("did not finish answering within 2 s"), result.err.constData());
    QVERIFY2(result.elapsedMs < 20000, qPrintable(describe(result)));
}

void TestHostile::loadingShouldEndAtTheLoadDeadline()
{
    // 200 pages of one user, each 300 ms late: a minute, unless the deadline cuts it.
    EmulatorOptions options;
    options.users = 200;
    options.latencyMs = 300;
    auto emulator = satest::startEmulator(options);
    const Result result = cli(users(emulator->baseUrl(),
                                  {QStringLiteral("--page-size"), QStringLiteral("1"),
                                      QStringLiteral("--deadline"), QStringLiteral("2")}),
        40000);
    QVERIFY2(result.code == 4, qPrintable(describe(result)));
    QVERIFY2(result.err.contains("Loading did not finish within 2 s"), result.err.constData());
    QVERIFY2(result.elapsedMs < 20000, qPrintable(describe(result)));
}

// ------------------------------------------------------ 3. hostile files

void TestHostile::diffShouldRefuseWhatIsNotABoundedReport_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("a FIFO nobody writes to") << QStringLiteral("fifo") << QByteArray("not a regular file");
    QTest::newRow("/dev/zero") << QStringLiteral("zero") << QByteArray("not a regular file");
    QTest::newRow("a 5 GiB sparse file") << QStringLiteral("sparse") << QByteArray("larger than the limit");
    QTest::newRow("a report with a duplicate id")
        << QStringLiteral("duplicate") << QByteArray("duplicate id");
    // Found by fuzz_snapshot: a second "users" list appended to the first.
    QTest::newRow("a report with two user lists")
        << QStringLiteral("twice") << QByteArray("users: appears twice");
}

void TestHostile::diffShouldRefuseWhatIsNotABoundedReport()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, message);
    const QByteArray report
        = "{\"generatedAt\":\"2026-01-01T00:00:00Z\",\"users\":[" + user(1) + ',' + user(2) + "]}";
    const QString good = writeFile(QStringLiteral("good.json"), report);
    QString hostile;
    if (kind == QLatin1String("fifo")) {
        hostile = m_dir.filePath(QStringLiteral("fifo"));
        QFile::remove(hostile);
#ifdef Q_OS_UNIX
        QCOMPARE(mkfifo(QFile::encodeName(hostile).constData(), 0600), 0);
#else
        QSKIP("FIFOs are a POSIX thing");
#endif
    } else if (kind == QLatin1String("zero")) {
        hostile = QStringLiteral("/dev/zero");
    } else if (kind == QLatin1String("sparse")) {
        hostile = m_dir.filePath(QStringLiteral("sparse.json"));
        QFile file(hostile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(5) << 30)); // holes: no disk space taken
    } else if (kind == QLatin1String("twice")) {
        hostile = writeFile(
            QStringLiteral("twice.json"), "{\"users\":[" + user(1) + "],\"users\":[" + user(1) + "]}");
    } else {
        hostile = writeFile(QStringLiteral("duplicate.json"),
            "{\"users\":[" + user(1) + ',' + user(2) + ',' + user(1) + "]}");
    }
    const Result result = cli({QStringLiteral("diff"), good, hostile}, 20000);
    QVERIFY2(result.code == 2, qPrintable(describe(result)));
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY2(result.elapsedMs < 10000, qPrintable(describe(result)));
    // Both ways round, and a report against itself is refused too, not diffed.
    QCOMPARE(cli({QStringLiteral("diff"), hostile, good}, 20000).code, 2);
    if (kind == QLatin1String("duplicate") || kind == QLatin1String("twice"))
        QCOMPARE(cli({QStringLiteral("diff"), hostile, hostile}, 20000).code, 2);
}

// ------------------------------------------------ 4. transfer errors on 2xx

namespace {

// The first `cuts` requests get a page whose connection closes mid-body.
ScriptedHttpServer::Handler cutShort(int cuts)
{
    return [cuts](int index, const QByteArray &) {
        ScriptedAnswer answer
            = ScriptedAnswer::http(200, satest::usersPage({satest::userJson("u1", "a@example.com")}));
        if (cuts < 0 || index < cuts) {
            answer.now.chop(40);
            answer.close = true;
        }
        return answer;
    };
}

} // namespace

void TestHostile::aBodyCutShortShouldBeRetriedAsANetworkError()
{
    ScriptedHttpServer server(cutShort(1));
    const Result result = cli(users(server.url(), {QStringLiteral("--retries"), QStringLiteral("1")}), 30000);
    QVERIFY2(result.code == 0, qPrintable(describe(result)));
    QVERIFY2(result.out.contains("a@example.com"), result.out.constData());
    QCOMPARE(server.requestCount(), 2);
}

void TestHostile::aBodyCutShortEveryTimeShouldEndAsANetworkError()
{
    ScriptedHttpServer server(cutShort(-1));
    const Result result = cli(users(server.url(), {QStringLiteral("--retries"), QStringLiteral("0")}), 30000);
    QVERIFY2(result.code == 4, qPrintable(describe(result)));
    QVERIFY2(!result.err.contains("malformed JSON"), result.err.constData());
    QVERIFY2(
        result.err.contains("closed the connection before the answer was complete"), result.err.constData());
}

void TestHostile::anUndecodableBodyShouldSaySo()
{
    ScriptedHttpServer server([](int, const QByteArray &) {
        return ScriptedAnswer::http(
            200, "this is not gzip at all, not even close", "Content-Encoding: gzip\r\n");
    });
    const Result result = cli(users(server.url(), {QStringLiteral("--retries"), QStringLiteral("0")}), 30000);
    QVERIFY2(result.code == 5, qPrintable(describe(result)));
    QVERIFY2(result.err.contains("could not be decoded"), result.err.constData());
    QVERIFY2(!result.err.contains("malformed JSON"), result.err.constData());
}

void TestHostile::anHttpsUrlOnAPlainPortShouldSaySo()
{
    // The commonest TLS mistake: https:// in front of a port that speaks
    // plain HTTP, which closes the connection at the TLS greeting.
    auto emulator = satest::startEmulator(10);
    QUrl url = emulator->baseUrl();
    url.setScheme(QStringLiteral("https"));
    const Result result
        = cli({QStringLiteral("users"), QStringLiteral("--base-url"), url.toString(),
                  QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--no-store")},
            30000);
    QVERIFY2(result.code == 4, qPrintable(describe(result)));
    QVERIFY2(
        result.err.contains("closed the connection before a secure (TLS) connection was made. Check that "
                            "the base URL names the server's HTTPS port. Retrying in 1 s (attempt 2)."),
        result.err.constData());
    const QByteArray last = result.err.trimmed().split('\n').last();
    QVERIFY2(last.endsWith('.'), last.constData());
    QCOMPARE(emulator->requestCount(), qint64(0));
}

// ------------------------------------------------------------ 5. Retry-After

void TestHostile::retryAfterShouldReadEveryHttpDateForm_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("seconds, padded") << QByteArray(" 7 ") << qint64(7000);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:50:37 GMT") << qint64(60000);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:51:37 GMT") << qint64(120000);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:47 1994") << qint64(10000);
    QTest::newRow("in the past") << QByteArray("Sat, 05 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("a day") << QByteArray("Mon, 07 Nov 1994 08:49:37 GMT") << qint64(86400000);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:50:37 CET") << qint64(-1);
    QTest::newRow("no such day") << QByteArray("Sun, 31 Feb 1994 08:50:37 GMT") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
}

void TestHostile::retryAfterShouldReadEveryHttpDateForm()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QCOMPARE(parseRetryAfter(value, now), expected);
}

void TestHostile::retryAfterAsADateShouldBeHonouredAndAnnounced()
{
    ScriptedHttpServer server([](int index, const QByteArray &) {
        if (index == 0) {
            const QByteArray when = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(4),
                                            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                        .toLatin1();
            return ScriptedAnswer::http(429, "{\"message\":\"slow down\"}", "Retry-After: " + when + "\r\n");
        }
        return ScriptedAnswer::http(200, satest::usersPage({satest::userJson("u1", "a@example.com")}));
    });
    QStringList arguments = users(server.url());
    arguments.removeAll(QStringLiteral("--quiet"));
    const Result result = cli(arguments, 30000);
    QVERIFY2(result.code == 0, qPrintable(describe(result)));
    // A date 4 s ahead, to the second: a wait of 3 to 4 s, announced as such
    // (a backoff would have been under 1 s).
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("Retrying in (\\d+) s")).match(QString::fromUtf8(result.err));
    QVERIFY2(match.hasMatch(), result.err.constData());
    QVERIFY2(match.captured(1).toInt() >= 3, result.err.constData());
    QVERIFY2(result.elapsedMs >= 2500, qPrintable(describe(result)));
}

void TestHostile::retryAfterBeyondTheCapShouldFailAtOnce()
{
    ScriptedHttpServer server([](int, const QByteArray &) {
        return ScriptedAnswer::http(429, "{\"message\":\"come back tomorrow\"}", "Retry-After: 86400\r\n");
    });
    const Result result = cli(users(server.url()), 30000);
    QVERIFY2(result.code == 4, qPrintable(describe(result)));
    QVERIFY2(result.err.contains("asked to wait 24 h"), result.err.constData());
    QVERIFY2(result.elapsedMs < 20000, qPrintable(describe(result)));
    QCOMPARE(server.requestCount(), 1);
}

// ------------------------------------------------ 6. text from the server

void TestHostile::displaySafeShouldStripControlSequences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("ana@example.com") << QStringLiteral("ana@example.com");
    QTest::newRow("window title (OSC, BEL)")
        << QStringLiteral("a\x1b]0;pwned\x07@b.com") << QStringLiteral("a@b.com");
    QTest::newRow("OSC ended by ST") << QStringLiteral("a\x1b]8;;http://x\x1b\\b") << QStringLiteral("ab");
    QTest::newRow("clear screen (CSI)") << QStringLiteral("x\x1b[2J\x1b[1;31my") << QStringLiteral("xy");
    QTest::newRow("C1 CSI") << QStringLiteral("x") + QChar(0x9b) + QStringLiteral("2Jy")
                            << QStringLiteral("x2Jy");
    QTest::newRow("other C0, tab kept") << QStringLiteral("a\tb\rc\nd\x08") << QStringLiteral("a\tbcd");
    QTest::newRow("bidi override") << QStringLiteral("evil") + QChar(0x202e) + QStringLiteral("fdp.exe")
                                   << QStringLiteral("evilfdp.exe");
    QTest::newRow("line separator") << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")
                                    << QStringLiteral("a b");
    QTest::newRow("unicode kept") << QStringLiteral("inès.fernández@例え.jp")
                                  << QStringLiteral("inès.fernández@例え.jp");
}

void TestHostile::displaySafeShouldStripControlSequences()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QCOMPARE(displaySafe(text), safe);
    QCOMPARE(needsDisplaySafe(text), text != safe);
}

void TestHostile::serverTextShouldReachTheTerminalHarmless()
{
    // An e-mail that retitles the terminal, a role that clears it, a
    // right-to-left override; then an error message with colours.
    const QByteArray evil
        = satest::userJson("u1", "a\\u001b]0;pwned\\u0007@example.com", "admin\\u001b[2J\\u202e\\u009b31m");
    ScriptedHttpServer pages(
        [evil](int, const QByteArray &) { return ScriptedAnswer::http(200, satest::usersPage({evil})); });
    ScriptedHttpServer refusing([](int, const QByteArray &) {
        return ScriptedAnswer::http(400, "{\"message\":\"no \\u001b[31mway\\u001b]0;pwned\\u0007\"}");
    });
    auto harmless = [](const QByteArray &bytes) {
        return !bytes.contains('\x1b') && !bytes.contains('\x07') && !bytes.contains("\xc2\x9b")
            && !bytes.contains("\xe2\x80\xae");
    };
    const Result listed = cli(users(pages.url()), 30000);
    QVERIFY2(listed.code == 0, qPrintable(describe(listed)));
    QVERIFY2(listed.out.contains("a@example.com"), listed.out.constData());
    QVERIFY2(harmless(listed.out), listed.out.toHex(' ').constData());
    // json and csv on standard output too; json escapes rather than drops, so nothing is lost.
    for (const char *format : {"json", "csv"}) {
        const Result data
            = cli(users(pages.url(), {QStringLiteral("--format"), QLatin1String(format)}), 30000);
        QVERIFY2(data.code == 0, qPrintable(describe(data)));
        QVERIFY2(harmless(data.out), data.out.toHex(' ').constData());
    }
    const Result json = cli(users(pages.url(), {QStringLiteral("--format"), QStringLiteral("json")}), 30000);
    QVERIFY2(json.out.contains("a\\u001b]0;pwned\\u0007@example.com"), json.out.constData());
    QVERIFY2(json.out.contains("admin\\u001b[2J\\u202e\\u009b31m"), json.out.constData());
    const Result refused = cli(users(refusing.url()), 30000);
    QVERIFY2(refused.code == 4, qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains("no way"), refused.err.constData());
    QVERIFY2(harmless(refused.err), refused.err.toHex(' ').constData());
}

// ------------------------------------------------ 7. credentials echoed

void TestHostile::echoedCredentialsShouldBeRedacted()
{
    // The server quotes the Authorization header it got, and the secret in it.
    ScriptedHttpServer echo([](int, const QByteArray &request) {
        const QByteArray header = satest::headerOf(request, "Authorization");
        const QByteArray secret = QByteArray::fromBase64(header.mid(6)).split(':').value(1);
        return ScriptedAnswer::http(
            400, "{\"message\":\"bad Authorization: " + header + " (secret " + secret + ")\"}");
    });
    const QByteArray token = QByteArray("demo-client:demo-secret").toBase64();
    const Result result = cli(users(echo.url()), 30000);
    QVERIFY2(result.code == 4, qPrintable(describe(result)));
    QVERIFY2(result.err.contains("[redacted]"), result.err.constData());
    QVERIFY2(!result.err.contains(token) && !result.err.contains("demo-secret"), result.err.constData());

    // What the window shows is the client's error, redacted the same way,
    // for any id and secret.
    ApiClient client;
    ConnectionSettings settings;
    settings.baseUrl = echo.url();
    settings.clientId = QStringLiteral("ops");
    settings.clientSecret = QStringLiteral("s3cr3t-Ünïcode");
    client.setSettings(settings);
    RawRequest *request = client.fetchRaw(QStringLiteral("/users"), {});
    QSignalSpy finished(request, &ApiRequest::finished);
    QVERIFY(finished.wait(20000));
    const QString shown = request->error().toString();
    QVERIFY2(shown.contains(QStringLiteral("[redacted]")), qPrintable(shown));
    QVERIFY2(!shown.contains(settings.clientSecret), qPrintable(shown));
    QVERIFY2(
        !shown.contains(QString::fromLatin1(QByteArray("ops:s3cr3t-Ünïcode").toBase64())), qPrintable(shown));
}

// ------------------------------------------------ 8. URL credentials

void TestHostile::urlsWithCredentialsShouldBeRefused()
{
    QCOMPARE(ApiClient::checkBaseUrl(QUrl(QStringLiteral("https://eu.sequencehq.com/api"))), QString());
    for (const char *url :
        {"https://admin:hunter2@eu.sequencehq.com/api", "https://admin@eu.sequencehq.com/api"})
        QVERIFY2(ApiClient::checkBaseUrl(QUrl(QString::fromLatin1(url))).contains(QStringLiteral("password")),
            url);

    auto emulator = satest::startEmulator(10);
    QUrl withPassword = emulator->baseUrl();
    withPassword.setUserInfo(QStringLiteral("admin:hunter2"));
    const Result exported = cli(users(withPassword), 20000);
    QVERIFY2(exported.code == 2, qPrintable(describe(exported)));
    QVERIFY2(!exported.err.contains("hunter2"), exported.err.constData());
    QCOMPARE(emulator->requestCount(), 0);

    const Result added = cli(
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--base-url"),
            withPassword.toString(), QStringLiteral("--client-id"), QStringLiteral("id")},
        20000);
    QVERIFY2(added.code == 2, qPrintable(describe(added)));
    QVERIFY2(added.err.contains("password"), added.err.constData());
    QDirIterator files(m_dir.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("hunter2"), qPrintable(file.fileName()));
    }

    // A settings file from before (or edited by hand) is never echoed with its password.
    const QString dir = m_dir.filePath(QStringLiteral("config/SequenceAdmin"));
    QVERIFY(QDir().mkpath(dir));
    const QString conf = dir + QStringLiteral("/sequence-admin.conf");
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[profiles]\nold\\name=old\nold\\environment=custom\nold\\baseUrl=https://"
               "admin:hunter2@h.example/api\n"
               "old\\clientId=id\n");
    file.close();
    const Result listed = cli({QStringLiteral("profiles"), QStringLiteral("list")}, 20000);
    QVERIFY2(listed.code == 0, qPrintable(describe(listed)));
    QVERIFY2(listed.out.contains("h.example"), listed.out.constData());
    QVERIFY2(!listed.out.contains("hunter2") && !listed.err.contains("hunter2"), listed.out.constData());
    QFile::remove(conf);
}

// ------------------------------------------------ 9. formula injection

void TestHostile::csvShouldDefuseEveryFormulaTrigger_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("ana@example.com") << QByteArray("ana@example.com");
    QTest::newRow("leading =") << QStringLiteral("=1+1") << QByteArray("'=1+1");
    QTest::newRow("leading space") << QStringLiteral("  =1+1") << QByteArray("'  =1+1");
    QTest::newRow("leading NBSP") << QStringLiteral("\u00a0@SUM(A1)") << QByteArray("'\xc2\xa0@SUM(A1)");
    QTest::newRow("leading line feed") << QStringLiteral("\n-2+3") << QByteArray("\"'\n-2+3\"");
    QTest::newRow("leading tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("fullwidth =") << QStringLiteral("\uff1dcmd()")
                                 << QByteArray("'\xef\xbc\x9d"
                                               "cmd()");
    QTest::newRow("fullwidth +") << QStringLiteral("\uff0b1")
                                 << QByteArray("'\xef\xbc\x8b"
                                               "1");
    QTest::newRow("fullwidth -") << QStringLiteral("\uff0d1")
                                 << QByteArray("'\xef\xbc\x8d"
                                               "1");
    QTest::newRow("fullwidth @") << QStringLiteral("\uff20x") << QByteArray("'\xef\xbc\xa0x");
    QTest::newRow("after ;") << QStringLiteral("a;=HYPERLINK(x)") << QByteArray("\"a;'=HYPERLINK(x)\"");
    QTest::newRow("after , and space") << QStringLiteral("a, +1") << QByteArray("\"a,' +1\"");
    QTest::newRow("after ; fullwidth") << QStringLiteral("x;\uff20y") << QByteArray("\"x;'\xef\xbc\xa0y\"");
    QTest::newRow("a ; alone is quoted") << QStringLiteral("a;b") << QByteArray("\"a;b\"");
    QTest::newRow("a hyphen inside") << QStringLiteral("ines-maria@example.com")
                                     << QByteArray("ines-maria@example.com");
    QTest::newRow("escape dropped") << QStringLiteral("a\x1b[2Jb") << QByteArray("ab");
}

void TestHostile::csvShouldDefuseEveryFormulaTrigger()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, field);
    QByteArray out;
    appendCsvField(out, value);
    QCOMPARE(out, field);
}

void TestHostile::exportedCsvShouldBeDefused()
{
    ScriptedHttpServer server([](int, const QByteArray &) {
        return ScriptedAnswer::http(200,
            satest::usersPage({satest::userJson("u1", " =cmd|' /C calc'!A0@example.com"),
                satest::userJson("u2", "x;=1+1@example.com", "\\uff1dbad")}));
    });
    for (const char *format : {"csv", "matrix-csv"}) {
        const QString path = m_dir.filePath(QStringLiteral("report-%1.csv").arg(QLatin1String(format)));
        const Result result
            = cli({QStringLiteral("export"), QStringLiteral("--base-url"), server.url().toString(),
                      QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--output"), path,
                      QStringLiteral("--quiet")},
                30000);
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("' =cmd"), bytes.constData());
        QVERIFY2(bytes.contains("\"x;'=1+1@example.com\""), bytes.constData());
        QVERIFY2(bytes.contains("'\xef\xbc\x9d"
                                "bad"),
            bytes.constData());
        // No cell of any split of any line starts a formula.
        for (const QByteArray &line : bytes.split('\n')) {
            for (const QByteArray &cell : QByteArray(line).replace(';', ',').split(',')) {
                const QByteArray bare = QByteArray(cell).replace('"', "").trimmed();
                QVERIFY2(bare.isEmpty() || !QByteArray("=+-@").contains(bare.front()), line.constData());
            }
        }
    }
}

// ------------------------------------------------------------ 10. errors

void TestHostile::numericOptionsShouldBeValidated_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    for (const char *value : {"0", "abc", "101", "-5", ""})
        QTest::newRow(qPrintable(QStringLiteral("--page-size %1").arg(QLatin1String(value))))
            << QStringLiteral("--page-size") << QString::fromLatin1(value);
    for (const char *value : {"0", "abc", "3601"})
        QTest::newRow(qPrintable(QStringLiteral("--timeout %1").arg(QLatin1String(value))))
            << QStringLiteral("--timeout") << QString::fromLatin1(value);
    QTest::newRow("--retries -1") << QStringLiteral("--retries") << QStringLiteral("-1");
    QTest::newRow("--retries 21") << QStringLiteral("--retries") << QStringLiteral("21");
    QTest::newRow("--request-deadline 0") << QStringLiteral("--request-deadline") << QStringLiteral("0");
    QTest::newRow("--deadline -1") << QStringLiteral("--deadline") << QStringLiteral("-1");
    QTest::newRow("--deadline 1.5") << QStringLiteral("--deadline") << QStringLiteral("1.5");
}

void TestHostile::numericOptionsShouldBeValidated()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    auto emulator = satest::startEmulator(10);
    const Result result = cli(users(emulator->baseUrl(), {option, value}), 20000);
    QVERIFY2(result.code == 2, qPrintable(describe(result)));
    QVERIFY2(result.err.contains(QByteArray(option.toLatin1() + " takes a whole number from")),
        result.err.constData());
    QCOMPARE(emulator->requestCount(), 0);
}

void TestHostile::writeErrorsShouldSayWhy_data()
{
    QTest::addColumn<QString>("mountOptions");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("cause");
    for (const char *format : {"csv", "json", "pdf"})
        QTest::newRow(qPrintable(QStringLiteral("disk full, %1").arg(QLatin1String(format))))
            << QStringLiteral("size=16k") << QString::fromLatin1(format)
            << QByteArray("No space left on device");
    QTest::newRow("read-only file system")
        << QStringLiteral("size=1m,ro") << QStringLiteral("csv") << QByteArray("Read-only file system");
}

void TestHostile::writeErrorsShouldSayWhy()
{
    QFETCH(QString, mountOptions);
    QFETCH(QString, format);
    QFETCH(QByteArray, cause);
    // A small file system of the test's own, in a private mount namespace.
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("true")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("needs unshare -m (root, or user namespaces) to mount a small file system");
    auto emulator = satest::startEmulator(2000);
    const QString mountPoint = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QString output = mountPoint + QStringLiteral("/report.") + format;
    const QString script
        = QStringLiteral("mount -t tmpfs -o %1 tmpfs \"$1\" && shift && exec \"$@\"").arg(mountOptions);
    const Result result
        = cli({QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                  mountPoint, cliPath(), QStringLiteral("export"), QStringLiteral("--base-url"),
                  emulator->baseUrl().toString(), QStringLiteral("--format"), format,
                  QStringLiteral("--output"), output, QStringLiteral("--quiet")},
            120000, QProcessEnvironment(), QStringLiteral("unshare"));
    QVERIFY2(result.code == 7, qPrintable(describe(result)));
    QVERIFY2(result.err.contains(QByteArray("cannot write " + output.toUtf8() + ": " + cause)),
        result.err.constData());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
