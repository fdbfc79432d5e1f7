// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Parser tests: the seed's example, located errors for every required field,
// tolerance of unknown members, unknown names kept, limits, error bodies.
#include "roleregistry.h"
#include "userjson.h"
#include "usersparser.h"

#include "data/standardroles_json.h"

#include <QFile>
#include <QtTest>

using namespace sa;

class TestUsersParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessNextCursorShouldReadTheLastAfterOnly();
    void shouldParseTheSeedExamplePageToItsExactValues();
    void shouldKnowTheFourStandardRolesAsTheSpecDefinesThem();
    void standardRolesShouldEqualTheReferenceJsonParsed();
    void shouldReportDeparturesFromTheStandardRole();
    void shouldLocateEveryMissingOrMistypedField_data();
    void shouldLocateEveryMissingOrMistypedField();
    void shouldRejectMalformedJsonWithItsPlace_data();
    void shouldRejectMalformedJsonWithItsPlace();
    void shouldRejectBodiesOverTheSizeLimit();
    void shouldRejectNestingDeeperThanTheSchemaAllows();
    void shouldIgnoreUnknownMembersAndKeepUnknownNames();
    void shouldDecodeEscapesInStrings();
    void shouldShareIdenticalRolesBetweenUsers();
    void shouldRoundTripThroughTheJsonWriter();
    void shouldParseOneUserAndAnAccountsPage();
    void shouldReadErrorBodiesInEveryKnownShape_data();
    void shouldPeekAtPaginationWithoutReadingItems();
    void shouldReadErrorBodiesInEveryKnownShape();
};

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(SA_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    return file.readAll();
}

const char kFinanceRole[]
    = R"({"roleName":"financeUser","permissions":[{"resource":"org.customer","actions":["create","read","update","delete","archive"]},{"resource":"org.billing","actions":["create","read","update","delete","archive","start"]},{"resource":"org.product","actions":["create","read","update","delete","archive"]},{"resource":"org.quote","actions":["read","execute"]},{"resource":"org.invoice","actions":["create","read","update","delete","archive","finalize","send"]},{"resource":"org.creditNote","actions":["create","read","update","delete","archive","finalize","send"]},{"resource":"org.usage","actions":["read"]},{"resource":"org.revenueRecognition","actions":["create","read","update","delete","archive"]},{"resource":"org.settings","actions":["read","invite"]},{"resource":"org.integration","actions":["read"]},{"resource":"org.tax","actions":["create","read","update","delete","archive"]},{"resource":"org.asset","actions":["create","read","update","delete","archive"]},{"resource":"org.watchtower","actions":["read"]},{"resource":"org.bulkAction","actions":["create","read","update","delete","archive"]},{"resource":"org.savedView","actions":["create","read","update","delete","archive"]}]})";

// A valid one-user page with a placeholder for the user's members.
QByteArray pageWithUser(const QByteArray &userMembers)
{
    return "{\"items\":[{" + userMembers + "}],\"pagination\":{\"totalResultSize\":1}}";
}

const QByteArray kValidUserMembers = R"("id":"u1","email":"a@example.com","sequenceAccountIds":["acc1"],)"
                                     R"("state":"active","roles":[{"roleName":"readOnlyUser","permissions":)"
                                     R"([{"resource":"org.invoice","actions":["read"]}]}])";

