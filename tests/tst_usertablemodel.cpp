// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The paged user model and its filter proxy against the emulator over
// loopback, with QAbstractItemModelTester attached throughout.
#include "apiclient.h"
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "support/rawhttpserver.h"
#include "userfilterproxymodel.h"
#include "userloader.h"
#include "userstore.h"
#include "usertablemodel.h"

#include "support/emulatorfixture.h"
#include <QAbstractItemModelTester>
#include <QSet>

#include <QtTest>

using namespace sa;

class TestUserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPageLikeAScrollingViewWithEveryUserOnceInServerOrder();
    void shouldEndWithEveryRowOnceAfterA500AndA429MidPaging();
    void shouldStopOnAuthenticationFailureWithoutRetrying();
    void shouldKeepLoadedRowsOnInvalidData_data();
    void shouldKeepLoadedRowsOnInvalidData();
    void shouldResumeWithRetryAfterAnError();
    void shouldEndInATimeoutWhenTheServerStopsAnswering();
    void shouldDropRepliesThatArriveAfterReset();
    void shouldNotCrashWhenDestroyedMidRequest();
    void shouldCancelFetchAllWithoutLosingRows();
    void fetchAllShouldGetOverAWrongGuessOfTheNextCursor();
    void shouldShowRolesAccountsAndTooltips();
    void storeShouldSkipDuplicateIdsAndStayCompact();
    void proxyShouldFilterEachWayAndCombined();
    void proxyShouldFilterOnUnknownRolesAndResources();
    void proxyShouldSortAndKeepSortingWhileRowsArrive();
    void proxyShouldFetchOnlyWhileNothingIsFiltered();
    // Issue 11: each failed on 0c78828.
    void proxyShouldNotCountHeldBackRowsWhenTheFilterChanges();
    void proxyShouldMapOnlyPublishedRowsWhenSorted();
    void accountNamesShouldOnlyChangePublishedRows();

private:
    static std::unique_ptr<EmulatorServer> startEmulator(qint64 users, const QStringList &faults = {})
    {
        return satest::startEmulator(users, faults);
    }
    static ConnectionSettings settingsFor(const QUrl &url) { return satest::demoSettings(url, 10, 50); }
    // Loads everything through fetchMore, as a view scrolling to the end would.
    static bool scrollToEnd(UserTableModel &model, int maxSteps = 1000)
    {
        for (int step = 0; step < maxSteps; ++step) {
            if (model.canFetchMore(QModelIndex()))
                model.fetchMore(QModelIndex());
            if (!model.isLoading() && !model.canFetchMore(QModelIndex()))
                return true;
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
                return false;
        }
        return false;
    }
    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, UserTableModel::IdColumn).data().toString();
        return result;
    }
};

void TestUserTableModel::shouldPageLikeAScrollingViewWithEveryUserOnceInServerOrder()
{
    auto emulator = startEmulator(1037);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    QSignalSpy firstPage(&model, &UserTableModel::firstPageLoaded);
    QCOMPARE(model.totalCount(), qint64(-1));
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    // Attached after the first fetch: the tester's own checks would fetch otherwise.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore(QModelIndex())); // one page in flight
    QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), qint64(1037)); // known before all pages arrive
    QCOMPARE(firstPage.count(), 1);
    QVERIFY(scrollToEnd(model));
    QCOMPARE(model.rowCount(), 1037);
    QCOMPARE(model.lastError().kind, ApiError::Kind::None);
    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 1037);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all[i], emulator->dataset().userId(i));
    QCOMPARE(emulator->requestCount(), 11);
    QCOMPARE(firstPage.count(), 1);
}

void TestUserTableModel::shouldEndWithEveryRowOnceAfterA500AndA429MidPaging()
{
    auto emulator
        = startEmulator(1037, {QStringLiteral("page=3:500:once"), QStringLiteral("page=6:429:once")});
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QSignalSpy retries(&model, &UserTableModel::retryScheduled);
    QSignalSpy done(&model, &UserTableModel::fetchAllFinished);
    model.fetchAll();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(model.rowCount(), 1037);
    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 1037);
    QCOMPARE(all.last(), emulator->dataset().userId(1036));
    QCOMPARE(retries.count(), 2);
    QVERIFY(retries.at(0).at(2).toString().contains(QLatin1String("HTTP 500")));
    QVERIFY(retries.at(1).at(2).toString().contains(QLatin1String("HTTP 429")));
}

