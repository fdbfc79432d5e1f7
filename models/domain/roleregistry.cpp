// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roleregistry.h"

#include "standardroles_p.h"

#include <algorithm>

namespace sa {

namespace {

// A role's identity for interning: its name and its permissions as indices,
// in the order received (two roles listing the same grants in another order
// are kept apart, because reports show the order the server used).
QByteArray roleKey(const RoleDefinition &role)
{
    QByteArray key = role.name().toUtf8();
    key.append('\0');
    for (const Permission &permission : role.permissions()) {
        key.append(reinterpret_cast<const char *>(&permission.resource), sizeof permission.resource);
        const int count = int(permission.actions.size());
        key.append(reinterpret_cast<const char *>(&count), sizeof count);
        key.append(reinterpret_cast<const char *>(permission.actions.data()),
            qsizetype(permission.actions.size() * sizeof(int)));
    }
    return key;
}

// Bounds the raw role-list cache so hostile data cannot grow it without end.
constexpr int kMaxCachedRoleLists = 4096;
constexpr qsizetype kMaxCachedRoleListBytes = 64 * 1024;

} // namespace

bool RoleSet::has(GrantKey key) const
{
    return std::binary_search(grants.begin(), grants.end(), key);
}

RoleRegistry::RoleRegistry()
{
    for (const StandardRole &standard : kStandardRoles) {
        std::vector<Permission> permissions;
        for (const StandardPermission &granted : standard.permissions) {
            Permission permission;
            permission.resource = m_catalog.internResource(QString::fromLatin1(granted.resource));
            for (const char *action : granted.actions)
                permission.actions.push_back(m_catalog.internAction(QString::fromLatin1(action)));
            permissions.push_back(std::move(permission));
        }
        const RoleDefinition *role
            = intern(RoleDefinition(QString::fromLatin1(standard.name), std::move(permissions)));
        m_standard.insert(role->name(), role);
    }
}

RoleRegistry::~RoleRegistry() = default;

const QStringList &RoleRegistry::standardRoleNames()
{
    static const QStringList names = {QStringLiteral("admin"), QStringLiteral("financeUser"),
        QStringLiteral("salesUser"), QStringLiteral("readOnlyUser")};
    return names;
}

const RoleDefinition *RoleRegistry::intern(RoleDefinition role)
{
    const QByteArray key = roleKey(role);
    const auto it = m_roleIndex.constFind(key);
    if (it != m_roleIndex.cend())
        return it.value();
    m_roles.push_back(std::move(role));
    const RoleDefinition *shared = &m_roles.back();
    m_roleIndex.insert(key, shared);
    return shared;
}

std::vector<GrantKey> RoleRegistry::grantsOfAnyRole() const
{
    std::vector<GrantKey> all;
    for (const RoleDefinition &role : m_roles)
        all.insert(all.end(), role.grants().begin(), role.grants().end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

const RoleDefinition *RoleRegistry::standardRole(const QString &name) const
{
    return m_standard.value(name, nullptr);
}

RoleDeparture RoleRegistry::departure(const RoleDefinition &role) const
{
    RoleDeparture result;
    const RoleDefinition *standard = standardRole(role.name());
    if (!standard)
        return result;
    result.isStandard = true;
    result.extra = grantDifference(role.grants(), standard->grants());
    result.missing = grantDifference(standard->grants(), role.grants());
    return result;
}

quint32 RoleRegistry::internRoleSet(const std::vector<const RoleDefinition *> &roles)
{
    const QByteArray key(reinterpret_cast<const char *>(roles.data()),
        qsizetype(roles.size() * sizeof(const RoleDefinition *)));
    const auto it = m_roleSetIndex.constFind(key);
    if (it != m_roleSetIndex.cend())
        return it.value();
    RoleSet set;
    set.roles = roles;
    for (const RoleDefinition *role : roles)
        set.grants.insert(set.grants.end(), role->grants().begin(), role->grants().end());
    std::sort(set.grants.begin(), set.grants.end());
    set.grants.erase(std::unique(set.grants.begin(), set.grants.end()), set.grants.end());
    const auto index = quint32(m_roleSets.size());
    m_roleSets.push_back(std::move(set));
    m_roleSetIndex.insert(key, index);
    return index;
}

QString RoleRegistry::internText(const QString &text)
{
    const auto it = m_texts.constFind(text);
    if (it != m_texts.cend())
        return *it;
    if (m_texts.size() < 100000)
        m_texts.insert(text);
    return text;
}

const std::vector<const RoleDefinition *> *RoleRegistry::cachedRoles(QByteArrayView raw) const
{
    const auto it = m_rawRoles.constFind(QByteArray::fromRawData(raw.data(), raw.size()));
    return it == m_rawRoles.cend() ? nullptr : &it.value();
}

void RoleRegistry::cacheRoles(QByteArrayView raw, const std::vector<const RoleDefinition *> &roles)
{
    if (raw.size() > kMaxCachedRoleListBytes)
        return;
    if (m_rawRoles.size() >= kMaxCachedRoleLists)
        m_rawRoles.clear();
    m_rawRoles.insert(raw.toByteArray(), roles);
}

} // namespace sa
