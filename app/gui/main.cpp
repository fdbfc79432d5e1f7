// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// sequence-admin: the desktop console.
#include "accessoverviewmodel.h"
#include "apiclient.h"
#include "application.h"
#include "connectiondialog.h"
#include "credentialstore.h"
#include "emulatorserver.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "reviewsession.h"
#include "reviewwindow.h"
#include "sa_version.h"
#include "snapshotstore.h"
#include "stallmeter.h"
#include "userfilterproxymodel.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

// --screenshots DIR: the window on demo data, as README shows it.
void takeScreenshots(sa::MainWindow &window, const QString &directory)
{
    sa::UserTableModel *model = window.userModel();
    sa::UserFilterProxyModel *proxy = window.proxyModel();
    QDir().mkpath(directory);
    auto save = [&](const QString &name) {
        QApplication::processEvents();
        window.grab().save(QDir(directory).filePath(name));
        std::printf("screenshot: %s\n", qPrintable(QDir(directory).filePath(name)));
    };
    auto select = [&](int sourceRow, QItemSelectionModel::SelectionFlags flags) {
        const QModelIndex index = proxy->mapFromSource(model->index(sourceRow, 0));
        window.userView()->selectionModel()->setCurrentIndex(index, flags | QItemSelectionModel::Rows);
        window.userView()->scrollTo(index);
    };
    const sa::UserStore &store = model->store();
    const sa::RoleRegistry &registry = model->registry();
    int departed = -1, finance = -1, sales = -1;
    for (int row = 0; row < store.size(); ++row) {
        const auto &roles = store.roleSet(row).roles;
        if (roles.size() != 1)
            continue;
        const sa::RoleDeparture departure = registry.departure(*roles.front());
        if (departed < 0 && departure.isStandard && departure.departs()
            && roles.front()->name() == QLatin1String("salesUser"))
            departed = row;
        if (finance < 0 && roles.front() == registry.standardRole(QStringLiteral("financeUser")))
            finance = row;
        if (sales < 0 && roles.front() == registry.standardRole(QStringLiteral("salesUser")))
            sales = row;
    }
    if (departed >= 0)
        select(departed, QItemSelectionModel::ClearAndSelect);
    window.tabs()->setCurrentIndex(sa::MainWindow::DetailsTab);
    save(QStringLiteral("main-window.png"));
    window.overviewModel()->recompute();
    window.tabs()->setCurrentIndex(sa::MainWindow::OverviewTab);
    save(QStringLiteral("access-overview.png"));
    if (finance >= 0 && sales >= 0) {
        select(finance, QItemSelectionModel::ClearAndSelect);
        select(sales, QItemSelectionModel::Select);
        window.compareSelected();
    }
    save(QStringLiteral("compare.png"));

    // The starter policy's findings, the first rule's violators listed, one
    // of them shown with the permissions that break it framed.
    window.findingsModel()->recompute();
    window.tabs()->setCurrentIndex(sa::MainWindow::FindingsTab);
    window.filterByFinding(0);
    QApplication::processEvents();
    if (proxy->rowCount() > 0)
        select(proxy->sourceRowOf(0), QItemSelectionModel::ClearAndSelect);
    window.tabs()->setCurrentIndex(sa::MainWindow::FindingsTab);
    save(QStringLiteral("findings.png"));
    window.clearFilters();

    // The context menu of the user table, painted onto the window where it opens.
    window.tabs()->setCurrentIndex(sa::MainWindow::DetailsTab);
    if (departed >= 0)
        select(departed, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = window.userView()->currentIndex();
    window.userView()->scrollTo(current, QAbstractItemView::PositionAtTop); // room for the menu below
    QApplication::processEvents();
    const QPoint at = window.userView()->visualRect(current).center();
    QMetaObject::invokeMethod(window.userView(), "customContextMenuRequested", Q_ARG(QPoint, at));
    QApplication::processEvents();
    if (QMenu *menu = window.userMenu()) {
        QPixmap shot = window.grab();
        QPainter painter(&shot);
        painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
        painter.end();
        shot.save(QDir(directory).filePath(QStringLiteral("context-menu.png")));
        std::printf(
            "screenshot: %s\n", qPrintable(QDir(directory).filePath(QStringLiteral("context-menu.png"))));
        menu->close();
    }

    // The welcome of a first start.
    window.showWelcome();
    save(QStringLiteral("welcome.png"));
    window.welcome()->hide();
}

// A review in progress: a few users revoked and flagged, one selected, in
// review mode's own window (the review's folder is thrown away after).
void takeReviewScreenshot(sa::MainWindow &window, const QString &directory)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return;
    sa::ReviewWindow *review
        = window.startAccessReview(folder.filePath(QStringLiteral("q4")), QStringLiteral("Q4 2026"));
    QEventLoop loop;
    QObject::connect(review, &sa::ReviewWindow::reviewOpened, &loop, &QEventLoop::quit);
    QObject::connect(review, &sa::ReviewWindow::startFailed, &loop, &QEventLoop::quit);
    loop.exec();
    sa::ReviewSession *session = review->session();
    if (!session->isOpen())
        return;
    const sa::Reviewer reviewer {
        QStringLiteral("Ana Lima"), QStringLiteral("ana.lima@example.org"), QString()};
    QString error;
    session->decide({0, 1, 2, 4, 5, 6, 7, 9}, sa::Decision::Keep, QString(), reviewer, &error);
    session->decide(
        {3, 11}, sa::Decision::Revoke, QStringLiteral("left the company in October"), reviewer, &error);
    session->decide({8}, sa::Decision::Flag, QStringLiteral("ask the finance lead"), reviewer, &error);
    review->resize(1400, 800);
    review->table()->resizeColumnsToContents();
    review->table()->selectRow(3);
    QApplication::processEvents();
    const QString path = QDir(directory).filePath(QStringLiteral("review.png"));
    review->grab().save(path);
    std::printf("screenshot: %s\n", qPrintable(path));
    review->close();
}