void TestUserTableModel::shouldStopOnAuthenticationFailureWithoutRetrying()
{
    auto emulator = startEmulator(300);
    ApiClient client;
    ConnectionSettings settings = settingsFor(emulator->baseUrl());
    settings.clientSecret = QStringLiteral("wrong");
    client.setSettings(settings);
    UserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QSignalSpy errors(&model, &UserTableModel::errorChanged);
    model.fetchMore(QModelIndex());
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.lastError().kind, ApiError::Kind::Authentication);
    QVERIFY(model.errorMessage().contains(QLatin1String("401")));
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(emulator->requestCount(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestUserTableModel::shouldKeepLoadedRowsOnInvalidData_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed JSON") << QStringLiteral("page=2:malformed:always")
                                    << QStringLiteral("malformed JSON at byte");
    QTest::newRow("missing field") << QStringLiteral("page=2:missing-field:always")
                                   << QStringLiteral("items[0].email: missing");
    QTest::newRow("oversized body") << QStringLiteral("page=2:oversized:always")
                                    << QStringLiteral("larger than the limit");
    QTest::newRow("repeating cursor")
        << QStringLiteral("page=2:repeat-cursor:always") << QStringLiteral("pagination loops");
}

void TestUserTableModel::shouldKeepLoadedRowsOnInvalidData()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    auto emulator = startEmulator(500, {fault});
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QSignalSpy done(&model, &UserTableModel::fetchAllFinished);
    model.fetchAll();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(model.lastError().kind, ApiError::Kind::InvalidData);
    QVERIFY2(model.errorMessage().contains(message), qPrintable(model.errorMessage()));
    // Page 1 stays; a repeating cursor's page holds new users, so they stay too.
    QCOMPARE(model.rowCount(), fault.contains(QLatin1String("repeat")) ? 200 : 100);
    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), model.rowCount());
    QCOMPARE(emulator->faults().first().fired, 1); // invalid data is not retried
}

void TestUserTableModel::shouldResumeWithRetryAfterAnError()
{
    auto emulator = startEmulator(450, {QStringLiteral("page=3:malformed:once")});
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QVERIFY(scrollToEnd(model));
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.lastError().kind, ApiError::Kind::InvalidData);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.retry();
    QVERIFY(!model.lastError().isError());
    QVERIFY(scrollToEnd(model));
    QCOMPARE(model.rowCount(), 450);
    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 450);
    QCOMPARE(all[200], emulator->dataset().userId(200));
}

void TestUserTableModel::shouldEndInATimeoutWhenTheServerStopsAnswering()
{
    satest::RawHttpServer silent([](const QByteArray &) { return QByteArray(); });
    ApiClient client;
    ConnectionSettings settings = settingsFor(silent.url(QStringLiteral("/api")));
    settings.timeoutMs = 400;
    client.setSettings(settings);
    UserTableModel model(&client);
    QSignalSpy errors(&model, &UserTableModel::errorChanged);
    QElapsedTimer clock;
    clock.start();
    model.fetchMore(QModelIndex());
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.lastError().kind, ApiError::Kind::Timeout);
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(!model.isLoading());
}

void TestUserTableModel::shouldDropRepliesThatArriveAfterReset()
{
    auto emulator = startEmulator(300);
    // A proxy that answers 300 ms late, from the emulator's own data.
    ApiClient direct;
    direct.setSettings(settingsFor(emulator->baseUrl()));
    QByteArray page;
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(emulator->baseUrl().toString() + QStringLiteral("/users?limit=100")));
        request.setRawHeader("Authorization", "Basic " + QByteArray("demo-client:demo-secret").toBase64());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        page = reply->readAll();
        delete reply;
    }
    satest::RawHttpServer slow(
        [page](const QByteArray &) { return satest::RawHttpServer::response(200, page); }, 300);
    ApiClient client;
    client.setSettings(settingsFor(slow.url(QStringLiteral("/api"))));
    UserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    QTest::qWait(50);
    model.reset();
    QTest::qWait(600);
    QCOMPARE(slow.requests().size(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), qint64(-1));
    // The new generation loads normally.
    model.fetchMore(QModelIndex());
    QVERIFY(inserted.wait(5000));
    QCOMPARE(model.rowCount(), 100);
}

