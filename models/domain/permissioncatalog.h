// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sa {

// The resources and actions the app knows, in the canonical order the matrix
// and the reports use. It starts with the 15 resources and 12 actions of API
// version 2024-07-30 and grows with every unknown name met in data, so that
// nothing a server sends is dropped. Indices never change once given out.
class PermissionCatalog
{
public:
    PermissionCatalog();

    static const QStringList &knownResources();
    static const QStringList &knownActions();
    // "invoice" for "org.invoice": how tables and reports name a resource.
    static QString shortResourceName(const QString &name)
    {
        return name.startsWith(QLatin1String("org.")) ? name.mid(4) : name;
    }

    int resourceIndex(const QString &name) const { return m_resourceIndex.value(name, -1); }
    int actionIndex(const QString &name) const { return m_actionIndex.value(name, -1); }

    // Returns the index of name, adding it after the known ones if it is new.
    int internResource(const QString &name);
    int internAction(const QString &name);

    int resourceCount() const { return int(m_resources.size()); }
    int actionCount() const { return int(m_actions.size()); }
    const QString &resourceName(int index) const { return m_resources.at(index); }
    const QString &actionName(int index) const { return m_actions.at(index); }

    bool isKnownResource(int index) const { return index >= 0 && index < knownResources().size(); }
    bool isKnownAction(int index) const { return index >= 0 && index < knownActions().size(); }

private:
    QStringList m_resources;
    QStringList m_actions;
    QHash<QString, int> m_resourceIndex;
    QHash<QString, int> m_actionIndex;
};

// A (resource, action) pair packed into one integer; sorts by resource first.
using GrantKey = quint32;
constexpr GrantKey grantKey(int resource, int action)
{
    return (GrantKey(resource) << 16) | GrantKey(action);
}
constexpr int grantResource(GrantKey key)
{
    return int(key >> 16);
}
constexpr int grantAction(GrantKey key)
{
    return int(key & 0xffffu);
}

} // namespace sa