QString grantsText(const RoleDefinition &role, const PermissionCatalog &catalog)
{
    QStringList parts;
    for (const Permission &permission : role.permissions()) {
        QStringList actions;
        for (int action : permission.actions)
            actions << catalog.actionName(action);
        parts << catalog.resourceName(permission.resource) + QLatin1Char('=')
                + actions.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

void TestUsersParser::shouldParseTheSeedExamplePageToItsExactValues()
{
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    QVERIFY2(parseUsersPage(readData("seed-example-page.json"), registry, &page, &error),
        qPrintable(error.toString()));
    QCOMPARE(page.users.size(), size_t(1));
    const User &user = page.users.front();
    QCOMPARE(user.id, QStringLiteral("7b1f28b9-a4ad-450b-a0ea-fd647d5109b2"));
    QCOMPARE(user.email, QStringLiteral("john@example.xyz"));
    QCOMPARE(user.state, QStringLiteral("active"));
    QCOMPARE(user.sequenceAccountIds,
        QStringList({QStringLiteral("83da2ca4-49c7-4d81-9c9a-ba5be11768b0"),
            QStringLiteral("c0901c87-e1a9-48e9-9e2f-9e05c402dcea")}));
    QCOMPARE(user.roles.size(), size_t(1));
    const RoleDefinition &role = *user.roles.front();
    QCOMPARE(role.name(), QStringLiteral("financeUser"));
    QCOMPARE(role.permissions().size(), size_t(15));
    QCOMPARE(grantsText(role, registry.catalog()).left(62),
        QStringLiteral("org.customer=create,read,update,delete,archive org.billing=cre"));
    QCOMPARE(role.grants().size(), size_t(62));
    QVERIFY(role.grants(registry.catalog().resourceIndex(QStringLiteral("org.invoice")),
        registry.catalog().actionIndex(QStringLiteral("finalize"))));
    QVERIFY(!role.grants(registry.catalog().resourceIndex(QStringLiteral("org.quote")),
        registry.catalog().actionIndex(QStringLiteral("create"))));
    QCOMPARE(page.pagination.after,
        QStringLiteral("ZTMwOWU5NDgtMDg4ZS00ZDc3LWI2NTQtY2Q4NTQ5OGYxNTU1IzE2NTgyNjA4NTYwMzMwMTMjREVTQw=="));
    QCOMPARE(page.pagination.before,
        QStringLiteral("NjRlZjJmZjktMmJjYi00M2RiLWI0ZDUtOTAxMDU4MjRiMTdmIzE2NTgyNjA3NTk3NTE2ODEjQVND"));
    QCOMPARE(page.pagination.totalResultSize, qint64(100));
    // The example's role is the standard financeUser role, to the grant.
    QCOMPARE(&role, registry.standardRole(QStringLiteral("financeUser")));
    QVERIFY(!registry.departure(role).departs());
}

void TestUsersParser::shouldKnowTheFourStandardRolesAsTheSpecDefinesThem()
{
    RoleRegistry registry;
    const PermissionCatalog &catalog = registry.catalog();
    QCOMPARE(RoleRegistry::standardRoleNames().size(), 4);
    QCOMPARE(catalog.resourceCount(), 15);
    QCOMPARE(catalog.actionCount(), 12);
    const RoleDefinition *admin = registry.standardRole(QStringLiteral("admin"));
    const RoleDefinition *sales = registry.standardRole(QStringLiteral("salesUser"));
    const RoleDefinition *readOnly = registry.standardRole(QStringLiteral("readOnlyUser"));
    QVERIFY(admin && sales && readOnly);
    // admin: create/read/update/delete/archive on all 15, plus start, finalize+send twice,
    // publish/accept/execute, invite.
    QCOMPARE(admin->grants().size(), size_t(15 * 5 + 1 + 2 + 2 + 3 + 1));
    QCOMPARE(readOnly->grants().size(), size_t(15));
    QCOMPARE(grantsText(*sales, catalog).section(QLatin1Char(' '), 3, 3),
        QStringLiteral("org.quote=create,read,update,delete,archive,publish,accept"));
    const int quote = catalog.resourceIndex(QStringLiteral("org.quote"));
    QVERIFY(admin->grants(quote, catalog.actionIndex(QStringLiteral("execute"))));
    QVERIFY(!sales->grants(quote, catalog.actionIndex(QStringLiteral("execute"))));
    QVERIFY(!registry.standardRole(QStringLiteral("auditor")));
}

// The registry builds the standard roles from plain data (the domain does not
// parse JSON); parsed from the reference's own JSON, each is the same role.
void TestUsersParser::standardRolesShouldEqualTheReferenceJsonParsed()
{
    RoleRegistry registry;
    const int rolesBefore = registry.roleCount();
    QStringList names;
    for (const char *json : kStandardRoleJson) {
        const RoleDefinition *parsed = nullptr;
        ParseError error;
        QVERIFY2(parseRole(QByteArrayView(json), registry, &parsed, &error), qPrintable(error.toString()));
        QCOMPARE(parsed, registry.standardRole(parsed->name()));
        names << parsed->name();
    }
    QCOMPARE(names, RoleRegistry::standardRoleNames());
    QCOMPARE(registry.roleCount(), rolesBefore); // nothing new was interned
}

void TestUsersParser::shouldReportDeparturesFromTheStandardRole()
{
    RoleRegistry registry;
    QByteArray altered = kFinanceRole;
    // One action removed (invoice send), one added (settings update).
    altered.replace(R"("finalize","send"]},{"resource":"org.creditNote")",
        R"("finalize"]},{"resource":"org.creditNote")");
    altered.replace(R"("actions":["read","invite"])", R"("actions":["read","invite","update"])");
    const RoleDefinition *role = nullptr;
    ParseError error;
    QVERIFY2(parseRole(altered, registry, &role, &error), qPrintable(error.toString()));
    const RoleDeparture departure = registry.departure(*role);
    const PermissionCatalog &catalog = registry.catalog();
    QVERIFY(departure.isStandard);
    QCOMPARE(departure.extra,
        std::vector<GrantKey>({grantKey(catalog.resourceIndex(QStringLiteral("org.settings")),
            catalog.actionIndex(QStringLiteral("update")))}));
    QCOMPARE(departure.missing,
        std::vector<GrantKey>({grantKey(catalog.resourceIndex(QStringLiteral("org.invoice")),
            catalog.actionIndex(QStringLiteral("send")))}));
    QVERIFY(role != registry.standardRole(QStringLiteral("financeUser")));

    const RoleDefinition *custom = nullptr;
    QVERIFY(parseRole(R"({"roleName":"auditor","permissions":[]})", registry, &custom, &error));
    QVERIFY(!registry.departure(*custom).isStandard);
    QVERIFY(!registry.departure(*custom).departs());
}

void TestUsersParser::shouldLocateEveryMissingOrMistypedField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    const QByteArray v = kValidUserMembers;
    auto without = [&](const char *member) {
        QByteArray members = v;
        const qsizetype at = members.indexOf(QByteArray(QByteArray("\"") + member + "\":"));
        qsizetype end = at;
        int depth = 0;
        for (; end < members.size(); ++end) {
            const char c = members[end];
            if (c == '[' || c == '{')
                ++depth;
            if (c == ']' || c == '}')
                --depth;
            if (c == ',' && depth == 0)
                break;
        }
        members.remove(at, end - at + (end < members.size() ? 1 : 0));
        if (members.endsWith(','))
            members.chop(1);
        return pageWithUser(members);
    };
    auto replaced = [&](const char *from, const char *to) {
        QByteArray members = v;
        members.replace(from, to);
        return pageWithUser(members);
    };

    QTest::newRow("no items") << QByteArray(R"({"pagination":{}})") << QStringLiteral("items: missing");
    QTest::newRow("no pagination") << QByteArray(R"({"items":[]})") << QStringLiteral("pagination: missing");
    QTest::newRow("items not an array") << QByteArray(R"({"items":{},"pagination":{}})")
                                        << QStringLiteral("items: expected array, got an object");
    QTest::newRow("root is an array") << QByteArray("[]") << QStringLiteral("expected object, got an array");
    QTest::newRow("user is a string") << QByteArray(R"({"items":["x"],"pagination":{}})")
                                      << QStringLiteral("items[0]: expected object, got a string");
    QTest::newRow("no id") << without("id") << QStringLiteral("items[0].id: missing");
    QTest::newRow("no email") << without("email") << QStringLiteral("items[0].email: missing");
    QTest::newRow("no state") << without("state") << QStringLiteral("items[0].state: missing");
    QTest::newRow("no accounts") << without("sequenceAccountIds")
                                 << QStringLiteral("items[0].sequenceAccountIds: missing");
    QTest::newRow("no roles") << without("roles") << QStringLiteral("items[0].roles: missing");
    QTest::newRow("id is a number") << replaced(R"("id":"u1")", R"("id":17)")
                                    << QStringLiteral("items[0].id: expected string, got a number");
    QTest::newRow("email is null") << replaced(R"("email":"a@example.com")", R"("email":null)")
                                   << QStringLiteral("items[0].email: expected string, got null");
    QTest::newRow("state is a bool") << replaced(R"("state":"active")", R"("state":true)")
                                     << QStringLiteral("items[0].state: expected string, got a boolean");
    QTest::newRow("account id is a number") << replaced(R"(["acc1"])",
        R"(["acc1",5])") << QStringLiteral("items[0].sequenceAccountIds[1]: expected string, got a number");
    QTest::newRow("roles is an object") << replaced(R"("roles":[{)", R"("roles":{"x":[{)")
                                        << QStringLiteral("items[0].roles: expected array, got an object");
    QTest::newRow("role without name") << replaced(R"("roleName":"readOnlyUser",)", "")
                                       << QStringLiteral("items[0].roles[0].roleName: missing");
    QTest::newRow("permissions not an array")
        << pageWithUser(v + R"(,"x":1)")
               .replace(R"("roles":[{)", R"("roles":[{"roleName":"a","permissions":[]},{)")
               .replace(R"("permissions":[{"resource":"org.invoice","actions":["read"]}])",
                   R"("permissions":"all")")
        << QStringLiteral("items[0].roles[1].permissions: expected array, got a string");
    QTest::newRow("permission without resource") << replaced(R"("resource":"org.invoice",)",
        "") << QStringLiteral("items[0].roles[0].permissions[0].resource: missing");
    QTest::newRow("permission without actions") << replaced(
        R"(,"actions":["read"])", "") << QStringLiteral("items[0].roles[0].permissions[0].actions: missing");
    QTest::newRow("action is a number")
        << replaced(R"(["read"])", R"(["read",2])")
        << QStringLiteral("items[0].roles[0].permissions[0].actions[1]: expected string, got a number");
    QTest::newRow("total is a string")
        << QByteArray(R"({"items":[],"pagination":{"totalResultSize":"9"}})")
        << QStringLiteral("pagination.totalResultSize: expected number, got a string");
    QTest::newRow("total is negative")
        << QByteArray(R"({"items":[],"pagination":{"totalResultSize":-1}})")
        << QStringLiteral("pagination.totalResultSize: expected a count, got -1");
    QTest::newRow("after is a number") << QByteArray(R"({"items":[],"pagination":{"after":3}})")
                                       << QStringLiteral("pagination.after: expected string, got a number");
    QTest::newRow("second user bad") << QByteArray(R"({"items":[{)" + v + R"(},{)" + v.mid(10)
        + R"(}],"pagination":{}})") << QStringLiteral("items[1].id: missing");
}

void TestUsersParser::shouldLocateEveryMissingOrMistypedField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    RoleRegistry registry;
    UsersPage page;
    page.pagination.totalResultSize = 42; // must stay untouched on failure
    ParseError error;
    QVERIFY(!parseUsersPage(body, registry, &page, &error));
    QCOMPARE(error.toString(), expected);
    QCOMPARE(page.pagination.totalResultSize, qint64(42));
    QVERIFY(page.users.empty());
}

