// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saved connections for tests: a profile store in a folder of the test's own,
// and a custom-URL profile for the emulator's demo client.
#include "profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace satest {

inline std::unique_ptr<sa::ProfileStore> profileStoreIn(const QTemporaryDir &dir)
{
    return std::make_unique<sa::ProfileStore>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat));
}

inline sa::Profile saveProfile(sa::ProfileStore &profiles, const QString &name, const QUrl &url)
{
    sa::Profile profile;
    profile.name = name;
    profile.environment = sa::Profile::Environment::Custom;
    profile.baseUrl = url;
    profile.clientId = QStringLiteral("demo-client");
    return profiles.save(profile);
}

} // namespace satest
