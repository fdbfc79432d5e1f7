// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "boundedread.h"
#include "roleregistry.h"
#include "sa_version.h"
#include "safetext.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#endif

// URLs and statuses only: headers (and so the credentials) are never logged.
Q_LOGGING_CATEGORY(lcApi, "sequence.api", QtWarningMsg)

namespace sa {

namespace {

constexpr int kMaxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// limit (1..100) and an opaque cursor, percent-encoded: cursors are base64,
// whose + and / must not reach the server as a space and a separator.
QUrlQuery pageQuery(int limit, const QString &after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 100)));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
    return query;
}

// "90 s", "5 min", "26 h"
QString waitText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return QObject::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return QObject::tr("%1 min").arg(seconds / 60);
    return QObject::tr("%1 h").arg(seconds / 3600);
}

// Qt's error strings end without a full stop, and a retry notice follows
// them on the same line: made a harmless sentence.
QString asSentence(const QString &text)
{
    QString out = displaySafe(text.trimmed());
    if (!out.isEmpty() && !QStringView(u".!?").contains(out.back()))
        out += QLatin1Char('.');
    return out;
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

ApiError networkError(QNetworkReply *reply, const QUrl &url)
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        error.message
            = QObject::tr("Could not connect to %1: the connection was refused. Is the server running, "
                          "and is the base URL right?")
                  .arg(hostAndPort(url));
        break;
    case QNetworkReply::HostNotFoundError:
        error.message
            = QObject::tr("The host %1 was not found. Check the base URL and your network connection.")
                  .arg(url.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
#if QT_CONFIG(ssl)
        if (url.scheme() == QLatin1String("https") && reply->sslConfiguration().sessionCipher().isNull()) {
            // Closed before any TLS session: most often a plain-HTTP port
            // behind an https:// URL (retried all the same: a restart looks alike).
            error.message = QObject::tr("%1 closed the connection before a secure (TLS) connection was "
                                        "made. Check that the base URL names the server's HTTPS port.")
                                .arg(hostAndPort(url));
            break;
        }
#endif
        error.message
            = QObject::tr("%1 closed the connection before the answer was complete.").arg(hostAndPort(url));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.message = QObject::tr("The secure connection to %1 failed: %2")
                            .arg(url.host(), asSentence(reply->errorString()));
        break;
    default:
        error.message = QObject::tr("Network error talking to %1: %2")
                            .arg(hostAndPort(url), asSentence(reply->errorString()));
    }
    return error;
}

#if QT_CONFIG(ssl)
// The PEM certificates of a CA file, read bounded; empty, or why not.
QString readCaFile(const QString &path, QList<QSslCertificate> *certificates)
{
    QByteArray pem;
    QString error;
    if (!readBoundedFile(path, 4 * 1024 * 1024, &pem, &error))
        return QObject::tr("Cannot use the CA certificates in %1: %2").arg(path, error);
    *certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates->isEmpty())
        return QObject::tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path);
    return QString();
}

// Why the certificate of url's host was refused, in words that say what to
// do; the names and dates come from the server, so they are made harmless.
QString certificateProblem(const QList<QSslError> &errors, const QUrl &url)
{
    if (errors.isEmpty())
        return {};
    const QSslError &first = errors.first();
    const QSslCertificate certificate = first.certificate();
    const QString host = url.host();
    const QString date = QStringLiteral("yyyy-MM-dd");
    QString why;
    switch (first.error()) {
    case QSslError::CertificateExpired:
        why = QObject::tr("The certificate of %1 expired on %2.")
                  .arg(host, certificate.expiryDate().toUTC().toString(date));
        break;
    case QSslError::CertificateNotYetValid:
        why = QObject::tr(
            "The certificate of %1 is not valid before %2; check this computer's date and time.")
                  .arg(host, certificate.effectiveDate().toUTC().toString(date));
        break;
    case QSslError::HostNameMismatch: {
        QStringList names = certificate.subjectAlternativeNames().values();
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        QStringList shown;
        for (const QString &name : std::as_const(names).mid(0, 5))
            shown.append(displaySafe(name));
        why = QObject::tr("The certificate of %1 is for %2, not for %1; check the base URL.")
                  .arg(host, shown.join(QStringLiteral(", ")));
        break;
    }
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted: {
        const QStringList issuer = certificate.issuerInfo(QSslCertificate::CommonName);
        why = QObject::tr("The certificate of %1 is issued by \u201c%2\u201d, which this computer does not "
                          "trust. If your organisation inspects HTTPS traffic, install its CA certificate "
                          "in the system's certificate store, or name it as this connection's CA file.")
                  .arg(host,
                      displaySafe(issuer.isEmpty() ? QObject::tr("an unnamed authority") : issuer.first()));
        break;
    }
    default:
        why = QObject::tr("The certificate of %1 was refused: %2.")
                  .arg(host, displaySafe(first.errorString()));
    }
    return why + QLatin1Char(' ') + QObject::tr("Your credentials were not sent.");
}
#endif

