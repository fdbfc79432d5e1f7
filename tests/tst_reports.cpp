// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Report writers on QBuffer (exact bytes), and the diff of two snapshots.
#include "reportwriter.h"
#include "roleregistry.h"
#include "snapshotdiff.h"
#include "usersparser.h"
#include "userstore.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace sa;

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvShouldHaveOneRowPerGrantWithQuotingAndInjectionDefused();
    void matrixCsvShouldHaveOneColumnPerHeldPermission();
    void jsonShouldRepeatTheUsersAsTheApiSentThem();
    void htmlShouldSayWhatAPersonNeeds();
    void pdfShouldBeAPdf();
    void pdfShouldSayWhatTheHtmlSays();
    void writersShouldReportAFullDevice_data();
    void writersShouldReportAFullDevice();
    void writersShouldStopWhenAskedAndKeepTheOldFile_data();
    void writersShouldStopWhenAskedAndKeepTheOldFile();
    void csvFieldsShouldFollowRfc4180_data();
    void csvFieldsShouldFollowRfc4180();
    void diffShouldListExactlyTheChanges();
    void diffShouldRejectFilesThatAreNotReports();

private:
    QByteArray write(ReportWriter::Format format)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto writer = ReportWriter::create(format);
        if (!writer->write(&buffer, *m_store, m_rows, m_context))
            qFatal("writer failed: %s", qPrintable(writer->errorString()));
        return buffer.data();
    }
    std::unique_ptr<RoleRegistry> m_registry;
    std::unique_ptr<UserStore> m_store;
    std::vector<int> m_rows;
    ReportContext m_context;
};

// After the class: moc's lexer loses its way in raw strings holding quotes.
namespace {

// Users in the writer's canonical JSON form, so the json report must repeat them byte for byte.
const QByteArray kUser1
    = R"({"id":"u1","email":"ana@example.com","sequenceAccountIds":[],"state":"active","roles":[]})";
const QByteArray kUser2
    = R"({"id":"u2","email":"zoë\"q\",x@example.com","sequenceAccountIds":["a1","a2"],"state":"active","roles":[{"roleName":"financeUser","permissions":[{"resource":"org.invoice","actions":["read","send"]}]},{"roleName":"salesUser","permissions":[{"resource":"org.quote","actions":["accept"]}]}]})";
const QByteArray kUser3
    = R"({"id":"u3","email":"c@example.com","sequenceAccountIds":["a1"],"state":"+plus","roles":[{"roleName":"=cmd|' /C calc'!A0","permissions":[{"resource":"org.auditLog","actions":["export"]}]}]})";
const QByteArray kUser4
    = R"({"id":"-1","email":"@at@example.com","sequenceAccountIds":[],"state":"\rcr","roles":[{"roleName":"\tx","permissions":[{"resource":"org.invoice","actions":[]}]},{"roleName":"empty","permissions":[]}]})";

// A writer's output to a device that accepts only `capacity` bytes.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

} // namespace

void TestReports::init()
{
    m_registry = std::make_unique<RoleRegistry>();
    m_store = std::make_unique<UserStore>(m_registry.get());
    UsersPage page;
    ParseError error;
    const QByteArray body
        = "{\"items\":[" + kUser1 + ',' + kUser2 + ',' + kUser3 + ',' + kUser4 + "],\"pagination\":{}}";
    QVERIFY2(parseUsersPage(body, *m_registry, &page, &error), qPrintable(error.toString()));
    for (const User &user : page.users)
        QVERIFY(m_store->append(user));
    m_rows = {0, 1, 2, 3};
    m_context.source = QUrl(QStringLiteral("https://eu.sequencehq.com/api"));
    m_context.generatedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
}

void TestReports::csvShouldHaveOneRowPerGrantWithQuotingAndInjectionDefused()
{
    const QByteArray expected = "id,email,state,role,resource,action\n"
                                "u1,ana@example.com,active,,,\n"
                                "u2,\"zoë\"\"q\"\",x@example.com\",active,financeUser,org.invoice,read\n"
                                "u2,\"zoë\"\"q\"\",x@example.com\",active,financeUser,org.invoice,send\n"
                                "u2,\"zoë\"\"q\"\",x@example.com\",active,salesUser,org.quote,accept\n"
                                "u3,c@example.com,'+plus,'=cmd|' /C calc'!A0,org.auditLog,export\n"
                                "'-1,'@at@example.com,\"'\rcr\",'\tx,org.invoice,\n"
                                "'-1,'@at@example.com,\"'\rcr\",empty,,\n";
    QCOMPARE(write(ReportWriter::Format::Csv), expected);
}