void TestUsersParser::shouldRejectMalformedJsonWithItsPlace_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty response body, expected JSON");
    QTest::newRow("truncated")
        << pageWithUser(kValidUserMembers).left(60)
        << QStringLiteral("items[0]: malformed JSON at byte 60: unexpected end of data inside a string");
    QTest::newRow("trailing comma") << QByteArray(R"({"items":[],"pagination":{},})")
                                    << QStringLiteral("malformed JSON at byte 28: expected a member name");
    QTest::newRow("trailing data") << QByteArray(R"({"items":[],"pagination":{}} x)")
                                   << QStringLiteral("malformed JSON at byte 29: unexpected data after");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>")
                          << QStringLiteral("malformed JSON at byte 0: expected a value");
    QTest::newRow("bad utf-8") << pageWithUser(
        QByteArray(kValidUserMembers).replace("a@example", "\xC3\x28@example"))
                               << QStringLiteral(
                                      "items[0].email: malformed JSON at byte 30: string is not valid UTF-8");
    QTest::newRow("lone surrogate") << pageWithUser(
        QByteArray(kValidUserMembers).replace("a@example", "\\ud800@example"))
                                    << QStringLiteral("items[0].email: malformed JSON at byte");
    QTest::newRow("control char") << pageWithUser(
        QByteArray(kValidUserMembers).replace("a@example", "a\x01@example"))
                                  << QStringLiteral(
                                         "items[0].email: malformed JSON at byte 31: control character");
    QTest::newRow("bad number")
        << QByteArray(R"({"items":[],"pagination":{"totalResultSize":01}})")
        << QStringLiteral(
               "pagination.totalResultSize: malformed JSON at byte 45: invalid number (leading zero)");
    QTest::newRow("fraction")
        << QByteArray(R"({"items":[],"pagination":{"totalResultSize":1.5}})")
        << QStringLiteral("pagination.totalResultSize: malformed JSON at byte 44: expected a whole number");
    QTest::newRow("unknown member malformed")
        << QByteArray(R"({"items":[],"extra":[1,,2],"pagination":{}})")
        << QStringLiteral("extra: malformed JSON at byte 23: expected a value");
}

