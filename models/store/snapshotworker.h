// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotstore.h"

#include <QObject>
#include <memory>

class QThread;

namespace sa {

class UserLoader;

// The window's side of the snapshot store: opens a stored snapshot into a
// loader and stores a complete load, each on a worker thread of its own (a
// Qt SQL connection per thread), so the window never waits on SQLite.
// Quick look-ups (the newest snapshot of a connection, a user's history)
// run on the caller's thread.
class SnapshotWorker : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotWorker(QObject *parent = nullptr);
    ~SnapshotWorker() override; // cancels a save, waits for both threads

    // Empty: no store (nothing remembered, nothing opened).
    void setPath(const QString &path);
    QString path() const { return m_path; }
    bool isEnabled() const { return !m_path.isEmpty(); }

    std::optional<SnapshotInfo> latestFor(const QString &profileId, const QUrl &baseUrl) const;
    std::vector<SnapshotInfo> list() const;
    std::vector<UserHistoryEvent> userHistory(
        const QString &userId, const QUrl &baseUrl, QString *error) const;

    // Reads the snapshot into a new loader (complete, no client); opened()
    // hands it over. A second open() drops the first one's result.
    void open(const SnapshotInfo &info);

    // Stores users as a new snapshot. users must neither change nor go
    // until saved(), saveFailed() or cancelSave() has returned.
    void save(const UserStore *users, const SnapshotInfo &info);
    bool isSaving() const { return m_saveThread != nullptr; }
    // Stops a save (nothing is stored) and waits for its thread.
    void cancelSave();
    // Waits for a save to finish.
    void waitForSave();

Q_SIGNALS:
    // The receiver owns loader (it lives on this object's thread).
    void opened(sa::UserLoader *loader, const sa::SnapshotInfo &info);
    void openFailed(const QString &error);
    void saved(qint64 id);
    void saveFailed(const QString &error);

private:
    struct OpenJob;
    struct SaveJob;
    void report(SaveJob &job);
    QString m_path;
    QThread *m_saveThread = nullptr;
    std::shared_ptr<SaveJob> m_saveJob;
    quint64 m_openGeneration = 0;
};

} // namespace sa