ApiError statusError(int status, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = status;
    const ApiErrorBody parsed = parseErrorBody(body);
    error.serverMessage = parsed.toString();
    if (status == 401) {
        error.kind = ApiError::Kind::Authentication;
        error.message
            = QObject::tr("Sequence rejected the credentials (HTTP 401). Check the client id and secret "
                          "of this connection.");
    } else if (status == 403) {
        error.kind = ApiError::Kind::Authentication;
        error.message
            = QObject::tr("This API client may not list users (HTTP 403). Ask an admin of the Sequence "
                          "account to grant it access.");
    } else if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.message = QObject::tr("Sequence is limiting the rate of requests for this API key (HTTP 429).");
    } else if (status >= 500) {
        error.kind = ApiError::Kind::Server;
        error.message = QObject::tr("Sequence had a server error (HTTP %1).").arg(status);
    } else if (status == 404) {
        error.kind = ApiError::Kind::Request;
        error.message = QObject::tr("Not found (HTTP 404). Check that the base URL ends in /api.");
    } else {
        error.kind = ApiError::Kind::Request;
        error.message = parsed.message.isEmpty()
            ? QObject::tr("Sequence refused the request (HTTP %1).").arg(status)
            : QObject::tr("Sequence refused the request (HTTP %1): %2").arg(status).arg(parsed.toString());
    }
    return error;
}

} // namespace

// ---------------------------------------------------------------- ApiRequest

ApiRequest::ApiRequest(ApiClient *client, const QUrl &url)
    : QObject(client)
    , m_client(client)
    , m_url(url)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ApiRequest::send);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiRequest::onDeadline);
}

ApiRequest::~ApiRequest()
{
    dropReply();
}

void ApiRequest::dropReply()
{
    m_deadline.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    m_aborting = true;
    reply->abort();
    reply->deleteLater();
}

void ApiRequest::abandon()
{
    if (m_abandoned)
        return;
    m_abandoned = true;
    m_timer.stop();
    dropReply();
    deleteLater();
}

void ApiRequest::start()
{
    // Sent at once: nothing can finish before the caller, which holds the
    // only reference, has connected its slots and returned to the event loop.
    send();
}

void ApiRequest::send()
{
    if (m_abandoned || m_finished)
        return;
    if (!m_client) {
        complete({ApiError::Kind::Cancelled, 0, tr("The connection was closed."), QString()});
        return;
    }
    const qint64 wait = m_client->m_limiter.delayBefore(m_client->nowMs());
    if (wait > 0) {
        qCDebug(lcApi) << "pacing: waiting" << wait << "ms before" << m_url.path();
        m_timer.start(int(wait));
        return;
    }
    m_client->m_limiter.record(m_client->nowMs());
    ++m_attempt;
    m_tooLarge = false;
    m_aborting = false;
    m_deadlineHit = false;
    m_reply = m_client->send(m_url);
    m_sentAt.start();
    m_deadline.start(std::max(1, m_client->settings().requestDeadlineMs));
    const qsizetype limit = m_client->settings().maxBodyBytes;
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this, limit](qint64 received, qint64 total) {
        if (received > limit || total > limit) {
            m_tooLarge = true;
            m_aborting = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
#if QT_CONFIG(ssl)
    // Never ignored: the reply fails after this, before the request (and so
    // the credentials) is sent.
    m_certificateProblem.clear();
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_certificateProblem = certificateProblem(errors, m_url); });
#endif
}

