// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotstore.h"

#include "roleregistry.h"
#include "userjson.h"
#include "usersparser.h"
#include "userstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace sa {

namespace {

// Each step brings the schema from version i to i + 1, in one transaction.
// A new version appends a step; a step is never changed once released.
//
// Sizes, for a million users (docs/BENCHMARKS.md): a user's row holds its id
// (a 16-byte blob when it is a UUID), an 8-byte digest of its content, its
// e-mail and state, and references to its account list and role set, which
// are stored once each. A snapshot's membership is its users' row numbers in
// order, delta-encoded and compressed: a few bytes for a whole snapshot of
// an account that barely changed.
const char *const kMigrations[] = {
    // 0 -> 1
    "CREATE TABLE roles(rid INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, json BLOB NOT NULL);"
    "CREATE TABLE role_sets(sid INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, roles TEXT NOT NULL);"
    "CREATE TABLE account_lists(lid INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, json TEXT NOT NULL);"
    "CREATE TABLE users(uid INTEGER PRIMARY KEY, id NOT NULL, digest INTEGER NOT NULL, email TEXT NOT NULL,"
    " state TEXT NOT NULL, accounts INTEGER NOT NULL REFERENCES account_lists(lid),"
    " role_set INTEGER NOT NULL REFERENCES role_sets(sid));"
    "CREATE INDEX users_id ON users(id, digest);"
    "CREATE TABLE snapshots(snapshot INTEGER PRIMARY KEY, profile TEXT NOT NULL, base_url TEXT NOT NULL,"
    " account TEXT NOT NULL, started TEXT NOT NULL, finished TEXT NOT NULL, api_version TEXT NOT NULL,"
    " user_count INTEGER NOT NULL, total_result_size INTEGER, complete INTEGER NOT NULL,"
    " tool_version TEXT NOT NULL, sha256 BLOB NOT NULL);"
    "CREATE INDEX snapshots_finished ON snapshots(complete, finished);"
    "CREATE TABLE snapshot_members(snapshot INTEGER PRIMARY KEY REFERENCES snapshots(snapshot) ON DELETE "
    "CASCADE,"
    " uids BLOB NOT NULL);",
};
constexpr int kMigrationCount = int(sizeof kMigrations / sizeof *kMigrations);
static_assert(kMigrationCount == SnapshotStore::kSchemaVersion, "one migration per schema version");

// A user id as stored: a canonical UUID as its 16 bytes, anything else as text.
QVariant idKey(const QString &id)
{
    if (id.size() == 36) {
        const QUuid uuid = QUuid::fromString(id);
        if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id)
            return uuid.toRfc4122();
    }
    return id;
}

QString idFromKey(const QVariant &key)
{
    if (key.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = key.toByteArray();
        if (bytes.size() == 16)
            return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }
    return key.toString();
}

// Row numbers in order as zigzag-encoded varint deltas, compressed.
QByteArray encodeUids(const std::vector<qint64> &uids)
{
    QByteArray out;
    out.reserve(qsizetype(uids.size()) * 2);
    qint64 previous = 0;
    for (const qint64 uid : uids) {
        const qint64 delta = uid - previous;
        previous = uid;
        quint64 zigzag = (quint64(delta) << 1) ^ quint64(delta >> 63);
        do {
            char byte = char(zigzag & 0x7f);
            zigzag >>= 7;
            if (zigzag)
                byte = char(byte | 0x80);
            out.append(byte);
        } while (zigzag);
    }
    return qCompress(out, 6);
}

// False when the bytes are not a list of count row numbers.
bool decodeUids(const QByteArray &stored, qint64 count, std::vector<qint64> *out)
{
    // qCompress's first four bytes give the size: a damaged one must not allocate gigabytes.
    if (stored.size() < 4)
        return count == 0 && stored.isEmpty();
    const quint64 declared = (quint64(quint8(stored[0])) << 24) | (quint64(quint8(stored[1])) << 16)
        | (quint64(quint8(stored[2])) << 8) | quint64(quint8(stored[3]));
    if (declared > quint64(count) * 10 + 16)
        return false;
    const QByteArray bytes = qUncompress(stored);
    out->clear();
    out->reserve(size_t(count));
    qint64 previous = 0;
    quint64 value = 0;
    int shift = 0;
    for (const char c : bytes) {
        if (shift > 63)
            return false;
        value |= quint64(quint8(c) & 0x7f) << shift;
        if (quint8(c) & 0x80) {
            shift += 7;
            continue;
        }
        const qint64 delta = qint64(value >> 1) ^ -qint64(value & 1);
        previous += delta;
        out->push_back(previous);
        value = 0;
        shift = 0;
    }
    return shift == 0 && qint64(out->size()) == count;
}

// Which positions form the longest run of row numbers that only grow: those
// are read with a few range scans, the others one by one.
std::vector<bool> longestIncreasing(const std::vector<qint64> &uids)
{
    const size_t n = uids.size();
    std::vector<size_t> tails; // position of the smallest tail of each length
    std::vector<qint64> previous(n, -1);
    for (size_t i = 0; i < n; ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), uids[i],
            [&uids](size_t position, qint64 uid) { return uids[position] < uid; });
        if (at != tails.begin())
            previous[i] = qint64(*(at - 1));
        if (at == tails.end())
            tails.push_back(i);
        else
            *at = i;
    }
    std::vector<bool> member(n, false);
    for (qint64 i = tails.empty() ? -1 : qint64(tails.back()); i >= 0; i = previous[size_t(i)])
        member[size_t(i)] = true;
    return member;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// Role sets read back as role definitions: each set and each role read and