void TestUsersParser::shouldRejectMalformedJsonWithItsPlace()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    QVERIFY(!parseUsersPage(body, registry, &page, &error));
    QVERIFY2(error.toString().startsWith(expected), qPrintable(error.toString()));
}

void TestUsersParser::shouldRejectBodiesOverTheSizeLimit()
{
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    ParseLimits limits;
    limits.maxBodyBytes = 100;
    const QByteArray body = pageWithUser(kValidUserMembers);
    QVERIFY(!parseUsersPage(body, registry, &page, &error, limits));
    QCOMPARE(error.toString(),
        QStringLiteral("response body of %1 bytes exceeds the limit of 100 bytes").arg(body.size()));
    limits.maxBodyBytes = body.size();
    QVERIFY2(parseUsersPage(body, registry, &page, &error, limits), qPrintable(error.toString()));
}

void TestUsersParser::shouldRejectNestingDeeperThanTheSchemaAllows()
{
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    QByteArray deep
        = R"({"items":[],"pagination":{},"x":)" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QVERIFY(!parseUsersPage(deep, registry, &page, &error));
    QVERIFY2(error.toString().contains(QLatin1String("nested deeper than 12 levels")),
        qPrintable(error.toString()));
    // The schema's own depth, with room for a small unknown object, passes.
    const QByteArray fine = pageWithUser(QByteArray(kValidUserMembers) + R"(,"meta":{"a":{"b":[1]}})");
    QVERIFY2(parseUsersPage(fine, registry, &page, &error), qPrintable(error.toString()));
}

