// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace sa {

namespace {

CredentialStore::Result resultOf(QKeychain::Job *job)
{
    CredentialStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = CredentialStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Status::NotFound;
        break;
    default:
        // QtKeychain 0.13 has no isAvailable(): any other error means the
        // keychain cannot be used now (none, locked, or access refused).
        result.status = CredentialStore::Status::Unavailable;
        result.message = job->errorString().isEmpty()
            ? QObject::tr("The system keychain is not available.")
            : QObject::tr("The system keychain is not available: %1").arg(job->errorString());
        break;
    }
    return result;
}

template<typename JobType> JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{ }

// QtKeychain runs one job at a time and starts the next only after the
// current one has finished: a caller that starts another job (or waits for
// one) from inside a completion would wait forever. So completions are
// delivered queued, once the job is over.
void CredentialStore::deliver(const Result &result, const Done &done)
{
    QMetaObject::invokeMethod(
        this, [result, done] { done(result); }, Qt::QueuedConnection);
}

void CredentialStore::track(
    QKeychain::Job *job, const std::function<Result(QKeychain::Job *)> &outcome, Done done)
{
    // Exactly one completion: the job's, or a time-out if the keychain never
    // answers (a prompt nobody can see, a stuck daemon).
    auto delivered = std::make_shared<bool>(false);
    auto finish = [this, delivered, done](const Result &result) {
        if (*delivered)
            return;
        *delivered = true;
        deliver(result, done);
    };
    connect(job, &QKeychain::Job::finished, this,
        [finish, outcome](QKeychain::Job *finished) { finish(outcome(finished)); });
    QTimer::singleShot(m_timeoutMs, this, [this, finish] {
        finish({Status::Unavailable, QString(),
            tr("The system keychain did not answer within %1 s").arg(m_timeoutMs / 1000)});
    });
    job->start();
}

void CredentialStore::read(const QString &profileId, Done done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, keyFor(profileId), this);
    track(
        job,
        [](QKeychain::Job *finished) {
            Result result = resultOf(finished);
            if (result.status == Status::Ok)
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            return result;
        },
        std::move(done));
}

void CredentialStore::write(const QString &profileId, const QString &secret, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, keyFor(profileId), this);
    job->setTextData(secret);
    track(job, &resultOf, std::move(done));
}

void CredentialStore::remove(const QString &profileId, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, keyFor(profileId), this);
    track(job, &resultOf, std::move(done));
}

CredentialStore::Result CredentialStore::wait(const std::function<void(Done)> &start)
{
    QEventLoop loop;
    Result result;
    bool finished = false;
    start([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

CredentialStore::Result CredentialStore::readNow(const QString &profileId)
{
    return wait([&](Done done) { read(profileId, std::move(done)); });
}

CredentialStore::Result CredentialStore::writeNow(const QString &profileId, const QString &secret)
{
    return wait([&](Done done) { write(profileId, secret, std::move(done)); });
}

CredentialStore::Result CredentialStore::removeNow(const QString &profileId)
{
    return wait([&](Done done) { remove(profileId, std::move(done)); });
}

void CredentialStore::forgetSessionSecrets()
{
    for (QString &secret : m_session)
        secret.fill(QLatin1Char('\0')); // do not leave the text lying in freed memory
    m_session.clear();
}

} // namespace sa
