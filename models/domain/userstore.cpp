// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include <cstring>
#include <new>

namespace sa {

namespace {
constexpr qsizetype kChunkBytes = 1024 * 1024;
}

UserStore::UserStore(RoleRegistry *registry)
    : m_registry(registry)
{ }

UserStore::~UserStore() = default;

void UserStore::clear()
{
    m_records = {};
    m_chunks.clear();
    m_chunks.shrink_to_fit();
    m_idSlots.reset();
    m_idCapacity = 0;
    // States, account lists: kept, they are few and shared.
}

void UserStore::reserve(qsizetype count)
{
    if (count > qsizetype(m_records.capacity()))
        m_records.reserve(size_t(count));
    // Size the id table once: growing it means rehashing every id, a visible
    // pause at a million users.
    size_t capacity = std::max<size_t>(m_idCapacity, 1024);
    while (size_t(count + 1) * 2 > capacity)
        capacity *= 2;
    if (capacity != m_idCapacity)
        resizeIdTable(capacity);
}

char *UserStore::allocateText(qsizetype bytes, quint32 *chunk, quint32 *offset)
{
    if (m_chunks.empty() || m_chunks.back().size - m_chunks.back().used < bytes) {
        Chunk fresh;
        fresh.size = std::max(kChunkBytes, bytes);
        fresh.data.reset(new char[size_t(fresh.size)]);
        m_chunks.push_back(std::move(fresh));
    }
    Chunk &current = m_chunks.back();
    *chunk = quint32(m_chunks.size() - 1);
    *offset = quint32(current.used);
    char *at = current.data.get() + current.used;
    current.used += bytes;
    return at;
}

quint32 UserStore::internState(const QString &state)
{
    const auto it = m_stateIndex.constFind(state);
    if (it != m_stateIndex.cend())
        return it.value();
    const auto index = quint32(m_states.size());
    m_states.push_back(state);
    m_stateIndex.insert(state, index);
    return index;
}

quint32 UserStore::internAccounts(const QStringList &accounts)
{
    const auto it = m_accountIndex.constFind(accounts);
    if (it != m_accountIndex.cend())
        return it.value();
    const auto index = quint32(m_accountLists.size());
    m_accountLists.push_back(accounts);
    m_accountIndex.insert(accounts, index);
    return index;
}

quint64 UserStore::hashId(QByteArrayView id) const
{
    return qHash(id, 0x5EC0);
}

void UserStore::resizeIdTable(size_t capacity)
{
    auto *table = static_cast<quint32 *>(std::calloc(capacity, sizeof(quint32)));
    if (!table)
        throw std::bad_alloc();
    std::unique_ptr<quint32[], FreeDeleter> old(table);
    std::swap(old, m_idSlots);
    const size_t oldCapacity = m_idCapacity;
    m_idCapacity = capacity;
    for (size_t i = 0; i < oldCapacity; ++i) {
        if (old[i])
            insertIdSlot(old[i] - 1);
    }
}

void UserStore::insertIdSlot(quint32 row)
{
    const size_t mask = m_idCapacity - 1;
    size_t at = size_t(hashId(idUtf8(int(row)))) & mask;
    while (m_idSlots[at])
        at = (at + 1) & mask;
    m_idSlots[at] = row + 1;
}

int UserStore::rowOfId(QStringView id) const
{
    return rowOfIdUtf8(id.toUtf8());
}

int UserStore::rowOfIdUtf8(QByteArrayView utf8) const
{
    if (m_idCapacity == 0)
        return -1;
    const size_t mask = m_idCapacity - 1;
    for (size_t at = size_t(hashId(utf8)) & mask; m_idSlots[at]; at = (at + 1) & mask) {
        if (idUtf8(int(m_idSlots[at] - 1)) == utf8)
            return int(m_idSlots[at] - 1);
    }
    return -1;
}

QByteArray UserStore::searchKeyFor(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (char &c : utf8) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
        else if (static_cast<unsigned char>(c) >= 0x80)
            ascii = false;
    }
    // Only text beyond ASCII needs Unicode's case rules.
    return ascii ? utf8 : text.toLower().toUtf8();
}

bool UserStore::append(const User &user, DuplicateCheck check)
{
    const QByteArray id = user.id.toUtf8();
    if (check == CheckDuplicate && rowOfIdUtf8(id) >= 0)
        return false;
    const QByteArray email = user.email.toUtf8();
    QString searchText;
    searchText.reserve(user.email.size() + 1 + user.id.size());
    searchText.append(user.email);
    searchText.append(QChar(0x1F));
    searchText.append(user.id);
    const QByteArray search = searchKeyFor(searchText);
    Record record {};
    record.idBytes = quint32(id.size());
    record.emailBytes = quint32(email.size());
    record.searchBytes = quint32(search.size());
    char *at = allocateText(id.size() + email.size() + search.size(), &record.chunk, &record.offset);
    std::memcpy(at, id.constData(), size_t(id.size()));
    std::memcpy(at + id.size(), email.constData(), size_t(email.size()));
    std::memcpy(at + id.size() + email.size(), search.constData(), size_t(search.size()));
    record.state = internState(user.state);
    record.accounts = internAccounts(user.sequenceAccountIds);
    record.roleSet = m_registry->internRoleSet(user.roles);
    if ((m_records.size() + 1) * 2 > m_idCapacity)
        resizeIdTable(std::max<size_t>(1024, m_idCapacity * 2));
    m_records.push_back(record);
    insertIdSlot(quint32(m_records.size() - 1));
    return true;
}

QByteArrayView UserStore::idUtf8(int row) const
{
    const Record &record = m_records[size_t(row)];
    return QByteArrayView(text(record), record.idBytes);
}

QByteArrayView UserStore::emailUtf8(int row) const
{
    const Record &record = m_records[size_t(row)];
    return QByteArrayView(text(record) + record.idBytes, record.emailBytes);
}

QByteArrayView UserStore::searchKey(int row) const
{
    const Record &record = m_records[size_t(row)];
    return QByteArrayView(text(record) + record.idBytes + record.emailBytes, record.searchBytes);
}

QString UserStore::id(int row) const
{
    return QString::fromUtf8(idUtf8(row));
}

QString UserStore::email(int row) const
{
    return QString::fromUtf8(emailUtf8(row));
}

User UserStore::user(int row) const
{
    User user;
    user.id = id(row);
    user.email = email(row);
    user.state = state(row);
    user.sequenceAccountIds = accountIds(row);
    user.roles = roleSet(row).roles;
    return user;
}

qsizetype UserStore::bytesUsed() const
{
    qsizetype bytes = qsizetype(m_records.capacity() * sizeof(Record) + m_idCapacity * sizeof(quint32));
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.size;
    return bytes;
}

} // namespace sa