void TestUsersParser::shouldIgnoreUnknownMembersAndKeepUnknownNames()
{
    RoleRegistry registry;
    const QByteArray body
        = R"({"object":"list","items":[{"id":"u1","createdAt":"2024-01-01","email":"zoë@example.com",)"
          R"("sequenceAccountIds":[],"state":"suspended","roles":[{"roleName":"auditor","scope":{"k":1},)"
          R"("permissions":[{"resource":"org.auditLog","actions":["read","export"],"note":null},)"
          R"({"resource":"org.invoice","actions":["approve"]}]}],"flags":[true,false,null,1.5e3]}],)"
          R"("pagination":{"after":null,"before":null,"totalResultSize":null,"hasMore":false}})";
    UsersPage page;
    ParseError error;
    QVERIFY2(parseUsersPage(body, registry, &page, &error), qPrintable(error.toString()));
    QCOMPARE(page.users.size(), size_t(1));
    const User &user = page.users.front();
    QCOMPARE(user.email, QStringLiteral("zoë@example.com"));
    QCOMPARE(user.state, QStringLiteral("suspended"));
    QVERIFY(user.sequenceAccountIds.isEmpty());
    QVERIFY(!page.pagination.after && !page.pagination.before && !page.pagination.totalResultSize);
    const PermissionCatalog &catalog = registry.catalog();
    QCOMPARE(grantsText(*user.roles.front(), catalog),
        QStringLiteral("org.auditLog=read,export org.invoice=approve"));
    // Unknown names join the catalog after the known ones.
    QCOMPARE(catalog.resourceIndex(QStringLiteral("org.auditLog")), 15);
    QCOMPARE(catalog.actionIndex(QStringLiteral("export")), 12);
    QCOMPARE(catalog.actionIndex(QStringLiteral("approve")), 13);
    QVERIFY(!catalog.isKnownResource(15));
    QVERIFY(catalog.isKnownAction(11));
}

