// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of the emulator over real HTTP on loopback: auth, version,
// limits, cursors both ways, faults, the data mix, and the bind policy.
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "roleregistry.h"
#include "usersparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

using namespace sa;

class TestEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRefuseMissingOrWrongCredentials();
    void shouldAcceptAUtf8SecretAsUtf8Bytes();
    void shouldValidateLimit_data();
    void shouldValidateLimit();
    void shouldRejectAnUnknownVersionAndEchoKnownOnes();
    void shouldOmitRolesForVersionsBefore20240730();
    void shouldWalkAfterCursorsThroughEveryUserOnce_data();
    void shouldWalkAfterCursorsThroughEveryUserOnce();
    void shouldWalkBackWithBeforeCursors();
    void shouldRejectForeignCursors();
    void shouldFireInjectedStatusFaultsOnce();
    void shouldInjectInvalidData_data();
    void shouldInjectInvalidData();
    void shouldServeOneUserAndTheAccounts();
    void shouldGenerateTheSameDataForTheSameSeed();
    void shouldMixRolesStatesAndAddressesRealistically();
    void shouldBindToLoopbackOnlyUnlessAllowed();
    void shouldParseFaultRules();

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray version;
        QByteArray retryAfter;
    };
    Response get(const QUrl &url, const QByteArray &authorization, const QByteArray &version = "2024-07-30");
    static QByteArray basic(const QByteArray &id, const QByteArray &secret)
    {
        return "Basic " + QByteArray(id + ':' + secret).toBase64();
    }
    static QUrl usersUrl(const EmulatorServer &server, const QString &query)
    {
        QUrl url = server.baseUrl();
        url.setPath(url.path() + QStringLiteral("/users"));
        url.setQuery(query);
        return url;
    }
    std::unique_ptr<EmulatorServer> startServer(EmulatorOptions options = {})
    {
        auto server = std::make_unique<EmulatorServer>(options);
        QString error;
        if (!server->listenOn(QHostAddress::LocalHost, 0, false, &error))
            qFatal("cannot start the emulator: %s", qPrintable(error));
        return server;
    }
    QStringList ids(const QByteArray &body, UsersPage *page = nullptr);
    static QString encoded(const QString &cursor)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    }
    static QString encoded(const QByteArray &cursor) { return encoded(QString::fromLatin1(cursor)); }

    QNetworkAccessManager m_network;
    const QByteArray m_demoAuth = basic("demo-client", "demo-secret");
};

TestEmulator::Response TestEmulator::get(
    const QUrl &url, const QByteArray &authorization, const QByteArray &version)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!version.isEmpty())
        request.setRawHeader("Sequence-Version", version);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        qFatal("no answer from the emulator for %s", qPrintable(url.toString()));
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.version = reply->rawHeader("Sequence-Version");
    response.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return response;
}

QStringList TestEmulator::ids(const QByteArray &body, UsersPage *out)
{
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    if (!parseUsersPage(body, registry, &page, &error))
        qFatal("emulator page does not parse: %s", qPrintable(error.toString()));
    QStringList result;
    for (const User &user : page.users)
        result << user.id;
    if (out)
        out->pagination = page.pagination;
    return result;
}