// parsed once, into one registry.
class RoleSetReader
{
public:
    RoleSetReader(const QSqlDatabase &database, RoleRegistry &registry)
        : m_setQuery(database)
        , m_roleQuery(database)
        , m_registry(registry)
    {
        m_setQuery.prepare(QStringLiteral("SELECT roles FROM role_sets WHERE sid = ?"));
        m_roleQuery.prepare(QStringLiteral("SELECT json FROM roles WHERE rid = ?"));
    }

    // The roles of set sid, or null with *error.
    const std::vector<const RoleDefinition *> *roles(qint64 sid, QString *error)
    {
        const auto found = m_sets.constFind(sid);
        if (found != m_sets.constEnd())
            return &*found;
        m_setQuery.bindValue(0, sid);
        if (!m_setQuery.exec() || !m_setQuery.next()) {
            *error = QStringLiteral("role set %1 is missing").arg(sid);
            return nullptr;
        }
        const QStringList rids = m_setQuery.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_setQuery.finish();
        std::vector<const RoleDefinition *> definitions;
        for (const QString &text : rids) {
            const qint64 rid = text.toLongLong();
            auto role = m_roles.find(rid);
            if (role == m_roles.end()) {
                m_roleQuery.bindValue(0, rid);
                if (!m_roleQuery.exec() || !m_roleQuery.next()) {
                    *error = QStringLiteral("role %1 is missing").arg(rid);
                    return nullptr;
                }
                const QByteArray json = m_roleQuery.value(0).toByteArray();
                m_roleQuery.finish();
                const RoleDefinition *definition = nullptr;
                ParseError parseError;
                if (!parseRole(json, m_registry, &definition, &parseError)) {
                    *error = QStringLiteral("role %1 does not parse: %2").arg(rid).arg(parseError.message);
                    return nullptr;
                }
                role = m_roles.insert(rid, definition);
            }
            definitions.push_back(*role);
        }
        return &*m_sets.insert(sid, std::move(definitions));
    }

private:
    QSqlQuery m_setQuery;
    QSqlQuery m_roleQuery;
    RoleRegistry &m_registry;
    QHash<qint64, const RoleDefinition *> m_roles;
    QHash<qint64, std::vector<const RoleDefinition *>> m_sets;
};

} // namespace

struct SnapshotStore::Private
{
    QString connection = QStringLiteral("sa-snapshots-") + QUuid::createUuid().toString(QUuid::Id128);
    QString path;
    QString error;
    int schema = 0;
    bool open = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        error = query.lastError().text();
        return false;
    }
    bool fail(const QSqlQuery &query)
    {
        error = query.lastError().text();
        return false;
    }
    bool migrate(int target);
    SnapshotInfo infoFrom(const QSqlQuery &query) const;
};

static const char kInfoColumns[] = "snapshot, profile, base_url, account, started, finished, api_version, "
                                   "user_count, total_result_size, complete, tool_version, sha256";

SnapshotInfo SnapshotStore::Private::infoFrom(const QSqlQuery &query) const
{
    SnapshotInfo info;
    info.id = query.value(0).toLongLong();
    info.profileId = query.value(1).toString();
    info.baseUrl = QUrl(query.value(2).toString());
    info.account = query.value(3).toString();
    info.started = fromIso(query.value(4).toString());
    info.finished = fromIso(query.value(5).toString());
    info.apiVersion = query.value(6).toString();
    info.userCount = query.value(7).toLongLong();
    if (!query.value(8).isNull())
        info.totalResultSize = query.value(8).toLongLong();
    info.complete = query.value(9).toBool();
    info.toolVersion = query.value(10).toString();
    info.sha256 = query.value(11).toByteArray();
    return info;
}

bool SnapshotStore::Private::migrate(int target)
{
    QSqlQuery version(db());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return fail(version);
    schema = version.value(0).toInt();
    version.finish();
    if (schema > kSchemaVersion) {
        error
            = QStringLiteral("%1 was written by a newer Sequence Admin (schema %2; this version reads up to "
                             "%3). Use the newer version, or another store (--store).")
                  .arg(path)
                  .arg(schema)
                  .arg(kSchemaVersion);
        return false;
    }
    while (schema < target) {
        QSqlDatabase database = db();
        if (!database.transaction())
            return fail(QSqlQuery(database));
        const QStringList statements
            = QString::fromLatin1(kMigrations[schema]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!exec(statement)) {
                database.rollback();
                error = QStringLiteral("cannot upgrade %1 to schema %2: %3")
                            .arg(path)
                            .arg(schema + 1)
                            .arg(error);
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(schema + 1)) || !database.commit()) {
            database.rollback();
            return false;
        }
        ++schema;
    }
    return true;
}

SnapshotStore::SnapshotStore()
    : d(new Private)
{ }

