// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "user.h"

#include <QByteArray>

namespace sa {

class PermissionCatalog;

// Writers of the API's JSON shapes (compact, UTF-8), used by the emulator to
// serve pages and by the json report. Members come in the schema's order;
// permissions and actions in the order the roles hold them.
void appendJsonString(QByteArray &out, QStringView text);
void appendRoleJson(QByteArray &out, const RoleDefinition &role, const PermissionCatalog &catalog);
void appendRolesJson(
    QByteArray &out, const std::vector<const RoleDefinition *> &roles, const PermissionCatalog &catalog);
void appendUserJson(QByteArray &out, const User &user, const PermissionCatalog &catalog);

} // namespace sa
