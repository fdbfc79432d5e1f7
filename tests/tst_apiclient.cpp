// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The API client against real servers on loopback: what it sends, how it
// types and retries failures, timeouts, size limits, redirects, pacing.
#include "apiclient.h"
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "ratelimiter.h"
#include "roleregistry.h"
#include "support/rawhttpserver.h"

#include "support/emulatorfixture.h"

#include <QtTest>

using namespace sa;
using satest::headerOf;
using satest::RawHttpServer;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSendUtf8BasicAuthVersionAndUserAgent();
    void shouldParseAPageFromTheEmulator();
    void shouldNotRetryAuthenticationFailures();
    void shouldRetryServerErrorsAndAnnounceIt();
    void shouldHonourRetryAfter();
    void shouldGiveUpAfterMaxAttempts();
    void shouldReportATimeoutNotACancel();
    void shouldRefuseBodiesOverTheLimitWithoutReadingThem();
    void shouldReportInvalidDataWithItsPlace();
    void shouldNotSendCredentialsToAnotherOriginOnRedirect();
    void shouldFollowRedirectsWithinTheSameOrigin();
    void shouldRefusePlainHttpOffLoopback_data();
    void shouldRefusePlainHttpOffLoopback();
    void shouldKeepTheServersMessageForOther4xx();
    void shouldReportRefusedConnectionsInWords();
    void shouldEmitNothingAfterAbandon();
    void shouldSurviveTheClientGoingAwayMidRequest();
    void rateLimiterShouldAllowAtMostLimitPerWindow();
    void shouldPaceRequestsOffLoopback();

private:
    static ConnectionSettings settingsFor(const QUrl &baseUrl)
    {
        ConnectionSettings settings = satest::demoSettings(baseUrl);
        settings.timeoutMs = 5000;
        return settings;
    }
    // Waits for finished(); fails the test if it does not come.
    static bool waitFinished(ApiRequest *request, int timeoutMs = 15000)
    {
        QSignalSpy spy(request, &ApiRequest::finished);
        return spy.wait(timeoutMs) && spy.count() == 1;
    }
    static std::unique_ptr<EmulatorServer> startEmulator(EmulatorOptions options = {})
    {
        return satest::startEmulator(options);
    }
};

void TestApiClient::shouldSendUtf8BasicAuthVersionAndUserAgent()
{
    RawHttpServer server(
        [](const QByteArray &) { return RawHttpServer::response(200, R"({"items":[],"pagination":{}})"); });
    ApiClient client;
    ConnectionSettings settings = settingsFor(server.url(QStringLiteral("/api")));
    settings.clientId = QStringLiteral("clé");
    settings.clientSecret = QStringLiteral("sëcret:ключ");
    client.setSettings(settings);
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 50, QStringLiteral("a+b/c=="));
    QVERIFY(waitFinished(request));
    QVERIFY(!request->error().isError());
    QCOMPARE(server.requests().size(), 1);
    const QByteArray sent = server.requests().first();
    QVERIFY2(sent.startsWith("GET /api/users?limit=50&after=a%2Bb%2Fc%3D%3D HTTP/1.1"), sent.constData());
    QCOMPARE(headerOf(sent, "Authorization"), "Basic " + QByteArray("clé:sëcret:ключ").toBase64());
    QCOMPARE(headerOf(sent, "Sequence-Version"), QByteArray("2024-07-30"));
    QCOMPARE(headerOf(sent, "Accept"), QByteArray("application/json"));
    QVERIFY(headerOf(sent, "User-Agent").startsWith("SequenceAdmin/"));
}

void TestApiClient::shouldParseAPageFromTheEmulator()
{
    EmulatorOptions options;
    options.users = 150;
    auto emulator = startEmulator(options);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 100);
    QVERIFY(waitFinished(request));
    QVERIFY2(!request->error().isError(), qPrintable(request->error().toString()));
    QCOMPARE(request->page().users.size(), size_t(100));
    QCOMPARE(request->page().users[3].id, emulator->dataset().userId(3));
    QCOMPARE(request->page().pagination.totalResultSize, qint64(150));
    QCOMPARE(request->attempts(), 1);

    AccountsRequest *accounts = client.fetchAccounts();
    QVERIFY(waitFinished(accounts));
    QCOMPARE(accounts->page().accounts.size(), emulator->dataset().accounts().size());
}

