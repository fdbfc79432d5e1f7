// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roleregistry.h"
#include "user.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace sa {

class UserStore;

// The emulator's users, computed from (seed, index) on demand so that a
// million of them cost no memory: every attribute of user i comes from a
// hash of the seed and i, and the id encodes i so look-ups by id are O(1).
// The same seed always gives the same data, in the same order.
class EmulatorDataset
{
public:
    EmulatorDataset(quint64 seed, qint64 userCount);

    qint64 userCount() const { return m_userCount; }
    quint64 seed() const { return m_seed; }

    QString userId(qint64 index) const;
    qint64 indexOfId(QStringView id) const; // -1 when no user has that id
    User user(qint64 index) const;
    // The user as the API's JSON; withRoles is false for versions before 2024-07-30.
    void appendUserJson(QByteArray &out, qint64 index, bool withRoles) const;
    // Every user, parsed from the API's JSON into store's registry as a load
    // parses it (pages of 1,000) and appended in order; edit, when given,
    // may change a user (with its index) before it is stored. For tests and
    // benchmarks that need a store of this data. False with *error.
    bool loadInto(UserStore &store, const std::function<void(User &user, qint64 index)> &edit = {},
        QString *error = nullptr) const;
    // A cursor naming user index, in the shape Sequence uses ("<id>#<micros>#DESC", base64).
    QByteArray cursorFor(qint64 index) const;
    qint64 indexOfCursor(QByteArrayView cursor) const; // -1 when invalid

    const std::vector<SequenceAccount> &accounts() const { return m_accounts; }
    const RoleRegistry &registry() const { return m_registry; }
    // The role lists users are drawn from, for tests that check the mix.
    int roleSetCount() const { return int(m_roleSets.size()); }

private:
    struct Profile
    {
        int roleSet;
        int state;
        int firstName;
        int lastName;
        int accountStart;
        int accountCount;
    };
    Profile profile(qint64 index) const;
    void appendIdUtf8(QByteArray &out, qint64 index) const;
    void appendEmailUtf8(QByteArray &out, qint64 index, const Profile &p) const;
    qint64 createdMicros(qint64 index) const;

    quint64 m_seed;
    qint64 m_userCount;
    quint64 m_idMask;
    RoleRegistry m_registry;
    std::vector<std::vector<const RoleDefinition *>> m_roleSets;
    std::vector<QByteArray> m_roleSetJson;
    std::vector<SequenceAccount> m_accounts;
    std::vector<QByteArray> m_accountIdUtf8;
};

} // namespace sa