// The inactivity timeout does not end a reply whose bytes keep trickling
// in; this does, whatever the pace.
void ApiRequest::onDeadline()
{
    if (!m_reply)
        return;
    m_deadlineHit = true;
    m_aborting = true;
    m_reply->abort();
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_deadline.stop();
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_status = status;
    const qsizetype limit = m_client ? m_client->settings().maxBodyBytes : 0;
    qCInfo(lcApi).noquote() << "GET" << m_url.path() << "->"
                            << (status ? QString::number(status) : QStringLiteral("no status"))
                            << reply->error() << "in" << m_sentAt.elapsed() << "ms, attempt" << m_attempt;

    if (m_tooLarge) {
        complete({ApiError::Kind::InvalidData, status,
            tr("The server sent a response larger than the limit of %1 MiB; it was not read.")
                .arg(limit / (1024 * 1024)),
            QString()});
        return;
    }
    if (m_deadlineHit) {
        const int seconds = m_client ? (m_client->settings().requestDeadlineMs + 999) / 1000 : 0;
        complete({ApiError::Kind::Timeout, 0,
            tr("%1 did not finish answering within %2 s, the longest one request may take.")
                .arg(hostAndPort(m_url))
                .arg(seconds),
            QString()});
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError && !m_aborting) {
        // Qt reports its transfer timeout as a cancel; this is not one.
        const int seconds = m_client ? (m_client->settings().timeoutMs + 999) / 1000 : 0;
        complete({ApiError::Kind::Timeout, 0,
            tr("%1 did not answer within %2 s.").arg(hostAndPort(m_url)).arg(seconds), QString()});
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target
            = m_url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!target.isValid() || !sameOrigin(target, m_url)) {
            complete({ApiError::Kind::Configuration, status,
                tr("The server redirected to %1, another host. Sequence Admin does not send your "
                   "credentials there; check the base URL.")
                    .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                QString()});
            return;
        }
        if (++m_redirects > kMaxRedirects) {
            complete({ApiError::Kind::Configuration, status, tr("The server redirected too many times."),
                QString()});
            return;
        }
        m_url = target;
        --m_attempt;
        send();
        return;
    }
    if (status == 0 && !m_certificateProblem.isEmpty()) {
        // Not retried: the same certificate would come back.
        complete({ApiError::Kind::Configuration, 0, m_certificateProblem, QString()});
        return;
    }
    if (status == 0) {
        retryOrFail(networkError(reply, m_url), -1);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status < 200 || status >= 300) {
        retryOrFail(statusError(status, body),
            parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()));
        return;
    }
    // The transfer itself must have worked before the body means anything:
    // a connection dropped mid-body is a network error (retried), a body
    // that cannot be decoded says so; neither is "malformed JSON".
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownContentError:
        if (reply->rawHeader("Content-Encoding").isEmpty()) {
            retryOrFail(networkError(reply, m_url), -1);
            return;
        }
        complete({ApiError::Kind::InvalidData, status,
            tr("The server's response could not be decoded (Content-Encoding: %1): %2")
                .arg(QString::fromLatin1(reply->rawHeader("Content-Encoding")),
                    reply->errorString().trimmed().remove(QRegularExpression(QStringLiteral(":$")))),
            QString()});
        return;
    default:
        retryOrFail(networkError(reply, m_url), -1);
        return;
    }
    ApiError error;
    if (!handleBody(body, &error)) {
        error.kind = ApiError::Kind::InvalidData;
        error.httpStatus = status;
        complete(error);
        return;
    }
    complete(ApiError());
}