void TestApiClient::shouldNotRetryAuthenticationFailures()
{
    for (int status : {401, 403}) {
        RawHttpServer server([status](const QByteArray &) {
            return RawHttpServer::response(
                status, R"({"error":{"type":"Unauthorized","message":"Invalid key"}})");
        });
        ApiClient client;
        client.setSettings(settingsFor(server.url(QStringLiteral("/api"))));
        RoleRegistry registry;
        UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        QVERIFY(waitFinished(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Authentication);
        QCOMPARE(request->error().httpStatus, status);
        QCOMPARE(request->error().serverMessage, QStringLiteral("Invalid key"));
        QVERIFY(request->error().toString().contains(QLatin1String("Invalid key")));
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(server.requests().size(), 1);
    }
}

void TestApiClient::shouldRetryServerErrorsAndAnnounceIt()
{
    EmulatorOptions options;
    options.users = 50;
    FaultRule rule;
    QVERIFY(FaultRule::parse(QStringLiteral("page=1:500:once"), &rule, nullptr));
    options.faults << rule;
    auto emulator = startEmulator(options);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 100);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    QVERIFY(waitFinished(request));
    QVERIFY2(!request->error().isError(), qPrintable(request->error().toString()));
    QCOMPARE(request->page().users.size(), size_t(50));
    QCOMPARE(request->attempts(), 2);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.first().at(0).toInt(), 2);
    const int delay = retrying.first().at(1).toInt();
    QVERIFY2(delay >= 10 && delay <= 20, qPrintable(QString::number(delay))); // half to full base backoff
    QCOMPARE(retrying.first().at(2).value<ApiError>().kind, ApiError::Kind::Server);
}

void TestApiClient::shouldHonourRetryAfter()
{
    int calls = 0;
    RawHttpServer server([&calls](const QByteArray &) {
        if (++calls == 1)
            return RawHttpServer::response(429, R"({"message":"slow down"})", "Retry-After: 1\r\n");
        return RawHttpServer::response(200, R"({"items":[],"pagination":{}})");
    });
    ApiClient client;
    client.setSettings(settingsFor(server.url(QStringLiteral("/api"))));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(waitFinished(request));
    QVERIFY(!request->error().isError());
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.first().at(1).toInt(), 1000);
    QCOMPARE(retrying.first().at(2).value<ApiError>().kind, ApiError::Kind::RateLimited);
    QVERIFY2(clock.elapsed() >= 990, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClient::shouldGiveUpAfterMaxAttempts()
{
    RawHttpServer server(
        [](const QByteArray &) { return RawHttpServer::response(503, R"({"message":"down"})"); });
    ApiClient client;
    ConnectionSettings settings = settingsFor(server.url(QStringLiteral("/api")));
    settings.maxAttempts = 3;
    client.setSettings(settings);
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    QVERIFY(waitFinished(request));
    QCOMPARE(request->error().kind, ApiError::Kind::Server);
    QCOMPARE(request->error().httpStatus, 503);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(retrying.count(), 2);
}

void TestApiClient::shouldReportATimeoutNotACancel()
{
    RawHttpServer server([](const QByteArray &) { return QByteArray(); }); // never answers
    ApiClient client;
    ConnectionSettings settings = settingsFor(server.url(QStringLiteral("/api")));
    settings.timeoutMs = 300;
    client.setSettings(settings);
    RoleRegistry registry;
    QElapsedTimer clock;
    clock.start();
    UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
    QVERIFY(waitFinished(request, 10000));
    QCOMPARE(request->error().kind, ApiError::Kind::Timeout);
    QVERIFY2(request->error().message.contains(QLatin1String("did not answer within 1 s")),
        qPrintable(request->error().message));
    QVERIFY(clock.elapsed() >= 250); // Qt runs this timer coarse, up to 5% early
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClient::shouldRefuseBodiesOverTheLimitWithoutReadingThem()
{
    EmulatorOptions options;
    options.users = 300;
    FaultRule rule;
    QVERIFY(FaultRule::parse(QStringLiteral("page=1:oversized"), &rule, nullptr));
    options.faults << rule;
    auto emulator = startEmulator(options);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 100);
    QVERIFY(waitFinished(request));
    QCOMPARE(request->error().kind, ApiError::Kind::InvalidData);
    QVERIFY2(request->error().message.contains(QLatin1String("larger than the limit of 32 MiB")),
        qPrintable(request->error().message));
    QCOMPARE(request->attempts(), 1);
}

void TestApiClient::shouldReportInvalidDataWithItsPlace()
{
    EmulatorOptions options;
    options.users = 300;
    FaultRule rule;
    QVERIFY(FaultRule::parse(QStringLiteral("page=1:missing-field"), &rule, nullptr));
    options.faults << rule;
    auto emulator = startEmulator(options);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 100);
    QVERIFY(waitFinished(request));
    QCOMPARE(request->error().kind, ApiError::Kind::InvalidData);
    QVERIFY2(request->error().message.endsWith(QLatin1String("items[0].email: missing")),
        qPrintable(request->error().message));
    QCOMPARE(request->attempts(), 1);
}

