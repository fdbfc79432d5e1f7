// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulatorserver.h"

#include "emulatordataset.h"
#include "userjson.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#endif

Q_LOGGING_CATEGORY(lcEmulator, "sequence.emulator", QtWarningMsg)

namespace sa {

namespace {

const char kLatestVersion[] = "2024-07-30";
const char *const kKnownVersions[] = {"2024-01-01", "2024-05-09", "2024-07-30"};
constexpr int kDefaultLimit = 20;
constexpr qsizetype kOversizedBytes = 33 * 1024 * 1024;

QByteArray errorBody(const char *type, const QString &message, const QString &key = QString())
{
    QByteArray out("{\"error\":{\"type\":");
    appendJsonString(out, QString::fromLatin1(type));
    out.append(",\"message\":");
    appendJsonString(out, message);
    if (!key.isEmpty()) {
        out.append(",\"errors\":[{\"code\":\"invalid\",\"message\":");
        appendJsonString(out, message);
        out.append(",\"key\":");
        appendJsonString(out, key);
        out.append("}]");
    }
    out.append("}}");
    return out;
}

const char *errorTypeForStatus(int status)
{
    switch (status) {
    case 400:
        return "BadRequest";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "NotFound";
    case 429:
        return "TooManyRequests";
    case 503:
        return "ServiceUnavailable";
    default:
        return status >= 500 ? "InternalServerError" : "Error";
    }
}

// The request's limit, the default when absent, -1 when not 1..100.
int parseLimit(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return kDefaultLimit;
    bool ok = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    return ok && limit >= 1 && limit <= 100 ? limit : -1;
}

// Constant-time comparison, so the emulator does not teach bad habits.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

class LowDelayTcpServer : public QTcpServer
{
public:
    LowDelayTcpServer(std::atomic<qint64> *connections, QObject *parent)
        : QTcpServer(parent)
        , m_connections(connections)
    { }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        // Without this, bodies larger than one segment wait ~40 ms on Nagle
        // and delayed ACKs, and the emulator, not the client, sets the pace.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ++*m_connections;
        addPendingConnection(socket);
    }

private:
    std::atomic<qint64> *m_connections;
};

#if QT_CONFIG(ssl)
// The TLS server of --tls-cert: the certificate and key read and checked
// before anything listens.
QTcpServer *makeTlsServer(
    const EmulatorOptions &options, std::atomic<qint64> *connections, QObject *parent, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.tlsCertificateFile);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1").arg(options.tlsCertificateFile);
        return nullptr;
    }
    QFile keyFile(options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key %1: %2").arg(options.tlsKeyFile, keyFile.errorString());
        return nullptr;
    }
    const QByteArray pem = keyFile.read(1024 * 1024);
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM EC or RSA private key in %1").arg(options.tlsKeyFile);
        return nullptr;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(configuration);
    QObject::connect(
        server, &QSslServer::startedEncryptionHandshake, server, [connections](QSslSocket *socket) {
            // Nagle off, as on plain HTTP.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            ++*connections;
        });
    return server;
}
#else
QTcpServer *makeTlsServer(const EmulatorOptions &, std::atomic<qint64> *, QObject *, QString *error)
{
    *error = QStringLiteral("this build of Qt has no TLS support");
    return nullptr;
}
#endif

