// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <algorithm>
#include <iterator>

namespace sa {

RoleDefinition::RoleDefinition(QString name, std::vector<Permission> permissions)
    : m_name(std::move(name))
    , m_permissions(std::move(permissions))
{
    for (const Permission &permission : m_permissions) {
        for (int action : permission.actions)
            m_grants.push_back(grantKey(permission.resource, action));
    }
    std::sort(m_grants.begin(), m_grants.end());
    m_grants.erase(std::unique(m_grants.begin(), m_grants.end()), m_grants.end());
}

bool RoleDefinition::grants(int resource, int action) const
{
    return std::binary_search(m_grants.begin(), m_grants.end(), grantKey(resource, action));
}

std::vector<GrantKey> grantDifference(const std::vector<GrantKey> &a, const std::vector<GrantKey> &b)
{
    std::vector<GrantKey> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

} // namespace sa