void TestApiClient::shouldNotSendCredentialsToAnotherOriginOnRedirect()
{
    RawHttpServer elsewhere(
        [](const QByteArray &) { return RawHttpServer::response(200, R"({"items":[],"pagination":{}})"); });
    const QUrl target = elsewhere.url(QStringLiteral("/api/users"));
    RawHttpServer server([target](const QByteArray &) {
        return RawHttpServer::response(302, QByteArray(), "Location: " + target.toEncoded() + "\r\n");
    });
    ApiClient client;
    client.setSettings(settingsFor(server.url(QStringLiteral("/api"))));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
    QVERIFY(waitFinished(request));
    QCOMPARE(request->error().kind, ApiError::Kind::Configuration);
    QVERIFY(request->error().message.contains(QLatin1String("another host")));
    QCOMPARE(server.requests().size(), 1);
    // The other port never heard from us, so it never saw the Authorization header.
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TestApiClient::shouldFollowRedirectsWithinTheSameOrigin()
{
    RawHttpServer server([](const QByteArray &request) {
        if (request.startsWith("GET /old/"))
            return RawHttpServer::response(301, QByteArray(), "Location: /api/users?limit=10\r\n");
        return RawHttpServer::response(200, R"({"items":[],"pagination":{"totalResultSize":0}})");
    });
    ApiClient client;
    client.setSettings(settingsFor(server.url(QStringLiteral("/old"))));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
    QVERIFY(waitFinished(request));
    QVERIFY2(!request->error().isError(), qPrintable(request->error().toString()));
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!headerOf(server.requests().at(1), "Authorization").isEmpty());
}

void TestApiClient::shouldRefusePlainHttpOffLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http remote") << QStringLiteral("http://eu.sequencehq.com/api") << false;
    QTest::newRow("http private") << QStringLiteral("http://192.168.1.10/api") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/api") << false;
    QTest::newRow("no host") << QStringLiteral("https:///api") << false;
    QTest::newRow("https remote") << QStringLiteral("https://eu.sequencehq.com/api") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/api") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/api") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/api") << true;
}

void TestApiClient::shouldRefusePlainHttpOffLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ApiClient::checkBaseUrl(QUrl(url)).isEmpty(), allowed);
    if (allowed)
        return;
    ApiClient client;
    client.setSettings(settingsFor(QUrl(url)));
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
    QVERIFY(waitFinished(request));
    QCOMPARE(request->error().kind, ApiError::Kind::Configuration);
    QCOMPARE(client.requestsSent(), 0);
}

void TestApiClient::shouldKeepTheServersMessageForOther4xx()
{
    auto emulator = startEmulator();
    ApiClient client;
    ConnectionSettings settings = settingsFor(emulator->baseUrl());
    client.setSettings(settings);
    AccountsRequest *request = client.fetchAccounts(10, QStringLiteral("not-a-cursor"));
    QVERIFY(waitFinished(request));
    QCOMPARE(request->error().kind, ApiError::Kind::Request);
    QCOMPARE(request->error().httpStatus, 400);
    QVERIFY2(request->error().toString().contains(QLatin1String("Invalid pagination cursor")),
        qPrintable(request->error().toString()));
}

void TestApiClient::shouldReportRefusedConnectionsInWords()
{
    quint16 port;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    ApiClient client;
    ConnectionSettings settings = settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(port)));
    settings.maxAttempts = 2;
    client.setSettings(settings);
    RoleRegistry registry;
    UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
    QVERIFY(waitFinished(request));
    QCOMPARE(request->error().kind, ApiError::Kind::Network);
    QVERIFY2(request->error().message.contains(QLatin1String("connection was refused")),
        qPrintable(request->error().message));
    QCOMPARE(request->attempts(), 2);
}

void TestApiClient::shouldEmitNothingAfterAbandon()
{
    RawHttpServer server(
        [](const QByteArray &) { return RawHttpServer::response(200, R"({"items":[],"pagination":{}})"); },
        200);
    ApiClient client;
    client.setSettings(settingsFor(server.url(QStringLiteral("/api"))));
    RoleRegistry registry;
    QPointer<UsersPageRequest> request = client.fetchUsersPage(&registry, 10);
    QSignalSpy finished(request.data(), &ApiRequest::finished);
    QTest::qWait(50);
    request->abandon();
    QTest::qWait(400);
    QCOMPARE(finished.count(), 0);
    QVERIFY(request.isNull()); // deleted itself
}