void TestReports::matrixCsvShouldHaveOneColumnPerHeldPermission()
{
    const QByteArray expected
        = "id,email,state,roles,org.invoice:read,org.invoice:send,org.quote:accept,org.auditLog:export\n"
          "u1,ana@example.com,active,,0,0,0,0\n"
          "u2,\"zoë\"\"q\"\",x@example.com\",active,\"financeUser;salesUser\",1,1,1,0\n"
          "u3,c@example.com,'+plus,'=cmd|' /C calc'!A0,0,0,0,1\n"
          "'-1,'@at@example.com,\"'\rcr\",\"'\tx;empty\",0,0,0,0\n";
    QCOMPARE(write(ReportWriter::Format::MatrixCsv), expected);
    // Only the exported users' permissions make columns.
    m_rows = {0, 2};
    QCOMPARE(write(ReportWriter::Format::MatrixCsv),
        QByteArray("id,email,state,roles,org.auditLog:export\nu1,ana@example.com,active,,0\n"
                   "u3,c@example.com,'+plus,'=cmd|' /C calc'!A0,1\n"));
}

void TestReports::jsonShouldRepeatTheUsersAsTheApiSentThem()
{
    const QByteArray expected
        = "{\"generatedAt\":\"2026-11-28T12:00:00.000Z\",\"source\":\"https://eu.sequencehq.com/api\","
          "\"apiVersion\":\"2024-07-30\",\"userCount\":4,\"users\":[\n"
        + kUser1 + ",\n" + kUser2 + ",\n" + kUser3 + ",\n" + kUser4 + "\n]}\n";
    const QByteArray json = write(ReportWriter::Format::Json);
    QCOMPARE(json, expected);
    // And it reads back to the same users.
    Snapshot snapshot;
    ParseError error;
    QVERIFY2(parseSnapshot(json, *m_registry, &snapshot, &error, {}), qPrintable(error.toString()));
    QCOMPARE(snapshot.users.size(), size_t(4));
    QCOMPARE(snapshot.users[1].roles, m_store->user(1).roles);
    QCOMPARE(snapshot.generatedAt, QStringLiteral("2026-11-28T12:00:00.000Z"));
}

void TestReports::htmlShouldSayWhatAPersonNeeds()
{
    m_context.filterDescription = QStringLiteral("state active");
    const QString html = QString::fromUtf8(write(ReportWriter::Format::Html));
    QVERIFY(html.contains(QLatin1String("<h1>Sequence access report</h1>")));
    QVERIFY(html.contains(QLatin1String("https://eu.sequencehq.com/api")));
    QVERIFY(html.contains(QLatin1String("2026-11-28T12:00:00Z")));
    QVERIFY(html.contains(QLatin1String("4, state active")));
    QVERIFY(html.contains(QStringLiteral("zoë&quot;q&quot;,x@example.com"))); // escaped
    QVERIFY(html.contains(QLatin1String("=cmd|&#x27; /C calc&#x27;!A0 (custom role)"))
        || html.contains(QLatin1String("=cmd|' /C calc'!A0 (custom role)")));
    QVERIFY(html.contains(QLatin1String("<th align=\"left\">auditLog</th><td>export</td>")));
    // Per role and per state counts.
    QVERIFY(html.contains(
        QLatin1String("<tr><td>financeUser</td><td class=\"num\" align=\"right\">1</td></tr>")));
    QVERIFY(
        html.contains(QLatin1String("<tr><td>(no role)</td><td class=\"num\" align=\"right\">1</td></tr>")));
    QVERIFY(html.contains(QLatin1String("<tr><td>active</td><td class=\"num\" align=\"right\">2</td></tr>")));
}

void TestReports::pdfShouldBeAPdf()
{
    const QByteArray pdf = write(ReportWriter::Format::Pdf);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.size() > 2000);
}

void TestReports::pdfShouldSayWhatTheHtmlSays()
{
    m_context.filterDescription = QStringLiteral("state active");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportWriter::writeFile(path, ReportWriter::Format::Pdf, *m_store, m_rows, m_context, &error),
        qPrintable(error));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0,
        "pdftotext (poppler-utils) must be installed: scripts/install-deps.sh does it");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const char *expected : {"Sequence access report", "Source: https://eu.sequencehq.com/api",
             "Generated: 2026-11-28T12:00:00Z", "Users: 4, state active", "Users per role", "Access overview",
             "ana@example.com", "zoë\"q\",x@example.com", "=cmd|' /C calc'!A0 (custom role)",
             "financeUser (differs from the standard role)", "create (missing)", "auditLog"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    // The departures stand beside the resource they concern, the pages are numbered.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("invoice +create \\(missing\\), read,"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("auditLog +export"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n *2\\s*\\f"))));
}

void TestReports::writersShouldReportAFullDevice_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ReportWriter::Format::Csv);
    QTest::newRow("matrix-csv") << int(ReportWriter::Format::MatrixCsv);
    QTest::newRow("json") << int(ReportWriter::Format::Json);
    QTest::newRow("html") << int(ReportWriter::Format::Html);
    QTest::newRow("pdf") << int(ReportWriter::Format::Pdf);
}

void TestReports::writersShouldReportAFullDevice()
{
    QFETCH(int, format);
    FullDevice device(10);
    auto writer = ReportWriter::create(ReportWriter::Format(format));
    QVERIFY(!writer->write(&device, *m_store, m_rows, m_context));
    QCOMPARE(writer->errorString(), QStringLiteral("No space left on device"));
    QBuffer closed;
    QVERIFY(!writer->write(&closed, *m_store, m_rows, m_context));
    QVERIFY(!writer->errorString().isEmpty());
}

