// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userfilter.h"

#include "permissioncatalog.h"
#include "roleregistry.h"
#include "userstore.h"

#include <QObject>
#include <QRegularExpression>
#include <cstring>
#include <string_view>

namespace sa {

QString UserFilter::description() const
{
    QStringList criteria;
    if (!search.isEmpty())
        criteria << QObject::tr("search \u201c%1\u201d").arg(search);
    if (!state.isEmpty())
        criteria << QObject::tr("state %1").arg(state);
    if (!roleName.isEmpty())
        criteria << QObject::tr("role %1").arg(roleName);
    if (hasCapability())
        criteria << capabilityDescription();
    if (departs)
        criteria << QObject::tr("departs from its standard role");
    if (ids)
        criteria << idsLabel;
    return criteria.join(QStringLiteral(", "));
}

QString UserFilter::capabilityDescription() const
{
    if (!hasCapability())
        return QString();
    if (capabilityResource.isEmpty())
        return QObject::tr("can %1 on any resource").arg(capabilityAction);
    if (capabilityAction.isEmpty())
        return QObject::tr("can do anything on %1").arg(capabilityResource);
    return QObject::tr("can %1 on %2").arg(capabilityAction, capabilityResource);
}

bool UserFilter::parseCapability(const QString &text, QString *resource, QString *action)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([^\\s:]+)\\s*(?::|\\s+on\\s+)\\s*([^\\s:]+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *action = match.captured(1);
    *resource = match.captured(2);
    if (*action == QLatin1String("*"))
        action->clear();
    if (*resource == QLatin1String("*"))
        resource->clear();
    return !action->isEmpty() || !resource->isEmpty();
}

UserFilterMatcher::UserFilterMatcher(const UserFilter &filter, const UserStore &store)
    : m_store(store)
    , m_filter(filter)
    , m_needle(UserStore::searchKeyFor(filter.search))
{
    if (!filter.state.isEmpty()) {
        m_checkState = true;
        for (int i = 0; i < store.stateCount(); ++i) {
            if (store.stateName(quint32(i)) == filter.state)
                m_stateIndex = i;
        }
    }
    if (filter.hasCapability()) {
        const PermissionCatalog &catalog = store.registry().catalog();
        // A half not chosen matches any; a name the catalog lacks matches nobody.
        m_resource
            = filter.capabilityResource.isEmpty() ? kAny : catalog.resourceIndex(filter.capabilityResource);
        m_action = filter.capabilityAction.isEmpty() ? kAny : catalog.actionIndex(filter.capabilityAction);
    }
    m_checkRoles = !filter.roleName.isEmpty() || filter.hasCapability() || filter.departs;
}

bool UserFilterMatcher::roleSetMatches(quint32 roleSet)
{
    if (roleSet >= m_roleSetVerdict.size())
        m_roleSetVerdict.resize(size_t(m_store.registry().roleSetCount()), -1);
    qint8 &verdict = m_roleSetVerdict[roleSet];
    if (verdict < 0) {
        const RoleSet &set = m_store.registry().roleSet(roleSet);
        bool ok = true;
        if (!m_filter.roleName.isEmpty()) {
            ok = std::any_of(set.roles.begin(), set.roles.end(),
                [&](const RoleDefinition *role) { return role->name() == m_filter.roleName; });
        }
        if (ok && m_filter.hasCapability()) {
            if (m_resource == -1 || m_action == -1)
                ok = false;
            else if (m_resource != kAny && m_action != kAny)
                ok = set.has(grantKey(m_resource, m_action));
            else
                ok = std::any_of(set.grants.begin(), set.grants.end(), [this](GrantKey key) {
                    return (m_resource == kAny || grantResource(key) == m_resource)
                        && (m_action == kAny || grantAction(key) == m_action);
                });
        }
        if (ok && m_filter.departs) {
            const RoleRegistry &registry = m_store.registry();
            ok = std::any_of(set.roles.begin(), set.roles.end(),
                [&](const RoleDefinition *role) { return registry.departure(*role).departs(); });
        }
        verdict = ok ? 1 : 0;
    }
    return verdict == 1;
}

bool UserFilterMatcher::matches(int row)
{
    if (m_checkState && qint64(m_store.stateIndex(row)) != m_stateIndex)
        return false;
    if (m_filter.ids && !m_filter.ids->contains(m_store.id(row)))
        return false;
    if (m_checkRoles && !roleSetMatches(m_store.roleSetIndex(row)))
        return false;
    if (!m_needle.isEmpty()) {
        const QByteArrayView key = m_store.searchKey(row);
        const std::string_view haystack(key.data(), size_t(key.size()));
        if (haystack.find(std::string_view(m_needle.constData(), size_t(m_needle.size())))
            == std::string_view::npos)
            return false;
    }
    return true;
}

} // namespace sa