void TestUserTableModel::shouldNotCrashWhenDestroyedMidRequest()
{
    satest::RawHttpServer slow(
        [](const QByteArray &) {
            return satest::RawHttpServer::response(200, R"({"items":[],"pagination":{}})");
        },
        200);
    ApiClient client;
    client.setSettings(settingsFor(slow.url(QStringLiteral("/api"))));
    auto model = std::make_unique<UserTableModel>(&client);
    model->fetchMore(QModelIndex());
    QTest::qWait(50);
    model.reset();
    QTest::qWait(400); // the reply arrives with nobody to take it; ASan watches
    QCOMPARE(slow.requests().size(), 1);
}

// The next page is asked for early on a guess read from the end of the
// body. A server that puts "pagination" first, with a user's own "after"
// field last, makes the guess wrong: the early request is dropped and the
// right page asked for; every user arrives once, in order.
void TestUserTableModel::fetchAllShouldGetOverAWrongGuessOfTheNextCursor()
{
    auto page = [](int n) {
        QByteArray body;
        body.append("{\"pagination\":{\"after\":");
        if (n < 3)
            body.append("\"c").append(QByteArray::number(n + 1)).append("\"");
        else
            body.append("null");
        body.append(",\"totalResultSize\":9},\"items\":[");
        for (int i = 0; i < 3; ++i) {
            const QByteArray id = QByteArray("u").append(QByteArray::number((n - 1) * 3 + i + 1));
            if (i)
                body.append(',');
            body.append("{\"id\":\"")
                .append(id)
                .append("\",\"email\":\"")
                .append(id)
                .append(
                    "@example.com\",\"sequenceAccountIds\":[],\"state\":\"active\",\"roles\":[{\"roleName\":"
                    "\"readOnlyUser\",\"permissions\":[{\"resource\":\"org.invoice\",\"actions\":[\"read\"]}]"
                    "}],"
                    "\"after\":\"bogus\"}");
        }
        body.append("]}");
        return body;
    };
    satest::RawHttpServer server([&](const QByteArray &request) {
        const QByteArray line = request.left(request.indexOf('\r'));
        if (line.contains("after=bogus"))
            return satest::RawHttpServer::response(404, R"({"message":"no such cursor"})");
        const int n = line.contains("after=c3") ? 3 : line.contains("after=c2") ? 2 : 1;
        return satest::RawHttpServer::response(200, page(n));
    });
    ApiClient client;
    client.setSettings(settingsFor(server.url(QStringLiteral("/api"))));
    UserTableModel model(&client);
    QSignalSpy done(&model, &UserTableModel::fetchAllFinished);
    model.fetchAll();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(model.rowCount(), 9);
    for (int row = 0; row < 9; ++row)
        QCOMPARE(model.loader().store().id(row), QStringLiteral("u%1").arg(row + 1));
    int bogus = 0;
    for (const QByteArray &request : server.requests())
        bogus += request.left(request.indexOf('\r')).contains("after=bogus") ? 1 : 0;
    QVERIFY(bogus >= 1); // the guess was made, and was wrong
    QVERIFY(!model.loader().lastError().isError());
}

void TestUserTableModel::shouldCancelFetchAllWithoutLosingRows()
{
    auto emulator = startEmulator(2000);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QSignalSpy done(&model, &UserTableModel::fetchAllFinished);
    model.fetchAll();
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 300; }, 10000));
    model.cancelFetchAll();
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toBool(), false);
    const int kept = model.rowCount();
    QVERIFY(kept < 2000);
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), kept);
    QVERIFY(scrollToEnd(model));
    QCOMPARE(model.rowCount(), 2000);
    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 2000);
}

