// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpServer;

namespace sa {

// An HTTP request as the emulator sees it, free of Qt HTTP Server's types.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A header's value, its name in any case; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body; // sent as application/json
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
};

// The one place that touches Qt HTTP Server, whose API changed twice since
// Qt 6.4: 6.5 hands handlers a QHttpServerResponder instead of a socket,
// and 6.8 replaced the responder's writeHeader/writeBody with write(body,
// QHttpHeaders), request headers became QHttpHeaders and bind() returns bool.
// Every difference is behind a QT_VERSION_CHECK in httpserveradapter.cpp;
// nothing else includes a QHttpServer header.
class HttpServerAdapter : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // handler answers every request, on the adapter's thread.
    explicit HttpServerAdapter(Handler handler, QObject *parent = nullptr);
    ~HttpServerAdapter() override;

    // Serves the connections of a listening server, which the adapter's
    // HTTP server takes as a child. False when Qt refuses it.
    bool bind(QTcpServer *server);

private:
    class Server;
    Server *m_server;
};

} // namespace sa
