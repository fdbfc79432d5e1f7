// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The four standard roles of the API reference for GET /users, version
// 2024-07-30 (shared/seeds/000_2efb675daad81240.txt), as plain data: each
// resource with its actions in the reference's order. tst_usersparser checks
// them against the reference's JSON, parsed by the same parser as live data,
// so they cannot drift from it.
#include "standardroles_p.h"

namespace sa {

const StandardRole kStandardRoles[4] = {
    {"admin",
        {
            {"org.customer", {"create", "read", "update", "delete", "archive"}},
            {"org.billing", {"create", "read", "update", "delete", "archive", "start"}},
            {"org.product", {"create", "read", "update", "delete", "archive"}},
            {"org.invoice", {"create", "read", "update", "delete", "archive", "finalize", "send"}},
            {"org.creditNote", {"create", "read", "update", "delete", "archive", "finalize", "send"}},
            {"org.quote", {"create", "read", "update", "delete", "archive", "publish", "accept", "execute"}},
            {"org.revenueRecognition", {"create", "read", "update", "delete", "archive"}},
            {"org.usage", {"create", "read", "update", "delete", "archive"}},
            {"org.settings", {"create", "read", "update", "delete", "archive", "invite"}},
            {"org.integration", {"create", "read", "update", "delete", "archive"}},
            {"org.tax", {"create", "read", "update", "delete", "archive"}},
            {"org.asset", {"create", "read", "update", "delete", "archive"}},
            {"org.watchtower", {"create", "read", "update", "delete", "archive"}},
            {"org.bulkAction", {"create", "read", "update", "delete", "archive"}},
            {"org.savedView", {"create", "read", "update", "delete", "archive"}},
        }},
    {"financeUser",
        {
            {"org.customer", {"create", "read", "update", "delete", "archive"}},
            {"org.billing", {"create", "read", "update", "delete", "archive", "start"}},
            {"org.product", {"create", "read", "update", "delete", "archive"}},
            {"org.quote", {"read", "execute"}},
            {"org.invoice", {"create", "read", "update", "delete", "archive", "finalize", "send"}},
            {"org.creditNote", {"create", "read", "update", "delete", "archive", "finalize", "send"}},
            {"org.usage", {"read"}},
            {"org.revenueRecognition", {"create", "read", "update", "delete", "archive"}},
            {"org.settings", {"read", "invite"}},
            {"org.integration", {"read"}},
            {"org.tax", {"create", "read", "update", "delete", "archive"}},
            {"org.asset", {"create", "read", "update", "delete", "archive"}},
            {"org.watchtower", {"read"}},
            {"org.bulkAction", {"create", "read", "update", "delete", "archive"}},
            {"org.savedView", {"create", "read", "update", "delete", "archive"}},
        }},
    {"salesUser",
        {
            {"org.customer", {"create", "read", "update", "delete", "archive"}},
            {"org.billing", {"read"}},
            {"org.product", {"read"}},
            {"org.quote", {"create", "read", "update", "delete", "archive", "publish", "accept"}},
            {"org.invoice", {"read"}},
            {"org.creditNote", {"read"}},
            {"org.usage", {"read"}},
            {"org.revenueRecognition", {"read"}},
            {"org.settings", {"read", "invite"}},
            {"org.integration", {"read"}},
            {"org.tax", {"read"}},
            {"org.asset", {"create", "read", "update", "delete", "archive"}},
            {"org.watchtower", {"read"}},
            {"org.bulkAction", {"create", "read", "update", "delete", "archive"}},
            {"org.savedView", {"create", "read", "update", "delete", "archive"}},
        }},
    {"readOnlyUser",
        {
            {"org.customer", {"read"}},
            {"org.billing", {"read"}},
            {"org.product", {"read"}},
            {"org.quote", {"read"}},
            {"org.invoice", {"read"}},
            {"org.creditNote", {"read"}},
            {"org.usage", {"read"}},
            {"org.revenueRecognition", {"read"}},
            {"org.settings", {"read"}},
            {"org.integration", {"read"}},
            {"org.tax", {"read"}},
            {"org.asset", {"read"}},
            {"org.watchtower", {"read"}},
            {"org.bulkAction", {"read"}},
            {"org.savedView", {"read"}},
        }},
};

} // namespace sa
