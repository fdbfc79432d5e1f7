#include "userstore.h"

#include <cstring>

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
    m_idSlots = {};
    // States, account lists: kept, they are few and shared.
}

void UserStore::reserve(qsizetype count)
{
    if (count > qsizetype(m_records.capacity()))
        m_records.reserve(size_t(count));
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
    // FNV-1a: ids are short, and this runs once per user.
    quint64 hash = 1469598103934665603ull;
    for (const char c : id) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

void UserStore::growIdTable()
{
    std::vector<quint32> old = std::move(m_idSlots);
    m_idSlots.assign(std::max<size_t>(1024, old.size() * 2), 0);
    for (quint32 slot : old) {
        if (slot)
            insertIdSlot(slot - 1);
    }
}

void UserStore::insertIdSlot(quint32 row)
{
    const size_t mask = m_idSlots.size() - 1;
    size_t at = size_t(hashId(idUtf8(int(row)))) & mask;
    while (m_idSlots[at])
        at = (at + 1) & mask;
    m_idSlots[at] = row + 1;
}

bool UserStore::containsId(QStringView id) const
{
    if (m_idSlots.empty())
        return false;
    const QByteArray utf8 = id.toUtf8();
    const size_t mask = m_idSlots.size() - 1;
    for (size_t at = size_t(hashId(utf8)) & mask; m_idSlots[at]; at = (at + 1) & mask) {
        if (idUtf8(int(m_idSlots[at] - 1)) == QByteArrayView(utf8))
            return true;
    }
    return false;
}

bool UserStore::append(const User &user)
{
    if (containsId(user.id))
        return false;
    const QByteArray id = user.id.toUtf8();
    const QByteArray email = user.email.toUtf8();
    const QByteArray search = searchKeyFor(user.email + QChar(0x1F) + user.id);
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
    if ((m_records.size() + 1) * 2 > m_idSlots.size())
        growIdTable();
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
    qsizetype bytes
        = qsizetype(m_records.capacity() * sizeof(Record) + m_idSlots.capacity() * sizeof(quint32));
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.size;
    return bytes;
}

} // namespace sa
