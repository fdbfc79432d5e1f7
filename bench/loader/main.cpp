// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// sequence-bench: loads N users through the real client and UserTableModel
// (with the filter proxy attached, as in the window) and prints one JSON
// object of figures; see docs/BENCHMARKS.md for what each one means.
#include "apiclient.h"
#include "emulatorserver.h"
#include "reportwriter.h"
#include "stallmeter.h"
#include "userfilterproxymodel.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <cstdio>
#ifdef Q_OS_LINUX
#include <malloc.h>
#endif
#include <algorithm>
#include <map>
#include <numeric>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace {

// Counts what is written and keeps none of it: the csv of a million users is gigabytes.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        written += size;
        return size;
    }
};

// CPU seconds (user + system) and minor page faults of this process so far.
struct Usage
{
    double cpuSeconds = 0;
    qint64 minorFaults = 0;
};

Usage usage()
{
    Usage out;
#ifdef Q_OS_UNIX
    struct rusage self;
    if (getrusage(RUSAGE_SELF, &self) == 0) {
        out.cpuSeconds = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec)
            + double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
        out.minorFaults = self.ru_minflt;
    }
#endif
    return out;
}

// Linux only (glibc's malloc_trim, /proc); elsewhere the figure is -1.
qint64 residentBytes()
{
#ifdef Q_OS_LINUX
    // Freed memory glibc still holds is not ours to count.
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
#else
    return -1;
#endif
}

// Fetches every page with no parsing or model work: the ceiling a client can reach.
double rawUsersPerSecond(sa::ApiClient &client, qint64 users, int pageSize)
{
    QElapsedTimer clock;
    clock.start();
    QString cursor;
    qint64 pages = 0;
    const qint64 wanted = (users + pageSize - 1) / pageSize;
    while (pages < wanted) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        sa::RawRequest *request = client.fetchRaw(QStringLiteral("/users"), query);
        QEventLoop loop;
        QByteArray body;
        QObject::connect(request, &sa::ApiRequest::finished, &loop, [&] {
            body = request->body();
            loop.quit();
        });
        loop.exec();
        ++pages;
        const qsizetype at = body.lastIndexOf("\"after\":\"");
        if (at < 0)
            break;
        cursor = QString::fromLatin1(body.mid(at + 9, body.indexOf('"', at + 9) - at - 9));
    }
    return double(std::min(users, pages * pageSize)) / (double(clock.nsecsElapsed()) / 1e9);
}

