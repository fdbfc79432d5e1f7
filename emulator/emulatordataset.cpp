// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulatordataset.h"

#include "userjson.h"
#include "usersparser.h"
#include "userstore.h"

#include <algorithm>

namespace sa {

namespace {

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Local parts with the accents and scripts real address books hold.
const char *const kFirstNames[] = {
    "anna",
    "zoë",
    "josé",
    "łukasz",
    "søren",
    "björn",
    "chloé",
    "mateo",
    "aiyana",
    "priya",
    "wei",
    "fatma",
    "olivier",
    "ines",
    "noah",
    "émile",
    "jürgen",
    "ana",
    "kenji",
    "dmitri",
};
const char *const kLastNames[] = {
    "müller",
    "garcía",
    "nowak",
    "jensen",
    "dubois",
    "rossi",
    "smith",
    "nakamura",
    "kowalski",
    "öztürk",
    "brown",
    "lefèvre",
    "andersson",
    "silva",
    "khan",
    "fernández",
    "novák",
    "murphy",
    "chen",
    "larsen",
};
const char *const kDomains[] = {"example.com", "acme.example", "finance.example", "sales.example"};

const char *const kStates[] = {"active", "deleted", "invited"};

struct AccountSeed
{
    const char *companyName;
    const char *country;
};
const AccountSeed kAccounts[] = {
    {"Acme Widgets Ltd", "GB"},
    {"Müller & Söhne GmbH", "DE"},
    {"Nordlys Energi AS", "NO"},
    {"Café Olé SARL", "FR"},
    {"Kowalski Logistics Sp. z o.o.", "PL"},
    {"Blue Harbor Analytics Inc.", "US"},
};
constexpr int kAccountCount = int(sizeof kAccounts / sizeof kAccounts[0]);

// Role list indices, see the constructor.
enum RoleSetIndex {
    Admin,
    Finance,
    Sales,
    ReadOnly,
    FinanceAndSales,
    SalesAndReadOnly,
    AdminAndFinance,
    FinanceExtra,
    SalesMissing,
    AdminMissing,
    CustomAuditor,
    CustomOperator,
};

} // namespace

EmulatorDataset::EmulatorDataset(quint64 seed, qint64 userCount)
    : m_seed(seed)
    , m_userCount(std::max<qint64>(0, userCount))
    , m_idMask(splitmix64(seed ^ 0x5EC0E7CEull) & 0xFFFFFFFFFFFFull)
{
    PermissionCatalog &catalog = m_registry.catalog();
    auto standard = [&](const char *name) { return m_registry.standardRole(QLatin1String(name)); };
    auto res = [&](const char *name) { return catalog.internResource(QLatin1String(name)); };
    auto act = [&](const char *name) { return catalog.internAction(QLatin1String(name)); };

    // A standard role with one grant added or removed: what an admin tweaked.
    auto altered = [&](const RoleDefinition *base, const char *resource, const char *action, bool add) {
        std::vector<Permission> permissions = base->permissions();
        const int r = res(resource);
        const int a = act(action);
        auto it = std::find_if(
            permissions.begin(), permissions.end(), [&](const Permission &p) { return p.resource == r; });
        if (add) {
            if (it == permissions.end())
                permissions.push_back({r, {a}});
            else
                it->actions.push_back(a);
        } else if (it != permissions.end()) {
            it->actions.erase(std::remove(it->actions.begin(), it->actions.end(), a), it->actions.end());
        }
        return m_registry.intern(RoleDefinition(base->name(), std::move(permissions)));
    };

    std::vector<Permission> auditor;
    for (const QString &resource : PermissionCatalog::knownResources())
        auditor.push_back({catalog.internResource(resource), {act("read")}});
    auditor.push_back({res("org.auditLog"), {act("read"), act("export")}});
    std::vector<Permission> operatorRole = {
        {res("org.billing"), {act("read"), act("start")}},
        {res("org.invoice"), {act("read"), act("finalize"), act("send"), act("approve")}},
        {res("org.customer"), {act("read")}},
    };

    m_roleSets = {
        {standard("admin")},
        {standard("financeUser")},
        {standard("salesUser")},
        {standard("readOnlyUser")},
        {standard("financeUser"), standard("salesUser")},
        {standard("salesUser"), standard("readOnlyUser")},
        {standard("admin"), standard("financeUser")},
        {altered(standard("financeUser"), "org.settings", "update", true)},
        {altered(standard("salesUser"), "org.quote", "accept", false)},
        {altered(standard("admin"), "org.settings", "invite", false)},
        {m_registry.intern(RoleDefinition(QStringLiteral("auditor"), std::move(auditor)))},
        {m_registry.intern(RoleDefinition(QStringLiteral("billingOperator"), std::move(operatorRole)))},
    };
    for (const auto &roles : m_roleSets) {
        QByteArray json;
        appendRolesJson(json, roles, catalog);
        m_roleSetJson.push_back(json);
    }

    for (int i = 0; i < kAccountCount; ++i) {
        const quint64 h = splitmix64(seed ^ (0xACC0ull + quint64(i)));
        const QString id = QStringLiteral("%1-%2-4%3-a%4-%5")
                               .arg(h >> 32, 8, 16, QLatin1Char('0'))
                               .arg((h >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
                               .arg(h & 0xFFF, 3, 16, QLatin1Char('0'))
                               .arg((h >> 40) & 0xFFF, 3, 16, QLatin1Char('0'))
                               .arg(quint64(i) + 1, 12, 16, QLatin1Char('0'));
        m_accounts.push_back(
            {id, QString::fromUtf8(kAccounts[i].companyName), QLatin1String(kAccounts[i].country)});
        m_accountIdUtf8.push_back(id.toUtf8());
    }
}

EmulatorDataset::Profile EmulatorDataset::profile(qint64 index) const
{
    const quint64 h = splitmix64(m_seed * 0x100000001B3ull ^ quint64(index));
    const quint64 g = splitmix64(h);
    Profile p {};
    const int roll = int(h % 1000);
    if (roll < 30) { // 3%: a role that departs from its standard, or a custom one
        p.roleSet = FinanceExtra + int((h >> 10) % 5);
    } else if (roll < 80) { // 5%: two roles
        p.roleSet = FinanceAndSales + int((h >> 10) % 3);
    } else { // few admins, many sales and read-only users
        const int mix = int((h >> 10) % 100);
        p.roleSet = mix < 4 ? Admin : mix < 22 ? Finance : mix < 62 ? Sales : ReadOnly;
    }
    const int state = int((h >> 20) % 100);
    p.state = state < 6 ? 1 : state == 6 ? 2 : 0;
    p.firstName = int(g % (sizeof kFirstNames / sizeof kFirstNames[0]));
    p.lastName = int((g >> 8) % (sizeof kLastNames / sizeof kLastNames[0]));
    p.accountCount = 1 + int((g >> 16) % 3);
    p.accountStart = int((g >> 24) % kAccountCount);
    return p;
}

void EmulatorDataset::appendIdUtf8(QByteArray &out, qint64 index) const
{
    static const char hex[] = "0123456789abcdef";
    const quint64 h = splitmix64(m_seed ^ (quint64(index) * 0xD1B54A32D192ED03ull));
    const quint64 h2 = splitmix64(h);
    const quint64 tail = (quint64(index) ^ m_idMask) & 0xFFFFFFFFFFFFull;
    char id[36];
    int k = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            id[k++] = '-';
        int nibble;
        if (i == 12)
            nibble = 4; // looks like a version 4 UUID
        else if (i == 16)
            nibble = 8 | int((h >> 60) & 3);
        else if (i < 16)
            nibble = int((h >> (4 * i)) & 0xF);
        else if (i < 20)
            nibble = int((h2 >> (4 * (i - 16))) & 0xF);
        else
            nibble = int((tail >> (4 * (31 - i))) & 0xF);
        id[k++] = hex[nibble];
    }
    out.append(id, 36);
}

QString EmulatorDataset::userId(qint64 index) const
{
    QByteArray id;
    appendIdUtf8(id, index);
    return QString::fromLatin1(id);
}

qint64 EmulatorDataset::indexOfId(QStringView id) const
{
    if (id.size() != 36)
        return -1;
    bool ok = false;
    const quint64 tail = id.mid(24).toULongLong(&ok, 16);
    if (!ok)
        return -1;
    const auto index = qint64(tail ^ m_idMask);
    if (index < 0 || index >= m_userCount || userId(index) != id)
        return -1;
    return index;
}

qint64 EmulatorDataset::createdMicros(qint64 index) const
{
    // Newest first, a second apart, like a DESC-ordered listing.
    return 1700000000000000ll - index * 1000000ll;
}

QByteArray EmulatorDataset::cursorFor(qint64 index) const
{
    QByteArray raw;
    appendIdUtf8(raw, index);
    raw.append('#');
    raw.append(QByteArray::number(createdMicros(index)));
    raw.append("#DESC");
    return raw.toBase64();
}

qint64 EmulatorDataset::indexOfCursor(QByteArrayView cursor) const
{
    const auto decoded
        = QByteArray::fromBase64Encoding(cursor.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QList<QByteArray> parts = decoded.decoded.split('#');
    if (parts.size() != 3 || parts[2] != "DESC")
        return -1;
    const qint64 index = indexOfId(QString::fromLatin1(parts[0]));
    if (index < 0 || parts[1] != QByteArray::number(createdMicros(index)))
        return -1;
    return index;
}

void EmulatorDataset::appendEmailUtf8(QByteArray &out, qint64 index, const Profile &p) const
{
    out.append(kFirstNames[p.firstName]);
    out.append('.');
    out.append(kLastNames[p.lastName]);
    out.append(QByteArray::number(index + 1));
    out.append('@');
    out.append(kDomains[(p.firstName + p.lastName) % 4]);
}

User EmulatorDataset::user(qint64 index) const
{
    const Profile p = profile(index);
    User user;
    user.id = userId(index);
    QByteArray email;
    appendEmailUtf8(email, index, p);
    user.email = QString::fromUtf8(email);
    user.state = QLatin1String(kStates[p.state]);
    for (int i = 0; i < p.accountCount; ++i)
        user.sequenceAccountIds.append(m_accounts[size_t((p.accountStart + i) % kAccountCount)].id);
    user.roles = m_roleSets[size_t(p.roleSet)];
    return user;
}

void EmulatorDataset::appendUserJson(QByteArray &out, qint64 index, bool withRoles) const
{
    // The hot path of the emulator: bytes only, the role lists pre-serialised.
    const Profile p = profile(index);
    out.append("{\"id\":\"");
    appendIdUtf8(out, index);
    out.append("\",\"email\":\"");
    appendEmailUtf8(out, index, p);
    out.append("\",\"sequenceAccountIds\":[");
    for (int i = 0; i < p.accountCount; ++i) {
        if (i)
            out.append(',');
        out.append('"');
        out.append(m_accountIdUtf8[size_t((p.accountStart + i) % kAccountCount)]);
        out.append('"');
    }
    out.append("],\"state\":\"");
    out.append(kStates[p.state]);
    out.append('"');
    if (withRoles) {
        out.append(",\"roles\":");
        out.append(m_roleSetJson[size_t(p.roleSet)]);
    }
    out.append('}');
}

bool EmulatorDataset::loadInto(
    UserStore &store, const std::function<void(User &user, qint64 index)> &edit, QString *error) const
{
    for (qint64 first = 0; first < m_userCount; first += 1000) {
        const qint64 last = std::min(m_userCount, first + 1000);
        QByteArray body = "{\"items\":[";
        for (qint64 i = first; i < last; ++i) {
            if (i > first)
                body += ',';
            appendUserJson(body, i, true);
        }
        body += "],\"pagination\":{}}";
        UsersPage page;
        ParseError parseError;
        if (!parseUsersPage(body, store.registry(), &page, &parseError)) {
            if (error)
                *error = parseError.toString();
            return false;
        }
        for (qint64 i = 0; i < qint64(page.users.size()); ++i) {
            User &user = page.users[size_t(i)];
            if (edit)
                edit(user, first + i);
            store.append(user, UserStore::KnownNew);
        }
    }
    return true;
}

} // namespace sa
