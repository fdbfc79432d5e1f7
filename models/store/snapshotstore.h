// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roleregistry.h"
#include "userstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sa {

struct User;

// One change in a user's history, between two snapshots.
struct UserHistoryEvent
{
    enum class Kind {
        FirstSeen, // in the oldest snapshot that holds the user
        Reappeared, // back after snapshots without them
        Removed, // absent from a snapshot after being in the one before
        StateChanged, // detail: "active → deactivated"
        RoleGained,
        RoleLost,
        PermissionGained, // detail: "finalize on org.invoice", role: the role that brings it
        PermissionLost,
        LastSeen, // in the newest snapshot that holds the user, when not the newest of all
    };
    Kind kind;
    qint64 snapshot = 0;
    QDateTime when; // the snapshot's finished time, UTC
    QString detail;
    QString role;
};

// What a stored snapshot says about itself. Never a secret: the connection
// is named by its profile id and base URL only.
struct SnapshotInfo
{
    qint64 id = 0; // shown as "@id"
    QString profileId;
    QUrl baseUrl;
    QString account; // a label: the profile's name, or the host
    QDateTime started; // UTC
    QDateTime finished; // UTC
    QString apiVersion;
    qint64 userCount = 0;
    std::optional<qint64> totalResultSize;
    bool complete = false;
    QString toolVersion;
    QByteArray sha256; // of the canonical content: the users' hashes in order

    QString ref() const { return QStringLiteral("@%1").arg(id); }
};

// A whole snapshot in memory, with the registry its users point into.
struct LoadedSnapshot;

// Every load remembered in one SQLite file (Qt SQL, QSQLITE): WAL, foreign
// keys on, schema versioned by PRAGMA user_version with forward migrations.
// Users, role definitions and role sets are stored once, content-addressed
// by SHA-256, and a snapshot is the ordered list of its users' rows: a later
// snapshot of an account that barely changed costs a few bytes a user.
// A snapshot is written in one transaction; a crash or kill mid-write leaves
// the file as it was. The folder is made 0700 and the file 0600.
//
// One instance per thread (a Qt SQL connection belongs to its thread).
class SnapshotStore
{
public:
    static constexpr int kSchemaVersion = 1;

    SnapshotStore();
    ~SnapshotStore();
    SnapshotStore(const SnapshotStore &) = delete;
    SnapshotStore &operator=(const SnapshotStore &) = delete;

    // <GenericDataLocation>/sequence-admin/snapshots.sqlite, or
    // SEQUENCE_ADMIN_STORE when set: the GUI and the CLI share it.
    static QString defaultPath();

    // Creates the file (and its folder) when missing and brings its schema
    // up to date. False with errorString() on failure: unreadable, not a
    // store, a schema newer than this version knows.
    // create false: a missing file is an error ("no store yet"), not made.
    // upToVersion is for migration tests: a store of an earlier schema.
    bool open(const QString &path, bool create = true, int upToVersion = kSchemaVersion);
    bool isOpen() const;
    QString path() const;
    QString errorString() const;
    int schemaVersion() const;

    // Stores the users in the store's order; info's id and sha256 are set
    // here. progress(done) may be called along the way; returning false
    // cancels (nothing is stored). The id of the new snapshot, or 0.
    qint64 save(
        const UserStore &users, SnapshotInfo info, const std::function<bool(qsizetype done)> &progress = {});

    // Newest first.
    std::vector<SnapshotInfo> list() const;
    std::optional<SnapshotInfo> info(qint64 id) const;
    // "@N", "@latest", "@latest~K" (K complete snapshots before the latest)
    // or "@YYYY-MM-DD" (the last complete snapshot finished on or before that
    // day, UTC). 0 with *error when nothing matches.
    qint64 resolve(const QString &ref, QString *error) const;
    // Appends the snapshot's users to users (parsed into its registry).
    bool load(qint64 id, UserStore &users, QString *error) const;
    // The whole snapshot in memory (null with *error).
    std::shared_ptr<LoadedSnapshot> loadWhole(qint64 id, QString *error) const;
    // Hands the snapshot's users over in order, batchSize at a time, their
    // roles interned in registry; consume returning false stops (false).
    bool load(qint64 id, RoleRegistry &registry, const std::function<bool(std::vector<User> &batch)> &consume,
        QString *error, int batchSize = 10000) const;
    // The newest complete snapshot of a connection: its base URL, and its
    // profile when profileId is not empty.
    std::optional<SnapshotInfo> latestFor(const QString &profileId, const QUrl &baseUrl) const;
    // What happened to one user (by id) across the snapshots of a base URL,
    // oldest first.
    std::vector<UserHistoryEvent> userHistory(
        const QString &userId, const QUrl &baseUrl, QString *error) const;
    // Keeps the newest keepLast complete snapshots (and, when keepMonthly > 0,
    // the newest complete one of each of the last keepMonthly months), drops
    // the rest and every user, role set and role no snapshot still refers to.
    // The number of snapshots dropped, or -1.
    int prune(int keepLast, int keepMonthly);

    // "ok", or what SQLite's integrity check found.
    QString integrityCheck() const;
    // Rows in the content-addressed tables (for tests and benchmarks).
    qint64 storedUserRows() const;

private:
    struct Private;
    Private *d;
};

struct LoadedSnapshot
{
    RoleRegistry registry;
    UserStore users {&registry};
    SnapshotInfo info;
};

} // namespace sa
