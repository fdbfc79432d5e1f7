// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The permission matrix (per user) and the access overview (per account).
#include "accessoverviewmodel.h"
#include "apiclient.h"
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "permissionmatrixmodel.h"
#include "userfilterproxymodel.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace sa;

class TestPermissionModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixShouldShowEachStandardRoleExactly_data();
    void matrixShouldShowEachStandardRoleExactly();
    void matrixShouldUniteTwoRolesWithProvenance();
    void matrixShouldMarkExtraAndMissingGrants();
    void matrixShouldShowCustomRolesWithUnknownResourcesAndActions();
    void matrixShouldMarkExactlyTheDifferencesWhenComparing();
    void overviewShouldCountUsersPerPermissionOverTheFilteredRows();
    void filterShouldDescribeWhatItKeeps_data();
    void filterShouldDescribeWhatItKeeps();

private:
    // The first user of the emulator's data whose roles satisfy accept.
    static User findUser(const EmulatorDataset &data, const std::function<bool(const User &)> &accept)
    {
        for (qint64 i = 0; i < data.userCount(); ++i) {
            User user = data.user(i);
            if (accept(user))
                return user;
        }
        qFatal("no such user in the data");
    }
    static int resource(const RoleRegistry &registry, const char *name)
    {
        return registry.catalog().resourceIndex(QLatin1String(name));
    }
    static int action(const RoleRegistry &registry, const char *name)
    {
        return registry.catalog().actionIndex(QLatin1String(name));
    }
};

