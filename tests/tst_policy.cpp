// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Access policies: every rule kind, wildcard, state filter and exception on
// users made for the case, and every policy error with its line and column.
#include "policy.h"
#include "policyevaluation.h"
#include "policyreport.h"
#include "roleregistry.h"
#include "usersparser.h"
#include "userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sa;

namespace {

// One user: "email state role=resource:action,resource:action;role2=..."
struct Made
{
    QString email;
    QString state;
    QString roles;
};

QByteArray userJson(int index, const Made &made)
{
    QByteArray roles = "[";
    const QStringList list = made.roles.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (qsizetype r = 0; r < list.size(); ++r) {
        const QString name = list[r].section(QLatin1Char('='), 0, 0);
        QMap<QString, QStringList> byResource;
        for (const QString &permission :
            list[r].section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            byResource[permission.section(QLatin1Char(':'), 0, 0)] << permission.section(QLatin1Char(':'), 1);
        QJsonArray permissions;
        for (auto it = byResource.cbegin(); it != byResource.cend(); ++it)
            permissions.append(QJsonObject {{QStringLiteral("resource"), it.key()},
                {QStringLiteral("actions"), QJsonArray::fromStringList(it.value())}});
        if (r)
            roles += ',';
        roles += QJsonDocument(
            QJsonObject {{QStringLiteral("roleName"), name}, {QStringLiteral("permissions"), permissions}})
                     .toJson(QJsonDocument::Compact);
    }
    roles += ']';
    return QStringLiteral(
               "{\"id\":\"user-%1\",\"email\":\"%2\",\"state\":\"%3\",\"sequenceAccountIds\":[],\"roles\":")
               .arg(index)
               .arg(made.email, made.state)
               .toUtf8()
        + roles + '}';
}

void fill(UserStore &store, const std::vector<Made> &users)
{
    QByteArray body = "{\"items\":[";
    for (size_t i = 0; i < users.size(); ++i) {
        if (i)
            body += ',';
        body += userJson(int(i), users[i]);
    }
    body += "],\"pagination\":{}}";
    UsersPage page;
    ParseError error;
    if (!parseUsersPage(body, store.registry(), &page, &error))
        qFatal("%s", qPrintable(error.toString()));
    for (const User &user : page.users)
        store.append(user);
}

PolicyResult run(const QByteArray &yaml, const std::vector<Made> &users, UserStore &store, Policy &policy,
    const QDate &today = QDate(2026, 11, 29))
{
    fill(store, users);
    QString error;
    if (!Policy::parse(yaml, QStringLiteral("test.yaml"), &policy, &error))
        qFatal("%s", qPrintable(error));
    std::vector<int> rows(size_t(store.size()));
    for (int i = 0; i < store.size(); ++i)
        rows[size_t(i)] = i;
    return PolicyResult::evaluate(policy, store, rows, today);
}

QStringList violators(const RuleResult &rule, const UserStore &store, bool withExceptions = false)
{
    QStringList emails;
    for (const Finding &finding : rule.findings) {
        if (withExceptions || !finding.exception)
            emails << store.email(finding.row);
    }
    return emails;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesShouldFindExactlyTheirViolators_data();
    void rulesShouldFindExactlyTheirViolators();
    void exceptionsShouldApplyUntilTheyExpire();
    void findingsShouldNameTheRoleThatGrants();
    void patternsMatchingNothingShouldWarn();
    void badPoliciesShouldSayWhereAndWhy_data();
    void badPoliciesShouldSayWhereAndWhy();
    void theStarterPolicyShouldParse();
};

void TestPolicy::rulesShouldFindExactlyTheirViolators_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("violated");
    QTest::newRow("conflict") << QByteArray(
        "conflict:\n      - [org.invoice:create]\n      - [org.invoice:finalize, org.invoice:send]\n")
                              << QStringList({QStringLiteral("both@x"), QStringLiteral("split@x")}) << true;
    QTest::newRow("conflict, one side missing")
        << QByteArray("conflict:\n      - [org.quote:accept]\n      - [org.invoice:send]\n") << QStringList()
        << false;
    QTest::newRow("wildcard action") << QByteArray(
        "conflict:\n      - [org.invoice:*]\n      - [org.creditNote:*]\n")
                                     << QStringList({QStringLiteral("credit@x")}) << true;
    QTest::newRow("wildcard resource")
        << QByteArray("forbid:\n      states: [active]\n      permissions: [\"*:send\"]\n")
        << QStringList({QStringLiteral("both@x"), QStringLiteral("split@x"), QStringLiteral("credit@x")})
        << true;
    QTest::newRow("forbid in states")
        << QByteArray("forbid:\n      states: [deactivated]\n      permissions: [\"*\"]\n")
        << QStringList({QStringLiteral("gone@x")}) << true;
    QTest::newRow("rule-level states")
        << QByteArray("states: [active, deactivated]\n    conflict:\n      - [org.invoice:create]\n      - "
                      "[org.invoice:finalize]\n")
        << QStringList({QStringLiteral("both@x"), QStringLiteral("gone@x")}) << true;
    QTest::newRow("max holders over")
        << QByteArray("maxHolders: {permissions: [org.invoice:create], max: 1}\n")
        << QStringList({QStringLiteral("both@x"), QStringLiteral("split@x"), QStringLiteral("credit@x")})
        << true;
    QTest::newRow("max holders within")
        << QByteArray("maxHolders: {permissions: [org.invoice:create], max: 3}\n") << QStringList() << false;
    QTest::newRow("covers admin") << QByteArray("covers: {role: admin}\n")
                                  << QStringList({QStringLiteral("admin@x")}) << true;
}

void TestPolicy::rulesShouldFindExactlyTheirViolators()
{
    QFETCH(QByteArray, rule);
    QFETCH(QStringList, expected);
    QFETCH(bool, violated);
    RoleRegistry registry;
    UserStore store(&registry);
    // admin@x holds Sequence's standard admin role, as the registry knows it.
    QStringList admin;
    const RoleDefinition *standard = registry.standardRole(QStringLiteral("admin"));
    QVERIFY(standard);
    for (const GrantKey key : standard->grants())
        admin << registry.catalog().resourceName(grantResource(key)) + QLatin1Char(':')
                + registry.catalog().actionName(grantAction(key));
    const std::vector<Made> users {
        {QStringLiteral("both@x"), QStringLiteral("active"),
            QStringLiteral("finance=org.invoice:create,org.invoice:finalize,org.invoice:send")},
        {QStringLiteral("split@x"), QStringLiteral("active"),
            QStringLiteral("a=org.invoice:create;b=org.invoice:send")},
        {QStringLiteral("credit@x"), QStringLiteral("active"),
            QStringLiteral("c=org.invoice:create,org.creditNote:send")},
        {QStringLiteral("reader@x"), QStringLiteral("active"), QStringLiteral("r=org.invoice:read")},
        {QStringLiteral("gone@x"), QStringLiteral("deactivated"),
            QStringLiteral("finance=org.invoice:create,org.invoice:finalize")},
    };
    Policy policy;
    const QByteArray yaml = "version: 1\nrules:\n  - id: R\n    title: t\n    severity: high\n    " + rule;
    // The admin breaks nearly every rule: only the covers rule meets it.
    std::vector<Made> everyone = users;
    if (rule.startsWith("covers"))
        everyone.push_back(Made {QStringLiteral("admin@x"), QStringLiteral("active"),
            QStringLiteral("admin=") + admin.join(QLatin1Char(','))});
    const PolicyResult result = run(yaml, everyone, store, policy);
    QCOMPARE(result.rules.size(), size_t(1));
    QStringList got = violators(result.rules.front(), store);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(result.rules.front().violated(), violated);
}

void TestPolicy::exceptionsShouldApplyUntilTheyExpire()
{
    RoleRegistry registry;
    UserStore store(&registry);
    Policy policy;
    const QByteArray yaml
        = "version: 1\nrules:\n  - id: SOD\n    title: t\n    severity: high\n    conflict:\n"
          "      - [org.invoice:create]\n      - [org.invoice:send]\n"
          "exceptions:\n"
          "  - {rule: SOD, user: ANNA@X, reason: r, approvedBy: CFO, expires: 2027-03-31}\n"
          "  - {rule: SOD, user: user-1, reason: r, approvedBy: CFO, expires: 2026-11-28}\n";
    const PolicyResult result = run(yaml,
        {{QStringLiteral("anna@x"), QStringLiteral("active"),
             QStringLiteral("f=org.invoice:create,org.invoice:send")},
            {QStringLiteral("bob@x"), QStringLiteral("active"),
                QStringLiteral("f=org.invoice:create,org.invoice:send")}},
        store, policy);
    const RuleResult &rule = result.rules.front();
    // Anna's (by e-mail, any case) is in force: a finding, approved; Bob's (by id) expired yesterday.
    QCOMPARE(violators(rule, store, true), QStringList({QStringLiteral("anna@x"), QStringLiteral("bob@x")}));
    QCOMPARE(violators(rule, store), QStringList({QStringLiteral("bob@x")}));
    QCOMPARE(rule.findings.front().exception->approvedBy, QStringLiteral("CFO"));
    QCOMPARE(result.expired.size(), size_t(1));
    QCOMPARE(result.expired.front()->user, QStringLiteral("user-1"));
    // On the day it ends it still applies; a day later it does not.
    Policy again;
    UserStore other(&registry);
    const PolicyResult later = run(yaml,
        {{QStringLiteral("anna@x"), QStringLiteral("active"),
            QStringLiteral("f=org.invoice:create,org.invoice:send")}},
        other, again, QDate(2027, 4, 1));
    QCOMPARE(violators(later.rules.front(), other), QStringList({QStringLiteral("anna@x")}));
    QCOMPARE(later.expired.size(), size_t(2));
}

void TestPolicy::findingsShouldNameTheRoleThatGrants()
{
    RoleRegistry registry;
    UserStore store(&registry);
    Policy policy;
    const PolicyResult result
        = run("version: 1\nrules:\n  - id: SOD\n    title: t\n    severity: critical\n    conflict:\n"
              "      - [org.invoice:create]\n      - [org.invoice:finalize]\n",
            {{QStringLiteral("a@x"), QStringLiteral("active"),
                QStringLiteral("maker=org.invoice:create;checker=org.invoice:finalize")}},
            store, policy);
    const Finding &finding = result.rules.front().findings.front();
    QCOMPARE(
        findingText(finding), QStringLiteral("org.invoice:create (maker) + org.invoice:finalize (checker)"));
    const QJsonObject json = policyResultJson(policy, result, store);
    const QJsonObject side
        = json[QLatin1String("rules")][0][QLatin1String("findings")][0][QLatin1String("sides")][1][0]
              .toObject();
    QCOMPARE(side[QLatin1String("role")].toString(), QStringLiteral("checker"));
    QCOMPARE(json[QLatin1String("summary")][QLatin1String("violatedBySeverity")][QLatin1String("critical")]
                 .toInt(),
        1);
    const QString explained = explainPolicy(policy, store, 0, QDate(2026, 11, 29));
    QVERIFY2(
        explained.contains(QLatin1String("holds: yes")) && explained.contains(QLatin1String("role checker")),
        qPrintable(explained));
}

void TestPolicy::patternsMatchingNothingShouldWarn()
{
    RoleRegistry registry;
    UserStore store(&registry);
    Policy policy;
    const PolicyResult result
        = run("version: 1\nrules:\n  - id: FUTURE\n    title: t\n    severity: low\n    forbid:\n"
              "      states: [active]\n      permissions: [org.teleport:beam]\n",
            {{QStringLiteral("a@x"), QStringLiteral("active"), QStringLiteral("r=org.invoice:read")}}, store,
            policy);
    QCOMPARE(result.rules.front().unmatched, QStringList({QStringLiteral("org.teleport:beam")}));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.front().startsWith(QLatin1String("test.yaml:3:")));
    QVERIFY(!result.rules.front().violated());
}

