// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot store on real SQLite files: what goes in comes out, content is
// stored once, references resolve, old schemas upgrade, and a writer killed
// mid-snapshot leaves the file intact.
#include "emulatordataset.h"
#include "roleregistry.h"
#include "snapshotstore.h"
#include "userjson.h"
#include "usersparser.h"
#include "userstore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sa;

namespace {

// Users as the API sends them, parsed into the store's registry as a load
// would. edit may change a user before it is stored.
bool fill(UserStore &store, quint64 seed, qint64 count, const std::function<void(User &)> &edit = {})
{
    QString error;
    const bool ok = EmulatorDataset(seed, count)
                        .loadInto(
                            store,
                            [&edit](User &user, qint64) {
                                if (edit)
                                    edit(user);
                            },
                            &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

QByteArray userJson(const UserStore &store, int row)
{
    QByteArray out;
    appendUserJson(out, store.user(row), store.registry().catalog());
    return out;
}

SnapshotInfo infoAt(const QString &finished, bool complete = true)
{
    SnapshotInfo info;
    info.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api"));
    info.account = QStringLiteral("test");
    info.finished = QDateTime::fromString(finished, Qt::ISODate);
    info.started = info.finished.addSecs(-60);
    info.apiVersion = QStringLiteral("2024-07-30");
    info.complete = complete;
    info.toolVersion = QStringLiteral("test");
    return info;
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveBackExactlyWhatWasStored();
    void shouldStoreUnchangedUsersOnce();
    void shouldResolveReferences();
    void shouldKeepTheFileToItsOwner();
    void shouldUpgradeEveryEarlierSchema();
    void shouldRefuseWhatItCannotRead();
    void shouldPruneAndDropWhatNoSnapshotNeeds();
    void shouldSurviveAWriterKilledMidSnapshot();
    void shouldTellAUsersHistory();
};

void TestSnapshotStore::shouldGiveBackExactlyWhatWasStored()
{
    QTemporaryDir dir;
    RoleRegistry registry;
    UserStore users(&registry);
    QVERIFY(fill(users, 3, 2500));
    SnapshotStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite"))), qPrintable(store.errorString()));
    SnapshotInfo info = infoAt(QStringLiteral("2026-11-01T10:00:00Z"));
    info.totalResultSize = 2500;
    const qint64 id = store.save(users, info);
    QCOMPARE(id, 1);

    RoleRegistry otherRegistry;
    UserStore loaded(&otherRegistry);
    QString error;
    QVERIFY2(store.load(id, loaded, &error), qPrintable(error));
    QCOMPARE(loaded.size(), users.size());
    // The same users, in the same order, with the same roles and permissions,
    // as the API's JSON of each shows.
    for (int row = 0; row < users.size(); ++row)
        QCOMPARE(userJson(loaded, row), userJson(users, row));
    const SnapshotInfo back = *store.info(id);
    QCOMPARE(back.userCount, 2500);
    QCOMPARE(back.totalResultSize, std::optional<qint64>(2500));
    QCOMPARE(back.finished, info.finished);
    QVERIFY(back.complete);
    QCOMPARE(back.sha256.size(), 32);
}

void TestSnapshotStore::shouldStoreUnchangedUsersOnce()
{
    QTemporaryDir dir;
    SnapshotStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
    RoleRegistry registry;
    UserStore first(&registry);
    QVERIFY(fill(first, 5, 1000));
    const qint64 a = store.save(first, infoAt(QStringLiteral("2026-11-01T10:00:00Z")));
    const qint64 b = store.save(first, infoAt(QStringLiteral("2026-11-02T10:00:00Z")));
    QVERIFY(a && b);
    QCOMPARE(store.storedUserRows(), 1000); // the second snapshot added no user
    QCOMPARE(store.info(a)->sha256, store.info(b)->sha256);

    // 1% changed: ten more rows, and a different content hash.
    UserStore changed(&registry);
    int edited = 0;
    QVERIFY(fill(changed, 5, 1000, [&](User &user) {
        if (edited < 10 && user.email.size() % 3 == 0) {
            user.state = QStringLiteral("deactivated");
            ++edited;
        }
    }));
    QCOMPARE(edited, 10);
    const qint64 c = store.save(changed, infoAt(QStringLiteral("2026-11-03T10:00:00Z")));
    QVERIFY(c);
    QCOMPARE(store.storedUserRows(), 1010);
    QVERIFY(store.info(c)->sha256 != store.info(a)->sha256);
}

void TestSnapshotStore::shouldResolveReferences()
{
    QTemporaryDir dir;
    SnapshotStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
    RoleRegistry registry;
    UserStore users(&registry);
    QVERIFY(fill(users, 1, 50));
    QCOMPARE(store.save(users, infoAt(QStringLiteral("2026-09-15T10:00:00Z"))), 1);
    QCOMPARE(store.save(users, infoAt(QStringLiteral("2026-10-01T23:59:00Z"))), 2);
    QCOMPARE(store.save(users, infoAt(QStringLiteral("2026-10-02T00:01:00Z"))), 3);
    QCOMPARE(store.save(users, infoAt(QStringLiteral("2026-11-01T10:00:00Z"), false)), 4); // partial
    QString error;
    QCOMPARE(store.resolve(QStringLiteral("@2"), &error), 2);
    QCOMPARE(store.resolve(QStringLiteral("@4"), &error), 4); // by number, partial or not
    QCOMPARE(store.resolve(QStringLiteral("@latest"), &error), 3); // the newest complete one
    QCOMPARE(store.resolve(QStringLiteral("@latest~1"), &error), 2);
    QCOMPARE(store.resolve(QStringLiteral("@latest~2"), &error), 1);
    QCOMPARE(store.resolve(QStringLiteral("@2026-10-01"), &error), 2); // on or before that day, UTC
    QCOMPARE(store.resolve(QStringLiteral("@2026-10-02"), &error), 3);
    QCOMPARE(store.resolve(QStringLiteral("@2026-12-31"), &error), 3);
    for (const char *bad : {"@latest~3", "@2026-09-01", "@9", "latest", "@yesterday", "@latest~x"}) {
        error.clear();
        QCOMPARE(store.resolve(QString::fromLatin1(bad), &error), 0);
        QVERIFY2(!error.isEmpty(), bad);
    }
}

void TestSnapshotStore::shouldKeepTheFileToItsOwner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/s.sqlite"));
    SnapshotStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFile::Permissions()); // no group, no others
    QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOwner | QFile::WriteOwner),
        QFile::ReadOwner | QFile::WriteOwner);
    const QFile::Permissions folder = QFileInfo(dir.filePath(QStringLiteral("new/folder"))).permissions();
    QCOMPARE(folder & 0x0077, QFile::Permissions());
    // Opening for reading only never makes a store.
    SnapshotStore reader;
    QVERIFY(!reader.open(dir.filePath(QStringLiteral("absent.sqlite")), false));
    QVERIFY(reader.errorString().contains(QLatin1String("no snapshot store")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
}

void TestSnapshotStore::shouldUpgradeEveryEarlierSchema()
{
    for (int version = 0; version < SnapshotStore::kSchemaVersion; ++version) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        RoleRegistry oldRegistry;
        UserStore oldUsers(&oldRegistry);
        QVERIFY(fill(oldUsers, 8, 30));
        {
            SnapshotStore old;
            QVERIFY(old.open(path, true, version));
            QCOMPARE(old.schemaVersion(), version);
            // From version 1 on there are snapshots to carry over.
            if (version >= 1)
                QCOMPARE(old.save(oldUsers, infoAt(QStringLiteral("2026-10-01T10:00:00Z"))), 1);
        }
        SnapshotStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), SnapshotStore::kSchemaVersion);
        if (version >= 1) {
            RoleRegistry registry;
            UserStore carried(&registry);
            QString error;
            QVERIFY2(store.load(1, carried, &error), qPrintable(error));
            QCOMPARE(carried.size(), 30);
            QCOMPARE(userJson(carried, 29), userJson(oldUsers, 29));
        }
        RoleRegistry registry;
        UserStore users(&registry);
        QVERIFY(fill(users, 1, 20));
        QVERIFY(store.save(users, infoAt(QStringLiteral("2026-11-01T10:00:00Z"))) > 0);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
}

