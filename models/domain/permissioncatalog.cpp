// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissioncatalog.h"

namespace sa {

const QStringList &PermissionCatalog::knownResources()
{
    static const QStringList names = {
        QStringLiteral("org.customer"),
        QStringLiteral("org.billing"),
        QStringLiteral("org.product"),
        QStringLiteral("org.invoice"),
        QStringLiteral("org.creditNote"),
        QStringLiteral("org.quote"),
        QStringLiteral("org.revenueRecognition"),
        QStringLiteral("org.usage"),
        QStringLiteral("org.settings"),
        QStringLiteral("org.integration"),
        QStringLiteral("org.tax"),
        QStringLiteral("org.asset"),
        QStringLiteral("org.watchtower"),
        QStringLiteral("org.bulkAction"),
        QStringLiteral("org.savedView"),
    };
    return names;
}

const QStringList &PermissionCatalog::knownActions()
{
    static const QStringList names = {
        QStringLiteral("create"),
        QStringLiteral("read"),
        QStringLiteral("update"),
        QStringLiteral("delete"),
        QStringLiteral("archive"),
        QStringLiteral("start"),
        QStringLiteral("finalize"),
        QStringLiteral("send"),
        QStringLiteral("publish"),
        QStringLiteral("accept"),
        QStringLiteral("execute"),
        QStringLiteral("invite"),
    };
    return names;
}

PermissionCatalog::PermissionCatalog()
{
    for (const QString &name : knownResources())
        internResource(name);
    for (const QString &name : knownActions())
        internAction(name);
}

int PermissionCatalog::internResource(const QString &name)
{
    const auto it = m_resourceIndex.constFind(name);
    if (it != m_resourceIndex.cend())
        return it.value();
    const int index = int(m_resources.size());
    m_resources.append(name);
    m_resourceIndex.insert(name, index);
    return index;
}

int PermissionCatalog::internAction(const QString &name)
{
    const auto it = m_actionIndex.constFind(name);
    if (it != m_actionIndex.cend())
        return it.value();
    const int index = int(m_actions.size());
    m_actions.append(name);
    m_actionIndex.insert(name, index);
    return index;
}

} // namespace sa
