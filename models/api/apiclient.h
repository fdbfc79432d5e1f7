// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "ratelimiter.h"
#include "user.h"
#include "usersparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

class QSslConfiguration;

namespace sa {

class RoleRegistry;

struct ConnectionSettings
{
    QUrl baseUrl; // ends in /api, e.g. https://eu.sequencehq.com/api
    QString clientId;
    QString clientSecret; // held in memory only for as long as the connection is in use
    int timeoutMs = 30000; // transfer timeout: no data for this long ends the request
    // Total time one request may take, however steadily its data trickles in.
    int requestDeadlineMs = 120000;
    // The longest Retry-After honoured; a server asking for more fails the request.
    int maxRetryAfterMs = 300000;
    int maxAttempts = 5; // tries per request, counting the first
    int backoffBaseMs = 1000;
    int backoffMaxMs = 30000;
    int requestsPerMinute = 1500; // Sequence's documented limit; 0 turns pacing off
    qsizetype maxBodyBytes = 32 * 1024 * 1024;
    // A PEM file of CA certificates trusted for https besides the system's
    // (an organisation's TLS-inspecting proxy, a private endpoint); empty:
    // the system's only.
    QString caFile;
};

class ApiClient;

// One API call. Emits finished() exactly once, with either a result or
// error() set, never both; retrying() before each retry. A request that is
// abandoned, or whose client goes away, emits nothing more. It deletes
// itself after finished() has been delivered.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ~ApiRequest() override;

    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempt; }
    QUrl url() const { return m_url; }
    // The HTTP status of the last answer; 0 before one came.
    int httpStatus() const { return m_status; }

    // Aborts the call; no signal follows.
    void abandon();

Q_SIGNALS:
    void finished();
    void retrying(int attempt, int delayMs, const sa::ApiError &reason);

protected:
    ApiRequest(ApiClient *client, const QUrl &url);
    // Takes a 2xx body; returns false with *error set when it is not valid.
    virtual bool handleBody(const QByteArray &body, ApiError *error) = 0;

private:
    friend class ApiClient;
    void start();
    void send();
    void onReplyFinished();
    void retryOrFail(const ApiError &error, qint64 retryAfterMs);
    void complete(const ApiError &error);
    void dropReply();
    void onDeadline();
    ApiError safe(ApiError error) const;

    QPointer<ApiClient> m_client;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QTimer m_deadline;
    QElapsedTimer m_sentAt;
    ApiError m_error;
    int m_attempt = 0;
    int m_redirects = 0;
    int m_status = 0;
    bool m_finished = false;
    bool m_abandoned = false;
    bool m_aborting = false;
    bool m_tooLarge = false;
    bool m_deadlineHit = false;
    // Why the server's certificate was refused, in words; empty when it was not.
    QString m_certificateProblem;
};

class UsersPageRequest : public ApiRequest
{
    Q_OBJECT
public:
    // Made without a registry, the request parses nothing and keeps the body
    // as received (UserLoader parses it on a thread of its own).
    const QByteArray &rawBody() const { return m_body; }
    QDateTime receivedAt() const { return m_receivedAt; }
    const UsersPage &page() const { return m_page; }
    UsersPage takePage() { return std::move(m_page); }

protected:
    bool handleBody(const QByteArray &body, ApiError *error) override;

private:
    friend class ApiClient;
    UsersPageRequest(ApiClient *client, const QUrl &url, RoleRegistry *registry);
    RoleRegistry *m_registry;
    UsersPage m_page;
    QByteArray m_body;
    QDateTime m_receivedAt;
};

class AccountsRequest : public ApiRequest
{
    Q_OBJECT
public:
    const AccountsPage &page() const { return m_page; }

protected:
    bool handleBody(const QByteArray &body, ApiError *error) override;

private:
    friend class ApiClient;
    AccountsRequest(ApiClient *client, const QUrl &url);
    AccountsPage m_page;
};

// The body as received, unparsed (benchmarks, connection checks).
class RawRequest : public ApiRequest
{
    Q_OBJECT
public:
    const QByteArray &body() const { return m_body; }

protected:
    bool handleBody(const QByteArray &body, ApiError *error) override;

private:
    friend class ApiClient;
    RawRequest(ApiClient *client, const QUrl &url);
    QByteArray m_body;
};

// The only part of the app that talks to the network. Sends Basic auth (UTF-8),
// Sequence-Version: 2024-07-30, a User-Agent; refuses plain http to anything
// but this computer; never follows a redirect to another origin; paces
// requests under the API key's rate limit; retries what is worth retrying.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kApiVersion = "2024-07-30";

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_settings; }
    // Why settings().caFile cannot be used (every request then fails with
    // it); empty when it can, or there is none.
    const QString &caFileProblem() const { return m_caProblem; }

    // Empty when url can be used; else why not, in words for the user. A
    // URL with a user name or password in it is refused.
    static QString checkBaseUrl(const QUrl &url);
    // Empty when path is a readable PEM file of at least one certificate;
    // else why not, in words for the user.
    static QString checkCaFile(const QString &path);
    // What a server message may echo of this connection's credentials:
    // the secret, "id:secret" and its base64 (see redactCredentials()).
    QStringList credentialForms() const;
    static bool isLoopback(const QUrl &url);
    static QByteArray userAgent();

    // The caller may keep a QPointer; the request deletes itself once finished.
    UsersPageRequest *fetchUsersPage(RoleRegistry *registry, int limit, const QString &after = QString());
    AccountsRequest *fetchAccounts(int limit = 100, const QString &after = QString());
    RawRequest *fetchRaw(const QString &path, const QUrlQuery &query);

    // Requests sent (each attempt counts), for tests and benchmarks.
    qint64 requestsSent() const { return m_requestsSent; }
    // About how long this many more requests take when paced (0 unpaced):
    // what the window and the CLI show as the time left of a load.
    qint64 pacedMsFor(qint64 requests) const { return qint64(m_limiter.intervalMs() * double(requests)); }

private:
    friend class ApiRequest;
    QUrl endpoint(const QString &path, const QUrlQuery &query) const;
    qint64 nowMs() const { return m_clock.elapsed(); }
    QNetworkReply *send(const QUrl &url);
    void launch(ApiRequest *request);

    ConnectionSettings m_settings;
    // The system's CAs and those of settings.caFile; null without one.
    std::shared_ptr<const QSslConfiguration> m_tls;
    QString m_caProblem; // why settings.caFile cannot be used; requests fail with it
    QNetworkAccessManager *m_network;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    qint64 m_requestsSent = 0;
};

} // namespace sa