bool FaultRule::parse(const QString &text, FaultRule *out, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    FaultRule rule;
    auto bad = [&](const QString &why) {
        if (error)
            *error = QStringLiteral(
                "invalid fault \"%1\": %2 (expected page=N:KIND[:once|:always][:retry-after=S],"
                " KIND an HTTP status or malformed, missing-field, oversized, repeat-cursor)")
                         .arg(text, why);
        return false;
    };
    if (parts.size() < 2 || !parts[0].startsWith(QLatin1String("page=")))
        return bad(QStringLiteral("it must start with page=N and name a kind"));
    bool ok = false;
    rule.page = parts[0].mid(5).toInt(&ok);
    if (!ok || rule.page < 1)
        return bad(QStringLiteral("the page must be a number from 1"));
    const QString kind = parts[1];
    if (kind == QLatin1String("malformed")) {
        rule.kind = Kind::Malformed;
    } else if (kind == QLatin1String("missing-field")) {
        rule.kind = Kind::MissingField;
    } else if (kind == QLatin1String("oversized")) {
        rule.kind = Kind::Oversized;
    } else if (kind == QLatin1String("repeat-cursor")) {
        rule.kind = Kind::RepeatCursor;
    } else {
        rule.kind = Kind::Status;
        rule.status = kind.toInt(&ok);
        if (!ok || rule.status < 400 || rule.status > 599)
            return bad(QStringLiteral("unknown kind \"%1\"").arg(kind));
    }
    for (int i = 2; i < parts.size(); ++i) {
        if (parts[i] == QLatin1String("once")) {
            rule.once = true;
        } else if (parts[i] == QLatin1String("always")) {
            rule.once = false;
        } else if (parts[i].startsWith(QLatin1String("retry-after="))) {
            rule.retryAfterSeconds = parts[i].mid(12).toInt(&ok);
            if (!ok || rule.retryAfterSeconds < 0)
                return bad(QStringLiteral("retry-after takes seconds"));
        } else {
            return bad(QStringLiteral("unknown option \"%1\"").arg(parts[i]));
        }
    }
    *out = rule;
    return true;
}

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dataset(std::make_unique<EmulatorDataset>(options.seed, options.users))
    , m_http(new HttpServerAdapter([this](const HttpRequest &request) { return answer(request); }, this))
{ }

EmulatorServer::~EmulatorServer() = default;

qint64 EmulatorServer::connectionCount() const
{
    return m_connections.load();
}

bool EmulatorServer::listenOn(const QHostAddress &address, quint16 port, bool allowRemote, QString *error)
{
    if (!address.isLoopback() && !allowRemote) {
        if (error)
            *error = QStringLiteral("refusing to listen on %1: the emulator binds to loopback only unless "
                                    "--allow-remote is given")
                         .arg(address.toString());
        return false;
    }
    const bool tls = !m_options.tlsCertificateFile.isEmpty();
    QTcpServer *tcp = nullptr;
    QString message;
    if (tls)
        tcp = makeTlsServer(m_options, &m_connections, this, &message);
    else
        tcp = new LowDelayTcpServer(&m_connections, this);
    if (!tcp) {
        if (error)
            *error = message;
        return false;
    }
    if (!tcp->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    if (!m_http->bind(tcp)) {
        if (error)
            *error = QStringLiteral("cannot serve HTTP on %1 port %2")
                         .arg(address.toString())
                         .arg(tcp->serverPort());
        delete tcp;
        return false;
    }
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(tcp->serverPort());
    url.setPath(m_options.basePath);
    m_baseUrl = url;
    return true;
}

EmulatorServer::Reply EmulatorServer::answer(const HttpRequest &request)
{
    ++m_requests;
    if (m_options.latencyMs > 0)
        QThread::msleep(ulong(m_options.latencyMs));
    Reply reply = handle(request);
    const QByteArray version = request.header("Sequence-Version");
    reply.headers.prepend(
        {QByteArray("Sequence-Version"), version.isEmpty() ? QByteArray(kLatestVersion) : version});
    return reply;
}

EmulatorServer::Reply EmulatorServer::handle(const HttpRequest &request)
{
    Reply reply;
    QByteArray version = request.header("Sequence-Version");
    if (version.isEmpty())
        version = kLatestVersion;

    if (request.method != "GET") {
        reply.status = 405;
        reply.body = errorBody("MethodNotAllowed", QStringLiteral("Only GET is supported by the emulator"));
        return reply;
    }

    const QByteArray expected = "Basic "
        + QByteArray(m_options.clientId.toUtf8() + ':' + m_options.clientSecret.toUtf8()).toBase64();
    if (!sameBytes(request.header("Authorization"), expected)) {
        reply.status = 401;
        reply.body = errorBody("Unauthorized", QStringLiteral("Invalid or missing API credentials"));
        reply.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Sequence\"")));
        return reply;
    }

    const bool knownVersion = std::any_of(std::begin(kKnownVersions), std::end(kKnownVersions),
        [&](const char *known) { return version == known; });
    if (!knownVersion) {
        reply.status = 400;
        reply.body = errorBody("UnrecognisedApiVersion",
            QStringLiteral("No matching API version found. Known versions: 2024-01-01, "
                           "2024-05-09, 2024-07-30."));
        return reply;
    }
    const bool withRoles = version == kLatestVersion;

    const QString path = request.url.path();
    const QString usersPath = m_options.basePath + QStringLiteral("/users");
    if (path == usersPath) {
        reply = listUsers(request, withRoles);
    } else if (path.startsWith(usersPath + QLatin1Char('/'))) {
        reply = getUser(path.mid(usersPath.size() + 1), withRoles);
    } else if (path == m_options.basePath + QStringLiteral("/sequence-accounts")) {
        reply = listAccounts(request);
    } else {
        reply.status = 404;
        reply.body = errorBody("NotFound", QStringLiteral("No such endpoint: %1").arg(path));
    }
    return reply;
}

