// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace sa {

// API secrets in the OS keychain through QtKeychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows), under this app's
// service name and a key per profile id. Never a plaintext fallback: when
// the keychain is unavailable or locked, the caller may keep the secret for
// this session only (sessionSecret), in memory, and must say so.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // the keychain works; nothing is stored for this profile
        Unavailable, // no keychain, a locked one, or access refused: message says which
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read only
        QString message; // QtKeychain's own words when not Ok
    };
    using Done = std::function<void(const Result &)>;

    static QString defaultService() { return QStringLiteral("sequence-admin"); }

    explicit CredentialStore(QObject *parent = nullptr, const QString &service = defaultService());
    ~CredentialStore() override { forgetSessionSecrets(); }

    // Asynchronous: done runs once, on this object's thread.
    void read(const QString &profileId, Done done);
    void write(const QString &profileId, const QString &secret, Done done);
    void remove(const QString &profileId, Done done);

    // The same, waiting in a local event loop (the command-line tool, tests).
    Result readNow(const QString &profileId);
    Result writeNow(const QString &profileId, const QString &secret);
    Result removeNow(const QString &profileId);

    // Secrets for this session only, when the keychain could not take them.
    void setSessionSecret(const QString &profileId, const QString &secret)
    {
        m_session.insert(profileId, secret);
    }
    QString sessionSecret(const QString &profileId) const { return m_session.value(profileId); }
    void forgetSessionSecrets();

    QString service() const { return m_service; }
    // How long a call may wait for the keychain before it counts as unavailable.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    static QString keyFor(const QString &profileId) { return QStringLiteral("profile/") + profileId; }

private:
    Result wait(const std::function<void(Done)> &start);
    void track(QKeychain::Job *job, const std::function<Result(QKeychain::Job *)> &outcome, Done done);
    void deliver(const Result &result, const Done &done);

    QString m_service;
    int m_timeoutMs = 30000;
    QHash<QString, QString> m_session;
};

} // namespace sa