void TestEmulator::shouldRefuseMissingOrWrongCredentials()
{
    auto server = startServer();
    const QUrl url = usersUrl(*server, QStringLiteral("limit=1"));
    for (const QByteArray &auth : {QByteArray(), basic("demo-client", "wrong"), basic("other", "demo-secret"),
             QByteArray("Bearer demo-secret"), QByteArray("Basic !!!")}) {
        const Response response = get(url, auth);
        QCOMPARE(response.status, 401);
        const ApiErrorBody error = parseErrorBody(response.body);
        QCOMPARE(error.type, QStringLiteral("Unauthorized"));
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(get(url, m_demoAuth).status, 200);
}

void TestEmulator::shouldAcceptAUtf8SecretAsUtf8Bytes()
{
    EmulatorOptions options;
    options.clientId = QStringLiteral("clé");
    options.clientSecret = QStringLiteral("sëcret-ключ-🔑");
    auto server = startServer(options);
    const QUrl url = usersUrl(*server, QStringLiteral("limit=1"));
    QCOMPARE(get(url, basic(options.clientId.toUtf8(), options.clientSecret.toUtf8())).status, 200);
    // The same text in Latin-1 (lossy) must not pass.
    QCOMPARE(get(url, basic(options.clientId.toLatin1(), options.clientSecret.toLatin1())).status, 401);
}

void TestEmulator::shouldValidateLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("0") << QStringLiteral("limit=0") << 400 << 0;
    QTest::newRow("101") << QStringLiteral("limit=101") << 400 << 0;
    QTest::newRow("-1") << QStringLiteral("limit=-1") << 400 << 0;
    QTest::newRow("text") << QStringLiteral("limit=ten") << 400 << 0;
    QTest::newRow("1") << QStringLiteral("limit=1") << 200 << 1;
    QTest::newRow("100") << QStringLiteral("limit=100") << 200 << 100;
    QTest::newRow("default") << QString() << 200 << 20;
}

void TestEmulator::shouldValidateLimit()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    auto server = startServer();
    const Response response = get(usersUrl(*server, query), m_demoAuth);
    QCOMPARE(response.status, status);
    if (status == 400) {
        const ApiErrorBody error = parseErrorBody(response.body);
        QVERIFY2(error.toString().contains(QLatin1String("between 1 and 100")), qPrintable(error.toString()));
    } else {
        QCOMPARE(ids(response.body).size(), count);
    }
}

void TestEmulator::shouldRejectAnUnknownVersionAndEchoKnownOnes()
{
    auto server = startServer();
    const QUrl url = usersUrl(*server, QStringLiteral("limit=1"));
    const Response unknown = get(url, m_demoAuth, "2099-01-01");
    QCOMPARE(unknown.status, 400);
    QCOMPARE(parseErrorBody(unknown.body).type, QStringLiteral("UnrecognisedApiVersion"));
    QVERIFY(parseErrorBody(unknown.body).message.startsWith(QLatin1String("No matching API version found.")));
    QCOMPARE(unknown.version, QByteArray("2099-01-01"));
    QCOMPARE(get(url, m_demoAuth, "2024-07-30").version, QByteArray("2024-07-30"));
    QCOMPARE(get(url, m_demoAuth, "2024-05-09").version, QByteArray("2024-05-09"));
    QCOMPARE(get(url, m_demoAuth, QByteArray()).version, QByteArray("2024-07-30"));
}

void TestEmulator::shouldOmitRolesForVersionsBefore20240730()
{
    auto server = startServer();
    const QUrl url = usersUrl(*server, QStringLiteral("limit=3"));
    const Response old = get(url, m_demoAuth, "2024-01-01");
    QCOMPARE(old.status, 200);
    QVERIFY(!old.body.contains("\"roles\""));
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    QVERIFY(!parseUsersPage(old.body, registry, &page, &error));
    QCOMPARE(error.toString(), QStringLiteral("items[0].roles: missing"));
    QVERIFY(get(url, m_demoAuth).body.contains("\"roles\""));
}

void TestEmulator::shouldWalkAfterCursorsThroughEveryUserOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("100") << 100;
    QTest::newRow("37") << 37;
}

void TestEmulator::shouldWalkAfterCursorsThroughEveryUserOnce()
{
    QFETCH(int, limit);
    EmulatorOptions options;
    options.users = 1000;
    auto server = startServer(options);
    QStringList all;
    QString query = QStringLiteral("limit=%1").arg(limit);
    int pages = 0;
    for (;;) {
        const Response response = get(usersUrl(*server, query), m_demoAuth);
        QCOMPARE(response.status, 200);
        UsersPage page;
        all += ids(response.body, &page);
        QCOMPARE(page.pagination.totalResultSize, qint64(1000));
        QCOMPARE(bool(page.pagination.before), pages > 0);
        ++pages;
        QVERIFY(pages <= 1000 / limit + 1);
        if (!page.pagination.after)
            break;
        query = QStringLiteral("limit=%1&after=%2").arg(limit).arg(encoded((*page.pagination.after)));
    }
    QCOMPARE(pages, (1000 + limit - 1) / limit);
    QCOMPARE(all.size(), 1000);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 1000);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all[i], server->dataset().userId(i)); // server order
}