EmulatorServer::Reply EmulatorServer::badLimit()
{
    Reply reply;
    reply.status = 400;
    reply.body = errorBody(
        "BadRequest", QStringLiteral("limit must be between 1 and 100 (inclusive)"), QStringLiteral("limit"));
    return reply;
}

EmulatorServer::Reply EmulatorServer::listUsers(const HttpRequest &request, bool withRoles)
{
    Reply reply;
    const QUrlQuery query = request.query;
    const int limit = parseLimit(query);
    if (limit < 0)
        return badLimit();
    const bool hasAfter = query.hasQueryItem(QStringLiteral("after"));
    const bool hasBefore = query.hasQueryItem(QStringLiteral("before"));
    if (hasAfter && hasBefore) {
        reply.status = 400;
        reply.body = errorBody("BadRequest", QStringLiteral("Pass either after or before, not both"));
        return reply;
    }
    const qint64 total = m_dataset->userCount();
    qint64 start = 0;
    qint64 end = std::min<qint64>(total, limit);
    QByteArray requestCursor;
    if (hasAfter || hasBefore) {
        requestCursor = query
                            .queryItemValue(hasAfter ? QStringLiteral("after") : QStringLiteral("before"),
                                QUrl::FullyDecoded)
                            .toLatin1();
        const qint64 at = m_dataset->indexOfCursor(requestCursor);
        if (at < 0) {
            reply.status = 400;
            reply.body = errorBody("BadRequest", QStringLiteral("Invalid pagination cursor"),
                hasAfter ? QStringLiteral("after") : QStringLiteral("before"));
            return reply;
        }
        if (hasAfter) {
            start = at + 1;
            end = std::min<qint64>(total, start + limit);
        } else {
            end = at;
            start = std::max<qint64>(0, end - limit);
        }
    }

    const int page = int(start / limit) + 1;
    FaultRule *fault = nullptr;
    for (FaultRule &rule : m_options.faults) {
        if (rule.page == page && (!rule.once || rule.fired == 0)) {
            fault = &rule;
            ++rule.fired;
            break;
        }
    }
    if (fault && fault->kind == FaultRule::Kind::Status) {
        qCInfo(lcEmulator) << "injecting status" << fault->status << "on page" << page;
        reply.status = fault->status;
        reply.body = errorBody(errorTypeForStatus(fault->status),
            QStringLiteral("Injected fault: HTTP %1 on page %2").arg(fault->status).arg(page));
        if (fault->retryAfterSeconds >= 0)
            reply.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(fault->retryAfterSeconds)));
        return reply;
    }

    QByteArray &body = reply.body;
    body.reserve((end - start) * 1300 + 400);
    body.append("{\"items\":[");
    for (qint64 i = start; i < end; ++i) {
        if (i > start)
            body.append(',');
        if (fault && fault->kind == FaultRule::Kind::MissingField && i == start) {
            QByteArray user;
            m_dataset->appendUserJson(user, i, withRoles);
            const qsizetype from = user.indexOf(",\"email\":\"");
            const qsizetype to = user.indexOf('"', from + 10);
            user.remove(from, to + 1 - from);
            body.append(user);
        } else {
            m_dataset->appendUserJson(body, i, withRoles);
        }
    }
    body.append("],\"pagination\":{");
    bool first = true;
    if (end < total) {
        const QByteArray after
            = fault && fault->kind == FaultRule::Kind::RepeatCursor && !requestCursor.isEmpty()
            ? requestCursor
            : m_dataset->cursorFor(end - 1);
        body.append("\"after\":\"" + after + '"');
        first = false;
    }
    if (start > 0 && end > start) {
        if (!first)
            body.append(',');
        body.append("\"before\":\"" + m_dataset->cursorFor(start) + '"');
        first = false;
    }
    if (!first)
        body.append(',');
    body.append("\"totalResultSize\":" + QByteArray::number(total) + '}');
    if (fault && fault->kind == FaultRule::Kind::Oversized) {
        body.append(",\"padding\":\"");
        body.append(QByteArray(kOversizedBytes, 'x'));
        body.append('"');
    }
    body.append('}');
    if (fault && fault->kind == FaultRule::Kind::Malformed)
        body.truncate(body.size() / 2);
    return reply;
}

