// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QSettings>
#include <QUuid>
#include <algorithm>

namespace sa {

QUrl Profile::urlFor(Environment environment)
{
    switch (environment) {
    case Environment::ProductionEu:
        return QUrl(QStringLiteral("https://eu.sequencehq.com/api"));
    case Environment::Sandbox:
        return QUrl(QStringLiteral("https://sandbox.sequencehq.com/api"));
    case Environment::Dev:
        return QUrl(QStringLiteral("https://dev.seqhq.io/api"));
    case Environment::Custom:
    case Environment::Demo:
        break;
    }
    return QUrl();
}

QString Profile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::ProductionEu:
        return QStringLiteral("production");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Dev:
        return QStringLiteral("dev");
    case Environment::Custom:
        return QStringLiteral("custom");
    case Environment::Demo:
        return QStringLiteral("demo");
    }
    return QString();
}

bool Profile::parseEnvironment(const QString &name, Environment *environment)
{
    for (Environment e : {Environment::ProductionEu, Environment::Sandbox, Environment::Dev,
             Environment::Custom, Environment::Demo}) {
        if (environmentName(e) == name) {
            *environment = e;
            return true;
        }
    }
    return false;
}

ProfileStore::ProfileStore()
    : ProfileStore(
        std::make_unique<QSettings>(QStringLiteral("SequenceAdmin"), QStringLiteral("sequence-admin")))
{ }

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Profile profile;
        profile.id = id;
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        Profile::parseEnvironment(
            m_settings->value(QStringLiteral("environment")).toString(), &profile.environment);
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        profile.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        profile.pageSize = m_settings->value(QStringLiteral("pageSize"), 100).toInt();
        profile.caFile = m_settings->value(QStringLiteral("caFile")).toString();
        m_settings->endGroup();
        result << profile;
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
        [](const Profile &a, const Profile &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::byId(const QString &id) const
{
    for (const Profile &profile : profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::byName(const QString &name) const
{
    for (const Profile &profile : profiles()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

Profile ProfileStore::save(Profile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(QStringLiteral("profiles/") + profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("environment"), Profile::environmentName(profile.environment));
    // Never a user name or password: checkBaseUrl() refuses them, and this keeps them out of the file.
    m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString(QUrl::RemoveUserInfo));
    m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
    m_settings->setValue(QStringLiteral("pageSize"), profile.pageSize);
    if (profile.caFile.isEmpty())
        m_settings->remove(QStringLiteral("caFile"));
    else
        m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->endGroup();
    m_settings->sync();
    return profile;
}

void ProfileStore::remove(const QString &id)
{
    m_settings->remove(QStringLiteral("profiles/") + id);
    if (lastUsed() == id)
        m_settings->remove(QStringLiteral("lastProfile"));
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &id)
{
    m_settings->setValue(QStringLiteral("lastProfile"), id);
    m_settings->sync();
}

} // namespace sa
