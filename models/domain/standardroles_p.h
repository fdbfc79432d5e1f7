// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

namespace sa {

struct StandardPermission
{
    const char *resource;
    std::initializer_list<const char *> actions;
};

struct StandardRole
{
    const char *name;
    std::initializer_list<StandardPermission> permissions;
};

// admin, financeUser, salesUser, readOnlyUser.
extern const StandardRole kStandardRoles[4];

} // namespace sa
