// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A bare HTTP/1.1 server on loopback for the cases a well-behaved server
// cannot play: one that never answers, answers late, redirects, or whose
// received headers a test must inspect. Each answer is produced by a handler
// from the raw request; an empty answer means "never answer".
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace satest {

class RawHttpServer : public QTcpServer
{
public:
    using Handler = std::function<QByteArray(const QByteArray &request)>;

    explicit RawHttpServer(Handler handler, int delayMs = 0)
        : m_handler(std::move(handler))
        , m_delayMs(delayMs)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    const QList<QByteArray> &requests() const { return m_requests; }

    static QByteArray response(
        int status, const QByteArray &body, const QByteArray &extraHeaders = QByteArray())
    {
        return "HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            qsizetype end;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray request = buffer->left(end + 4);
                buffer->remove(0, end + 4);
                m_requests.append(request);
                const QByteArray answer = m_handler(request);
                if (answer.isEmpty())
                    continue; // hang
                if (m_delayMs > 0) {
                    QTimer::singleShot(m_delayMs, socket, [socket, answer] { socket->write(answer); });
                } else {
                    socket->write(answer);
                }
            }
        });
    }

    Handler m_handler;
    int m_delayMs;
    QList<QByteArray> m_requests;
};

inline QByteArray headerOf(const QByteArray &request, const QByteArray &name)
{
    const QList<QByteArray> lines = request.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

} // namespace satest
