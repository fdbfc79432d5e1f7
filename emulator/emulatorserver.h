// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpserveradapter.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <atomic>
#include <memory>

namespace sa {

class EmulatorDataset;

// One injected failure: "page=3:500:once", "page=5:429:always:retry-after=2".
struct FaultRule
{
    enum class Kind {
        Status, // an HTTP error status with a JSON error body
        Malformed, // a truncated JSON body
        MissingField, // the page's first user has no "email"
        Oversized, // a valid body larger than a client's default 32 MiB limit
        RepeatCursor, // pagination.after names the page's own cursor again
    };
    int page = 1; // 1-based, counted in pages of the request's limit
    Kind kind = Kind::Status;
    int status = 500;
    bool once = true;
    int retryAfterSeconds = -1;
    int fired = 0;

    static bool parse(const QString &text, FaultRule *out, QString *error);
};

struct EmulatorOptions
{
    quint64 seed = 1;
    qint64 users = 250;
    // Documented demo credentials; anything can be set on the command line.
    QString clientId = QStringLiteral("demo-client");
    QString clientSecret = QStringLiteral("demo-secret");
    int latencyMs = 0;
    QList<FaultRule> faults;
    QString basePath = QStringLiteral("/api");
    // HTTPS with this certificate (PEM, with its chain) and private key
    // (PEM, EC or RSA); plain HTTP when empty.
    QString tlsCertificateFile;
    QString tlsKeyFile;
};

// A local emulator of Sequence's Account API: GET /users (paged with opaque
// cursors), GET /users/{id} and GET /sequence-accounts, behind Basic auth
// and the Sequence-Version header, with deterministic data and injectable
// faults. It answers on the thread it lives on; EmulatorHost runs it on a
// thread of its own.
class EmulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorServer(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Binds to address:port (0 = any free port) with Nagle off, over TLS
    // when the options name a certificate. Refuses an address that is not
    // loopback unless allowRemote is set.
    bool listenOn(const QHostAddress &address, quint16 port, bool allowRemote, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    const EmulatorDataset &dataset() const { return *m_dataset; }

    qint64 requestCount() const { return m_requests.load(); }
    // The fault rules with how often each has fired.
    const QList<FaultRule> &faults() const { return m_options.faults; }
    qint64 connectionCount() const;

private:
    using Reply = HttpResponse;
    Reply answer(const HttpRequest &request);
    Reply handle(const HttpRequest &request);
    Reply listUsers(const HttpRequest &request, bool withRoles);
    Reply getUser(const QString &id, bool withRoles);
    Reply listAccounts(const HttpRequest &request);
    // The 400 of a limit outside 1..100, as Sequence words it.
    static Reply badLimit();

    EmulatorOptions m_options;
    std::unique_ptr<EmulatorDataset> m_dataset;
    QUrl m_baseUrl;
    std::atomic<qint64> m_requests {0};
    HttpServerAdapter *m_http;
    std::atomic<qint64> m_connections {0}; // counted by the listening server, a child of this
};

// Runs an EmulatorServer on its own thread, so the GUI's demo mode stays
// responsive while it serves pages.
class EmulatorHost
{
public:
    explicit EmulatorHost(const EmulatorOptions &options);
    ~EmulatorHost();
    EmulatorHost(const EmulatorHost &) = delete;
    EmulatorHost &operator=(const EmulatorHost &) = delete;

    bool start(const QHostAddress &address, quint16 port, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }

private:
    EmulatorOptions m_options;
    class QThread *m_thread = nullptr;
    EmulatorServer *m_server = nullptr;
    QUrl m_baseUrl;
};

} // namespace sa
