// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "permissioncatalog.h"
#include "role.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <deque>
#include <memory>
#include <vector>

namespace sa {

// The roles one user holds together, with the union of their grants.
struct RoleSet
{
    std::vector<const RoleDefinition *> roles;
    std::vector<GrantKey> grants; // sorted union
    bool has(GrantKey key) const;
};

// Owns the permission catalog and every distinct role and role set met in
// data. A million users typically hold a few dozen distinct roles, so each
// user refers to shared, immutable definitions instead of carrying copies.
// Not thread-safe: one registry per thread that parses.
class RoleRegistry
{
public:
    RoleRegistry();
    ~RoleRegistry();
    RoleRegistry(const RoleRegistry &) = delete;
    RoleRegistry &operator=(const RoleRegistry &) = delete;

    PermissionCatalog &catalog() { return m_catalog; }
    const PermissionCatalog &catalog() const { return m_catalog; }

    // Returns the shared instance equal to role, adding it if it is new.
    const RoleDefinition *intern(RoleDefinition role);
    int roleCount() const { return int(m_roles.size()); }
    const std::deque<RoleDefinition> &roles() const { return m_roles; }
    // Every grant any known role holds (standard templates and roles met in data).
    std::vector<GrantKey> grantsOfAnyRole() const;

    // The four standard roles exactly as API version 2024-07-30 defines them.
    static const QStringList &standardRoleNames();
    const RoleDefinition *standardRole(const QString &name) const;
    RoleDeparture departure(const RoleDefinition &role) const;

    // Interned role sets: equal lists of roles get the same index.
    quint32 internRoleSet(const std::vector<const RoleDefinition *> &roles);
    const RoleSet &roleSet(quint32 index) const { return m_roleSets[index]; }
    int roleSetCount() const { return int(m_roleSets.size()); }

    // Shares the storage of repeated short strings (states, account ids).
    QString internText(const QString &text);

    // Cache from the exact bytes of a "roles" array to its parsed roles, used
    // by the page parser to skip role lists it has already read.
    const std::vector<const RoleDefinition *> *cachedRoles(QByteArrayView raw) const;
    void cacheRoles(QByteArrayView raw, const std::vector<const RoleDefinition *> &roles);

private:
    PermissionCatalog m_catalog;
    std::deque<RoleDefinition> m_roles;
    QHash<QByteArray, const RoleDefinition *> m_roleIndex;
    std::deque<RoleSet> m_roleSets;
    QHash<QByteArray, quint32> m_roleSetIndex;
    QSet<QString> m_texts;
    QHash<QByteArray, std::vector<const RoleDefinition *>> m_rawRoles;
    QHash<QString, const RoleDefinition *> m_standard;
};

} // namespace sa