void ApiRequest::retryOrFail(const ApiError &error, qint64 retryAfter)
{
    if (!error.isRetryable() || !m_client || m_attempt >= m_client->settings().maxAttempts) {
        complete(error);
        return;
    }
    const ConnectionSettings &settings = m_client->settings();
    if (retryAfter > settings.maxRetryAfterMs) {
        ApiError refused = error;
        refused.message = error.message + QLatin1Char(' ')
            + tr("The server asked to wait %1 before trying again, longer than the %2 this app waits. "
                 "Try again later.")
                  .arg(waitText(retryAfter), waitText(settings.maxRetryAfterMs));
        complete(refused);
        return;
    }
    int delay = int(retryAfter);
    if (delay < 0) {
        const qint64 backoff = std::min<qint64>(
            qint64(settings.backoffBaseMs) << std::min(m_attempt - 1, 20), settings.backoffMaxMs);
        // Full jitter in the upper half: clients that failed together retry apart.
        delay = int(backoff / 2 + QRandomGenerator::global()->bounded(backoff / 2 + 1));
    }
    qCInfo(lcApi) << "retrying" << m_url.path() << "in" << delay << "ms after"
                  << ApiError::kindName(error.kind);
    m_timer.start(delay);
    Q_EMIT retrying(m_attempt + 1, delay, safe(error));
}

// What is shown or printed of an error: no control characters from the
// server, and none of the credentials it may have echoed.
ApiError ApiRequest::safe(ApiError error) const
{
    const QStringList secrets = m_client ? m_client->credentialForms() : QStringList();
    error.message = redactCredentials(displaySafe(error.message), secrets);
    error.serverMessage = redactCredentials(displaySafe(error.serverMessage), secrets);
    return error;
}

void ApiRequest::complete(const ApiError &error)
{
    if (m_finished || m_abandoned)
        return;
    m_finished = true;
    m_error = safe(error);
    Q_EMIT finished();
    deleteLater();
}

// ----------------------------------------------------------- page requests

UsersPageRequest::UsersPageRequest(ApiClient *client, const QUrl &url, RoleRegistry *registry)
    : ApiRequest(client, url)
    , m_registry(registry)
{ }

bool UsersPageRequest::handleBody(const QByteArray &body, ApiError *error)
{
    if (!m_registry) {
        m_body = body;
        m_receivedAt = QDateTime::currentDateTimeUtc();
        return true; // parsed elsewhere (UserLoader's parse thread)
    }
    ParseError parseError;
    ParseLimits limits;
    if (ApiClient *client = qobject_cast<ApiClient *>(parent()))
        limits.maxBodyBytes = client->settings().maxBodyBytes;
    if (parseUsersPage(body, *m_registry, &m_page, &parseError, limits))
        return true;
    error->message
        = tr("The server sent a page of users this app cannot read: %1").arg(parseError.toString());
    return false;
}

AccountsRequest::AccountsRequest(ApiClient *client, const QUrl &url)
    : ApiRequest(client, url)
{ }

bool AccountsRequest::handleBody(const QByteArray &body, ApiError *error)
{
    ParseError parseError;
    if (parseAccountsPage(body, &m_page, &parseError))
        return true;
    error->message
        = tr("The server sent a list of accounts this app cannot read: %1").arg(parseError.toString());
    return false;
}

RawRequest::RawRequest(ApiClient *client, const QUrl &url)
    : ApiRequest(client, url)
{ }

bool RawRequest::handleBody(const QByteArray &body, ApiError *)
{
    m_body = body;
    return true;
}

// ---------------------------------------------------------------- ApiClient

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_clock.start();
    // Redirects are followed by hand, so credentials never reach another origin.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Requests are children: abandon them before the network manager goes.
    const auto requests = findChildren<ApiRequest *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiRequest *request : requests)
        request->abandon();
    qDeleteAll(requests);
}