void TestPermissionModels::matrixShouldShowEachStandardRoleExactly_data()
{
    QTest::addColumn<QString>("roleName");
    for (const QString &name : RoleRegistry::standardRoleNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestPermissionModels::matrixShouldShowEachStandardRoleExactly()
{
    QFETCH(QString, roleName);
    const EmulatorDataset data(1, 5000);
    const RoleRegistry &registry = data.registry();
    const RoleDefinition *standard = registry.standardRole(roleName);
    const User user
        = findUser(data, [&](const User &u) { return u.roles.size() == 1 && u.roles.front() == standard; });
    PermissionMatrixModel matrix(&registry);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setRoles(user.roles);
    QCOMPARE(matrix.rowCount(), registry.catalog().resourceCount());
    QCOMPARE(matrix.columnCount(), registry.catalog().actionCount());
    int granted = 0;
    for (int r = 0; r < matrix.rowCount(); ++r) {
        for (int a = 0; a < matrix.columnCount(); ++a) {
            const auto state = matrix.cellState(r, a);
            QCOMPARE(state == PermissionMatrixModel::Granted, standard->grants(r, a));
            QCOMPARE(matrix.departure(r, a), PermissionMatrixModel::NoDeparture);
            granted += state == PermissionMatrixModel::Granted;
            if (state == PermissionMatrixModel::Granted)
                QCOMPARE(matrix.provenance(r, a), QStringList {roleName});
        }
    }
    QCOMPARE(granted, int(standard->grants().size()));
    // No known role starts usage, so that cell is not applicable, for everyone.
    QCOMPARE(matrix.cellState(resource(registry, "org.usage"), action(registry, "start")),
        PermissionMatrixModel::NotApplicable);
    QCOMPARE(matrix.index(resource(registry, "org.usage"), action(registry, "start")).data().toString(),
        QStringLiteral("\u00b7"));
    QCOMPARE(matrix.headerData(0, Qt::Vertical).toString(), QStringLiteral("customer"));
    QCOMPARE(matrix.headerData(0, Qt::Vertical, PermissionMatrixModel::NameRole).toString(),
        QStringLiteral("org.customer"));
}

void TestPermissionModels::matrixShouldUniteTwoRolesWithProvenance()
{
    const EmulatorDataset data(1, 5000);
    const RoleRegistry &registry = data.registry();
    const RoleDefinition *finance = registry.standardRole(QStringLiteral("financeUser"));
    const RoleDefinition *sales = registry.standardRole(QStringLiteral("salesUser"));
    const User user = findUser(data,
        [&](const User &u) { return u.roles.size() == 2 && u.roles[0] == finance && u.roles[1] == sales; });
    PermissionMatrixModel matrix(&registry);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setRoles(user.roles);
    const int quote = resource(registry, "org.quote");
    // publish comes from salesUser only, execute from financeUser only, read from both.
    QCOMPARE(
        matrix.provenance(quote, action(registry, "publish")), QStringList {QStringLiteral("salesUser")});
    QCOMPARE(
        matrix.provenance(quote, action(registry, "execute")), QStringList {QStringLiteral("financeUser")});
    QCOMPARE(matrix.provenance(quote, action(registry, "read")),
        QStringList({QStringLiteral("financeUser"), QStringLiteral("salesUser")}));
    QVERIFY(matrix.index(quote, action(registry, "read"))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("granted by financeUser, salesUser")));
    int granted = 0;
    for (int r = 0; r < matrix.rowCount(); ++r)
        for (int a = 0; a < matrix.columnCount(); ++a)
            granted += matrix.cellState(r, a) == PermissionMatrixModel::Granted;
    std::vector<GrantKey> both = finance->grants();
    both.insert(both.end(), sales->grants().begin(), sales->grants().end());
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    QCOMPARE(granted, int(both.size()));
}

void TestPermissionModels::matrixShouldMarkExtraAndMissingGrants()
{
    const EmulatorDataset data(1, 5000);
    const RoleRegistry &registry = data.registry();
    auto departed = [&](const char *name) {
        return findUser(data, [&](const User &u) {
            return u.roles.size() == 1 && u.roles.front()->name() == QLatin1String(name)
                && registry.departure(*u.roles.front()).departs();
        });
    };
    PermissionMatrixModel matrix(&registry);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);

    matrix.setRoles(departed("financeUser").roles); // + settings:update
    const int settings = resource(registry, "org.settings");
    QCOMPARE(matrix.cellState(settings, action(registry, "update")), PermissionMatrixModel::Granted);
    QCOMPARE(matrix.departure(settings, action(registry, "update")), PermissionMatrixModel::ExtraGrant);
    QCOMPARE(matrix.index(settings, action(registry, "update")).data().toString(), QStringLiteral("\u2713+"));
    QVERIFY(matrix.index(settings, action(registry, "update"))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Extra")));
    int marked = 0;
    for (int r = 0; r < matrix.rowCount(); ++r)
        for (int a = 0; a < matrix.columnCount(); ++a)
            marked += matrix.departure(r, a) != PermissionMatrixModel::NoDeparture;
    QCOMPARE(marked, 1);

    matrix.setRoles(departed("salesUser").roles); // - quote:accept
    const int quote = resource(registry, "org.quote");
    QCOMPARE(matrix.cellState(quote, action(registry, "accept")), PermissionMatrixModel::NotGranted);
    QCOMPARE(matrix.departure(quote, action(registry, "accept")), PermissionMatrixModel::MissingGrant);
    QCOMPARE(matrix.index(quote, action(registry, "accept")).data().toString(), QStringLiteral("\u2212"));
    QCOMPARE(
        matrix.index(quote, action(registry, "accept")).data(PermissionMatrixModel::DepartureRole).toInt(),
        int(PermissionMatrixModel::MissingGrant));
}

void TestPermissionModels::matrixShouldShowCustomRolesWithUnknownResourcesAndActions()
{
    const EmulatorDataset data(1, 5000);
    const RoleRegistry &registry = data.registry();
    const User auditor
        = findUser(data, [](const User &u) { return u.roles.front()->name() == QLatin1String("auditor"); });
    PermissionMatrixModel matrix(&registry);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setRoles(auditor.roles);
    const int auditLog = resource(registry, "org.auditLog");
    const int exportAction = action(registry, "export");
    QVERIFY(auditLog >= 15 && exportAction >= 12); // appended after the known ones
    QCOMPARE(matrix.headerData(auditLog, Qt::Vertical).toString(), QStringLiteral("auditLog"));
    QCOMPARE(matrix.headerData(exportAction, Qt::Horizontal).toString(), QStringLiteral("export"));
    QCOMPARE(matrix.cellState(auditLog, exportAction), PermissionMatrixModel::Granted);
    QCOMPARE(matrix.provenance(auditLog, exportAction), QStringList {QStringLiteral("auditor")});
    QCOMPARE(matrix.departure(auditLog, exportAction),
        PermissionMatrixModel::NoDeparture); // custom: nothing to depart from
    // approve on invoice is granted by billingOperator somewhere, not by this user.
    QCOMPARE(matrix.cellState(resource(registry, "org.invoice"), action(registry, "approve")),
        PermissionMatrixModel::NotGranted);
    QCOMPARE(matrix.cellState(auditLog, action(registry, "approve")), PermissionMatrixModel::NotApplicable);
}

void TestPermissionModels::matrixShouldMarkExactlyTheDifferencesWhenComparing()
{
    const EmulatorDataset data(1, 5000);
    const RoleRegistry &registry = data.registry();
    const RoleDefinition *finance = registry.standardRole(QStringLiteral("financeUser"));
    const RoleDefinition *sales = registry.standardRole(QStringLiteral("salesUser"));
    PermissionMatrixModel left(&registry);
    PermissionMatrixModel right(&registry);
    QAbstractItemModelTester testerLeft(&left, QAbstractItemModelTester::FailureReportingMode::QtTest);
    left.setRoles({finance});
    right.setRoles({sales});
    left.setComparison({sales});
    right.setComparison({finance});
    const int expected = int(grantDifference(finance->grants(), sales->grants()).size()
        + grantDifference(sales->grants(), finance->grants()).size());
    QCOMPARE(left.differenceCount(), expected);
    QCOMPARE(right.differenceCount(), expected);
    for (int r = 0; r < left.rowCount(); ++r) {
        for (int a = 0; a < left.columnCount(); ++a) {
            const bool differs = finance->grants(r, a) != sales->grants(r, a);
            QCOMPARE(left.differs(r, a), differs);
            QCOMPARE(left.index(r, a).data(PermissionMatrixModel::DiffersRole).toBool(), differs);
        }
    }
    left.setComparison({finance});
    QCOMPARE(left.differenceCount(), 0);
    left.clearComparison();
    QCOMPARE(left.differenceCount(), 0);
}

void TestPermissionModels::overviewShouldCountUsersPerPermissionOverTheFilteredRows()
{
    EmulatorOptions options;
    options.users = 1200;
    EmulatorServer emulator(options);
    QVERIFY(emulator.listenOn(QHostAddress::LocalHost, 0, false, nullptr));
    ApiClient client;
    ConnectionSettings settings;
    settings.baseUrl = emulator.baseUrl();
    settings.clientId = options.clientId;
    settings.clientSecret = options.clientSecret;
    client.setSettings(settings);
    UserTableModel users(&client);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&users);
    AccessOverviewModel overview(&proxy);
    QAbstractItemModelTester tester(&overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&users, &UserTableModel::fetchAllFinished);
    users.fetchAll();
    QVERIFY(done.wait(20000));
    overview.recompute();

    const RoleRegistry &registry = users.registry();
    auto bruteForce = [&](int r, int a) {
        int n = 0;
        for (int row : proxy.sourceRows())
            n += users.store().roleSet(row).has(grantKey(r, a));
        return n;
    };
    QCOMPARE(overview.userCount(), 1200);
    for (int r = 0; r < overview.rowCount(); ++r)
        for (int a = 0; a < overview.columnCount(); ++a)
            QCOMPARE(overview.count(r, a), bruteForce(r, a));
    const int invoice = registry.catalog().resourceIndex(QStringLiteral("org.invoice"));
    const int read = registry.catalog().actionIndex(QStringLiteral("read"));
    QCOMPARE(overview.index(invoice, read).data(AccessOverviewModel::HeatRole).toDouble(),
        1.0); // everyone reads invoices
    QCOMPARE(overview.count(invoice, read), 1200);

    UserFilter filter;
    filter.state = QStringLiteral("deleted");
    proxy.setFilter(filter);
    overview.recompute();
    QVERIFY(overview.userCount() > 0 && overview.userCount() < 1200);
    for (int r = 0; r < overview.rowCount(); ++r)
        for (int a = 0; a < overview.columnCount(); ++a)
            QCOMPARE(overview.count(r, a), bruteForce(r, a));
    QVERIFY(overview.index(invoice, read)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("can read on org.invoice")));
}

