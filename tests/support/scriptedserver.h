// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An HTTP/1.1 server on loopback that plays a script: the n-th request (from
// 0) gets the answer the handler gives for it. An answer can be written at
// once, trickled a byte at a time, cut short by closing the connection, or
// never given. For the servers no well-behaved emulator plays: slowloris,
// dropped connections, endless paging.
#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace satest {

struct ScriptedAnswer
{
    QByteArray now; // written at once; empty and no trickle: never answer
    QByteArray trickle; // then one byte every trickleMs
    int trickleMs = 0;
    bool close = false; // close the connection once all is written

    // A complete response; extraHeaders end in \r\n each.
    static ScriptedAnswer http(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return {"HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n"
                + body,
            {}, 0, false};
    }
};

class ScriptedHttpServer : public QTcpServer
{
public:
    using Handler = std::function<ScriptedAnswer(int index, const QByteArray &request)>;

    explicit ScriptedHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url(const QString &path = QStringLiteral("/api")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    int requestCount() const { return int(m_requests.size()); }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            qsizetype end;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray request = buffer->left(end + 4);
                buffer->remove(0, end + 4);
                m_requests.append(request);
                answer(socket, m_handler(int(m_requests.size()) - 1, request));
            }
        });
    }

    static void answer(QTcpSocket *socket, const ScriptedAnswer &answer)
    {
        socket->write(answer.now);
        if (answer.trickle.isEmpty()) {
            if (answer.close)
                socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        auto left = std::make_shared<QByteArray>(answer.trickle);
        const bool close = answer.close;
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, left, close] {
            socket->write(left->left(1));
            left->remove(0, 1);
            if (left->isEmpty()) {
                timer->stop();
                if (close)
                    socket->disconnectFromHost();
            }
        });
        timer->start(answer.trickleMs);
    }

    Handler m_handler;
    QList<QByteArray> m_requests;
};

// A page of /users: items (each a user's JSON), the next cursor, the total.
inline QByteArray usersPage(const QList<QByteArray> &items, const QByteArray &after = {}, qint64 total = -1)
{
    QByteArray body = "{\"items\":[" + items.join(',') + "],\"pagination\":{";
    QByteArray pagination;
    if (!after.isEmpty())
        pagination += "\"after\":\"" + after + '"';
    if (total >= 0)
        pagination += QByteArray(pagination.isEmpty() ? "" : ",")
            + "\"totalResultSize\":" + QByteArray::number(total);
    return body + pagination + "}}";
}

// One user with one role; email and role are JSON string contents (escape them).
inline QByteArray userJson(const QByteArray &id, const QByteArray &email, const QByteArray &role = "viewer")
{
    return "{\"id\":\"" + id + "\",\"email\":\"" + email
        + "\",\"sequenceAccountIds\":[],\"state\":\"active\"," + "\"roles\":[{\"roleName\":\"" + role
        + "\",\"permissions\":[{\"resource\":\"org.invoice\",\"actions\":[\"read\"]}]}]}";
}

} // namespace satest
