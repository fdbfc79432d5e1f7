// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// sequence-emulator: a local emulator of Sequence's Account API.
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "sa_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("sequence-emulator %s\n%s", SA_VERSION_STRING, SA_VERSION_NOTICE);
            return 0;
        }
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sequence-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SA_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local emulator of Sequence's Account API (GET /users, /users/{id}, /sequence-accounts)\n"
        "with deterministic demo data. It prints its base URL on the first line of standard output.\n"
        "Demo credentials: client id \"demo-client\", client secret \"demo-secret\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("TCP port; 0 picks a free one (default 0)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Address to bind (default 127.0.0.1)."), QStringLiteral("address"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption remoteOption(
        QStringLiteral("allow-remote"), QStringLiteral("Allow --listen on an address that is not loopback."));
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Number of users (default 250)."), QStringLiteral("n"), QStringLiteral("250"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Seed of the generated data (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption idOption(QStringLiteral("client-id"),
        QStringLiteral("Accepted client id (default demo-client)."), QStringLiteral("id"),
        QStringLiteral("demo-client"));
    const QCommandLineOption secretOption(QStringLiteral("client-secret"),
        QStringLiteral("Accepted client secret (default demo-secret)."), QStringLiteral("secret"),
        QStringLiteral("demo-secret"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
        QStringLiteral("Delay before each answer, in milliseconds (default 0)."), QStringLiteral("ms"),
        QStringLiteral("0"));
    const QCommandLineOption failOption(QStringLiteral("fail"),
        QStringLiteral(
            "Inject a fault on a page of /users, repeatable: page=N:KIND[:once|:always][:retry-after=S]; "
            "KIND is an HTTP status (400-599) or malformed, missing-field, oversized, repeat-cursor. "
            "Pages count in the request's limit. Default: once."),
        QStringLiteral("rule"));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (and chain); needs --tls-key."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
        QStringLiteral("The certificate's PEM private key (EC or RSA, not encrypted)."),
        QStringLiteral("file"));
    parser.addOptions({portOption, listenOption, remoteOption, usersOption, seedOption, idOption,
        secretOption, latencyOption, failOption, tlsCertOption, tlsKeyOption});
    parser.process(app);

    QTextStream err(stderr);
    auto usage = [&](const QString &message) {
        err << "sequence-emulator: " << message << '\n';
        return 2;
    };

    sa::EmulatorOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usage(QStringLiteral("--port takes a number from 0 to 65535"));
    options.users = parser.value(usersOption).toLongLong(&ok);
    if (!ok || options.users < 0 || options.users > 100000000)
        return usage(QStringLiteral("--users takes a number from 0 to 100000000"));
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed takes a non-negative number"));
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return usage(QStringLiteral("--latency-ms takes a non-negative number"));
    options.clientId = parser.value(idOption);
    options.clientSecret = parser.value(secretOption);
    const QStringList faults = parser.values(failOption);
    for (const QString &text : faults) {
        sa::FaultRule rule;
        QString message;
        if (!sa::FaultRule::parse(text, &rule, &message))
            return usage(message);
        options.faults.append(rule);
    }
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));
    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);
    const QHostAddress address(parser.value(listenOption));
    if (address.isNull())
        return usage(QStringLiteral("--listen takes an IP address"));

    sa::EmulatorServer server(options);
    QString message;
    if (!server.listenOn(address, quint16(port), parser.isSet(remoteOption), &message)) {
        err << "sequence-emulator: " << message << '\n';
        return 1;
    }
    std::printf("%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    err << "Serving " << options.users << " users (seed " << options.seed << ") at "
        << server.baseUrl().toString() << "; client id \"" << options.clientId << "\". Ctrl+C stops.\n";
    err.flush();
    return app.exec();
}
