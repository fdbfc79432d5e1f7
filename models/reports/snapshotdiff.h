// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usersparser.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sa {

class UserStore;

class RoleRegistry;

// One difference between two json reports of the same account.
struct SnapshotChange
{
    enum class Kind { UserAdded, UserRemoved, Granted, Revoked };
    Kind kind;
    QString id;
    QString email;
    QString resource; // empty for UserAdded and UserRemoved
    QString action;
    static QString kindName(Kind kind);
};

// Who was added or removed, and per user present in both, each permission
// gained or lost, whatever role brought it. Users in the newer report's
// order, then those removed in the older report's order; permissions in
// catalog order. Both snapshots must have been parsed with registry.
std::vector<SnapshotChange> diffSnapshots(
    const Snapshot &older, const Snapshot &newer, const RoleRegistry &registry);

// change,id,email,resource,action
QByteArray snapshotDiffCsv(const std::vector<SnapshotChange> &changes);
QString snapshotDiffText(
    const std::vector<SnapshotChange> &changes, const Snapshot &older, const Snapshot &newer);

// Reads a json report file: a regular file of at most kMaxReportFileBytes
// (FIFOs and devices are refused without blocking), each user id once.
// False with *error in words a person can act on, free of control characters.
bool loadSnapshot(const QString &path, RoleRegistry &registry, Snapshot *out, QString *error);
// The same into a store, streaming: the file is mapped, not read, and the
// pages parsed are let go as the parser moves on, so a million-user report
// costs the store (about 170 bytes a user), not the file. meta gets the
// rest (no users). Users must be new to the store: a second id is an error.
bool loadSnapshotInto(const QString &path, UserStore &users, Snapshot *meta, QString *error);
// What diffSnapshots says, of two stores sharing one registry, in the same order.
std::vector<SnapshotChange> diffStores(const UserStore &older, const UserStore &newer);
// The text of diffSnapshotText, with labels and counts given.
QString snapshotDiffText(const std::vector<SnapshotChange> &changes, const QString &olderLabel,
    qsizetype olderUsers, const QString &newerLabel, qsizetype newerUsers);

} // namespace sa