void TestPolicy::badPoliciesShouldSayWhereAndWhy_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("why");
    const QByteArray head = "version: 1\nrules:\n  - id: R\n    title: t\n    severity: high\n";
    QTest::newRow("not yaml") << QByteArray("version: 1\nrules: [\n") << QStringLiteral("bad.yaml:3:1:")
                              << QStringLiteral("end of sequence");
    QTest::newRow("no version") << QByteArray("rules: []\n") << QStringLiteral("bad.yaml:1:1:")
                                << QStringLiteral("version: 1");
    QTest::newRow("version 2") << QByteArray("version: 2\nrules: []\n") << QStringLiteral("bad.yaml:1:10:")
                               << QStringLiteral("version: 1");
    QTest::newRow("no rules") << QByteArray("version: 1\nrules: []\n") << QStringLiteral("bad.yaml:2:8:")
                              << QStringLiteral("non-empty");
    QTest::newRow("unknown key") << QByteArray("version: 1\nrulez: []\n") << QStringLiteral("bad.yaml:2:1:")
                                 << QStringLiteral("unknown key \"rulez\"");
    QTest::newRow("bad id") << QByteArray(
        "version: 1\nrules:\n  - id: R 1\n    title: t\n    severity: high\n    covers: admin\n")
                            << QStringLiteral("bad.yaml:3:9:") << QStringLiteral("letters, digits");
    QTest::newRow("duplicate id") << QByteArray(
        head + "    covers: admin\n  - id: R\n    title: u\n    severity: low\n    covers: admin\n")
                                  << QStringLiteral("bad.yaml:7:9:") << QStringLiteral("second rule");
    QTest::newRow("bad severity") << QByteArray(
        "version: 1\nrules:\n  - id: R\n    title: t\n    severity: severe\n    covers: admin\n")
                                  << QStringLiteral("bad.yaml:5:15:")
                                  << QStringLiteral("low, medium, high or critical");
    QTest::newRow("two kinds") << QByteArray(
        head + "    covers: admin\n    forbid: {states: [x], permissions: [\"*\"]}\n")
                               << QStringLiteral("bad.yaml:3:5:") << QStringLiteral("exactly one of");
    QTest::newRow("one-sided conflict")
        << QByteArray(head + "    conflict:\n      - [org.invoice:create]\n")
        << QStringLiteral("bad.yaml:7:7:") << QStringLiteral("at least two sides");
    QTest::newRow("bad permission") << QByteArray(
        head + "    conflict:\n      - [invoice]\n      - [org.invoice:send]\n")
                                    << QStringLiteral("bad.yaml:7:10:") << QStringLiteral("RESOURCE:ACTION");
    QTest::newRow("bad max") << QByteArray(head + "    maxHolders: {permissions: [\"*\"], max: many}\n")
                             << QStringLiteral("bad.yaml:6:43:") << QStringLiteral("whole number");
    QTest::newRow("unknown role") << QByteArray(head + "    covers: {role: superuser}\n")
                                  << QStringLiteral("bad.yaml:6:20:") << QStringLiteral("standard roles");
    QTest::newRow("exception for no rule")
        << QByteArray(
               head + "    covers: admin\nexceptions:\n  - {rule: X, user: u, reason: r, approvedBy: b}\n")
        << QStringLiteral("bad.yaml:8:12:") << QStringLiteral("no rule has the id \"X\"");
    QTest::newRow("exception without approval")
        << QByteArray(head + "    covers: admin\nexceptions:\n  - {rule: R, user: u, reason: r}\n")
        << QStringLiteral("bad.yaml:8:5:") << QStringLiteral("needs approvedBy");
    QTest::newRow("bad expiry") << QByteArray(head
        + "    covers: admin\nexceptions:\n  - {rule: R, user: u, reason: r, approvedBy: b, expires: soon}\n")
                                << QStringLiteral("bad.yaml:8:59:") << QStringLiteral("YYYY-MM-DD");
}