void ApiClient::setSettings(const ConnectionSettings &settings)
{
    // Qt keeps a connection per host and port with the TLS configuration it
    // was opened with: other CAs need new connections.
    if (settings.caFile != m_settings.caFile)
        m_network->clearConnectionCache();
    m_settings = settings;
    m_limiter.setLimit(isLoopback(settings.baseUrl) ? 0 : settings.requestsPerMinute);
    m_tls.reset();
    m_caProblem.clear();
    if (settings.caFile.isEmpty())
        return;
#if QT_CONFIG(ssl)
    QList<QSslCertificate> certificates;
    m_caProblem = readCaFile(settings.caFile, &certificates);
    if (m_caProblem.isEmpty()) {
        auto tls = std::make_shared<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
        tls->addCaCertificates(certificates);
        m_tls = std::move(tls);
    }
#else
    m_caProblem = tr("This build has no TLS support, so it cannot use the CA certificates in %1.")
                      .arg(settings.caFile);
#endif
}

QString ApiClient::checkCaFile(const QString &path)
{
#if QT_CONFIG(ssl)
    QList<QSslCertificate> certificates;
    return readCaFile(path, &certificates);
#else
    return tr("This build has no TLS support, so it cannot use the CA certificates in %1.").arg(path);
#endif
}

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\u201c%1\u201d is not a valid URL. It should look like https://eu.sequencehq.com/api.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("The URL must not hold a user name or password (the part before @): it would be "
                  "stored and shown in plain text. Give the client id as the client id, and the secret "
                  "where the secret goes (the keychain, or SEQUENCE_CLIENT_SECRET for the command line).");
    if (url.scheme() == QLatin1String("https"))
        return QString();
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopback(url))
            return QString();
        return tr(
            "Plain http:// would send the API secret unencrypted to %1. Use https://, or http:// only for "
            "a server on this computer.")
            .arg(url.host());
    }
    return tr("The URL must start with https://.");
}

QStringList ApiClient::credentialForms() const
{
    if (m_settings.clientSecret.isEmpty())
        return {};
    const QString pair = m_settings.clientId + QLatin1Char(':') + m_settings.clientSecret;
    return {m_settings.clientSecret, pair, QString::fromLatin1(pair.toUtf8().toBase64())};
}

QByteArray ApiClient::userAgent()
{
    return QByteArray("SequenceAdmin/" SA_VERSION_STRING " Qt/") + qVersion();
}

QUrl ApiClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

QNetworkReply *ApiClient::send(const QUrl &url)
{
    QNetworkRequest request(url);
    const QByteArray credentials = m_settings.clientId.toUtf8() + ':' + m_settings.clientSecret.toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setRawHeader("Sequence-Version", kApiVersion);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
#if QT_CONFIG(ssl)
    if (m_tls && url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*m_tls);
#endif
    ++m_requestsSent;
    return m_network->get(request);
}

UsersPageRequest *ApiClient::fetchUsersPage(RoleRegistry *registry, int limit, const QString &after)
{
    const QUrlQuery query = pageQuery(limit, after);
    auto *request = new UsersPageRequest(this, endpoint(QStringLiteral("/users"), query), registry);
    launch(request);
    return request;
}

AccountsRequest *ApiClient::fetchAccounts(int limit, const QString &after)
{
    const QUrlQuery query = pageQuery(limit, after);
    auto *request = new AccountsRequest(this, endpoint(QStringLiteral("/sequence-accounts"), query));
    launch(request);
    return request;
}

RawRequest *ApiClient::fetchRaw(const QString &path, const QUrlQuery &query)
{
    auto *request = new RawRequest(this, endpoint(path, query));
    launch(request);
    return request;
}

void ApiClient::launch(ApiRequest *request)
{
    QString problem = checkBaseUrl(m_settings.baseUrl);
    if (problem.isEmpty())
        problem = m_caProblem;
    if (problem.isEmpty()) {
        request->start();
        return;
    }
    QTimer::singleShot(0, request, [request, problem] {
        request->complete({ApiError::Kind::Configuration, 0, problem, QString()});
    });
}

} // namespace sa