// The ceiling of this machine and server: a minimal HTTP/1.1 keep-alive
// client over a plain QTcpSocket (a QSslSocket for https), on this thread,
// that asks for the same pages, reads each answer by its Content-Length and
// only finds the next cursor. No QNetworkAccessManager, no parsing. -1 on a
// failure.
double socketUsersPerSecond(const sa::ConnectionSettings &settings, qint64 users, int pageSize)
{
    const QUrl base = settings.baseUrl;
    QSslSocket socket;
    if (base.scheme() == QLatin1String("https")) {
        socket.connectToHostEncrypted(base.host(), quint16(base.port(443)));
        if (!socket.waitForEncrypted(10000))
            return -1;
    } else {
        socket.connectToHost(base.host(), quint16(base.port(80)));
        if (!socket.waitForConnected(10000))
            return -1;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray authorization
        = "Basic " + (settings.clientId + QLatin1Char(':') + settings.clientSecret).toUtf8().toBase64();
    QElapsedTimer clock;
    clock.start();
    QByteArray cursor;
    qint64 pages = 0;
    const qint64 wanted = (users + pageSize - 1) / pageSize;
    QByteArray buffer;
    while (pages < wanted) {
        QByteArray path = base.path().toUtf8() + "/users?limit=" + QByteArray::number(pageSize);
        if (!cursor.isEmpty())
            path += "&after=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor));
        socket.write("GET " + path + " HTTP/1.1\r\nHost: " + base.host().toUtf8() + "\r\nAuthorization: "
            + authorization + "\r\nSequence-Version: 2024-07-30\r\nConnection: keep-alive\r\n\r\n");
        // Headers, then exactly Content-Length bytes of body.
        qsizetype headerEnd = -1;
        while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (!socket.waitForReadyRead(10000))
                return -1;
            buffer += socket.readAll();
        }
        const QByteArray headers = buffer.left(headerEnd).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        if (at < 0)
            return -1;
        const qint64 length
            = headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        while (buffer.size() < headerEnd + 4 + length) {
            if (!socket.waitForReadyRead(10000))
                return -1;
            buffer += socket.readAll();
        }
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        ++pages;
        const qsizetype after = body.lastIndexOf("\"after\":\"");
        if (after < 0)
            break;
        cursor = body.mid(after + 9, body.indexOf('"', after + 9) - after - 9);
    }
    return double(std::min(users, pages * pageSize)) / (double(clock.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loads users through the real model and prints figures as JSON."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Users to load (default 100000)."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
        QStringLiteral("Base URL of a running API (credentials from SEQUENCE_CLIENT_ID "
                       "and SEQUENCE_CLIENT_SECRET, default the demo ones); default: "
                       "start the emulator in-process on its own thread."),
        QStringLiteral("url"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
        QStringLiteral("Text of the timed search (default müller)."), QStringLiteral("text"),
        QStringLiteral("müller"));
    const QCommandLineOption noRawOption(
        QStringLiteral("no-raw"), QStringLiteral("Skip the raw-transfer pass."));
    const QCommandLineOption noCsvOption(
        QStringLiteral("no-csv"), QStringLiteral("Skip the csv-writing pass."));
    const QCommandLineOption csvRunsOption(QStringLiteral("csv-runs"),
        QStringLiteral(
            "Times the csv pass runs (default 5); each run's speed, CPU time and page faults are printed."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral(
            "Loads to time (default 5): every figure as min/median/max, each run's CPU seconds and "
            "page faults in \"runs\"; the single figures are the last run's."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
        QStringLiteral("The in-process emulator serves HTTPS with the test certificate of tests/data/tls, "
                       "whose CA this program alone trusts; the socket ceiling uses TLS too."));
    parser.addOptions({usersOption, urlOption, searchOption, noRawOption, noCsvOption, csvRunsOption,
        runsOption, tlsOption});
    parser.process(app);
    const qint64 users = parser.value(usersOption).toLongLong();
    const int pageSize = 100;

    std::unique_ptr<sa::EmulatorHost> host;
    sa::ConnectionSettings settings;
    settings.clientId = qEnvironmentVariable("SEQUENCE_CLIENT_ID", QStringLiteral("demo-client"));
    settings.clientSecret = qEnvironmentVariable("SEQUENCE_CLIENT_SECRET", QStringLiteral("demo-secret"));
    if (parser.isSet(urlOption)) {
        settings.baseUrl = QUrl(parser.value(urlOption));
    } else {
        sa::EmulatorOptions options;
        options.users = users;
        if (parser.isSet(tlsOption)) {
            options.tlsCertificateFile = QStringLiteral(SA_TLS_DIR "/server.pem");
            options.tlsKeyFile = QStringLiteral(SA_TLS_DIR "/server.key");
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.addCaCertificates(QSslCertificate::fromPath(QStringLiteral(SA_TLS_DIR "/ca.pem")));
            QSslConfiguration::setDefaultConfiguration(configuration);
        }
        host = std::make_unique<sa::EmulatorHost>(options);
        QString error;
        if (!host->start(QHostAddress::LocalHost, 0, &error)) {
            std::fprintf(stderr, "sequence-bench: %s\n", qPrintable(error));
            return 1;
        }
        settings.baseUrl = host->baseUrl();
    }
    sa::ApiClient client;
    client.setSettings(settings);

    QJsonArray runs;
    std::map<QString, std::vector<double>> figures;
    const int runCount = std::max(1, parser.value(runsOption).toInt());
    for (int run = 0;; ++run) {
        const double rawRate = parser.isSet(noRawOption) ? 0.0 : rawUsersPerSecond(client, users, pageSize);
        const double socketRate
            = parser.isSet(noRawOption) ? 0.0 : socketUsersPerSecond(settings, users, pageSize);

        const Usage usageBefore = usage();
        const qint64 rssBefore = residentBytes();
        QElapsedTimer clock;
        clock.start();
        auto *model = new sa::UserTableModel(&client);
        sa::UserFilterProxyModel proxy;
        proxy.setSourceModel(model);
        qint64 firstRowNs = -1;
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] {
            if (firstRowNs < 0)
                firstRowNs = clock.nsecsElapsed();
        });

        // The GUI thread's heartbeat: the longest gap is the worst freeze a window would show.
        sa::StallMeter stalls([&] { return model->rowCount(); });

        const qint64 requestsBefore = client.requestsSent();
        QEventLoop loop;
        bool complete = false;
        QObject::connect(model, &sa::UserTableModel::fetchAllFinished, &loop, [&](bool ok) {
            complete = ok;
            loop.quit();
        });
        stalls.start();
        model->fetchAll();
        loop.exec();
        stalls.stop();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (!complete) {
            std::fprintf(stderr, "sequence-bench: loading stopped: %s\n", qPrintable(model->errorMessage()));
            return 1;
        }
        const qint64 rssAfter = residentBytes();
        const Usage usageAfter = usage();
        {
            const double loadedUsers = model->rowCount();
            const QJsonObject figuresOfRun {{QStringLiteral("users_per_s"), loadedUsers / seconds},
                {QStringLiteral("raw_users_per_s"), rawRate},
                {QStringLiteral("socket_users_per_s"), socketRate},
                {QStringLiteral("load_vs_socket"), socketRate > 0 ? loadedUsers / seconds / socketRate : 0.0},
                {QStringLiteral("first_row_ms"), double(firstRowNs) / 1e6},
                {QStringLiteral("max_stall_ms"), stalls.maxGapMs()},
                {QStringLiteral("cpu_s"), usageAfter.cpuSeconds - usageBefore.cpuSeconds},
                {QStringLiteral("minor_faults"), double(usageAfter.minorFaults - usageBefore.minorFaults)}};
            runs.append(figuresOfRun);
            for (auto it = figuresOfRun.begin(); it != figuresOfRun.end(); ++it)
                figures[it.key()].push_back(it.value().toDouble());
        }
        if (run + 1 < runCount) {
            delete model;
            continue;
        }

        QElapsedTimer filterClock;
        filterClock.start();
        sa::UserFilter filter;
        filter.search = parser.value(searchOption);
        proxy.setFilter(filter);
        const double filterMs = double(filterClock.nsecsElapsed()) / 1e6;

        // The tidy csv of everything loaded, several times: the writer's own
        // speed, with the CPU time and the page faults of each run (a writer
        // that frees and regrows its buffer takes fresh pages from the kernel).
        const int loaded = model->rowCount();
        QJsonArray csvRuns;
        std::vector<double> csvRates;
        CountingDevice csv;
        if (!parser.isSet(noCsvOption)) {
            std::vector<int> allRows(size_t(model->rowCount()));
            std::iota(allRows.begin(), allRows.end(), 0);
            for (int csvRun = 0; csvRun < std::max(1, parser.value(csvRunsOption).toInt()); ++csvRun) {
                const Usage before = usage();
                QElapsedTimer csvClock;
                csvClock.start();
                csv.written = 0;
                sa::ReportWriter::create(sa::ReportWriter::Format::Csv)
                    ->write(&csv, model->store(), allRows, {});
                const double csvSeconds = double(csvClock.nsecsElapsed()) / 1e9;
                const Usage after = usage();
                csvRates.push_back(loaded / csvSeconds);
                csvRuns.append(QJsonObject {{QStringLiteral("users_per_s"), loaded / csvSeconds},
                    {QStringLiteral("cpu_s"), after.cpuSeconds - before.cpuSeconds},
                    {QStringLiteral("minor_faults"), double(after.minorFaults - before.minorFaults)}});
            }
        }
        std::vector<double> sortedRates = csvRates;
        std::sort(sortedRates.begin(), sortedRates.end());
        auto pick = [&sortedRates](size_t at) { return sortedRates.empty() ? 0.0 : sortedRates[at]; };
        QJsonObject result {
            {QStringLiteral("users"), loaded},
            {QStringLiteral("pages"), client.requestsSent() - requestsBefore},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("users_per_s"), loaded / seconds},
            {QStringLiteral("raw_users_per_s"), rawRate},
            {QStringLiteral("socket_users_per_s"), socketRate},
            {QStringLiteral("load_vs_socket"), socketRate > 0 ? loaded / seconds / socketRate : 0.0},
            {QStringLiteral("first_row_ms"), double(firstRowNs) / 1e6},
            {QStringLiteral("max_stall_ms"), stalls.maxGapMs()},
            {QStringLiteral("max_stall_at_users"), stalls.sampleAtMaxGap()},
            {QStringLiteral("rss_bytes_before"), rssBefore},
            {QStringLiteral("rss_bytes_after"), rssAfter},
            {QStringLiteral("bytes_per_user"), double(rssAfter - rssBefore) / std::max(loaded, 1)},
            {QStringLiteral("filter_ms"), filterMs},
            {QStringLiteral("filter_matches"), proxy.rowCount()},
            {QStringLiteral("distinct_roles"), model->registry().roleCount()},
            {QStringLiteral("csv_users_per_s"), pick(sortedRates.size() / 2)}, // the median
            {QStringLiteral("csv_users_per_s_min"), pick(0)},
            {QStringLiteral("csv_users_per_s_max"), sortedRates.empty() ? 0.0 : sortedRates.back()},
            {QStringLiteral("csv_runs"), csvRuns},
            {QStringLiteral("csv_mib"), double(csv.written) / 1048576.0},
        };
        // Every figure over the runs: min, median, max (CPU time is steadier than wall time).
        QJsonObject summary;
        for (auto &[name, values] : figures) {
            std::sort(values.begin(), values.end());
            summary.insert(name,
                QJsonObject {{QStringLiteral("min"), values.front()},
                    {QStringLiteral("median"), values[values.size() / 2]},
                    {QStringLiteral("max"), values.back()}});
        }
        result.insert(QStringLiteral("runs"), runs);
        result.insert(QStringLiteral("summary"), summary);
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        delete model;
        return 0;
    }
}
