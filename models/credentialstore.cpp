#include "credentialstore.h"

#include <QEventLoop>
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

void CredentialStore::read(const QString &profileId, Done done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, keyFor(profileId), this);
    connect(job, &QKeychain::Job::finished, this, [this, job, done](QKeychain::Job *) {
        Result result = resultOf(job);
        if (result.status == Status::Ok)
            result.secret = job->textData();
        deliver(result, done);
    });
    job->start();
}

void CredentialStore::write(const QString &profileId, const QString &secret, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, keyFor(profileId), this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, done](QKeychain::Job *) { deliver(resultOf(job), done); });
    job->start();
}

void CredentialStore::remove(const QString &profileId, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, keyFor(profileId), this);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, done](QKeychain::Job *) { deliver(resultOf(job), done); });
    job->start();
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
