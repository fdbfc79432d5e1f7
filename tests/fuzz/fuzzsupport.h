// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every libFuzzer target here shares: a broken invariant aborts (so
// libFuzzer reports the input), and one role registry serves many inputs.
#include "roleregistry.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace safuzz {

// Names the broken invariant's line (GCC and Clang fill in the caller's).
inline void require(bool condition, int line = __builtin_LINE())
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken at line %d\n", line);
    std::abort();
}

// One registry for many inputs (building one sets up the four standard
// roles), renewed now and then so unknown names from inputs cannot pile up.
inline sa::RoleRegistry &sharedRegistry()
{
    static std::unique_ptr<sa::RoleRegistry> shared;
    static int uses = 0;
    if (!shared || ++uses % 2000 == 0)
        shared = std::make_unique<sa::RoleRegistry>();
    return *shared;
}

} // namespace safuzz
