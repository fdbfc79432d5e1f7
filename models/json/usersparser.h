// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <functional>

#include "user.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <optional>

namespace sa {

class RoleRegistry;

struct ParseLimits
{
    qsizetype maxBodyBytes = 32 * 1024 * 1024;
    // The users schema nests 7 levels (page, items, user, roles, role,
    // permissions, permission, actions); unknown members get room for a few more.
    int maxDepth = 12;
};

// Where and why a body was rejected: "items[3].email: missing".
struct ParseError
{
    QString path; // empty for the document itself
    QString message;
    qsizetype offset = -1; // byte offset for syntax errors
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// Parsers of the API's response bodies. Strict where the schema says a field
// is required, tolerant of members they do not know, and they keep unknown
// states, role names, resources and actions. On failure they return false,
// fill *error and leave *out untouched.
bool parseUsersPage(QByteArrayView body, RoleRegistry &registry, UsersPage *out, ParseError *error,
    const ParseLimits &limits = {});
bool parseUser(QByteArrayView body, RoleRegistry &registry, User *out, ParseError *error,
    const ParseLimits &limits = {});
// Reads only the top-level "pagination" of a users page, skipping "items"
// without validating it: lets a client ask for the next page while it
// parses this one. False when the body is not shaped for a quick read.
bool peekUsersPagePagination(QByteArrayView body, Pagination *out);
// A guess at the next page's cursor from the last few KB of a users page,
// where the API puts "pagination": the value of the last "after" key. For
// asking for the next page at once, while this one is parsed elsewhere; only
// the full parse says what the cursor is (a wrong guess costs a request).
std::optional<QString> guessNextCursor(QByteArrayView body);
// A json report ({"generatedAt", "source", "apiVersion", "userCount", "users"}),
// the users read as strictly as from the API.
struct Snapshot
{
    QString generatedAt;
    QString source;
    QString apiVersion;
    bool partial = false; // the report says it holds part of the account
    std::vector<User> users;
};
bool parseSnapshot(
    QByteArrayView body, RoleRegistry &registry, Snapshot *out, ParseError *error, const ParseLimits &limits);
// The same, streaming: each user goes to sink as it is read, with the byte
// offset reached (meta gets the rest, no users). sink returns an error
// message to stop with (a duplicate id, say), or an empty string.
using SnapshotUserSink = std::function<QString(User &&user, qsizetype offset)>;
bool parseSnapshot(QByteArrayView body, RoleRegistry &registry, Snapshot *meta, const SnapshotUserSink &sink,
    ParseError *error, const ParseLimits &limits);
bool parseAccountsPage(
    QByteArrayView body, AccountsPage *out, ParseError *error, const ParseLimits &limits = {});
bool parseRole(QByteArrayView body, RoleRegistry &registry, const RoleDefinition **out, ParseError *error);

// An error body in any of the shapes the API is known to use, reduced to
// what a person should read. Never fails: a body it cannot read gives an
// empty message, and the caller falls back to the HTTP status.
struct ApiErrorBody
{
    QString type;
    QString message;
    QStringList details;
    QString toString() const;
};
ApiErrorBody parseErrorBody(QByteArrayView body);

} // namespace sa