void TestSnapshotStore::shouldRefuseWhatItCannotRead()
{
    QTemporaryDir dir;
    // Not SQLite at all.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    SnapshotStore store;
    QVERIFY(!store.open(text));
    QVERIFY2(
        store.errorString().contains(QLatin1String("not a snapshot store")), qPrintable(store.errorString()));
    // A store from a newer version: refused, and left as it was.
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        SnapshotStore made;
        QVERIFY(made.open(newer));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    SnapshotStore reader;
    QVERIFY(!reader.open(newer));
    QVERIFY2(reader.errorString().contains(QLatin1String("newer")), qPrintable(reader.errorString()));
}

void TestSnapshotStore::shouldPruneAndDropWhatNoSnapshotNeeds()
{
    QTemporaryDir dir;
    SnapshotStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
    RoleRegistry registry;
    // Five snapshots of 100 users, each on another seed: no sharing.
    for (int i = 0; i < 5; ++i) {
        UserStore users(&registry);
        QVERIFY(fill(users, quint64(10 + i), 100));
        QVERIFY(store.save(users, infoAt(QStringLiteral("2026-0%1-15T10:00:00Z").arg(i + 5))) > 0);
    }
    QCOMPARE(store.storedUserRows(), 500);
    QCOMPARE(store.prune(2, 0), 3);
    QCOMPARE(int(store.list().size()), 2);
    QCOMPARE(store.storedUserRows(), 200);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    // What is kept still loads whole.
    QString error;
    UserStore back(&registry);
    QVERIFY2(store.load(store.resolve(QStringLiteral("@latest~1"), &error), back, &error), qPrintable(error));
    QCOMPARE(back.size(), 100);
}

