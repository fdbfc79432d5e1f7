// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roleregistry.h"
#include "user.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdlib>
#include <memory>
#include <vector>

namespace sa {

// Loaded users in a compact form: a fixed 32-byte record per user plus its
// text (id, e-mail and a lower-cased search key) in UTF-8 in large chunks;
// states, account lists and role lists interned. About 170 bytes a user in
// all, so a million users fit in well under 256 MB. Rows never move.
class UserStore
{
public:
    explicit UserStore(RoleRegistry *registry);
    ~UserStore();
    UserStore(const UserStore &) = delete;
    UserStore &operator=(const UserStore &) = delete;

    enum DuplicateCheck { CheckDuplicate, KnownNew };
    // Appends user unless one with the same id is already stored; returns
    // whether it was added. KnownNew skips the look-up for a caller that did it.
    bool append(const User &user, DuplicateCheck check = CheckDuplicate);
    void reserve(qsizetype count);
    void clear();

    int size() const { return int(m_records.size()); }
    bool containsId(QStringView id) const { return rowOfId(id) >= 0; }
    int rowOfId(QStringView id) const; // -1 when not stored

    QString id(int row) const;
    QString email(int row) const;
    const QString &state(int row) const { return m_states[m_records[size_t(row)].state]; }
    const QStringList &accountIds(int row) const { return m_accountLists[m_records[size_t(row)].accounts]; }
    quint32 roleSetIndex(int row) const { return m_records[size_t(row)].roleSet; }
    const RoleSet &roleSet(int row) const { return m_registry->roleSet(roleSetIndex(row)); }
    quint32 stateIndex(int row) const { return m_records[size_t(row)].state; }
    quint32 accountListIndex(int row) const { return m_records[size_t(row)].accounts; }
    int accountListCount() const { return int(m_accountLists.size()); }
    const QStringList &accountList(quint32 index) const { return m_accountLists[index]; }
    int stateCount() const { return int(m_states.size()); }
    const QString &stateName(quint32 index) const { return m_states[index]; }
    User user(int row) const;

    // Lower-cased "email<US>id", for case-insensitive search.
    QByteArrayView searchKey(int row) const;
    QByteArrayView emailUtf8(int row) const;
    QByteArrayView idUtf8(int row) const;

    RoleRegistry &registry() const { return *m_registry; }
    // Bytes held by the store itself (not counting the shared registry).
    qsizetype bytesUsed() const;

    // Lower-cased UTF-8, as searchKey() holds it.
    static QByteArray searchKeyFor(const QString &text);

private:
    struct Record
    {
        quint32 chunk;
        quint32 offset;
        quint32 idBytes;
        quint32 emailBytes;
        quint32 searchBytes;
        quint32 state;
        quint32 accounts;
        quint32 roleSet;
    };
    const char *text(const Record &record) const { return m_chunks[record.chunk].data.get() + record.offset; }
    char *allocateText(qsizetype bytes, quint32 *chunk, quint32 *offset);
    quint32 internState(const QString &state);
    quint32 internAccounts(const QStringList &accounts);
    quint64 hashId(QByteArrayView id) const;
    void insertIdSlot(quint32 row);
    void resizeIdTable(size_t capacity);
    int rowOfIdUtf8(QByteArrayView utf8) const;

    struct Chunk
    {
        std::unique_ptr<char[]> data;
        qsizetype size = 0;
        qsizetype used = 0;
    };

    RoleRegistry *m_registry;
    std::vector<Record> m_records;
    std::vector<Chunk> m_chunks;
    std::vector<QString> m_states;
    QHash<QString, quint32> m_stateIndex;
    std::vector<QStringList> m_accountLists;
    QHash<QStringList, quint32> m_accountIndex;
    // Open addressing: row + 1 per slot, 0 when free. Finds duplicates by id.
    // calloc'd: a large table's zero pages come lazily from the kernel
    // instead of being written all at once when it is sized.
    struct FreeDeleter
    {
        void operator()(quint32 *p) const { std::free(p); }
    };
    std::unique_ptr<quint32[], FreeDeleter> m_idSlots;
    size_t m_idCapacity = 0; // a power of two, or 0
};

} // namespace sa
