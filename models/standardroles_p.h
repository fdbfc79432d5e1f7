#pragma once

namespace sa {
// admin, financeUser, salesUser, readOnlyUser, as JSON role objects.
extern const char *const kStandardRoleJson[4];
} // namespace sa
