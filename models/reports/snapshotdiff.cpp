// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotdiff.h"

#include "boundedread.h"
#include "reportwriter.h"
#include "roleregistry.h"
#include "safetext.h"
#include "usersparser.h"
#include "userstore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace sa {

namespace {

std::vector<GrantKey> grantsOf(const User &user)
{
    std::vector<GrantKey> all;
    for (const RoleDefinition *role : user.roles)
        all.insert(all.end(), role->grants().begin(), role->grants().end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

// What one user gained and lost between two grant sets, in catalog order.
void appendGrantChanges(std::vector<SnapshotChange> &changes, const QString &id, const QString &email,
    const std::vector<GrantKey> &was, const std::vector<GrantKey> &now, const PermissionCatalog &catalog)
{
    std::vector<std::pair<GrantKey, SnapshotChange::Kind>> moves;
    for (GrantKey key : grantDifference(now, was))
        moves.push_back({key, SnapshotChange::Kind::Granted});
    for (GrantKey key : grantDifference(was, now))
        moves.push_back({key, SnapshotChange::Kind::Revoked});
    std::sort(moves.begin(), moves.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, kind] : moves)
        changes.push_back({kind, id, email, catalog.resourceName(grantResource(key)),
            catalog.actionName(grantAction(key))});
}

} // namespace

QString SnapshotChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::UserAdded:
        return QStringLiteral("user-added");
    case Kind::UserRemoved:
        return QStringLiteral("user-removed");
    case Kind::Granted:
        return QStringLiteral("granted");
    case Kind::Revoked:
        return QStringLiteral("revoked");
    }
    return QString();
}

std::vector<SnapshotChange> diffSnapshots(
    const Snapshot &older, const Snapshot &newer, const RoleRegistry &registry)
{
    const PermissionCatalog &catalog = registry.catalog();
    QHash<QString, const User *> before;
    for (const User &user : older.users)
        before.insert(user.id, &user);
    QHash<QString, const User *> after;
    for (const User &user : newer.users)
        after.insert(user.id, &user);

    std::vector<SnapshotChange> changes;
    for (const User &user : newer.users) {
        const User *old = before.value(user.id, nullptr);
        if (!old) {
            changes.push_back({SnapshotChange::Kind::UserAdded, user.id, user.email, QString(), QString()});
            continue;
        }
        appendGrantChanges(changes, user.id, user.email, grantsOf(*old), grantsOf(user), catalog);
    }
    for (const User &user : older.users) {
        if (!after.contains(user.id))
            changes.push_back({SnapshotChange::Kind::UserRemoved, user.id, user.email, QString(), QString()});
    }
    return changes;
}

QByteArray snapshotDiffCsv(const std::vector<SnapshotChange> &changes)
{
    QByteArray out("change,id,email,resource,action\n");
    for (const SnapshotChange &change : changes) {
        appendCsvField(out, SnapshotChange::kindName(change.kind));
        out.append(',');
        appendCsvField(out, change.id);
        out.append(',');
        appendCsvField(out, change.email);
        out.append(',');
        appendCsvField(out, change.resource);
        out.append(',');
        appendCsvField(out, change.action);
        out.append('\n');
    }
    return out;
}

QString snapshotDiffText(
    const std::vector<SnapshotChange> &changes, const Snapshot &older, const Snapshot &newer)
{
    return snapshotDiffText(changes, older.generatedAt, qsizetype(older.users.size()), newer.generatedAt,
        qsizetype(newer.users.size()));
}