void TestPolicy::badPoliciesShouldSayWhereAndWhy()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    QFETCH(QString, why);
    Policy policy;
    QString error;
    QVERIFY(!Policy::parse(yaml, QStringLiteral("bad.yaml"), &policy, &error));
    QVERIFY2(error.startsWith(where), qPrintable(error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestPolicy::theStarterPolicyShouldParse()
{
    Policy policy;
    QString error;
    QStringList warnings;
    QVERIFY2(Policy::load(QStringLiteral(SA_POLICY_DIR "/billing-baseline.yaml"), &policy, &error, &warnings),
        qPrintable(error));
    QStringList ids;
    for (const PolicyRule &rule : policy.rules)
        ids << rule.id;
    QCOMPARE(ids,
        QStringList({QStringLiteral("SOD-INVOICE"), QStringLiteral("SOD-CREDIT-NOTE"),
            QStringLiteral("SOD-QUOTE"), QStringLiteral("SOD-BILLING"), QStringLiteral("PRIV-INVITE"),
            QStringLiteral("NO-ROLES-WHEN-DEACTIVATED"), QStringLiteral("ADMIN-EQUIVALENT")}));
    // Every permission it names exists in Sequence's catalog as the standard roles know it.
    RoleRegistry registry;
    UserStore store(&registry);
    const PolicyResult result = PolicyResult::evaluate(policy, store, {}, QDate::currentDate());
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
