// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesscounts.h"

#include "userstore.h"

namespace sa {

AccessCounts AccessCounts::of(const UserStore &store, const std::vector<int> &rows)
{
    const RoleRegistry &registry = store.registry();
    AccessCounts counts;
    counts.resources = registry.catalog().resourceCount();
    counts.actions = registry.catalog().actionCount();
    counts.perRoleSet.assign(size_t(registry.roleSetCount()), 0);
    for (int row : rows)
        ++counts.perRoleSet[store.roleSetIndex(row)];
    counts.holders.assign(size_t(counts.resources) * size_t(counts.actions), 0);
    for (size_t set = 0; set < counts.perRoleSet.size(); ++set) {
        if (!counts.perRoleSet[set])
            continue;
        for (GrantKey key : registry.roleSet(quint32(set)).grants)
            counts.holders[size_t(grantResource(key)) * size_t(counts.actions) + size_t(grantAction(key))]
                += counts.perRoleSet[set];
    }
    return counts;
}

} // namespace sa