void TestSnapshotStore::shouldSurviveAWriterKilledMidSnapshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        SnapshotStore store;
        QVERIFY(store.open(path));
        RoleRegistry registry;
        UserStore users(&registry);
        QVERIFY(fill(users, 2, 300));
        QCOMPARE(store.save(users, infoAt(QStringLiteral("2026-11-01T10:00:00Z"))), 1);
    }
    // This program again, as a writer of a large snapshot, killed (SIGKILL)
    // once it says it is writing.
    QProcess writer;
    writer.setProgram(QCoreApplication::applicationFilePath());
    writer.setArguments({QStringLiteral("--writer"), path});
    writer.start();
    QVERIFY(writer.waitForStarted());
    QByteArray said;
    QElapsedTimer waited;
    waited.start();
    while (!said.contains("writing") && waited.elapsed() < 120000) {
        writer.waitForReadyRead(1000);
        said += writer.readAllStandardOutput();
    }
    QVERIFY2(said.contains("writing"), said.constData());
    writer.kill();
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    // SQLite's own tool says the file is sound, and the first snapshot is all there is.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "sqlite3 is needed (scripts/install-deps.sh installs it)");
    QProcess check;
    check.start(sqlite3, {path, QStringLiteral("PRAGMA integrity_check")});
    QVERIFY(check.waitForFinished());
    QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("ok"));
    SnapshotStore store;
    QVERIFY(store.open(path));
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(int(store.list().size()), 1);
    QCOMPARE(store.storedUserRows(), 300);
    RoleRegistry registry;
    UserStore users(&registry);
    QString error;
    QVERIFY2(store.load(1, users, &error), qPrintable(error));
    QCOMPARE(users.size(), 300);
}

