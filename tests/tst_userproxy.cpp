// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The filter proxy's contract, proven the way KItemModels tests its proxies:
// seeded random interleavings of page arrivals (held back, then published),
// filter changes, sort changes, account-name updates and resets (a new
// loader, as a connection switch makes), checked after every step against a
// brute-force reference (filter, then stable sort, over a plain vector),
// with QAbstractItemModelTester attached to the source and the proxy and a
// mapFromSource(mapToSource(i)) == i round trip over every row.
#include "roleregistry.h"
#include "user.h"
#include "userfilterproxymodel.h"
#include "userloader.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>
#include <algorithm>
#include <random>

using namespace sa;

namespace {

// Users made up from small alphabets, so searches, states, roles and
// capabilities all hit and miss; ids repeat now and then (duplicates the
// loader must drop), e-mail addresses collide (ties the sort must keep in
// server order), and some roles are custom or name an unknown resource.
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    { }

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(int percent) { return below(100) < percent; }

    QString text(int maxLength, const QString &alphabet)
    {
        QString s;
        const int length = 1 + below(maxLength);
        for (int i = 0; i < length; ++i)
            s += alphabet[below(int(alphabet.size()))];
        return s;
    }

    // Roles interned in registry: the four standard ones and a few others.
    std::vector<const RoleDefinition *> rolePool(RoleRegistry &registry)
    {
        std::vector<const RoleDefinition *> pool;
        for (const QString &name : RoleRegistry::standardRoleNames())
            pool.push_back(registry.standardRole(name));
        PermissionCatalog &catalog = registry.catalog();
        auto role = [&](const QString &name, const QString &resource, const QStringList &actions) {
            Permission permission;
            permission.resource = catalog.internResource(resource);
            for (const QString &action : actions)
                permission.actions.push_back(catalog.internAction(action));
            return registry.intern(RoleDefinition(name, {permission}));
        };
        pool.push_back(
            role(QStringLiteral("Auditor"), QStringLiteral("org.invoice"), {QStringLiteral("read")}));
        pool.push_back(role(QStringLiteral("auditor"), QStringLiteral("org.auditLog"),
            {QStringLiteral("read"), QStringLiteral("export")}));
        pool.push_back(role(QStringLiteral("financeUser"), QStringLiteral("org.invoice"),
            {QStringLiteral("finalize"), QStringLiteral("approve")}));
        return pool;
    }

    std::vector<User> page(const std::vector<const RoleDefinition *> &pool, int nextId)
    {
        std::vector<User> users;
        const int count = below(25);
        for (int i = 0; i < count; ++i) {
            User user;
            user.id = QStringLiteral("u%1").arg(chance(8) && nextId > 0 ? below(nextId) : nextId++);
            user.email = text(4, QStringLiteral("abAB\u00e9\u00d6")) + QStringLiteral("@x.io");
            static const QStringList states = {QStringLiteral("active"), QStringLiteral("deactivated"),
                QStringLiteral("deleted"), QStringLiteral("Invited")};
            user.state = states[below(int(states.size()))];
            const int accounts = below(3);
            for (int a = 0; a < accounts; ++a)
                user.sequenceAccountIds << QStringLiteral("acc-%1").arg(below(5));
            const int roles = below(3);
            for (int r = 0; r < roles; ++r)
                user.roles.push_back(pool[size_t(below(int(pool.size())))]);
            users.push_back(std::move(user));
        }
        m_nextId = nextId;
        return users;
    }
    int nextId() const { return m_nextId; }

    UserFilter filter()
    {
        UserFilter f;
        if (chance(50))
            f.search = text(2, QStringLiteral("abAB\u00e9\u00d6u1"));
        if (chance(25))
            f.state = chance(80) ? QStringLiteral("active") : QStringLiteral("nobody-has-this");
        if (chance(25))
            f.roleName = chance(50) ? QStringLiteral("financeUser") : QStringLiteral("auditor");
        if (chance(30)) {
            static const QStringList actions
                = {QString(), QStringLiteral("finalize"), QStringLiteral("read"), QStringLiteral("export")};
            static const QStringList resources = {QString(), QStringLiteral("org.invoice"),
                QStringLiteral("org.auditLog"), QStringLiteral("org.nothing")};
            f.capabilityAction = actions[below(int(actions.size()))];
            f.capabilityResource = resources[below(int(resources.size()))];
        }
        return f;
    }

    QHash<QString, QString> accountNames()
    {
        QHash<QString, QString> names;
        for (int a = 0; a < 5; ++a) {
            if (chance(60))
                names.insert(QStringLiteral("acc-%1").arg(a),
                    text(3, QStringLiteral("xyXY")) + QStringLiteral(" Ltd"));
        }
        return names;
    }

private:
    std::mt19937 m_random;
    int m_nextId = 0;
};