void TestUserTableModel::shouldShowRolesAccountsAndTooltips()
{
    auto emulator = startEmulator(400);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QVERIFY(scrollToEnd(model));
    const EmulatorDataset &data = emulator->dataset();
    int custom = -1, twoRoles = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const User user = data.user(row);
        QCOMPARE(model.index(row, UserTableModel::EmailColumn).data().toString(), user.email);
        QCOMPARE(model.index(row, UserTableModel::StateColumn).data().toString(), user.state);
        if (user.roles.size() == 2)
            twoRoles = row;
        if (!data.registry().departure(*user.roles.front()).isStandard)
            custom = row;
    }
    QVERIFY(custom >= 0 && twoRoles >= 0);
    QVERIFY(
        model.index(twoRoles, UserTableModel::RolesColumn).data().toString().contains(QLatin1String(", ")));
    QVERIFY(model.index(custom, UserTableModel::RolesColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("custom role")));
    const QString firstAccount = data.user(0).sequenceAccountIds.first();
    QCOMPARE(
        model.index(0, UserTableModel::AccountsColumn).data().toString().section(QStringLiteral(", "), 0, 0),
        firstAccount);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAccountNames({{firstAccount, QStringLiteral("Acme")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        model.index(0, UserTableModel::AccountsColumn).data().toString().section(QStringLiteral(", "), 0, 0),
        QStringLiteral("Acme"));
    QVERIFY(model.index(0, UserTableModel::AccountsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(firstAccount));
    QCOMPARE(
        model.headerData(UserTableModel::EmailColumn, Qt::Horizontal).toString(), QStringLiteral("Email"));
}

void TestUserTableModel::storeShouldSkipDuplicateIdsAndStayCompact()
{
    RoleRegistry registry;
    UserStore store(&registry);
    const EmulatorDataset data(3, 5000);
    for (int i = 0; i < 5000; ++i)
        QVERIFY(store.append(data.user(i)));
    for (int i = 0; i < 5000; i += 7)
        QVERIFY(!store.append(data.user(i)));
    QCOMPARE(store.size(), 5000);
    for (int i = 0; i < 5000; i += 97) {
        const User user = store.user(i);
        const User expected = data.user(i);
        QCOMPARE(user.id, expected.id);
        QCOMPARE(user.email, expected.email);
        QCOMPARE(user.state, expected.state);
        QCOMPARE(user.sequenceAccountIds, expected.sequenceAccountIds);
        QCOMPARE(user.roles.size(), expected.roles.size());
        QCOMPARE(user.roles.front()->name(), expected.roles.front()->name());
        QVERIFY(store.containsId(expected.id));
    }
    QVERIFY(!store.containsId(QStringLiteral("nobody")));
    // Text plus a 32-byte record and the id table; 1 MiB chunks round up at this size.
    QVERIFY2(store.bytesUsed() < 5000 * 256 + 1024 * 1024, qPrintable(QString::number(store.bytesUsed())));
    // Interned: a few role sets for 5,000 users.
    QVERIFY(registry.roleSetCount() <= data.roleSetCount());
}

void TestUserTableModel::proxyShouldFilterEachWayAndCombined()
{
    auto emulator = startEmulator(1000);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QVERIFY(scrollToEnd(model));
    QCOMPARE(proxy.rowCount(), 1000);

    const EmulatorDataset &data = emulator->dataset();
    const RoleRegistry &registry = data.registry();
    auto expected = [&](const std::function<bool(const User &)> &accept) {
        QStringList result;
        for (int i = 0; i < 1000; ++i) {
            const User user = data.user(i);
            if (accept(user))
                result << user.id;
        }
        return result;
    };
    auto hasRole = [](const User &user, const QString &name) {
        return std::any_of(
            user.roles.begin(), user.roles.end(), [&](const RoleDefinition *r) { return r->name() == name; });
    };
    auto can = [&](const User &user, const char *resource, const char *action) {
        const int r = registry.catalog().resourceIndex(QLatin1String(resource));
        const int a = registry.catalog().actionIndex(QLatin1String(action));
        return std::any_of(user.roles.begin(), user.roles.end(),
            [&](const RoleDefinition *role) { return role->grants(r, a); });
    };

    UserFilter filter;
    filter.search = QStringLiteral("ZOË"); // case-insensitive, non-ASCII
    proxy.setFilter(filter);
    QStringList want = expected([](const User &u) { return u.email.contains(QStringLiteral("zoë")); });
    QVERIFY(!want.isEmpty());
    QCOMPARE(ids(proxy), want);

    filter = UserFilter();
    filter.search = data.userId(123).mid(0, 13).toUpper(); // by id
    proxy.setFilter(filter);
    QVERIFY(ids(proxy).contains(data.userId(123)));

    filter = UserFilter();
    filter.state = QStringLiteral("deleted");
    proxy.setFilter(filter);
    want = expected([](const User &u) { return u.state == QLatin1String("deleted"); });
    QVERIFY(!want.isEmpty());
    QCOMPARE(ids(proxy), want);

    filter = UserFilter();
    filter.roleName = QStringLiteral("financeUser");
    proxy.setFilter(filter);
    want = expected([&](const User &u) { return hasRole(u, QStringLiteral("financeUser")); });
    QCOMPARE(ids(proxy), want);

    filter = UserFilter();
    filter.capabilityResource = QStringLiteral("org.invoice");
    filter.capabilityAction = QStringLiteral("finalize");
    proxy.setFilter(filter);
    want = expected([&](const User &u) { return can(u, "org.invoice", "finalize"); });
    QVERIFY(!want.isEmpty() && want.size() < 1000);
    QCOMPARE(ids(proxy), want);

    filter.state = QStringLiteral("active");
    filter.roleName = QStringLiteral("admin");
    filter.search = QStringLiteral("example");
    proxy.setFilter(filter);
    want = expected([&](const User &u) {
        return can(u, "org.invoice", "finalize") && u.state == QLatin1String("active")
            && hasRole(u, QStringLiteral("admin")) && u.email.contains(QLatin1String("example"));
    });
    QVERIFY(!want.isEmpty());
    QCOMPARE(ids(proxy), want);

    filter.state = QStringLiteral("no-such-state");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilter(UserFilter());
    QCOMPARE(proxy.rowCount(), 1000);
}

void TestUserTableModel::proxyShouldFilterOnUnknownRolesAndResources()
{
    auto emulator = startEmulator(3000);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    QVERIFY(scrollToEnd(model));
    int auditors = 0, approvers = 0;
    for (int i = 0; i < 3000; ++i) {
        const User user = emulator->dataset().user(i);
        auditors += user.roles.front()->name() == QLatin1String("auditor");
        approvers += user.roles.front()->name() == QLatin1String("billingOperator");
    }
    QVERIFY(auditors > 0 && approvers > 0);
    UserFilter filter;
    filter.capabilityResource = QStringLiteral("org.auditLog"); // unknown to the catalog's first 15
    filter.capabilityAction = QStringLiteral("export"); // unknown action
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), auditors);
    filter.capabilityResource = QStringLiteral("org.invoice");
    filter.capabilityAction = QStringLiteral("approve");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), approvers);
    filter = UserFilter();
    filter.roleName = QStringLiteral("auditor");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), auditors);
    QString resource, action;
    QVERIFY(UserFilter::parseCapability(QStringLiteral("finalize:org.invoice"), &resource, &action));
    QCOMPARE(resource, QStringLiteral("org.invoice"));
    QCOMPARE(action, QStringLiteral("finalize"));
    QVERIFY(UserFilter::parseCapability(QStringLiteral("send on org.creditNote"), &resource, &action));
    QCOMPARE(action, QStringLiteral("send"));
    QVERIFY(!UserFilter::parseCapability(QStringLiteral("finalize"), &resource, &action));
}