SnapshotStore::~SnapshotStore()
{
    {
        QSqlDatabase database = d->db();
        if (database.isValid())
            database.close();
    }
    QSqlDatabase::removeDatabase(d->connection);
    delete d;
}

QString SnapshotStore::defaultPath()
{
    const QString overridden = qEnvironmentVariable("SEQUENCE_ADMIN_STORE");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/sequence-admin/snapshots.sqlite");
}

bool SnapshotStore::open(const QString &path, bool create, int upToVersion)
{
    d->path = path;
    d->open = false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        d->error = QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed; on Debian install "
                                  "libqt6sql6-sqlite");
        return false;
    }
    const QFileInfo file(path);
    if (!create && !file.exists()) {
        d->error
            = QStringLiteral("there is no snapshot store at %1 yet (take one with: snapshot take)").arg(path);
        return false;
    }
    QDir folder = file.absoluteDir();
    if (!folder.exists()) {
        // Ours: only its owner may list the snapshots.
        if (!QDir().mkpath(folder.absolutePath())) {
            d->error = QStringLiteral("cannot create the folder %1").arg(folder.absolutePath());
            return false;
        }
        QFile::setPermissions(folder.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!file.exists()) {
        // Created empty with owner-only permissions before SQLite opens it;
        // SQLite gives its -wal and -shm files the same.
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            d->error = QStringLiteral("cannot create %1: %2").arg(path, empty.errorString());
            return false;
        }
        empty.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    } else if (!file.isFile()) {
        d->error = QStringLiteral("%1 is not a regular file").arg(path);
        return false;
    }
    QSqlDatabase database = QSqlDatabase::contains(d->connection)
        ? QSqlDatabase::database(d->connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    database.setDatabaseName(path);
    // Another process (the window, a CLI run) may be writing: wait up to 10 s.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open()) {
        d->error = QStringLiteral("cannot open %1: %2").arg(path, database.lastError().text());
        return false;
    }
    {
        // A file that is not SQLite fails here, at its first read.
        QSqlQuery check(database);
        if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            d->error = QStringLiteral("%1 is not a snapshot store: %2").arg(path, check.lastError().text());
            database.close();
            return false;
        }
        check.finish();
    }
    if (!d->exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !d->exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !d->exec(QStringLiteral("PRAGMA synchronous = NORMAL")) || !d->migrate(upToVersion)) {
        database.close();
        return false;
    }
    d->open = true;
    return true;
}

bool SnapshotStore::isOpen() const
{
    return d->open;
}

QString SnapshotStore::path() const
{
    return d->path;
}

QString SnapshotStore::errorString() const
{
    return d->error;
}

int SnapshotStore::schemaVersion() const
{
    return d->schema;
}