void TestReports::writersShouldStopWhenAskedAndKeepTheOldFile_data()
{
    writersShouldReportAFullDevice_data();
}

void TestReports::writersShouldStopWhenAskedAndKeepTheOldFile()
{
    QFETCH(int, format);
    // Unhindered, a writer reports progress from the first user on.
    std::vector<qsizetype> seen;
    m_context.progress = [&](qsizetype done) {
        seen.push_back(done);
        return true;
    };
    QVERIFY(!write(ReportWriter::Format(format)).isEmpty());
    QCOMPARE(seen, std::vector<qsizetype>({0}));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
    }
    m_context.progress = [](qsizetype) { return false; };
    QString error;
    QVERIFY(
        !ReportWriter::writeFile(path, ReportWriter::Format(format), *m_store, m_rows, m_context, &error));
    QVERIFY2(error.endsWith(ReportWriter::cancelledError()), qPrintable(error));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old report"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("report")});
}

void TestReports::csvFieldsShouldFollowRfc4180_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("abc");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("equals") << QStringLiteral("=SUM(A1)") << QByteArray("'=SUM(A1)");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QByteArray("'-1");
    QTest::newRow("at") << QStringLiteral("@x") << QByteArray("'@x");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("cr") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("equals and comma") << QStringLiteral("=a,b") << QByteArray("\"'=a,b\"");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("non-ascii") << QStringLiteral("zoë") << QByteArray("zo\xC3\xAB");
}

void TestReports::csvFieldsShouldFollowRfc4180()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, field);
    QByteArray out;
    appendCsvField(out, value);
    QCOMPARE(out, field);
}

void TestReports::diffShouldListExactlyTheChanges()
{
    // Older: u1, u2 (finance: invoice read+send; sales: quote accept), u3.
    // Newer: u2 loses invoice send and gains invoice finalize; u3 removed; u5 added; u1 unchanged.
    const QByteArray u2Changed
        = R"({"id":"u2","email":"zoë\"q\",x@example.com","sequenceAccountIds":[],"state":"active","roles":[{"roleName":"financeUser","permissions":[{"resource":"org.invoice","actions":["read","finalize"]}]},{"roleName":"salesUser","permissions":[{"resource":"org.quote","actions":["accept"]}]}]})";
    const QByteArray u5
        = R"({"id":"u5","email":"new@example.com","sequenceAccountIds":[],"state":"active","roles":[]})";
    const QByteArray older = "{\"users\":[" + kUser1 + ',' + kUser2 + ',' + kUser3 + "]}";
    const QByteArray newer = "{\"userCount\":3,\"users\":[" + u5 + ',' + kUser1 + ',' + u2Changed + "]}";
    RoleRegistry registry;
    Snapshot a, b;
    ParseError error;
    QVERIFY2(parseSnapshot(older, registry, &a, &error, {}), qPrintable(error.toString()));
    QVERIFY2(parseSnapshot(newer, registry, &b, &error, {}), qPrintable(error.toString()));
    const auto changes = diffSnapshots(a, b, registry);
    QCOMPARE(snapshotDiffCsv(changes),
        QByteArray("change,id,email,resource,action\n"
                   "user-added,u5,new@example.com,,\n"
                   "granted,u2,\"zoë\"\"q\"\",x@example.com\",org.invoice,finalize\n"
                   "revoked,u2,\"zoë\"\"q\"\",x@example.com\",org.invoice,send\n"
                   "user-removed,u3,c@example.com,,\n"));
    const QString text = snapshotDiffText(changes, a, b);
    QVERIFY(text.contains(QLatin1String("+ user new@example.com (u5) added")));
    QVERIFY(text.contains(QLatin1String("    gained finalize on org.invoice")));
    QVERIFY(text.contains(QLatin1String("    lost send on org.invoice")));
    QVERIFY(text.contains(QLatin1String("- user c@example.com (u3) removed")));
    QVERIFY(diffSnapshots(a, a, registry).empty());
    QVERIFY(snapshotDiffText({}, a, a).contains(QLatin1String("No differences.")));
}

void TestReports::diffShouldRejectFilesThatAreNotReports()
{
    RoleRegistry registry;
    Snapshot snapshot;
    ParseError error;
    QVERIFY(!parseSnapshot(R"({"items":[]})", registry, &snapshot, &error, {}));
    QCOMPARE(error.toString(), QStringLiteral("users: missing"));
    QVERIFY(!parseSnapshot(
        QByteArray("{\"userCount\":2,\"users\":[" + kUser1 + "]}"), registry, &snapshot, &error, {}));
    QCOMPARE(error.toString(), QStringLiteral("userCount: says 2 users, the file holds 1"));
    QString message;
    QVERIFY(!loadSnapshot(QStringLiteral("/nonexistent/report.json"), registry, &snapshot, &message));
    QVERIFY(message.startsWith(QLatin1String("Cannot read /nonexistent/report.json")));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