// What the proxy must show: the published rows that pass the filter, in a
// stable sort of the column's display text, written without the proxy's
// precomputed keys.
std::vector<int> reference(
    const UserTableModel &model, const UserFilter &filter, int column, Qt::SortOrder order)
{
    const UserStore &store = model.store();
    const PermissionCatalog &catalog = model.registry().catalog();
    std::vector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const User user = store.user(row);
        if (!filter.search.isEmpty() && !user.email.toLower().contains(filter.search.toLower())
            && !user.id.toLower().contains(filter.search.toLower()))
            continue;
        if (!filter.state.isEmpty() && user.state != filter.state)
            continue;
        if (!filter.roleName.isEmpty()
            && std::none_of(user.roles.begin(), user.roles.end(),
                [&](const RoleDefinition *role) { return role->name() == filter.roleName; }))
            continue;
        if (filter.hasCapability()) {
            bool holds = false;
            for (const RoleDefinition *role : user.roles) {
                for (const Permission &permission : role->permissions()) {
                    for (int action : permission.actions) {
                        holds = holds
                            || ((filter.capabilityResource.isEmpty()
                                    || catalog.resourceName(permission.resource) == filter.capabilityResource)
                                && (filter.capabilityAction.isEmpty()
                                    || catalog.actionName(action) == filter.capabilityAction));
                    }
                }
            }
            if (!holds)
                continue;
        }
        rows.push_back(row);
    }
    if (column < 0)
        return rows;
    auto key = [&](int row) -> QString {
        const User user = store.user(row);
        switch (column) {
        case UserTableModel::EmailColumn:
            return user.email.toLower() + QChar(0x1f) + user.id.toLower();
        case UserTableModel::IdColumn:
            return user.id;
        default:
            return model.index(row, column).data().toString();
        }
    };
    auto compare = [&](int a, int b) {
        const QString ka = key(a), kb = key(b);
        int c = 0;
        if (column == UserTableModel::EmailColumn || column == UserTableModel::IdColumn) {
            const QByteArray ua = ka.toUtf8(), ub = kb.toUtf8();
            c = ua < ub ? -1 : ub < ua ? 1 : 0;
        } else {
            c = ka.compare(kb, Qt::CaseInsensitive);
            if (c == 0)
                c = ka < kb ? -1 : kb < ka ? 1 : 0;
        }
        return order == Qt::DescendingOrder ? -c : c;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return compare(a, b) < 0; });
    return rows;
}

} // namespace

class TestUserProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomInterleavingsMatchTheReference_data();
    void randomInterleavingsMatchTheReference();
};

void TestUserProxy::randomInterleavingsMatchTheReference_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    // Regression rows: every seed that ever failed stays here, with a note.
    // (none yet: the old proxy failed every seed below within a few dozen steps)
    for (quint32 seed = 1; seed <= 24; ++seed)
        QTest::addRow("seed %u", seed) << seed << 250;
}

void TestUserProxy::randomInterleavingsMatchTheReference()
{
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    Generator random(seed);
    UserTableModel model(nullptr); // no client: pages come only through acceptPage
    model.setAutoPublish(false);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    std::vector<const RoleDefinition *> pool = random.rolePool(model.registry());
    int nextId = 0;
    int page = 0;
    UserFilter filter;
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    QStringList log; // the steps so far, shown when a check fails

    for (int step = 0; step < steps; ++step) {
        const int what = random.below(100);
        if (what < 40) {
            UsersPage usersPage;
            usersPage.users = random.page(pool, nextId);
            nextId = random.nextId();
            usersPage.pagination.after = QStringLiteral("cursor-%1").arg(++page);
            usersPage.pagination.totalResultSize = nextId + 50;
            model.loader().acceptPage(std::move(usersPage));
            log << QStringLiteral("page");
        } else if (what < 60) {
            model.publishRows();
            log << QStringLiteral("publish");
        } else if (what < 75) {
            filter = random.filter();
            proxy.setFilter(filter);
            log << QStringLiteral("filter[%1]").arg(filter.description());
        } else if (what < 85) {
            column = random.below(UserTableModel::ColumnCount + 1) - 1;
            order = random.chance(50) ? Qt::AscendingOrder : Qt::DescendingOrder;
            proxy.sort(column, order);
            log << QStringLiteral("sort %1 %2").arg(column).arg(int(order));
        } else if (what < 95) {
            model.setAccountNames(random.accountNames());
            log << QStringLiteral("names");
        } else {
            model.reset(); // a new loader and registry: the pool is interned anew
            pool = random.rolePool(model.registry());
            nextId = 0;
            page = 0;
            log << QStringLiteral("reset");
        }

        const std::vector<int> expected = reference(model, filter, column, order);
        const QString where = QStringLiteral("seed %1, step %2: %3")
                                  .arg(seed)
                                  .arg(step)
                                  .arg(log.mid(std::max(0, int(log.size()) - 8)).join(QStringLiteral(", ")));
        QVERIFY2(int(expected.size()) == proxy.rowCount(),
            qPrintable(where
                + QStringLiteral(" (%1 rows, expected %2)").arg(proxy.rowCount()).arg(expected.size())));
        QCOMPARE(proxy.sourceRows(), expected);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, row % UserTableModel::ColumnCount);
            const QModelIndex source = proxy.mapToSource(index);
            QVERIFY2(source.row() == expected[size_t(row)], qPrintable(where));
            QVERIFY2(proxy.mapFromSource(source) == index, qPrintable(where));
        }
        std::vector<bool> shown(size_t(model.rowCount()), false);
        for (int row : expected)
            shown[size_t(row)] = true;
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(
                proxy.mapFromSource(model.index(row, 0)).isValid() == shown[size_t(row)], qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestUserProxy)
#include "tst_userproxy.moc"