qint64 SnapshotStore::save(
    const UserStore &users, SnapshotInfo info, const std::function<bool(qsizetype)> &progress)
{
    if (!d->open) {
        d->error = QStringLiteral("the store is not open");
        return 0;
    }
    QSqlDatabase database = d->db();
    if (!database.transaction()) {
        d->error = database.lastError().text();
        return 0;
    }
    auto failed = [&](const QSqlQuery &query) {
        d->error = query.lastError().text();
        database.rollback();
        return qint64(0);
    };
    QSqlQuery insertRole(database), selectRole(database), insertSet(database), selectSet(database);
    QSqlQuery insertList(database), selectList(database), insertUser(database), selectUser(database);
    insertRole.prepare(QStringLiteral("INSERT OR IGNORE INTO roles(hash, json) VALUES(?, ?)"));
    selectRole.prepare(QStringLiteral("SELECT rid FROM roles WHERE hash = ?"));
    insertSet.prepare(QStringLiteral("INSERT OR IGNORE INTO role_sets(hash, roles) VALUES(?, ?)"));
    selectSet.prepare(QStringLiteral("SELECT sid FROM role_sets WHERE hash = ?"));
    insertList.prepare(QStringLiteral("INSERT OR IGNORE INTO account_lists(hash, json) VALUES(?, ?)"));
    selectList.prepare(QStringLiteral("SELECT lid FROM account_lists WHERE hash = ?"));
    insertUser.prepare(QStringLiteral(
        "INSERT INTO users(id, digest, email, state, accounts, role_set) VALUES(?, ?, ?, ?, ?, ?)"));
    selectUser.prepare(QStringLiteral("SELECT uid FROM users WHERE id = ? AND digest = ?"));

    // Content-addressed: insert unless present, then the row of that hash.
    auto rowOf = [](QSqlQuery &insert, QSqlQuery &select, const QByteArray &hash, qint64 *row) {
        if (!insert.exec())
            return false;
        if (insert.numRowsAffected() == 1) {
            *row = insert.lastInsertId().toLongLong();
            return true;
        }
        select.bindValue(0, hash);
        if (!select.exec() || !select.next())
            return false;
        *row = select.value(0).toLongLong();
        select.finish();
        return true;
    };
    struct Stored
    {
        qint64 row;
        QByteArray hash;
    };
    const RoleRegistry &registry = users.registry();
    QHash<const RoleDefinition *, Stored> roles;
    std::unordered_map<quint32, Stored> roleSets;
    std::unordered_map<quint32, Stored> accountLists;
    QCryptographicHash content(QCryptographicHash::Sha256);
    QByteArray canonical;
    std::vector<qint64> uids;
    uids.reserve(size_t(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const quint32 setIndex = users.roleSetIndex(row);
        auto set = roleSets.find(setIndex);
        if (set == roleSets.end()) {
            QByteArray setHashInput;
            QStringList rids;
            for (const RoleDefinition *role : registry.roleSet(setIndex).roles) {
                auto stored = roles.find(role);
                if (stored == roles.end()) {
                    QByteArray json;
                    appendRoleJson(json, *role, registry.catalog());
                    Stored entry {0, sha256(json)};
                    insertRole.bindValue(0, entry.hash);
                    insertRole.bindValue(1, json);
                    if (!rowOf(insertRole, selectRole, entry.hash, &entry.row))
                        return failed(insertRole.lastError().isValid() ? insertRole : selectRole);
                    stored = roles.insert(role, entry);
                }
                setHashInput += stored->hash;
                rids << QString::number(stored->row);
            }
            Stored entry {0, sha256(setHashInput)};
            insertSet.bindValue(0, entry.hash);
            insertSet.bindValue(1, rids.join(QLatin1Char(',')));
            if (!rowOf(insertSet, selectSet, entry.hash, &entry.row))
                return failed(insertSet.lastError().isValid() ? insertSet : selectSet);
            set = roleSets.emplace(setIndex, entry).first;
        }
        const quint32 accountIndex = users.accountListIndex(row);
        auto accounts = accountLists.find(accountIndex);
        if (accounts == accountLists.end()) {
            QByteArray json = "[";
            const QStringList &ids = users.accountList(accountIndex);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if (i)
                    json += ',';
                appendJsonString(json, ids[i]);
            }
            json += ']';
            Stored entry {0, sha256(json)};
            insertList.bindValue(0, entry.hash);
            insertList.bindValue(1, QString::fromUtf8(json));
            if (!rowOf(insertList, selectList, entry.hash, &entry.row))
                return failed(insertList.lastError().isValid() ? insertList : selectList);
            accounts = accountLists.emplace(accountIndex, entry).first;
        }
        const QByteArrayView idUtf8 = users.idUtf8(row);
        const QByteArrayView emailUtf8 = users.emailUtf8(row);
        const QString &state = users.state(row);
        canonical.clear();
        canonical += idUtf8;
        canonical += '\0';
        canonical += emailUtf8;
        canonical += '\0';
        canonical += state.toUtf8();
        canonical += '\0';
        canonical += accounts->second.hash;
        canonical += set->second.hash;
        const QByteArray hash = sha256(canonical);
        content.addData(hash);
        qint64 digest = 0;
        std::memcpy(&digest, hash.constData(), sizeof digest);
        const QVariant id = idKey(QString::fromUtf8(idUtf8));
        // The same user unchanged since an earlier snapshot: its row again.
        selectUser.bindValue(0, id);
        selectUser.bindValue(1, digest);
        if (!selectUser.exec())
            return failed(selectUser);
        qint64 uid = 0;
        if (selectUser.next()) {
            uid = selectUser.value(0).toLongLong();
            selectUser.finish();
        } else {
            insertUser.bindValue(0, id);
            insertUser.bindValue(1, digest);
            insertUser.bindValue(2, QString::fromUtf8(emailUtf8));
            insertUser.bindValue(3, notNull(state));
            insertUser.bindValue(4, accounts->second.row);
            insertUser.bindValue(5, set->second.row);
            if (!insertUser.exec())
                return failed(insertUser);
            uid = insertUser.lastInsertId().toLongLong();
        }
        uids.push_back(uid);
        if (progress && (row & 4095) == 4095 && !progress(row + 1)) {
            database.rollback();
            d->error = QStringLiteral("cancelled");
            return 0;
        }
    }
    QSqlQuery snapshot(database);
    snapshot.prepare(QStringLiteral(
        "INSERT INTO snapshots(profile, base_url, account, started, finished, api_version, user_count, "
        "total_result_size, complete, tool_version, sha256) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    snapshot.addBindValue(notNull(info.profileId));
    snapshot.addBindValue(info.baseUrl.toString(QUrl::RemoveUserInfo));
    snapshot.addBindValue(notNull(info.account));
    snapshot.addBindValue(isoTime(info.started));
    snapshot.addBindValue(isoTime(info.finished));
    snapshot.addBindValue(notNull(info.apiVersion));
    snapshot.addBindValue(qint64(users.size()));
    snapshot.addBindValue(
        info.totalResultSize ? QVariant(*info.totalResultSize) : QVariant(QMetaType(QMetaType::LongLong)));
    snapshot.addBindValue(info.complete ? 1 : 0);
    snapshot.addBindValue(notNull(info.toolVersion));
    snapshot.addBindValue(content.result());
    if (!snapshot.exec())
        return failed(snapshot);
    const qint64 id = snapshot.lastInsertId().toLongLong();
    QSqlQuery members(database);
    members.prepare(QStringLiteral("INSERT INTO snapshot_members(snapshot, uids) VALUES(?, ?)"));
    members.addBindValue(id);
    members.addBindValue(encodeUids(uids));
    if (!members.exec())
        return failed(members);
    if (!database.commit()) {
        d->error = database.lastError().text();
        database.rollback();
        return 0;
    }
    if (progress)
        progress(users.size());
    return id;
}

std::vector<SnapshotInfo> SnapshotStore::list() const
{
    std::vector<SnapshotInfo> all;
    QSqlQuery query(d->db());
    if (!query.exec(QStringLiteral("SELECT %1 FROM snapshots ORDER BY snapshot DESC")
                        .arg(QLatin1String(kInfoColumns))))
        return all;
    while (query.next())
        all.push_back(d->infoFrom(query));
    return all;
}

std::optional<SnapshotInfo> SnapshotStore::info(qint64 id) const
{
    QSqlQuery query(d->db());
    query.prepare(
        QStringLiteral("SELECT %1 FROM snapshots WHERE snapshot = ?").arg(QLatin1String(kInfoColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return d->infoFrom(query);
}

qint64 SnapshotStore::resolve(const QString &ref, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return qint64(0);
    };
    if (!ref.startsWith(QLatin1Char('@')))
        return fail(
            QStringLiteral("\"%1\" is not a snapshot reference: use @N, @latest, @latest~K or @YYYY-MM-DD")
                .arg(ref));
    const QString what = ref.mid(1);
    QSqlQuery query(d->db());
    bool number = false;
    const qint64 id = what.toLongLong(&number);
    if (number && id > 0) {
        if (!info(id))
            return fail(QStringLiteral("no snapshot %1 in %2 (see: snapshot list)").arg(ref, d->path));
        return id;
    }
    if (what == QLatin1String("latest") || what.startsWith(QLatin1String("latest~"))) {
        qint64 back = 0;
        if (what.size() > 6) {
            bool ok = false;
            back = what.mid(7).toLongLong(&ok);
            if (!ok || back < 0)
                return fail(QStringLiteral("\"%1\": @latest~K takes a whole number K").arg(ref));
        }
        query.prepare(QStringLiteral("SELECT snapshot FROM snapshots WHERE complete = 1 ORDER BY finished "
                                     "DESC, snapshot DESC LIMIT 1 OFFSET ?"));
        query.addBindValue(back);
    } else {
        const QDate day = QDate::fromString(what, Qt::ISODate);
        if (!day.isValid())
            return fail(QStringLiteral(
                "\"%1\" is not a snapshot reference: use @N, @latest, @latest~K or @YYYY-MM-DD")
                            .arg(ref));
        query.prepare(QStringLiteral("SELECT snapshot FROM snapshots WHERE complete = 1 AND finished < ? "
                                     "ORDER BY finished DESC, snapshot DESC LIMIT 1"));
        query.addBindValue(isoTime(QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc())));
    }
    if (!query.exec())
        return fail(query.lastError().text());
    if (!query.next())
        return fail(
            QStringLiteral("no complete snapshot matches %1 in %2 (see: snapshot list)").arg(ref, d->path));
    return query.value(0).toLongLong();
}

bool SnapshotStore::load(qint64 id, UserStore &users, QString *error) const
{
    if (const std::optional<SnapshotInfo> meta = info(id))
        users.reserve(users.size() + meta->userCount);
    QString duplicate;
    const bool ok = load(
        id, users.registry(),
        [&](std::vector<User> &batch) {
            for (const User &user : batch) {
                if (!users.append(user)) {
                    duplicate = user.id;
                    return false;
                }
            }
            return true;
        },
        error);
    if (!duplicate.isEmpty() && error)
        *error = QStringLiteral("cannot read snapshot @%1 from %2: user %3 appears twice")
                     .arg(id)
                     .arg(d->path, duplicate);
    return ok;
}

bool SnapshotStore::load(qint64 id, RoleRegistry &registry,
    const std::function<bool(std::vector<User> &batch)> &consume, QString *error, int batchSize) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot read snapshot @%1 from %2: %3").arg(id).arg(d->path, why);
        return false;
    };
    const std::optional<SnapshotInfo> meta = info(id);
    if (!meta)
        return fail(QStringLiteral("there is no such snapshot"));
    QSqlDatabase database = d->db();
    std::vector<qint64> uids;
    {
        QSqlQuery members(database);
        members.prepare(QStringLiteral("SELECT uids FROM snapshot_members WHERE snapshot = ?"));
        members.addBindValue(id);
        if (!members.exec() || !members.next())
            return fail(QStringLiteral("its list of users is missing"));
        if (!decodeUids(members.value(0).toByteArray(), meta->userCount, &uids))
            return fail(QStringLiteral("its list of users is damaged"));
    }

    struct Row
    {
        QVariant id;
        QString email;
        QString state;
        qint64 accounts = 0;
        qint64 roleSet = 0;
    };
    auto rowFrom = [](const QSqlQuery &query) {
        return Row {query.value(1), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toLongLong(), query.value(5).toLongLong()};
    };
    static const QString columns = QStringLiteral("uid, id, email, state, accounts, role_set");

    // Most users keep the order of their rows: those come from a few range
    // scans; the rest (new or changed users placed before older ones) one by one.
    const std::vector<bool> inOrder = longestIncreasing(uids);
    QHash<qint64, Row> scattered;
    {
        QSqlQuery one(database);
        one.prepare(QStringLiteral("SELECT %1 FROM users WHERE uid = ?").arg(columns));
        for (size_t i = 0; i < uids.size(); ++i) {
            if (inOrder[i])
                continue;
            one.bindValue(0, uids[i]);
            if (!one.exec() || !one.next())
                return fail(QStringLiteral("user row %1 is missing").arg(uids[i]));
            scattered.insert(uids[i], rowFrom(one));
            one.finish();
        }
    }
    // The in-order rows: ranges of row numbers with small gaps between them.
    std::vector<std::pair<qint64, qint64>> ranges;
    for (size_t i = 0; i < uids.size(); ++i) {
        if (!inOrder[i])
            continue;
        if (!ranges.empty() && uids[i] - ranges.back().second <= 64)
            ranges.back().second = uids[i];
        else
            ranges.emplace_back(uids[i], uids[i]);
    }
    size_t range = 0;
    QSqlQuery scan(database);
    scan.setForwardOnly(true);
    bool scanning = false;
    auto nextInOrder = [&](qint64 uid, Row *out) {
        for (;;) {
            if (!scanning) {
                if (range >= ranges.size())
                    return false;
                scan.prepare(QStringLiteral("SELECT %1 FROM users WHERE uid BETWEEN ? AND ? ORDER BY uid")
                                 .arg(columns));
                scan.addBindValue(ranges[range].first);
                scan.addBindValue(ranges[range].second);
                if (!scan.exec())
                    return false;
                scanning = true;
            }
            while (scan.next()) {
                const qint64 at = scan.value(0).toLongLong();
                if (at == uid) {
                    *out = rowFrom(scan);
                    return true;
                }
                if (at > uid)
                    return false;
            }
            scan.finish();
            scanning = false;
            ++range;
        }
    };

    RoleSetReader roleSets(database, registry);
    QSqlQuery listQuery(database);
    listQuery.prepare(QStringLiteral("SELECT json FROM account_lists WHERE lid = ?"));
    QHash<qint64, QStringList> accountLists;
    QHash<QString, QString> states;
    std::vector<User> batch;
    batch.reserve(size_t(std::max(1, batchSize)));
    for (size_t i = 0; i < uids.size(); ++i) {
        Row row;
        if (inOrder[i]) {
            if (!nextInOrder(uids[i], &row))
                return fail(QStringLiteral("user row %1 is missing").arg(uids[i]));
        } else {
            row = scattered.take(uids[i]);
        }
        User user;
        user.id = idFromKey(row.id);
        user.email = row.email;
        auto state = states.find(row.state);
        if (state == states.end())
            state = states.insert(row.state, registry.internText(row.state));
        user.state = *state;
        auto list = accountLists.find(row.accounts);
        if (list == accountLists.end()) {
            listQuery.bindValue(0, row.accounts);
            if (!listQuery.exec() || !listQuery.next())
                return fail(QStringLiteral("account list %1 is missing").arg(row.accounts));
            QStringList ids;
            const QJsonArray array = QJsonDocument::fromJson(listQuery.value(0).toString().toUtf8()).array();
            listQuery.finish();
            for (const QJsonValue &value : array)
                ids << registry.internText(value.toString());
            list = accountLists.insert(row.accounts, ids);
        }
        user.sequenceAccountIds = *list;
        QString problem;
        const std::vector<const RoleDefinition *> *roles = roleSets.roles(row.roleSet, &problem);
        if (!roles)
            return fail(problem);
        user.roles = *roles;
        batch.push_back(std::move(user));
        if (int(batch.size()) >= batchSize) {
            if (!consume(batch))
                return false;
            batch.clear();
        }
    }
    if (!batch.empty() && !consume(batch))
        return false;
    return true;
}

std::shared_ptr<LoadedSnapshot> SnapshotStore::loadWhole(qint64 id, QString *error) const
{
    auto loaded = std::make_shared<LoadedSnapshot>();
    if (!load(id, loaded->users, error))
        return nullptr;
    loaded->info = *info(id);
    return loaded;
}

std::optional<SnapshotInfo> SnapshotStore::latestFor(const QString &profileId, const QUrl &baseUrl) const
{
    QSqlQuery query(d->db());
    query.prepare(
        QStringLiteral("SELECT %1 FROM snapshots WHERE complete = 1 AND base_url = ? AND (? = '' OR "
                       "profile = ?) ORDER BY finished DESC, snapshot DESC LIMIT 1")
            .arg(QLatin1String(kInfoColumns)));
    query.addBindValue(baseUrl.toString(QUrl::RemoveUserInfo));
    query.addBindValue(notNull(profileId));
    query.addBindValue(notNull(profileId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return d->infoFrom(query);
}

std::vector<UserHistoryEvent> SnapshotStore::userHistory(
    const QString &userId, const QUrl &baseUrl, QString *error) const
{
    std::vector<UserHistoryEvent> events;
    QSqlDatabase database = d->db();
    // The user's rows: one per content it has had.
    QSqlQuery rows(database);
    rows.prepare(QStringLiteral("SELECT uid, state, role_set FROM users WHERE id = ?"));
    rows.addBindValue(idKey(userId));
    if (!rows.exec()) {
        if (error)
            *error = rows.lastError().text();
        return events;
    }
    QHash<qint64, std::pair<QString, qint64>> contents; // uid -> state, role set
    while (rows.next())
        contents.insert(rows.value(0).toLongLong(), {rows.value(1).toString(), rows.value(2).toLongLong()});
    if (contents.isEmpty())
        return events;
    // Complete snapshots only: a user missing from a partial one may simply not have been loaded.
    QSqlQuery snapshots(database);
    snapshots.setForwardOnly(true);
    snapshots.prepare(QStringLiteral(
        "SELECT s.snapshot, s.finished, s.user_count, m.uids FROM snapshots s JOIN snapshot_members m ON "
        "m.snapshot = s.snapshot WHERE s.complete = 1 AND s.base_url = ? ORDER BY s.finished, s.snapshot"));
    snapshots.addBindValue(baseUrl.toString(QUrl::RemoveUserInfo));
    if (!snapshots.exec()) {
        if (error)
            *error = snapshots.lastError().text();
        return events;
    }
    std::vector<std::pair<qint64, QDateTime>> order;
    QHash<qint64, std::pair<QString, qint64>> present; // snapshot -> state, role set
    std::vector<qint64> members;
    while (snapshots.next()) {
        const qint64 snapshot = snapshots.value(0).toLongLong();
        order.emplace_back(snapshot, fromIso(snapshots.value(1).toString()));
        if (!decodeUids(snapshots.value(3).toByteArray(), snapshots.value(2).toLongLong(), &members))
            continue;
        for (const qint64 uid : members) {
            const auto content = contents.constFind(uid);
            if (content != contents.constEnd()) {
                present.insert(snapshot, *content);
                break;
            }
        }
    }

    // Role sets as role definitions, interned in a registry of this look-up's own.
    RoleRegistry registry;
    RoleSetReader roleSets(database, registry);
    QString unreadable;
    static const std::vector<const RoleDefinition *> none;
    auto rolesOf = [&](qint64 sid) -> const std::vector<const RoleDefinition *> & {
        const std::vector<const RoleDefinition *> *roles = roleSets.roles(sid, &unreadable);
        return roles ? *roles : none;
    };
    // Which role brings each grant (the first that does).
    auto grants = [&](const std::vector<const RoleDefinition *> &roles) {
        QMap<GrantKey, QString> out;
        for (const RoleDefinition *role : roles) {
            for (GrantKey key : role->grants()) {
                if (!out.contains(key))
                    out.insert(key, role->name());
            }
        }
        return out;
    };
    auto grantText = [&](GrantKey key) {
        return QStringLiteral("%1 on %2")
            .arg(registry.catalog().actionName(grantAction(key)),
                registry.catalog().resourceName(grantResource(key)));
    };

    bool seen = false, inPrevious = false;
    QString state;
    qint64 roleSet = -1;
    qint64 lastSnapshot = 0;
    QDateTime lastTime;
    for (const auto &[snapshot, when] : order) {
        const auto here = present.constFind(snapshot);
        if (here == present.constEnd()) {
            if (inPrevious)
                events.push_back({UserHistoryEvent::Kind::Removed, snapshot, when, QString(), QString()});
            inPrevious = false;
            continue;
        }
        const auto &[newState, newSet] = *here;
        if (!seen) {
            events.push_back({UserHistoryEvent::Kind::FirstSeen, snapshot, when, newState, QString()});
            for (const RoleDefinition *role : rolesOf(newSet))
                events.push_back(
                    {UserHistoryEvent::Kind::RoleGained, snapshot, when, role->name(), role->name()});
        } else {
            if (!inPrevious)
                events.push_back({UserHistoryEvent::Kind::Reappeared, snapshot, when, newState, QString()});
            if (newState != state)
                events.push_back({UserHistoryEvent::Kind::StateChanged, snapshot, when,
                    QStringLiteral("%1 \u2192 %2").arg(state, newState), QString()});
            if (newSet != roleSet) {
                const auto &before = rolesOf(roleSet);
                const auto &after = rolesOf(newSet);
                auto names = [](const std::vector<const RoleDefinition *> &roles) {
                    QStringList list;
                    for (const RoleDefinition *role : roles)
                        list << role->name();
                    return list;
                };
                const QStringList oldNames = names(before), newNames = names(after);
                for (const QString &name : newNames) {
                    if (!oldNames.contains(name))
                        events.push_back({UserHistoryEvent::Kind::RoleGained, snapshot, when, name, name});
                }
                for (const QString &name : oldNames) {
                    if (!newNames.contains(name))
                        events.push_back({UserHistoryEvent::Kind::RoleLost, snapshot, when, name, name});
                }
                const QMap<GrantKey, QString> oldGrants = grants(before), newGrants = grants(after);
                for (auto it = newGrants.cbegin(); it != newGrants.cend(); ++it) {
                    if (!oldGrants.contains(it.key()))
                        events.push_back({UserHistoryEvent::Kind::PermissionGained, snapshot, when,
                            grantText(it.key()), it.value()});
                }
                for (auto it = oldGrants.cbegin(); it != oldGrants.cend(); ++it) {
                    if (!newGrants.contains(it.key()))
                        events.push_back({UserHistoryEvent::Kind::PermissionLost, snapshot, when,
                            grantText(it.key()), it.value()});
                }
            }
        }
        seen = true;
        inPrevious = true;
        state = newState;
        roleSet = newSet;
        lastSnapshot = snapshot;
        lastTime = when;
    }
    if (seen && !order.empty() && lastSnapshot != order.back().first)
        events.push_back({UserHistoryEvent::Kind::LastSeen, lastSnapshot, lastTime, state, QString()});
    if (!unreadable.isEmpty() && error)
        *error = unreadable;
    return events;
}

int SnapshotStore::prune(int keepLast, int keepMonthly)
{
    const std::vector<SnapshotInfo> all = list();
    std::vector<SnapshotInfo> complete;
    for (const SnapshotInfo &snapshot : all) {
        if (snapshot.complete)
            complete.push_back(snapshot);
    }
    std::sort(complete.begin(), complete.end(),
        [](const SnapshotInfo &a, const SnapshotInfo &b) { return a.finished > b.finished; });
    QSet<qint64> keep;
    for (int i = 0; i < keepLast && i < int(complete.size()); ++i)
        keep.insert(complete[size_t(i)].id);
    if (keepMonthly > 0) {
        QSet<QString> months;
        for (const SnapshotInfo &snapshot : complete) {
            const QString month = snapshot.finished.toString(QStringLiteral("yyyy-MM"));
            if (months.contains(month))
                continue;
            if (months.size() >= keepMonthly)
                break;
            months.insert(month);
            keep.insert(snapshot.id);
        }
    }
    QSqlDatabase database = d->db();
    if (!database.transaction()) {
        d->error = database.lastError().text();
        return -1;
    }
    auto failed = [&](const QSqlQuery &query) {
        d->error = query.lastError().text();
        database.rollback();
        return -1;
    };
    int dropped = 0;
    QSqlQuery drop(database);
    drop.prepare(QStringLiteral("DELETE FROM snapshots WHERE snapshot = ?"));
    for (const SnapshotInfo &snapshot : all) {
        if (keep.contains(snapshot.id))
            continue;
        drop.bindValue(0, snapshot.id);
        if (!drop.exec())
            return failed(drop);
        ++dropped;
    }
    // The rows the snapshots kept still name; the rest goes.
    QSqlQuery step(database);
    if (!step.exec(QStringLiteral("CREATE TEMP TABLE kept_uids(uid INTEGER PRIMARY KEY)")))
        return failed(step);
    QSqlQuery kept(database);
    kept.prepare(QStringLiteral("INSERT OR IGNORE INTO kept_uids(uid) VALUES(?)"));
    QSqlQuery members(database);
    members.setForwardOnly(true);
    if (!members.exec(QStringLiteral("SELECT m.uids, s.user_count FROM snapshot_members m JOIN snapshots s "
                                     "ON s.snapshot = m.snapshot")))
        return failed(members);
    std::vector<qint64> uids;
    while (members.next()) {
        if (!decodeUids(members.value(0).toByteArray(), members.value(1).toLongLong(), &uids)) {
            d->error = QStringLiteral("a snapshot's list of users is damaged; nothing was pruned");
            database.rollback();
            return -1;
        }
        for (const qint64 uid : uids) {
            kept.bindValue(0, uid);
            if (!kept.exec())
                return failed(kept);
        }
    }
    for (const char *sql : {"DELETE FROM users WHERE uid NOT IN (SELECT uid FROM kept_uids)",
             "DROP TABLE kept_uids", "DELETE FROM role_sets WHERE sid NOT IN (SELECT role_set FROM users)",
             "DELETE FROM account_lists WHERE lid NOT IN (SELECT accounts FROM users)"}) {
        if (!step.exec(QString::fromLatin1(sql)))
            return failed(step);
    }
    QSet<qint64> usedRoles;
    QSqlQuery sets(database);
    if (!sets.exec(QStringLiteral("SELECT roles FROM role_sets")))
        return failed(sets);
    while (sets.next()) {
        const QStringList rids = sets.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &rid : rids)
            usedRoles.insert(rid.toLongLong());
    }
    QSqlQuery roles(database);
    std::vector<qint64> unused;
    if (!roles.exec(QStringLiteral("SELECT rid FROM roles")))
        return failed(roles);
    while (roles.next()) {
        if (!usedRoles.contains(roles.value(0).toLongLong()))
            unused.push_back(roles.value(0).toLongLong());
    }
    QSqlQuery dropRole(database);
    dropRole.prepare(QStringLiteral("DELETE FROM roles WHERE rid = ?"));
    for (const qint64 rid : unused) {
        dropRole.bindValue(0, rid);
        if (!dropRole.exec())
            return failed(dropRole);
    }
    if (!database.commit()) {
        d->error = database.lastError().text();
        database.rollback();
        return -1;
    }
    return dropped;
}

QString SnapshotStore::integrityCheck() const
{
    QSqlQuery query(d->db());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

qint64 SnapshotStore::storedUserRows() const
{
    QSqlQuery query(d->db());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace sa