void TestUsersParser::shouldDecodeEscapesInStrings()
{
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    const QByteArray body
        = pageWithUser(QByteArray(kValidUserMembers)
                           .replace("a@example.com", R"(\"q\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00)"));
    QVERIFY2(parseUsersPage(body, registry, &page, &error), qPrintable(error.toString()));
    QCOMPARE(page.users.front().email,
        QStringLiteral("\"q\" \\ / \b\f\n\r\t é ") + QString::fromUtf8("\xF0\x9F\x98\x80"));
}

void TestUsersParser::shouldShareIdenticalRolesBetweenUsers()
{
    RoleRegistry registry;
    QByteArray body = "{\"items\":[";
    for (int i = 0; i < 3; ++i) {
        if (i)
            body += ',';
        body += "{\"id\":\"u" + QByteArray::number(i)
            + R"(","email":"e","sequenceAccountIds":[],"state":"active","roles":[)" + kFinanceRole + "]}";
    }
    // Same role, different white space: a cache miss that still interns to the same role.
    body += QByteArray(R"(,{"id":"u3","email":"e","sequenceAccountIds":[],"state":"active","roles":[ )")
        + kFinanceRole + " ]}";
    body += "],\"pagination\":{}}";
    UsersPage page;
    ParseError error;
    const int rolesBefore = registry.roleCount();
    QVERIFY2(parseUsersPage(body, registry, &page, &error), qPrintable(error.toString()));
    QCOMPARE(page.users.size(), size_t(4));
    QCOMPARE(registry.roleCount(), rolesBefore);
    for (const User &user : page.users)
        QCOMPARE(user.roles.front(), registry.standardRole(QStringLiteral("financeUser")));
    QCOMPARE(registry.internRoleSet(page.users[0].roles), registry.internRoleSet(page.users[3].roles));
}

void TestUsersParser::shouldRoundTripThroughTheJsonWriter()
{
    RoleRegistry registry;
    UsersPage page;
    ParseError error;
    const QByteArray body
        = R"({"items":[{"id":"u\"1","email":"zoë\n@example.com","sequenceAccountIds":["a","b"],)"
          R"("state":"weird","roles":[{"roleName":"x","permissions":[{"resource":"org.new","actions":["zap","read"]}]},)"
        + QByteArray(kFinanceRole) + R"(]}],"pagination":{}})";
    QVERIFY2(parseUsersPage(body, registry, &page, &error), qPrintable(error.toString()));
    QByteArray written = "{\"items\":[";
    appendUserJson(written, page.users.front(), registry.catalog());
    written += "],\"pagination\":{}}";
    UsersPage again;
    QVERIFY2(parseUsersPage(written, registry, &again, &error), qPrintable(error.toString()));
    const User &a = page.users.front();
    const User &b = again.users.front();
    QCOMPARE(b.id, a.id);
    QCOMPARE(b.email, a.email);
    QCOMPARE(b.state, a.state);
    QCOMPARE(b.sequenceAccountIds, a.sequenceAccountIds);
    QCOMPARE(b.roles, a.roles); // interned: equal roles are the same objects
}

void TestUsersParser::shouldParseOneUserAndAnAccountsPage()
{
    RoleRegistry registry;
    User user;
    ParseError error;
    QVERIFY2(parseUser(QByteArray("{" + kValidUserMembers + "}"), registry, &user, &error),
        qPrintable(error.toString()));
    QCOMPARE(user.id, QStringLiteral("u1"));
    QVERIFY(!parseUser(R"({"id":"u1"})", registry, &user, &error));
    QCOMPARE(error.toString(), QStringLiteral("email: missing"));

    AccountsPage accounts;
    QVERIFY2(parseAccountsPage(R"({"items":[{"id":"a1","companyName":"Müller GmbH","country":"DE","x":1},)"
                               R"({"id":"a2","companyName":null}],"pagination":{"totalResultSize":2}})",
                 &accounts, &error),
        qPrintable(error.toString()));
    QCOMPARE(accounts.accounts.size(), size_t(2));
    QCOMPARE(accounts.accounts[0].companyName, QStringLiteral("Müller GmbH"));
    QCOMPARE(accounts.accounts[1].companyName, QString());
    QVERIFY(!parseAccountsPage(R"({"items":[{"companyName":"x"}]})", &accounts, &error));
    QCOMPARE(error.toString(), QStringLiteral("items[0].id: missing"));
}