void TestApiClient::shouldSurviveTheClientGoingAwayMidRequest()
{
    RawHttpServer server([](const QByteArray &) { return QByteArray(); });
    auto client = std::make_unique<ApiClient>();
    client->setSettings(settingsFor(server.url(QStringLiteral("/api"))));
    RoleRegistry registry;
    QPointer<UsersPageRequest> request = client->fetchUsersPage(&registry, 10);
    QSignalSpy finished(request.data(), &ApiRequest::finished);
    QTest::qWait(100);
    client.reset();
    QTest::qWait(100);
    QVERIFY(request.isNull());
    QCOMPARE(finished.count(), 0);
}

void TestApiClient::rateLimiterShouldAllowAtMostLimitPerWindow()
{
    // A client as eager as it can be, on an injected clock: it sends the
    // moment the limiter lets it, 4,000 times.
    RateLimiter limiter(1500, 60000);
    std::vector<qint64> sent;
    qint64 now = 1000000;
    for (int i = 0; i < 4000; ++i) {
        now += limiter.delayBefore(now);
        QCOMPARE(limiter.delayBefore(now), 0);
        limiter.record(now);
        sent.push_back(now);
        now += i % 7; // and sometimes a little later
    }
    auto mostIn = [&sent](qint64 window) {
        size_t most = 0, first = 0;
        for (size_t last = 0; last < sent.size(); ++last) {
            while (sent[last] - sent[first] >= window)
                ++first;
            most = std::max(most, last - first + 1);
        }
        return int(most);
    };
    QVERIFY2(mostIn(1000) <= 26, qPrintable(QString::number(mostIn(1000))));
    QVERIFY2(mostIn(60000) <= 1500, qPrintable(QString::number(mostIn(60000))));
    // Steady, not a burst and a pause: 4,000 requests take about 4,000 / 24 s.
    const double seconds = double(sent.back() - sent.front()) / 1000;
    QVERIFY2(seconds > 160 && seconds < 175, qPrintable(QString::number(seconds)));
    QVERIFY(mostIn(1000) >= 24); // and not slower than it may
    // An idle client may send its small burst at once, then paces again.
    RateLimiter idle(1500, 60000);
    QCOMPARE(idle.delayBefore(0), 0);
    idle.record(0);
    QCOMPARE(idle.delayBefore(0), 0);
    idle.record(0);
    QVERIFY(idle.delayBefore(0) > 0);
    QCOMPARE(idle.delayBefore(100000), 0);
    // What the window and the CLI show as time left: 1,000 pages take ~42 s.
    ApiClient paced;
    ConnectionSettings remote = settingsFor(QUrl(QStringLiteral("https://sequence.invalid/api")));
    paced.setSettings(remote);
    QCOMPARE(paced.pacedMsFor(1000), qint64(1000 * 60000.0 / (1500 * 0.96)));
    paced.setSettings(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:9/api"))));
    QCOMPARE(paced.pacedMsFor(1000), 0); // loopback is not paced
    RateLimiter off(0);
    for (int i = 0; i < 10; ++i)
        off.record(i);
    QCOMPARE(off.delayBefore(10), 0);
}

void TestApiClient::shouldPaceRequestsOffLoopback()
{
    ApiClient client;
    ConnectionSettings settings = settingsFor(QUrl(QStringLiteral("https://sequence.invalid/api")));
    settings.requestsPerMinute = 2;
    client.setSettings(settings);
    // Pacing is on for a remote host; off for loopback whatever the setting.
    RoleRegistry registry;
    QList<QPointer<UsersPageRequest>> requests;
    for (int i = 0; i < 3; ++i)
        requests << client.fetchUsersPage(&registry, 10);
    QTest::qWait(300);
    // Two went out (and fail: .invalid does not resolve); the third waits for the window.
    QCOMPARE(client.requestsSent(), 2);
    for (const auto &request : requests) {
        if (request)
            request->abandon();
    }
    // Loopback: no pacing, whatever requestsPerMinute says; all three go at once.
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
    client.setSettings(settings);
    for (int i = 0; i < 3; ++i)
        client.fetchUsersPage(&registry, 10)->abandon();
    QCOMPARE(client.requestsSent(), 5);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
