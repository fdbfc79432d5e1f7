// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontent.h"

#include "permissioncatalog.h"
#include "userstore.h"

#include <QObject>

#include <algorithm>

namespace sa {

ReportSummary ReportSummary::of(const UserStore &store, const std::vector<int> &rows)
{
    const RoleRegistry &registry = store.registry();
    ReportSummary summary;
    summary.access = AccessCounts::of(store, rows);
    for (int r : rows)
        ++summary.perState[store.state(r)];
    const std::vector<int> &perRoleSet = summary.access.perRoleSet;
    for (size_t set = 0; set < perRoleSet.size(); ++set) {
        if (perRoleSet[set] == 0)
            continue;
        const auto &roles = registry.roleSet(quint32(set)).roles;
        if (roles.empty())
            summary.perRole[QObject::tr("(no role)")] += perRoleSet[set];
        for (const RoleDefinition *role : roles)
            summary.perRole[role->name()] += perRoleSet[set];
    }
    return summary;
}

ReportUser ReportUser::of(const UserStore &store, int row)
{
    const RoleRegistry &registry = store.registry();
    const PermissionCatalog &catalog = registry.catalog();
    const RoleSet &set = store.roleSet(row);
    ReportUser user;
    std::vector<GrantKey> extra, missing;
    for (const RoleDefinition *role : set.roles) {
        const RoleDeparture departure = registry.departure(*role);
        extra.insert(extra.end(), departure.extra.begin(), departure.extra.end());
        for (GrantKey key : departure.missing) {
            if (!set.has(key))
                missing.push_back(key);
        }
        if (!departure.isStandard)
            user.roleNotes << QObject::tr("%1 (custom role)").arg(role->name());
        else if (departure.departs())
            user.roleNotes << QObject::tr("%1 (differs from the standard role)").arg(role->name());
        else
            user.roleNotes << role->name();
    }
    std::sort(extra.begin(), extra.end());
    std::sort(missing.begin(), missing.end());
    std::vector<GrantKey> keys = set.grants;
    keys.insert(keys.end(), missing.begin(), missing.end());
    std::sort(keys.begin(), keys.end());
    int resource = -1;
    for (GrantKey key : keys) {
        if (grantResource(key) != resource) {
            resource = grantResource(key);
            user.resources.push_back(
                {PermissionCatalog::shortResourceName(catalog.resourceName(resource)), {}});
        }
        ReportAction action {catalog.actionName(grantAction(key)), ReportAction::Mark::Granted};
        if (std::binary_search(missing.begin(), missing.end(), key))
            action.mark = ReportAction::Mark::Missing;
        else if (std::binary_search(extra.begin(), extra.end(), key))
            action.mark = ReportAction::Mark::Extra;
        user.resources.back().actions.push_back(std::move(action));
    }
    return user;
}

} // namespace sa