void TestEmulator::shouldWalkBackWithBeforeCursors()
{
    EmulatorOptions options;
    options.users = 250;
    auto server = startServer(options);
    // Walk forward to the last page, then back with before.
    QString query = QStringLiteral("limit=100");
    UsersPage page;
    QStringList last;
    for (;;) {
        last = ids(get(usersUrl(*server, query), m_demoAuth).body, &page);
        if (!page.pagination.after)
            break;
        query = QStringLiteral("limit=100&after=") + encoded((*page.pagination.after));
    }
    QCOMPARE(last.first(), server->dataset().userId(200));
    QStringList backwards = last;
    while (page.pagination.before) {
        query = QStringLiteral("limit=100&before=") + encoded((*page.pagination.before));
        backwards = ids(get(usersUrl(*server, query), m_demoAuth).body, &page) + backwards;
    }
    QCOMPARE(backwards.size(), 250);
    for (int i = 0; i < backwards.size(); ++i)
        QCOMPARE(backwards[i], server->dataset().userId(i));
}

void TestEmulator::shouldRejectForeignCursors()
{
    auto server = startServer();
    for (const QByteArray cursor : {"bm90LWEtY3Vyc29y", "!!",
             "ZTMwOWU5NDgtMDg4ZS00ZDc3LWI2NTQtY2Q4NTQ5OGYxNTU1IzE2NTgyNjA4NTYwMzMwMTMjREVTQw=="}) {
        const Response response
            = get(usersUrl(*server, QStringLiteral("after=") + encoded((cursor))), m_demoAuth);
        QCOMPARE(response.status, 400);
        QVERIFY(parseErrorBody(response.body).message.contains(QLatin1String("cursor")));
    }
    const Response both = get(usersUrl(*server, QStringLiteral("after=a&before=b")), m_demoAuth);
    QCOMPARE(both.status, 400);
}

void TestEmulator::shouldFireInjectedStatusFaultsOnce()
{
    EmulatorOptions options;
    options.users = 500;
    for (const char *text : {"page=2:500:once", "page=3:429:once:retry-after=2", "page=4:503:always"}) {
        FaultRule rule;
        QVERIFY(FaultRule::parse(QLatin1String(text), &rule, nullptr));
        options.faults << rule;
    }
    auto server = startServer(options);
    auto pageQuery = [&](int page) -> QString {
        // The cursor of the user just before the page's first one.
        return QStringLiteral("limit=100&after=")
            + encoded((server->dataset().cursorFor((page - 1) * 100 - 1)));
    };
    QCOMPARE(get(usersUrl(*server, QStringLiteral("limit=100")), m_demoAuth).status, 200);
    const Response first = get(usersUrl(*server, pageQuery(2)), m_demoAuth);
    QCOMPARE(first.status, 500);
    QVERIFY(parseErrorBody(first.body).message.contains(QLatin1String("Injected fault")));
    QCOMPARE(get(usersUrl(*server, pageQuery(2)), m_demoAuth).status, 200);
    const Response limited = get(usersUrl(*server, pageQuery(3)), m_demoAuth);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArray("2"));
    QCOMPARE(get(usersUrl(*server, pageQuery(3)), m_demoAuth).status, 200);
    QCOMPARE(get(usersUrl(*server, pageQuery(4)), m_demoAuth).status, 503);
    QCOMPARE(get(usersUrl(*server, pageQuery(4)), m_demoAuth).status, 503);
    QCOMPARE(get(usersUrl(*server, pageQuery(5)), m_demoAuth).status, 200);
}

