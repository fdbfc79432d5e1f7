// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

class QSettings;

namespace sa {

// A connection: everything but the secret, which lives in the keychain
// under the profile's id (so renaming keeps it).
struct Profile
{
    enum class Environment { ProductionEu, Sandbox, Dev, Custom, Demo };
    QString id; // stable, generated
    QString name;
    Environment environment = Environment::ProductionEu;
    QUrl baseUrl;
    QString clientId;
    int pageSize = 100;
    QString caFile; // PEM CA certificates trusted besides the system's; see ConnectionSettings

    static QUrl urlFor(Environment environment);
    static QString environmentName(Environment environment);
    static bool parseEnvironment(const QString &name, Environment *environment);
};

// Profiles in QSettings (never a secret), shared by the app and the
// command-line tool.
class ProfileStore
{
public:
    ProfileStore(); // the app's own settings
    explicit ProfileStore(std::unique_ptr<QSettings> settings);
    ~ProfileStore();

    QList<Profile> profiles() const;
    std::optional<Profile> byId(const QString &id) const;
    std::optional<Profile> byName(const QString &name) const;
    // Adds or replaces (by id); a new profile without an id gets one.
    Profile save(Profile profile);
    void remove(const QString &id);
    QString lastUsed() const;
    void setLastUsed(const QString &id);
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sa