void TestUserTableModel::proxyShouldSortAndKeepSortingWhileRowsArrive()
{
    auto emulator = startEmulator(650);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false); // after its first checks, the test alone drives paging
    model.fetchMore(QModelIndex());
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 100; }, 5000));
    // Hold an index across the sort: it must follow its row.
    const QPersistentModelIndex held = proxy.index(5, UserTableModel::IdColumn);
    const QString heldId = held.data().toString();
    proxy.sort(UserTableModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(held.data().toString(), heldId);
    QVERIFY(scrollToEnd(model));
    QCOMPARE(proxy.rowCount(), 650);
    auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values << proxy.index(row, c).data().toString();
        return values;
    };
    QStringList emails = column(UserTableModel::EmailColumn);
    for (int i = 1; i < emails.size(); ++i)
        QVERIFY2(emails[i - 1].toLower().toUtf8() <= emails[i].toLower().toUtf8(), qPrintable(emails[i]));
    proxy.sort(UserTableModel::RolesColumn, Qt::DescendingOrder);
    const QStringList roles = column(UserTableModel::RolesColumn);
    for (int i = 1; i < roles.size(); ++i)
        QVERIFY(roles[i - 1].compare(roles[i], Qt::CaseInsensitive) >= 0);
    proxy.sort(UserTableModel::StateColumn);
    const QStringList states = column(UserTableModel::StateColumn);
    QVERIFY(std::is_sorted(states.begin(), states.end()));
    proxy.sort(-1); // back to server order
    QCOMPARE(ids(proxy), ids(model));
}

