// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace sa {

class UserStore;

// How many of the given users hold each permission: one pass over the rows
// to count users per interned role set, then each set's grants. The one
// place users are counted per permission, for the overview and the reports.
struct AccessCounts
{
    int resources = 0;
    int actions = 0;
    std::vector<int> perRoleSet; // users per role-set index
    std::vector<int> holders; // resources x actions
    int count(int resource, int action) const
    {
        return holders[std::size_t(resource) * std::size_t(actions) + std::size_t(action)];
    }
    // rows: each a row of store, each once.
    static AccessCounts of(const UserStore &store, const std::vector<int> &rows);
};

} // namespace sa