void TestUsersParser::shouldReadErrorBodiesInEveryKnownShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::newRow("error object") << QByteArray(
        R"({"error":{"type":"UnrecognisedApiVersion","message":"No matching API version found."}})")
                                  << QStringLiteral("UnrecognisedApiVersion")
                                  << QStringLiteral("No matching API version found.");
    QTest::newRow("error with details") << QByteArray(
        R"({"error":{"type":"ValidationError","message":"Invalid request","errors":[{"code":"invalid","message":"must be 1..100","key":"limit"}]}})")
                                        << QStringLiteral("ValidationError")
                                        << QStringLiteral("Invalid request; limit: must be 1..100");
    QTest::newRow("errors array") << QByteArray(
        R"({"errors":[{"code":"unauthorised","message":"Bad key"},{"message":"Retry later"}]})")
                                  << QString() << QStringLiteral("Bad key; Retry later");
    QTest::newRow("errors of strings")
        << QByteArray(R"({"errors":["one","two"]})") << QString() << QStringLiteral("one; two");
    QTest::newRow("message") << QByteArray(R"({"message":"Internal server error"})") << QString()
                             << QStringLiteral("Internal server error");
    QTest::newRow("error string") << QByteArray(R"({"error":"Forbidden"})") << QString()
                                  << QStringLiteral("Forbidden");
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>") << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString();
}

void TestUsersParser::shouldReadErrorBodiesInEveryKnownShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(QString, message);
    const ApiErrorBody parsed = parseErrorBody(body);
    QCOMPARE(parsed.type, type);
    QCOMPARE(parsed.toString(), message);
}

void TestUsersParser::shouldPeekAtPaginationWithoutReadingItems()
{
    Pagination pagination;
    // Items are skipped unread (even when invalid for the schema); pagination is read.
    QVERIFY(peekUsersPagePagination(
        R"({"items":[{"no":"id"},[1,"]"]],"x":1,"pagination":{"after":"c\"1","totalResultSize":7}})",
        &pagination));
    QCOMPARE(pagination.after, QStringLiteral("c\"1"));
    QCOMPARE(pagination.totalResultSize, qint64(7));
    QVERIFY(!peekUsersPagePagination(R"({"items":[]})", &pagination));
    QVERIFY(!peekUsersPagePagination(R"({"items":[{"a":1},"pagination":{}})", &pagination)); // never closes
    // A peek is only a hint: mismatched brackets in items pass it, the full parse rejects them.
    QVERIFY(peekUsersPagePagination(R"({"items":[},"pagination":{}})", &pagination));
    QVERIFY(!peekUsersPagePagination(R"({"pagination":{"after":3}})", &pagination));
    QVERIFY(!peekUsersPagePagination("", &pagination));
}

void TestUsersParser::guessNextCursorShouldReadTheLastAfterOnly()
{
    QCOMPARE(guessNextCursor("{\"items\":[],\"pagination\":{\"after\" : \"YWJj\\u002B\",\"before\":null}}"),
        std::optional<QString>(QStringLiteral("YWJj+")));
    QCOMPARE(guessNextCursor("{\"items\":[],\"pagination\":{\"after\":null}}"), std::nullopt);
    QCOMPARE(guessNextCursor("{\"items\":[],\"pagination\":{}}"), std::nullopt);
    // Inside a string the key is escaped: no guess from it.
    QCOMPARE(guessNextCursor("{\"items\":[{\"email\":\"x\\\"after\\\":\\\"y\"}],\"pagination\":{}}"),
        std::nullopt);
    QCOMPARE(guessNextCursor(QByteArrayView()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestUsersParser)
#include "tst_usersparser.moc"