// The Connections dialog with one saved connection (in the throw-away
// settings the screenshots are taken with; no secret is stored).
void takeConnectionsScreenshot(sa::MainWindow &window, sa::ProfileStore &profiles, const QString &directory)
{
    sa::Profile profile;
    profile.name = QStringLiteral("ACME production");
    profile.environment = sa::Profile::Environment::ProductionEu;
    profile.baseUrl = sa::Profile::urlFor(profile.environment);
    profile.clientId = QStringLiteral("acme-admin-client");
    profiles.save(profile);
    if (sa::ConnectionDialog *dialog = window.manageConnections()) {
        QApplication::processEvents();
        QEventLoop settle; // the keychain's answer about the secret
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
        dialog->grab().save(QDir(directory).filePath(QStringLiteral("connections.png")));
        std::printf(
            "screenshot: %s\n", qPrintable(QDir(directory).filePath(QStringLiteral("connections.png"))));
        dialog->close();
    }
}

// --bench-load-all: the window's responsiveness while it loads everything,
// and the overview's recompute after a filter change. Prints JSON.
void benchLoadAll(sa::MainWindow &window)
{
    sa::UserTableModel *model = window.userModel();
    QElapsedTimer clock;
    sa::StallMeter stalls;
    QEventLoop loop;
    QObject::connect(model, &sa::UserTableModel::fetchAllFinished, &loop, &QEventLoop::quit);
    window.tabs()->setCurrentIndex(sa::MainWindow::OverviewTab);
    clock.start();
    stalls.start();
    model->fetchAll(); // the window already loads in the background: this joins it
    if (!model->isComplete())
        loop.exec();
    stalls.stop();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    // What the window does once everything is in (overview, findings): a second more.
    sa::StallMeter after;
    after.start();
    QEventLoop settle;
    QTimer::singleShot(1000, &settle, &QEventLoop::quit);
    settle.exec();
    after.stop();
    sa::UserFilter filter;
    filter.state = QStringLiteral("active");
    QElapsedTimer filterClock;
    filterClock.start();
    window.proxyModel()->setFilter(filter);
    window.overviewModel()->recompute();
    const double filterAndOverviewMs = double(filterClock.nsecsElapsed()) / 1e6;
    std::printf("{\"users\":%d,\"seconds\":%.3f,\"max_stall_ms\":%.2f,\"after_load_max_stall_ms\":%.2f,"
                "\"overview_recompute_ms\":%.3f,\"filter_and_overview_ms\":%.3f}\n",
        model->rowCount(), seconds, stalls.maxGapMs(), after.maxGapMs(),
        double(window.overviewModel()->lastRecomputeNs()) / 1e6, filterAndOverviewMs);
    std::fflush(stdout);
}

