// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotworker.h"

#include "user.h"
#include "userloader.h"

#include <QThread>
#include <atomic>

namespace sa {

struct SnapshotWorker::OpenJob
{
    std::unique_ptr<UserLoader> loader; // moved to the worker's owner thread when done
    QString error;
};

struct SnapshotWorker::SaveJob
{
    std::atomic<bool> cancel {false};
    bool handled = false; // on the owner's thread: the result was reported
    qint64 id = 0;
    QString error;
};

SnapshotWorker::SnapshotWorker(QObject *parent)
    : QObject(parent)
{ }

SnapshotWorker::~SnapshotWorker()
{
    cancelSave();
    for (QThread *thread : findChildren<QThread *>())
        thread->wait();
}

void SnapshotWorker::setPath(const QString &path)
{
    m_path = path;
}

std::optional<SnapshotInfo> SnapshotWorker::latestFor(const QString &profileId, const QUrl &baseUrl) const
{
    if (m_path.isEmpty())
        return std::nullopt;
    SnapshotStore store;
    if (!store.open(m_path, false))
        return std::nullopt;
    return store.latestFor(profileId, baseUrl);
}

std::vector<SnapshotInfo> SnapshotWorker::list() const
{
    SnapshotStore store;
    if (m_path.isEmpty() || !store.open(m_path, false))
        return {};
    return store.list();
}

std::vector<UserHistoryEvent> SnapshotWorker::userHistory(
    const QString &userId, const QUrl &baseUrl, QString *error) const
{
    SnapshotStore store;
    if (m_path.isEmpty() || !store.open(m_path, false)) {
        if (error)
            *error = store.errorString();
        return {};
    }
    return store.userHistory(userId, baseUrl, error);
}

void SnapshotWorker::open(const SnapshotInfo &info)
{
    const quint64 generation = ++m_openGeneration;
    auto job = std::make_shared<OpenJob>();
    QThread *owner = thread();
    const QString path = m_path;
    QThread *worker = QThread::create([job, path, info, owner] {
        SnapshotStore store;
        if (!store.open(path, false)) {
            job->error = store.errorString();
            return;
        }
        auto loader = std::make_unique<UserLoader>(nullptr, 100);
        qint64 offset = 0;
        bool first = true;
        // Pages as a server would send them, each naming the next, so the
        // loader's own checks (each id once, progress) hold for stored data too.
        const bool ok = store.load(
            info.id, loader->registry(),
            [&](std::vector<User> &batch) {
                UsersPage page;
                offset += qint64(batch.size());
                page.users = std::move(batch);
                page.pagination.after = QStringLiteral("snapshot-%1").arg(offset);
                if (first)
                    page.pagination.totalResultSize = info.userCount;
                first = false;
                loader->acceptPage(std::move(page));
                return !loader->lastError().isError();
            },
            &job->error);
        if (!ok || loader->lastError().isError()) {
            if (job->error.isEmpty())
                job->error = loader->lastError().toString();
            return;
        }
        UsersPage last; // no next page: the whole snapshot is in
        if (first)
            last.pagination.totalResultSize = info.userCount;
        loader->acceptPage(std::move(last));
        loader->moveToThread(owner);
        job->loader = std::move(loader);
    });
    worker->setParent(this);
    connect(worker, &QThread::finished, this, [this, worker, job, generation, info] {
        worker->deleteLater();
        if (generation != m_openGeneration)
            return; // another open came since: this result is dropped
        if (!job->loader) {
            Q_EMIT openFailed(job->error);
            return;
        }
        Q_EMIT opened(job->loader.release(), info);
    });
    worker->start();
}

void SnapshotWorker::save(const UserStore *users, const SnapshotInfo &info)
{
    cancelSave(); // one at a time
    auto job = std::make_shared<SaveJob>();
    const QString path = m_path;
    QThread *worker = QThread::create([job, path, users, info] {
        SnapshotStore store;
        if (!store.open(path)) {
            job->error = store.errorString();
            return;
        }
        job->id = store.save(*users, info, [&job](qsizetype) { return !job->cancel.load(); });
        if (job->id == 0)
            job->error = store.errorString();
    });
    worker->setParent(this);
    m_saveThread = worker;
    m_saveJob = job;
    connect(worker, &QThread::finished, this, [this, worker, job] {
        worker->deleteLater();
        if (m_saveThread == worker) {
            m_saveThread = nullptr;
            m_saveJob.reset();
        }
        report(*job);
    });
    worker->start(QThread::LowPriority);
}

void SnapshotWorker::cancelSave()
{
    if (!m_saveThread)
        return;
    m_saveJob->cancel = true;
    m_saveThread->wait();
    m_saveThread = nullptr;
    m_saveJob.reset();
}

void SnapshotWorker::waitForSave()
{
    if (!m_saveThread)
        return;
    m_saveThread->wait();
    const std::shared_ptr<SaveJob> job = m_saveJob;
    m_saveThread = nullptr;
    m_saveJob.reset();
    report(*job);
}

void SnapshotWorker::report(SaveJob &job)
{
    // Once, from whichever comes first: waitForSave() or the thread's end.
    if (job.cancel || job.handled)
        return;
    job.handled = true;
    if (job.id != 0)
        Q_EMIT saved(job.id);
    else
        Q_EMIT saveFailed(job.error);
}

} // namespace sa
