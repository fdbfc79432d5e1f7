// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real main window, shown offscreen, connected to an emulator on an
// ephemeral loopback port; destroyed window first, emulator last.
#include "apiclient.h"
#include "emulatorfixture.h"
#include "mainwindow.h"

#include <memory>

namespace satest {

struct WindowFixture
{
    std::unique_ptr<sa::EmulatorServer> emulator;
    std::unique_ptr<sa::ApiClient> client;
    std::unique_ptr<sa::MainWindow> window;
};

// users and faults as startEmulator(); the secret the window's client sends.
inline WindowFixture openWindow(qint64 users, const QStringList &faults = {},
    const QString &secret = QStringLiteral("demo-secret"), int maxAttempts = 5)
{
    WindowFixture f;
    f.emulator = startEmulator(users, faults);
    f.client = std::make_unique<sa::ApiClient>();
    sa::ConnectionSettings settings;
    settings.baseUrl = f.emulator->baseUrl();
    settings.clientId = QStringLiteral("demo-client");
    settings.clientSecret = secret;
    settings.maxAttempts = maxAttempts;
    settings.backoffBaseMs = 10;
    f.client->setSettings(settings);
    f.window = std::make_unique<sa::MainWindow>(f.client.get(), QStringLiteral("Test"));
    f.window->resize(1400, 800);
    f.window->show();
    return f;
}

} // namespace satest