EmulatorServer::Reply EmulatorServer::getUser(const QString &id, bool withRoles)
{
    Reply reply;
    const qint64 index = m_dataset->indexOfId(id);
    if (index < 0) {
        reply.status = 404;
        reply.body = errorBody("NotFound", QStringLiteral("No user with id %1").arg(id));
        return reply;
    }
    m_dataset->appendUserJson(reply.body, index, withRoles);
    return reply;
}

EmulatorServer::Reply EmulatorServer::listAccounts(const HttpRequest &request)
{
    Reply reply;
    const QUrlQuery query = request.query;
    const int limit = parseLimit(query);
    if (limit < 0)
        return badLimit();
    const auto &accounts = m_dataset->accounts();
    qsizetype start = 0;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        const QByteArray raw = QByteArray::fromBase64(
            query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded).toLatin1());
        bool ok = raw.startsWith("account#");
        start = ok ? raw.mid(8).toLongLong(&ok) + 1 : 0;
        if (!ok || start < 1 || start > qsizetype(accounts.size())) {
            reply.status = 400;
            reply.body = errorBody(
                "BadRequest", QStringLiteral("Invalid pagination cursor"), QStringLiteral("after"));
            return reply;
        }
    }
    const qsizetype end = std::min<qsizetype>(qsizetype(accounts.size()), start + limit);
    QByteArray &body = reply.body;
    body.append("{\"items\":[");
    for (qsizetype i = start; i < end; ++i) {
        const SequenceAccount &account = accounts[size_t(i)];
        if (i > start)
            body.append(',');
        body.append("{\"id\":");
        appendJsonString(body, account.id);
        body.append(",\"companyName\":");
        appendJsonString(body, account.companyName);
        body.append(",\"country\":");
        appendJsonString(body, account.country);
        body.append('}');
    }
    body.append("],\"pagination\":{");
    if (end < qsizetype(accounts.size()))
        body.append("\"after\":\"" + QByteArray("account#" + QByteArray::number(end - 1)).toBase64() + "\",");
    body.append("\"totalResultSize\":" + QByteArray::number(qsizetype(accounts.size())) + "}}");
    return reply;
}

EmulatorHost::EmulatorHost(const EmulatorOptions &options)
    : m_options(options)
{ }

EmulatorHost::~EmulatorHost()
{
    if (!m_thread)
        return;
    // The server lives on its thread and must be deleted there.
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool EmulatorHost::start(const QHostAddress &address, quint16 port, QString *error)
{
    Q_ASSERT(!m_thread);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sequence-emulator"));
    m_server = new EmulatorServer(m_options);
    m_server->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_server, [&] { ok = m_server->listenOn(address, port, false, &message); },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = message;
    m_baseUrl = m_server->baseUrl();
    return ok;
}

} // namespace sa