struct Options
{
    QCommandLineOption demo {
        QStringLiteral("demo"), QStringLiteral("Start the built-in emulator and connect to it.")};
    QCommandLineOption users {QStringLiteral("users"),
        QStringLiteral("Users in the demo data (default 1250)."), QStringLiteral("n"),
        QStringLiteral("1250")};
    QCommandLineOption seed {QStringLiteral("seed"), QStringLiteral("Seed of the demo data (default 1)."),
        QStringLiteral("n"), QStringLiteral("1")};
    QCommandLineOption url {QStringLiteral("base-url"),
        QStringLiteral("Base URL of the API, e.g. https://eu.sequencehq.com/api."), QStringLiteral("url")};
    QCommandLineOption smoke {QStringLiteral("smoke-test"),
        QStringLiteral("Exit 0 once the first page of users is shown, non-zero on "
                       "an error or after 60 s.")};
    QCommandLineOption screenshots {QStringLiteral("screenshots"),
        QStringLiteral("Save screenshots of the window to DIR and exit."), QStringLiteral("dir")};
    QCommandLineOption store {QStringLiteral("store"),
        QStringLiteral("The snapshot store's file (default: SEQUENCE_ADMIN_STORE, else "
                       "~/.local/share/sequence-admin/snapshots.sqlite)."),
        QStringLiteral("file")};
    QCommandLineOption noStore {
        QStringLiteral("no-store"), QStringLiteral("Neither remember loads nor open stored snapshots.")};
    QCommandLineOption bench {QStringLiteral("bench-load-all"),
        QStringLiteral("Load all users with the window shown, print how responsive it "
                       "stayed as JSON, and exit.")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QStringLiteral(
        "Browse the users of a Sequence account, their roles and permissions.\n"
        "Without --base-url it opens on the built-in emulator's demo data (--demo).\n"
        "With --base-url it reads the credentials from SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.users, options.seed, options.url, options.smoke,
        options.screenshots, options.bench, options.store, options.noStore});
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("sequence-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SA_VERSION_STRING));
}

// --help and --version answer anywhere: without a display, a D-Bus session
// or a platform plugin, so before any QGuiApplication exists.
bool answersWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-?"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const Options cli;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("sequence-admin %s\n%s", SA_VERSION_STRING, SA_VERSION_NOTICE);
            return 0;
        }
    }
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        describe(parser, cli);
        parser.process(core); // prints, then exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    // No application display name: Qt would append it to every window
    // title, and the main window's title already starts with it.
    QApplication::setDesktopFileName(QStringLiteral(SA_APP_ID));
    QApplication::setWindowIcon(sa::application::icon());
    sa::application::installTranslations();

    QCommandLineParser parser;
    describe(parser, cli);
    parser.process(app);
    const QCommandLineOption &demoOption = cli.demo;
    const QCommandLineOption &usersOption = cli.users;
    const QCommandLineOption &seedOption = cli.seed;
    const QCommandLineOption &urlOption = cli.url;
    const QCommandLineOption &smokeOption = cli.smoke;
    const QCommandLineOption &screenshotsOption = cli.screenshots;
    const QCommandLineOption &benchOption = cli.bench;

    sa::ConnectionSettings settings;
    QString connectionName;
    std::unique_ptr<sa::EmulatorHost> emulator;
    if (parser.isSet(urlOption)) {
        settings.baseUrl = QUrl::fromUserInput(parser.value(urlOption));
        settings.clientId = qEnvironmentVariable("SEQUENCE_CLIENT_ID");
        settings.clientSecret = qEnvironmentVariable("SEQUENCE_CLIENT_SECRET");
        connectionName = settings.baseUrl.host();
    } else {
        sa::EmulatorOptions options;
        bool ok = false;
        options.users = parser.value(usersOption).toLongLong(&ok);
        if (!ok || options.users < 0) {
            std::fprintf(stderr, "sequence-admin: --users takes a non-negative number\n");
            return 2;
        }
        options.seed = parser.value(seedOption).toULongLong(&ok);
        emulator = std::make_unique<sa::EmulatorHost>(options);
        QString error;
        if (!emulator->start(QHostAddress::LocalHost, 0, &error)) {
            QMessageBox::critical(nullptr, QStringLiteral(SA_APP_NAME),
                QApplication::translate("main", "The built-in emulator could not start: %1").arg(error));
            return 1;
        }
        settings.baseUrl = emulator->baseUrl();
        settings.clientId = options.clientId;
        settings.clientSecret = options.clientSecret;
        connectionName = QApplication::translate("main", "Demo (built-in emulator)");
    }

    sa::ApiClient client;
    client.setSettings(settings);
    sa::MainWindow window(&client, connectionName);
    sa::ProfileStore profiles;
    sa::CredentialStore credentials; // forgets session-only secrets when it goes
    // Connections are there to manage and switch to however the app started.
    window.setConnections(&profiles, &credentials, emulator ? settings : sa::ConnectionSettings());
    // Every complete load of a real account is remembered, and a connection
    // opens on its newest snapshot at once (not the demo: its data is made up).
    if (!parser.isSet(cli.noStore))
        window.setSnapshotStore(
            parser.isSet(cli.store) ? parser.value(cli.store) : sa::SnapshotStore::defaultPath());
    if (!emulator)
        window.openLatestSnapshot();
    if (emulator) {
        // Without --demo, come back to the connection used last.
        const QString last = profiles.lastUsed();
        if (!parser.isSet(demoOption) && !last.isEmpty() && profiles.byId(last))
            window.switchConnection(last);
    }
    window.show();
    // The first start: nothing saved and no --demo asked for. The demo runs
    // behind, marked as such; the welcome offers the real account first.
    const bool automated
        = parser.isSet(smokeOption) || parser.isSet(screenshotsOption) || parser.isSet(benchOption);
    if (emulator && !parser.isSet(demoOption) && !automated && profiles.profiles().isEmpty())
        window.showWelcome();

    // Lives as long as the window, beyond app.exec(): the handlers below
    // capture it by reference.
    sa::UserTableModel *const model = window.userModel();
    if (parser.isSet(smokeOption)) {
        QObject::connect(model, &sa::UserTableModel::firstPageLoaded, &app, [&] {
            // The title shows the language too: "Demo (eingebauter Emulator)" in German.
            std::printf("smoke-test: %d users shown in \"%s\"\n", model->rowCount(),
                window.windowTitle().toUtf8().constData());
            std::fflush(stdout);
            QApplication::exit(model->rowCount() > 0 ? 0 : 3);
        });
    }
    if (automated) {
        // Every automated run ends: a load that fails or shows nothing
        // within 60 s exits non-zero, saying why.
        const bool smoke = parser.isSet(smokeOption);
        const char *mode = smoke              ? "smoke-test"
            : parser.isSet(screenshotsOption) ? "screenshots"
                                              : "bench-load-all";
        // Users on show end the wait, but for the smoke test, which waits for its load.
        const auto underway = [model, smoke] { return !smoke && model->rowCount() > 0; };
        QObject::connect(model, &sa::UserTableModel::errorChanged, &app, [model, mode, underway] {
            if (model->errorMessage().isEmpty() || underway())
                return;
            std::fprintf(stderr, "%s: %s\n", mode, qPrintable(model->errorMessage()));
            QApplication::exit(4);
        });
        QTimer::singleShot(60000, &app, [mode, underway] {
            if (underway())
                return;
            std::fprintf(stderr, "%s: no users after 60 s\n", mode);
            QApplication::exit(5);
        });
    }
    if (parser.isSet(screenshotsOption) || parser.isSet(benchOption)) {
        QObject::connect(
            model, &sa::UserTableModel::firstPageLoaded, &app,
            [&] {
                if (parser.isSet(benchOption)) {
                    benchLoadAll(window);
                } else {
                    QEventLoop loop;
                    QObject::connect(model, &sa::UserTableModel::fetchAllFinished, &loop, &QEventLoop::quit);
                    model->fetchAll();
                    if (!model->isComplete())
                        loop.exec();
                    takeScreenshots(window, parser.value(screenshotsOption));
                    takeReviewScreenshot(window, parser.value(screenshotsOption));
                    takeConnectionsScreenshot(window, profiles, parser.value(screenshotsOption));
                }
                QApplication::exit(0);
            },
            Qt::QueuedConnection);
    }
    return app.exec();
}
