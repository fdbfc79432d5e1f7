// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace sa {

class UserStore;

// Which users to show or export. All criteria combine (AND); empty ones match all.
struct UserFilter
{
    QString search; // case-insensitive, in the e-mail address or the id
    QString state; // exact state, e.g. "active"
    QString roleName; // holds a role of this name
    // Holds a permission through any role: this action on this resource. One
    // half empty means "any": an action on any resource, anything on a resource.
    QString capabilityResource;
    QString capabilityAction;
    // Holds a role named like a standard role whose permissions differ from
    // the standard one's (extra or missing grants).
    bool departs = false;
    // Only these user ids (a policy rule's violators), named in words by idsLabel.
    std::shared_ptr<const QSet<QString>> ids;
    QString idsLabel;

    bool isEmpty() const
    {
        return search.isEmpty() && state.isEmpty() && roleName.isEmpty() && !hasCapability() && !departs
            && !ids;
    }
    bool hasCapability() const { return !capabilityResource.isEmpty() || !capabilityAction.isEmpty(); }
    // The capability criterion alone, in words: "can finalize on org.invoice",
    // "can finalize on any resource", "can do anything on org.invoice".
    QString capabilityDescription() const;
    bool operator==(const UserFilter &other) const
    {
        return search == other.search && state == other.state && roleName == other.roleName
            && capabilityResource == other.capabilityResource && capabilityAction == other.capabilityAction
            && departs == other.departs && ids == other.ids;
    }
    bool operator!=(const UserFilter &other) const { return !(*this == other); }

    // What the filter keeps, in words, for a report's header: e.g.
    // "search “ana”, state active, can finalize on org.invoice". Empty when
    // the filter keeps everyone.
    QString description() const;

    // "ACTION:RESOURCE" or "ACTION on RESOURCE" as typed on a command line;
    // "*" for either half means any (and gives an empty string).
    static bool parseCapability(const QString &text, QString *resource, QString *action);
};

// A filter prepared against one store: the search text lower-cased once,
// and role-based criteria decided once per distinct role set, so a row
// costs one substring search and two table look-ups.
class UserFilterMatcher
{
public:
    UserFilterMatcher(const UserFilter &filter, const UserStore &store);
    bool matches(int row);

private:
    bool roleSetMatches(quint32 roleSet);

    const UserStore &m_store;
    UserFilter m_filter;
    QByteArray m_needle;
    bool m_checkState = false;
    bool m_checkRoles = false;
    qint64 m_stateIndex = -1; // -1: no such state in the store, nothing matches
    static constexpr int kAny = -2; // the half of a capability that was not chosen
    int m_resource = -1; // -1: not in the catalog, so nobody holds it
    int m_action = -1;
    std::vector<qint8> m_roleSetVerdict; // -1 unknown, 0 no, 1 yes
};

} // namespace sa
