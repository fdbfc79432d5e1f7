// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An emulator on an ephemeral loopback port, on the calling thread, for tests.
#include "apiclient.h"
#include "emulatorserver.h"

#include <QStringList>
#include <memory>

namespace satest {

inline std::unique_ptr<sa::EmulatorServer> startEmulator(const sa::EmulatorOptions &options)
{
    auto server = std::make_unique<sa::EmulatorServer>(options);
    QString error;
    if (!server->listenOn(QHostAddress::LocalHost, 0, false, &error))
        qFatal("cannot start the emulator: %s", qPrintable(error));
    return server;
}

// users, faults as on sequence-emulator's --fail, the accepted secret, the data's seed.
inline std::unique_ptr<sa::EmulatorServer> startEmulator(qint64 users, const QStringList &faults = {},
    const QString &secret = QStringLiteral("demo-secret"), quint64 seed = 1)
{
    sa::EmulatorOptions options;
    options.users = users;
    options.seed = seed;
    options.clientSecret = secret;
    for (const QString &text : faults) {
        sa::FaultRule rule;
        QString error;
        if (!sa::FaultRule::parse(text, &rule, &error))
            qFatal("%s", qPrintable(error));
        options.faults << rule;
    }
    return startEmulator(options);
}

// A file of tests/data/tls: the test CA (ca.pem) and the certificates it
// signed (server, expired, wrong-host; .pem and .key).
inline QString tlsFile(const char *name)
{
    return QStringLiteral(SA_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

// The emulator over HTTPS with one of those certificates.
inline std::unique_ptr<sa::EmulatorServer> startTlsEmulator(
    sa::EmulatorOptions options, const char *certificate = "server")
{
    options.tlsCertificateFile = tlsFile(certificate) + QStringLiteral(".pem");
    options.tlsKeyFile = tlsFile(certificate) + QStringLiteral(".key");
    auto server = startEmulator(options);
    if (server->baseUrl().scheme() != QLatin1String("https"))
        qFatal("the emulator did not start with TLS");
    return server;
}

// The demo credentials for baseUrl, with retries quick enough for a test.
inline sa::ConnectionSettings demoSettings(
    const QUrl &baseUrl, int backoffBaseMs = 20, int backoffMaxMs = 100)
{
    sa::ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.clientId = QStringLiteral("demo-client");
    settings.clientSecret = QStringLiteral("demo-secret");
    settings.backoffBaseMs = backoffBaseMs;
    settings.backoffMaxMs = backoffMaxMs;
    return settings;
}

} // namespace satest