void TestSnapshotStore::shouldTellAUsersHistory()
{
    QTemporaryDir dir;
    SnapshotStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
    RoleRegistry registry;
    const EmulatorDataset data(9, 40);
    const QString watched = data.userId(3);
    const QString leaver = data.userId(5);
    QString watchedRole, otherRole;
    std::vector<GrantKey> watchedGrants;
    // 1: as generated. 2: the watched user deactivated, the leaver gone.
    // 3: the watched user also holds a role that grants something theirs does not.
    for (int step = 1; step <= 3; ++step) {
        UserStore users(&registry);
        std::vector<const RoleDefinition *> other;
        QVERIFY(fill(users, 9, 40, [&](User &user) {
            if (user.id == watched) {
                watchedRole = user.roles.front()->name();
                watchedGrants.clear();
                for (const RoleDefinition *role : user.roles)
                    watchedGrants.insert(watchedGrants.end(), role->grants().begin(), role->grants().end());
                std::sort(watchedGrants.begin(), watchedGrants.end());
                if (step >= 2)
                    user.state = QStringLiteral("deactivated");
                if (step == 3 && !other.empty())
                    user.roles.push_back(other.front());
            } else if (other.empty() && !user.roles.empty() && !watchedRole.isEmpty()
                && user.roles.front()->name() != watchedRole
                && !grantDifference(user.roles.front()->grants(), watchedGrants).empty()) {
                other = user.roles;
                otherRole = other.front()->name();
            }
        }));
        if (step == 2) {
            // Stored again without the leaver.
            RoleRegistry &r = users.registry();
            UserStore without(&r);
            for (int row = 0; row < users.size(); ++row) {
                if (users.id(row) != leaver)
                    without.append(users.user(row));
            }
            QVERIFY(store.save(without, infoAt(QStringLiteral("2026-0%1-01T10:00:00Z").arg(step + 6))) > 0);
        } else {
            QVERIFY(store.save(users, infoAt(QStringLiteral("2026-0%1-01T10:00:00Z").arg(step + 6))) > 0);
        }
    }
    QVERIFY(!otherRole.isEmpty());
    QString error;
    const QUrl url(QStringLiteral("http://127.0.0.1:1/api"));
    const std::vector<UserHistoryEvent> history = store.userHistory(watched, url, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList kinds;
    bool stateChange = false, gained = false, permission = false;
    for (const UserHistoryEvent &event : history) {
        kinds << QString::number(int(event.kind));
        if (event.kind == UserHistoryEvent::Kind::StateChanged) {
            QCOMPARE(event.snapshot, 2);
            QVERIFY(event.detail.endsWith(QLatin1String("deactivated")));
            stateChange = true;
        }
        if (event.kind == UserHistoryEvent::Kind::RoleGained && event.snapshot == 3) {
            QCOMPARE(event.detail, otherRole);
            gained = true;
        }
        if (event.kind == UserHistoryEvent::Kind::PermissionGained) {
            QCOMPARE(event.snapshot, 3);
            QCOMPARE(event.role, otherRole); // the role that brought it
            permission = true;
        }
    }
    QCOMPARE(history.front().kind, UserHistoryEvent::Kind::FirstSeen);
    QCOMPARE(history.front().snapshot, 1);
    QVERIFY(stateChange && gained);
    QVERIFY(permission); // what the second role brings, with its name
    const std::vector<UserHistoryEvent> leaving = store.userHistory(leaver, url, &error);
    QStringList steps;
    for (const UserHistoryEvent &event : leaving) {
        if (event.kind == UserHistoryEvent::Kind::Removed || event.kind == UserHistoryEvent::Kind::Reappeared)
            steps << QStringLiteral("%1@%2").arg(int(event.kind)).arg(event.snapshot);
    }
    QCOMPARE(steps,
        QStringList({QStringLiteral("%1@2").arg(int(UserHistoryEvent::Kind::Removed)),
            QStringLiteral("%1@3").arg(int(UserHistoryEvent::Kind::Reappeared))}));
    QVERIFY(store.userHistory(QStringLiteral("nobody"), url, &error).empty());
}

// The writer half of shouldSurviveAWriterKilledMidSnapshot: stores 200,000
// users, saying "writing" once the transaction holds some of them.
static int runWriter(const QString &path)
{
    SnapshotStore store;
    if (!store.open(path))
        return 2;
    RoleRegistry registry;
    UserStore users(&registry);
    if (!fill(users, 4, 200000))
        return 3;
    bool said = false;
    store.save(users, infoAt(QStringLiteral("2026-11-02T10:00:00Z")), [&](qsizetype done) {
        if (!said && done >= 4096) {
            std::fputs("writing\n", stdout);
            std::fflush(stdout);
            said = true;
        }
        return true;
    });
    return 0; // not reached when the test kills it in time
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestSnapshotStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_snapshotstore.moc"
