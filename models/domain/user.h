// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sa {

// A user as one API page describes it. Roles point into the RoleRegistry the
// page was parsed with; they stay valid as long as that registry lives.
struct User
{
    QString id;
    QString email;
    QString state;
    QStringList sequenceAccountIds;
    std::vector<const RoleDefinition *> roles;
};

struct Pagination
{
    std::optional<QString> after;
    std::optional<QString> before;
    std::optional<qint64> totalResultSize;
};

struct UsersPage
{
    std::vector<User> users;
    Pagination pagination;
};

struct SequenceAccount
{
    QString id;
    QString companyName;
    QString country;
};

struct AccountsPage
{
    std::vector<SequenceAccount> accounts;
    Pagination pagination;
};

} // namespace sa
