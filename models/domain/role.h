// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "permissioncatalog.h"

#include <QString>
#include <vector>

namespace sa {

// One resource and the actions granted on it, as the server listed them.
struct Permission
{
    int resource = -1; // index in the PermissionCatalog
    std::vector<int> actions; // indices in the PermissionCatalog, in received order
    bool operator==(const Permission &other) const
    {
        return resource == other.resource && actions == other.actions;
    }
};

// A role as one user holds it. Immutable once interned in a RoleRegistry:
// every user holding an identical role shares the same instance.
class RoleDefinition
{
public:
    RoleDefinition() = default;
    RoleDefinition(QString name, std::vector<Permission> permissions);

    const QString &name() const { return m_name; }
    const std::vector<Permission> &permissions() const { return m_permissions; }
    // Sorted, without duplicates: the set the role grants, for fast look-ups.
    const std::vector<GrantKey> &grants() const { return m_grants; }
    bool grants(int resource, int action) const;

    bool operator==(const RoleDefinition &other) const
    {
        return m_name == other.m_name && m_permissions == other.m_permissions;
    }

private:
    QString m_name;
    std::vector<Permission> m_permissions;
    std::vector<GrantKey> m_grants;
};

// How a role departs from the standard role of the same name.
struct RoleDeparture
{
    bool isStandard = false; // the name is one of the four standard roles
    std::vector<GrantKey> extra; // granted here, not by the standard role
    std::vector<GrantKey> missing; // granted by the standard role, not here
    bool departs() const { return !extra.empty() || !missing.empty(); }
};

// Set difference of two sorted grant lists: what a holds and b does not.
std::vector<GrantKey> grantDifference(const std::vector<GrantKey> &a, const std::vector<GrantKey> &b);

} // namespace sa