void TestUserTableModel::proxyShouldFetchOnlyWhileNothingIsFiltered()
{
    auto emulator = startEmulator(800);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // Unfiltered, a view scrolled to the end loads the next page through the proxy.
    QVERIFY(proxy.canFetchMore(QModelIndex()));
    proxy.fetchMore(QModelIndex());
    QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 100; }, 5000));
    // Filtered, it never does: a search must not change which pages are loaded.
    UserFilter filter;
    filter.roleName = QStringLiteral("admin");
    proxy.setFilter(filter);
    QVERIFY(proxy.rowCount() < 100);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QVERIFY(!proxy.canFetchMore(QModelIndex()));
    proxy.fetchMore(QModelIndex());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 100);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QVERIFY(
            proxy.index(row, UserTableModel::RolesColumn).data().toString().contains(QLatin1String("admin")));
    proxy.setFilter(UserFilter());
    QVERIFY(proxy.canFetchMore(QModelIndex()));
}

namespace {
// Runs a load of everything until the store holds rows that views have not
// been told of yet (Load all publishes at most every 100 ms).
bool waitForHeldBackRows(UserTableModel &model)
{
    return QTest::qWaitFor([&] { return model.store().size() > model.rowCount(); }, 20000);
}

// Every proxy row once, each a published source row; a round trip through
// mapToSource and mapFromSource gives the same index.
void checkProxyRows(const UserFilterProxyModel &proxy, const UserTableModel &model)
{
    QSet<int> seen;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        const QModelIndex source = proxy.mapToSource(index);
        QVERIFY2(source.isValid(), qPrintable(QString::number(row)));
        QVERIFY2(source.row() < model.rowCount(), "a proxy row beyond the published rows");
        QVERIFY2(!seen.contains(source.row()), "a user twice in the proxy");
        seen.insert(source.row());
        QCOMPARE(proxy.mapFromSource(source), index);
    }
}
} // namespace

void TestUserTableModel::proxyShouldNotCountHeldBackRowsWhenTheFilterChanges()
{
    auto emulator = startEmulator(6000);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(false);
    QSignalSpy done(&model, &UserTableModel::fetchAllFinished);
    model.fetchAll();
    QVERIFY(waitForHeldBackRows(model));
    UserFilter filter;
    filter.search = QStringLiteral("a");
    proxy.setFilter(filter);
    checkProxyRows(proxy, model);
    QVERIFY(done.count() > 0 || done.wait(30000));
    QCOMPARE(model.rowCount(), 6000);
    checkProxyRows(proxy, model);
    int truth = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        truth += QString(model.store().email(row) + model.store().id(row))
                     .contains(QLatin1Char('a'), Qt::CaseInsensitive);
    QCOMPARE(proxy.rowCount(), truth);
}

void TestUserTableModel::proxyShouldMapOnlyPublishedRowsWhenSorted()
{
    auto emulator = startEmulator(6000);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(UserTableModel::EmailColumn);
    QSignalSpy done(&model, &UserTableModel::fetchAllFinished);
    model.fetchAll();
    QVERIFY(waitForHeldBackRows(model));
    UserFilter filter;
    filter.state = QStringLiteral("active");
    proxy.setFilter(filter);
    checkProxyRows(proxy, model);
    for (int row = 0; row < model.rowCount(); ++row)
        proxy.mapFromSource(model.index(row, 0));
    QVERIFY(done.count() > 0 || done.wait(30000));
    checkProxyRows(proxy, model);
}

void TestUserTableModel::accountNamesShouldOnlyChangePublishedRows()
{
    auto emulator = startEmulator(6000);
    ApiClient client;
    client.setSettings(settingsFor(emulator->baseUrl()));
    UserTableModel model(&client);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy done(&model, &UserTableModel::fetchAllFinished);
    model.fetchAll();
    QVERIFY(waitForHeldBackRows(model));
    model.setAccountNames({{QStringLiteral("x"), QStringLiteral("X Ltd")}});
    QCOMPARE(changed.count(), 1);
    const QModelIndex bottomRight = changed.first().at(1).value<QModelIndex>();
    QVERIFY(bottomRight.isValid());
    QVERIFY(bottomRight.row() < model.rowCount());
    QVERIFY(done.count() > 0 || done.wait(30000));
}

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
