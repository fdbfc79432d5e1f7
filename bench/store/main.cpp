// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-store: the snapshot store on a real SQLite file. Prints one JSON
// object: storing N users (seconds, bytes per user on disk), storing them
// again with 1% changed (seconds, bytes per user added), and opening the
// newest snapshot into a searchable table model (seconds to rows, to the
// first search). See docs/BENCHMARKS.md.
#include "emulatordataset.h"
#include "roleregistry.h"
#include "snapshotstore.h"
#include "snapshotworker.h"
#include "userfilter.h"
#include "userfilterproxymodel.h"
#include "userjson.h"
#include "userloader.h"
#include "usersparser.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace sa;

namespace {

// The emulator's users as a load parses them; editEvery > 0 changes the
// state of every editEvery-th user.
void fill(UserStore &store, quint64 seed, qint64 count, qint64 editEvery)
{
    QString error;
    if (!EmulatorDataset(seed, count)
             .loadInto(
                 store,
                 [editEvery](User &user, qint64 index) {
                     if (editEvery > 0 && index % editEvery == 0)
                         user.state = QStringLiteral("deactivated");
                 },
                 &error))
        qFatal("%s", qPrintable(error));
}

// The file as it stays: the write-ahead log folded in.
qint64 storeBytes(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("measure"));
        db.setDatabaseName(path);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("measure"));
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

SnapshotInfo infoNow()
{
    SnapshotInfo info;
    info.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api"));
    info.account = QStringLiteral("bench");
    info.finished = QDateTime::currentDateTimeUtc();
    info.started = info.finished;
    info.apiVersion = QStringLiteral("2024-07-30");
    info.complete = true;
    info.toolVersion = QStringLiteral("bench");
    return info;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users (default 1000000)."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the store (default a temporary one)."), QStringLiteral("dir"));
    parser.addHelpOption();
    parser.addOptions({usersOption, dirOption});
    parser.process(app);
    const qint64 users = parser.value(usersOption).toLongLong();
    QTemporaryDir temporary(
        parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX") : QString());
    const QString path = temporary.filePath(QStringLiteral("snapshots.sqlite"));

    RoleRegistry registry;
    UserStore first(&registry);
    fill(first, 1, users, 0);
    UserStore second(&registry);
    fill(second, 1, users, 100); // 1% changed

    QElapsedTimer clock;
    SnapshotStore store;
    if (!store.open(path))
        qFatal("%s", qPrintable(store.errorString()));
    clock.start();
    if (store.save(first, infoNow()) == 0)
        qFatal("%s", qPrintable(store.errorString()));
    const double firstSeconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 firstBytes = storeBytes(path);
    clock.restart();
    if (store.save(second, infoNow()) == 0)
        qFatal("%s", qPrintable(store.errorString()));
    const double secondSeconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 secondBytes = storeBytes(path);

    // Open the newest as the window does: a worker reads it into a loader,
    // the model adopts it, the proxy answers a first search.
    SnapshotWorker worker;
    worker.setPath(path);
    UserTableModel model(nullptr);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QEventLoop loop;
    double openSeconds = 0, searchSeconds = 0;
    int rows = 0, matches = 0;
    QObject::connect(&worker, &SnapshotWorker::opened, &loop, [&](UserLoader *loader, const SnapshotInfo &) {
        model.adopt(std::unique_ptr<UserLoader>(loader));
        rows = model.rowCount();
        openSeconds = double(clock.nsecsElapsed()) / 1e9;
        UserFilter filter;
        filter.search = QStringLiteral("müller");
        proxy.setFilter(filter);
        matches = proxy.rowCount();
        searchSeconds = double(clock.nsecsElapsed()) / 1e9;
        loop.quit();
    });
    QObject::connect(&worker, &SnapshotWorker::openFailed, &loop,
        [](const QString &error) { qFatal("%s", qPrintable(error)); });
    clock.restart();
    worker.open(*store.latestFor(QString(), QUrl(QStringLiteral("http://127.0.0.1:8080/api"))));
    loop.exec();

    std::printf("{\"users\":%lld,\"store_s\":%.2f,\"bytes_per_user\":%.1f,\"store_again_1pct_s\":%.2f,"
                "\"bytes_per_user_again\":%.1f,\"open_to_rows_s\":%.2f,\"open_to_search_s\":%.2f,"
                "\"rows\":%d,\"matches\":%d}\n",
        users, firstSeconds, double(firstBytes) / double(users), secondSeconds,
        double(secondBytes - firstBytes) / double(users), openSeconds, searchSeconds, rows, matches);
    return rows == users ? 0 : 1;
}
