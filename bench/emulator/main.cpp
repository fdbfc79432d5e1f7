// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-emulator: how many pages of 100 users per second the emulator serves
// on one keep-alive connection. The client is a bare blocking HTTP/1.1 loop
// that only finds the next cursor in each body, so the server sets the pace.
// Prints one JSON object.
#include "emulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <cstdio>

namespace {

bool readResponse(QTcpSocket &socket, QByteArray &buffer, QByteArray *body, int *status)
{
    qsizetype headerEnd;
    while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (!socket.waitForReadyRead(10000))
            return false;
        buffer += socket.readAll();
    }
    const QByteArray head = buffer.left(headerEnd);
    *status = head.mid(9, 3).toInt();
    const qsizetype at = head.toLower().indexOf("content-length:");
    if (at < 0)
        return false;
    const qsizetype length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    while (buffer.size() < headerEnd + 4 + length) {
        if (!socket.waitForReadyRead(10000))
            return false;
        buffer += socket.readAll();
    }
    *body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the emulator's pages per second on one connection."));
    parser.addHelpOption();
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
        QStringLiteral("Pages to fetch (default 3000)."), QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
        QStringLiteral("Base URL of a running emulator; default: start one in-process "
                       "on its own thread."),
        QStringLiteral("url"));
    parser.addOptions({pagesOption, urlOption});
    parser.process(app);
    const int pages = parser.value(pagesOption).toInt();

    std::unique_ptr<sa::EmulatorHost> host;
    QUrl base(parser.value(urlOption));
    if (!parser.isSet(urlOption)) {
        sa::EmulatorOptions options;
        options.users = qint64(pages) * 100 + 100;
        host = std::make_unique<sa::EmulatorHost>(options);
        QString error;
        if (!host->start(QHostAddress::LocalHost, 0, &error)) {
            std::fprintf(stderr, "bench-emulator: %s\n", qPrintable(error));
            return 1;
        }
        base = host->baseUrl();
    }

    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000)) {
        std::fprintf(stderr, "bench-emulator: cannot connect to %s\n", qPrintable(base.toString()));
        return 1;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray auth = "Basic " + QByteArray("demo-client:demo-secret").toBase64();
    QByteArray buffer, body, cursor;
    qint64 bytes = 0;
    int status = 0;
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    for (; done < pages; ++done) {
        QByteArray target = base.path().toUtf8() + "/users?limit=100";
        if (!cursor.isEmpty())
            target += "&after=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor));
        socket.write("GET " + target + " HTTP/1.1\r\nHost: " + base.host().toUtf8() + "\r\nAuthorization: "
            + auth + "\r\nSequence-Version: 2024-07-30\r\nConnection: keep-alive\r\n\r\n");
        if (!readResponse(socket, buffer, &body, &status) || status != 200) {
            std::fprintf(stderr, "bench-emulator: page %d failed (status %d)\n", done + 1, status);
            return 1;
        }
        bytes += body.size();
        const qsizetype at = body.lastIndexOf("\"after\":\"");
        if (at < 0)
            break;
        cursor = body.mid(at + 9, body.indexOf('"', at + 9) - at - 9);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QJsonObject result {
        {QStringLiteral("pages"), done},
        {QStringLiteral("users_per_page"), 100},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("pages_per_s"), double(done) / seconds},
        {QStringLiteral("mib_per_s"), double(bytes) / seconds / 1048576.0},
        {QStringLiteral("bytes_per_page"), double(bytes) / std::max(done, 1)},
        {QStringLiteral("connections"), 1},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