void TestPermissionModels::filterShouldDescribeWhatItKeeps_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("capability");
    QTest::addColumn<QString>("expected");
    QTest::newRow("everyone") << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("search") << QStringLiteral("ana") << QString() << QString() << QString()
                            << QStringLiteral("search \u201cana\u201d");
    QTest::newRow("all four")
        << QStringLiteral("x") << QStringLiteral("active") << QStringLiteral("admin")
        << QStringLiteral("finalize:org.invoice")
        << QStringLiteral("search \u201cx\u201d, state active, role admin, can finalize on org.invoice");
    QTest::newRow("malformed capability")
        << QString() << QString() << QString() << QStringLiteral("finalize:") << QString();
    QTest::newRow("an action on any resource")
        << QString() << QString() << QString() << QStringLiteral("finalize:*")
        << QStringLiteral("can finalize on any resource");
    QTest::newRow("anything on a resource")
        << QString() << QString() << QString() << QStringLiteral("*:org.invoice")
        << QStringLiteral("can do anything on org.invoice");
}

void TestPermissionModels::filterShouldDescribeWhatItKeeps()
{
    QFETCH(QString, search);
    QFETCH(QString, state);
    QFETCH(QString, role);
    QFETCH(QString, capability);
    QFETCH(QString, expected);
    UserFilter filter;
    filter.search = search;
    filter.state = state;
    filter.roleName = role;
    if (!capability.isEmpty())
        UserFilter::parseCapability(capability, &filter.capabilityResource, &filter.capabilityAction);
    QCOMPARE(filter.description(), expected);
}

QTEST_GUILESS_MAIN(TestPermissionModels)
#include "tst_permissionmodels.moc"