QString snapshotDiffText(const std::vector<SnapshotChange> &changes, const QString &olderLabel,
    qsizetype olderUsers, const QString &newerLabel, qsizetype newerUsers)
{
    QString text = QObject::tr("Comparing %1 (%2 users) with %3 (%4 users)\n")
                       .arg(olderLabel.isEmpty() ? QObject::tr("the older report") : displaySafe(olderLabel))
                       .arg(olderUsers)
                       .arg(newerLabel.isEmpty() ? QObject::tr("the newer report") : displaySafe(newerLabel))
                       .arg(newerUsers);
    if (changes.empty())
        return text + QObject::tr("No differences.\n");
    QString current;
    for (const SnapshotChange &change : changes) {
        switch (change.kind) {
        case SnapshotChange::Kind::UserAdded:
            text += QObject::tr("+ user %1 (%2) added\n")
                        .arg(displaySafe(change.email), displaySafe(change.id));
            current.clear();
            break;
        case SnapshotChange::Kind::UserRemoved:
            text += QObject::tr("- user %1 (%2) removed\n")
                        .arg(displaySafe(change.email), displaySafe(change.id));
            current.clear();
            break;
        case SnapshotChange::Kind::Granted:
        case SnapshotChange::Kind::Revoked:
            if (current != change.id) {
                text
                    += QObject::tr("~ user %1 (%2)\n").arg(displaySafe(change.email), displaySafe(change.id));
                current = change.id;
            }
            text += (change.kind == SnapshotChange::Kind::Granted ? QObject::tr("    gained %1 on %2\n")
                                                                  : QObject::tr("    lost %1 on %2\n"))
                        .arg(displaySafe(change.action), displaySafe(change.resource));
            break;
        }
    }
    return text;
}

bool loadSnapshot(const QString &path, RoleRegistry &registry, Snapshot *out, QString *error)
{
    QByteArray bytes;
    if (!readBoundedFile(path, kMaxReportFileBytes, &bytes, error)) {
        *error = displaySafe(*error);
        return false;
    }
    ParseLimits limits;
    limits.maxBodyBytes = kMaxReportFileBytes;
    ParseError parseError;
    if (!parseSnapshot(bytes, registry, out, &parseError, limits)) {
        *error = displaySafe(
            QObject::tr("%1 is not a json report of Sequence Admin: %2").arg(path, parseError.toString()));
        return false;
    }
    return true;
}

std::vector<SnapshotChange> diffStores(const UserStore &older, const UserStore &newer)
{
    const PermissionCatalog &catalog = newer.registry().catalog();
    std::vector<SnapshotChange> changes;
    for (int row = 0; row < newer.size(); ++row) {
        const int old = older.rowOfId(newer.id(row));
        if (old < 0) {
            changes.push_back(
                {SnapshotChange::Kind::UserAdded, newer.id(row), newer.email(row), QString(), QString()});
            continue;
        }
        if (older.roleSetIndex(old) == newer.roleSetIndex(row) && &older.registry() == &newer.registry())
            continue; // the same interned role set: the same grants
        appendGrantChanges(changes, newer.id(row), newer.email(row), older.roleSet(old).grants,
            newer.roleSet(row).grants, catalog);
    }
    for (int row = 0; row < older.size(); ++row) {
        if (!newer.containsId(older.id(row)))
            changes.push_back(
                {SnapshotChange::Kind::UserRemoved, older.id(row), older.email(row), QString(), QString()});
    }
    return changes;
}

bool loadSnapshotInto(const QString &path, UserStore &users, Snapshot *meta, QString *error)
{
    MappedFile file;
    if (!file.open(path, kMaxReportFileBytes, error)) {
        *error = displaySafe(*error);
        return false;
    }
    ParseLimits limits;
    limits.maxBodyBytes = kMaxReportFileBytes;
    ParseError parseError;
    qsizetype released = 0;
    const bool ok = parseSnapshot(
        file.bytes(), users.registry(), meta,
        [&](User &&user, qsizetype offset) {
            if (!users.append(user))
                return QObject::tr("duplicate id \u201c%1\u201d").arg(user.id);
            // The pages behind the parser are not needed again: let them go.
            if (offset - released > (qsizetype(64) << 20)) {
                file.release(offset);
                released = offset;
            }
            return QString();
        },
        &parseError, limits);
    if (!ok) {
        *error = displaySafe(
            QObject::tr("%1 is not a json report of Sequence Admin: %2").arg(path, parseError.toString()));
        return false;
    }
    return true;
}

} // namespace sa