void TestEmulator::shouldInjectInvalidData_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("error");
    QTest::newRow("malformed") << QStringLiteral("page=2:malformed")
                               << QStringLiteral("malformed JSON at byte");
    QTest::newRow("missing-field") << QStringLiteral("page=2:missing-field")
                                   << QStringLiteral("items[0].email: missing");
    QTest::newRow("oversized") << QStringLiteral("page=2:oversized")
                               << QStringLiteral("exceeds the limit of 33554432 bytes");
    QTest::newRow("repeat-cursor") << QString(QStringLiteral("page=2:repeat-cursor")) << QString();
}

void TestEmulator::shouldInjectInvalidData()
{
    QFETCH(QString, rule);
    QFETCH(QString, error);
    EmulatorOptions options;
    options.users = 300;
    FaultRule fault;
    QVERIFY(FaultRule::parse(rule, &fault, nullptr));
    options.faults << fault;
    auto server = startServer(options);
    const QByteArray cursor = server->dataset().cursorFor(99);
    const QUrl url = usersUrl(*server, QStringLiteral("limit=100&after=") + encoded((cursor)));
    const Response response = get(url, m_demoAuth);
    QCOMPARE(response.status, 200);
    RoleRegistry registry;
    UsersPage page;
    ParseError parseError;
    if (error.isEmpty()) {
        // The page parses, but its next cursor is the one just sent: a loop.
        QVERIFY(parseUsersPage(response.body, registry, &page, &parseError));
        QCOMPARE(page.pagination.after->toLatin1(), cursor);
    } else {
        QVERIFY(!parseUsersPage(response.body, registry, &page, &parseError));
        QVERIFY2(parseError.toString().contains(error), qPrintable(parseError.toString()));
    }
    // Once only: the same request then succeeds.
    const Response again = get(url, m_demoAuth);
    QVERIFY(parseUsersPage(again.body, registry, &page, &parseError));
    QCOMPARE(page.pagination.after->toLatin1(), server->dataset().cursorFor(199));
}

void TestEmulator::shouldServeOneUserAndTheAccounts()
{
    auto server = startServer();
    const QString id = server->dataset().userId(7);
    QUrl url = server->baseUrl();
    url.setPath(url.path() + QStringLiteral("/users/") + id);
    const Response one = get(url, m_demoAuth);
    QCOMPARE(one.status, 200);
    RoleRegistry registry;
    User user;
    ParseError error;
    QVERIFY2(parseUser(one.body, registry, &user, &error), qPrintable(error.toString()));
    QCOMPARE(user.id, id);
    QCOMPARE(user.email, server->dataset().user(7).email);

    url.setPath(server->baseUrl().path() + QStringLiteral("/users/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(get(url, m_demoAuth).status, 404);

    url.setPath(server->baseUrl().path() + QStringLiteral("/sequence-accounts"));
    url.setQuery(QStringLiteral("limit=4"));
    const Response accounts = get(url, m_demoAuth);
    QCOMPARE(accounts.status, 200);
    AccountsPage page;
    QVERIFY2(parseAccountsPage(accounts.body, &page, &error), qPrintable(error.toString()));
    QCOMPARE(page.accounts.size(), size_t(4));
    QCOMPARE(page.accounts[1].companyName, QStringLiteral("Müller & Söhne GmbH"));
    QVERIFY(page.pagination.after);
    url.setQuery(QStringLiteral("limit=4&after=") + encoded((*page.pagination.after)));
    QVERIFY(parseAccountsPage(get(url, m_demoAuth).body, &page, &error));
    QCOMPARE(page.accounts.size(), server->dataset().accounts().size() - 4);
}

void TestEmulator::shouldGenerateTheSameDataForTheSameSeed()
{
    const EmulatorDataset a(7, 100);
    const EmulatorDataset b(7, 100);
    const EmulatorDataset c(8, 100);
    QByteArray ja, jb, jc;
    for (int i = 0; i < 100; ++i) {
        a.appendUserJson(ja, i, true);
        b.appendUserJson(jb, i, true);
        c.appendUserJson(jc, i, true);
        QCOMPARE(a.indexOfId(a.userId(i)), qint64(i));
        QCOMPARE(a.indexOfCursor(a.cursorFor(i)), qint64(i));
        QCOMPARE(c.indexOfId(a.userId(i)), qint64(-1));
    }
    QCOMPARE(ja, jb);
    QVERIFY(ja != jc);
}

void TestEmulator::shouldMixRolesStatesAndAddressesRealistically()
{
    const int count = 20000;
    const EmulatorDataset data(1, count);
    const RoleRegistry &registry = data.registry();
    QHash<QString, int> singleRoles;
    int twoRoles = 0, departedOrCustom = 0, deleted = 0, nonAscii = 0;
    QSet<QString> emails;
    for (int i = 0; i < count; ++i) {
        const User user = data.user(i);
        emails.insert(user.email);
        if (user.roles.size() == 2)
            ++twoRoles;
        else
            ++singleRoles[user.roles.front()->name()];
        for (const RoleDefinition *role : user.roles) {
            const RoleDeparture departure = registry.departure(*role);
            if (!departure.isStandard || departure.departs()) {
                ++departedOrCustom;
                break;
            }
        }
        if (user.state == QLatin1String("deleted"))
            ++deleted;
        if (std::any_of(user.email.begin(), user.email.end(), [](QChar c) { return c.unicode() > 127; }))
            ++nonAscii;
        QVERIFY(user.sequenceAccountIds.size() >= 1 && user.sequenceAccountIds.size() <= 3);
    }
    QCOMPARE(emails.size(), count); // unique addresses
    auto share = [&](int n) { return double(n) / count; };
    QVERIFY2(share(twoRoles) > 0.04 && share(twoRoles) < 0.06, qPrintable(QString::number(share(twoRoles))));
    QVERIFY2(share(departedOrCustom) > 0.02 && share(departedOrCustom) < 0.04,
        qPrintable(QString::number(share(departedOrCustom))));
    QVERIFY(share(deleted) > 0.04 && share(deleted) < 0.08);
    QVERIFY(share(nonAscii) > 0.2);
    // Few admins, many sales and read-only users.
    QVERIFY(singleRoles.value(QStringLiteral("admin")) < singleRoles.value(QStringLiteral("financeUser")));
    QVERIFY(
        singleRoles.value(QStringLiteral("financeUser")) < singleRoles.value(QStringLiteral("salesUser")));
    QVERIFY(
        singleRoles.value(QStringLiteral("admin")) * 5 < singleRoles.value(QStringLiteral("readOnlyUser")));
}

void TestEmulator::shouldBindToLoopbackOnlyUnlessAllowed()
{
    EmulatorServer server {EmulatorOptions()};
    QString error;
    QVERIFY(!server.listenOn(QHostAddress::Any, 0, false, &error));
    QVERIFY(error.contains(QLatin1String("loopback")));
    QVERIFY(server.listenOn(QHostAddress::LocalHostIPv6, 0, false, &error)
        || error.contains(QLatin1String("cannot listen")));
}

void TestEmulator::shouldParseFaultRules()
{
    FaultRule rule;
    QString error;
    QVERIFY(FaultRule::parse(QStringLiteral("page=5:429:always:retry-after=3"), &rule, &error));
    QCOMPARE(rule.page, 5);
    QCOMPARE(rule.status, 429);
    QCOMPARE(rule.once, false);
    QCOMPARE(rule.retryAfterSeconds, 3);
    for (const char *bad :
        {"page=0:500", "page=2", "page=2:200", "page=2:teapot", "page=2:500:sometimes", "2:500"}) {
        QVERIFY2(!FaultRule::parse(QLatin1String(bad), &rule, &error), bad);
        QVERIFY(error.contains(QLatin1String("invalid fault")));
    }
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
