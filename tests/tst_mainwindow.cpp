// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen, against the emulator over loopback.
#include "accessoverviewmodel.h"
#include "apiclient.h"
#include "comparepane.h"
#include "dialogs.h"
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "exportdialog.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "permissionmatrixmodel.h"
#include "roleregistry.h"
#include "snapshotdiffdialog.h"
#include "userdetailpane.h"
#include "userfilterproxymodel.h"
#include "userjson.h"
#include "userloader.h"
#include "usersparser.h"
#include "userstore.h"
#include "usertablemodel.h"

#include "support/scriptedserver.h"
#include "support/windowfixture.h"
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFrame>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

#include <QtTest>

using namespace sa;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldShowTheFirstPageAndLoadMoreAsTheUserScrolls();
    void shouldNarrowTheRowsWithSearchAndFilters();
    void shouldFillTheDetailPaneForTheSelectedUser();
    void shouldListExactlyTheHoldersWhenAnOverviewCellIsClicked();
    void shouldMarkExactlyTheDifferingCellsWhenComparing();
    void shouldShowABannerOnAServerErrorAndRecoverWithRetry();
    void shouldSayWhatToDoOnAnAuthenticationFailure();
    void shouldStopPagingThatMakesNoProgressWithABannerNamingThePage();
    void shouldRestoreTheSelectedUserOnTheNextStart();
    void shouldSayWhatToDoWhenNothingMatches();
    void shouldExportExactlyTheSearchTypedWhileLoading();
    void shouldLabelEveryAnswerPartialWhenLoadingStops();
    void shouldAnswerHalfACapabilityAsAny();
    void shouldShowAndFilterTheUsersWhoseRolesDepart();
    void shouldNeverTrapTheKeyboard();
    void shouldOpenTheFirstWindowInsideTheScreen();
    void shouldWelcomeAFirstStartAndMarkTheDemo();
    void shouldCopyRowsAndOfferAContextMenu();
    void shouldListWhoElseHoldsAMatrixCell();
    void shouldReportOnOneUser();
    void shouldSaveAndReapplyFilters();
    void shouldOpenOnTheLastSnapshotAndKeepItOffline();
    void shouldListTheSameViolatorsAsTheCli();
    void shouldTakeEveryShortcutFromTheSearchBox();
    void shouldExportTheMatchingUsersAfterLoadingTheRest();
    void shouldExportFromTheDialog();
    void shouldAskBeforeReplacingAReportAndCreateAMissingFolder();
    void shouldForgetThePreviousAccountOnASwitch();
    void shouldLeaveAnExistingFileAloneWhenTheExportFails();
    void shouldWriteTheReportInTheBackgroundAndStopOnCancel();
    void shouldListWhatChangedSinceASnapshot();

private:
    using Fixture = satest::WindowFixture;
    static Fixture open(qint64 users, const QStringList &faults = {},
        const QString &secret = QStringLiteral("demo-secret"), int maxAttempts = 5)
    {
        return satest::openWindow(users, faults, secret, maxAttempts);
    }
    static bool loadAll(MainWindow &window)
    {
        // The window loads everything in the background after the first page.
        if (window.userModel()->isComplete())
            return true;
        QSignalSpy done(window.userModel(), &UserTableModel::fetchAllFinished);
        window.userModel()->fetchAll();
        return (done.count() > 0 || done.wait(20000)) && done.first().first().toBool();
    }
    static void choose(QComboBox *combo, const QString &value)
    {
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, qPrintable(value));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index); // what a user's pick emits
    }
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::shouldShowTheFirstPageAndLoadMoreAsTheUserScrolls()
{
    Fixture f = open(450);
    MainWindow &window = *f.window;
    QTableView *view = window.userView();
    QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 100; }, 5000));
    QCOMPARE(view->model()->index(0, UserTableModel::EmailColumn).data().toString(),
        f.emulator->dataset().user(0).email);
    // Scrolling to the end makes the view ask for more.
    view->scrollToBottom();
    QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() >= 200; }, 5000));
    QVERIFY(
        window.statusBar()->findChildren<QLabel *>().first()->text().contains(QLatin1String("of 450 users")));
}

void TestMainWindow::shouldNarrowTheRowsWithSearchAndFilters()
{
    Fixture f = open(800);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    QAbstractItemModel *rows = window.userView()->model();
    QCOMPARE(rows->rowCount(), 800);

    window.searchField()->setFocus();
    QTest::keyClicks(window.searchField(), QStringLiteral("ZOË"));
    QVERIFY(QTest::qWaitFor([&] { return rows->rowCount() < 800; }, 2000));
    QVERIFY(rows->rowCount() > 0);
    for (int row = 0; row < rows->rowCount(); ++row)
        QVERIFY(
            rows->index(row, UserTableModel::EmailColumn).data().toString().contains(QStringLiteral("zoë")));
    const int searched = rows->rowCount();

    choose(window.stateFilter(), QStringLiteral("active"));
    QVERIFY(rows->rowCount() <= searched);
    for (int row = 0; row < rows->rowCount(); ++row)
        QCOMPARE(rows->index(row, UserTableModel::StateColumn).data().toString(), QStringLiteral("active"));

    QTest::keyClick(window.searchField(), Qt::Key_Escape); // clears the search
    QVERIFY(window.searchField()->text().isEmpty());
    choose(window.roleFilter(), QStringLiteral("admin"));
    QVERIFY(rows->rowCount() > 0 && rows->rowCount() < 800);
    for (int row = 0; row < rows->rowCount(); ++row) {
        QVERIFY(
            rows->index(row, UserTableModel::RolesColumn).data().toString().contains(QLatin1String("admin")));
        QCOMPARE(rows->index(row, UserTableModel::StateColumn).data().toString(), QStringLiteral("active"));
    }
    window.clearFilters();
    QCOMPARE(rows->rowCount(), 800);

    // Ctrl+F goes to the search field.
    window.userView()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.searchField()->hasFocus());
}

void TestMainWindow::shouldFillTheDetailPaneForTheSelectedUser()
{
    Fixture f = open(300);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    // A user whose role departs from the standard one.
    const RoleRegistry &registry = window.userModel()->registry();
    int departed = -1;
    for (int row = 0; row < 300 && departed < 0; ++row) {
        const auto &roles = window.userModel()->store().roleSet(row).roles;
        if (roles.size() == 1 && registry.departure(*roles.front()).departs())
            departed = row;
    }
    QVERIFY(departed >= 0);
    QTableView *view = window.userView();
    const QModelIndex index = window.proxyModel()->mapFromSource(window.userModel()->index(departed, 0));
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    const User expected = f.emulator->dataset().user(departed);
    QCOMPARE(window.detailPane()->shownUserId(), expected.id);
    const QList<QLabel *> labels = window.detailPane()->findChildren<QLabel *>();
    auto shows = [&](const QString &text) {
        return std::any_of(labels.begin(), labels.end(),
            [&](QLabel *l) { return l->isVisible() && l->text().contains(text); });
    };
    QVERIFY(shows(expected.email));
    QVERIFY(shows(expected.id));
    QVERIFY(shows(QStringLiteral("differs from the standard role")));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return shows(QStringLiteral("GmbH")) || shows(QStringLiteral("Ltd"))
                || shows(QStringLiteral("AS")) || shows(QStringLiteral("SARL"))
                || shows(QStringLiteral("Sp. z o.o.")) || shows(QStringLiteral("Inc."));
        },
        3000)); // company names, not ids
    PermissionMatrixModel *matrix = window.detailPane()->matrixModel();
    int marks = 0;
    for (int r = 0; r < matrix->rowCount(); ++r)
        for (int a = 0; a < matrix->columnCount(); ++a) {
            QCOMPARE(matrix->cellState(r, a) == PermissionMatrixModel::Granted,
                std::any_of(expected.roles.begin(), expected.roles.end(),
                    [&](const RoleDefinition *role) { return role->grants(r, a); }));
            marks += matrix->departure(r, a) != PermissionMatrixModel::NoDeparture;
        }
    QCOMPARE(marks, 1);
}

void TestMainWindow::shouldListExactlyTheHoldersWhenAnOverviewCellIsClicked()
{
    Fixture f = open(1000);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    window.tabs()->setCurrentIndex(MainWindow::OverviewTab);
    window.overviewModel()->recompute();
    const RoleRegistry &registry = window.userModel()->registry();
    const int invoice = registry.catalog().resourceIndex(QStringLiteral("org.invoice"));
    const int finalize = registry.catalog().actionIndex(QStringLiteral("finalize"));
    QTableView *overview = window.overviewView();
    const QModelIndex cell = overview->model()->index(invoice, finalize);
    const int holders = window.overviewModel()->count(invoice, finalize);
    QVERIFY(holders > 0 && holders < 1000);
    overview->scrollTo(cell);
    QTest::mouseClick(overview->viewport(), Qt::LeftButton, {}, overview->visualRect(cell).center());
    UserFilterProxyModel *proxy = window.proxyModel();
    QCOMPARE(proxy->rowCount(), holders);
    for (int row : proxy->sourceRows())
        QVERIFY(window.userModel()->store().roleSet(row).has(grantKey(invoice, finalize)));
    QCOMPARE(window.actionFilter()->currentData().toString(), QStringLiteral("finalize"));
    QCOMPARE(window.resourceFilter()->currentData().toString(), QStringLiteral("org.invoice"));
}

void TestMainWindow::shouldMarkExactlyTheDifferingCellsWhenComparing()
{
    Fixture f = open(200);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    QTableView *view = window.userView();
    QVERIFY(!window.compareAction()->isEnabled());
    const QModelIndex first = view->model()->index(0, 0);
    const QModelIndex second = view->model()->index(1, 0);
    view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(window.compareAction()->isEnabled());
    window.compareAction()->trigger();
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::CompareTab));
    const User a = f.emulator->dataset().user(0);
    const User b = f.emulator->dataset().user(1);
    PermissionMatrixModel *left = window.comparePane()->leftModel();
    int expected = 0;
    for (int r = 0; r < left->rowCount(); ++r)
        for (int c = 0; c < left->columnCount(); ++c) {
            auto holds = [&](const User &u) {
                return std::any_of(u.roles.begin(), u.roles.end(),
                    [&](const RoleDefinition *role) { return role->grants(r, c); });
            };
            const bool differs = holds(a) != holds(b);
            expected += differs;
            QCOMPARE(left->differs(r, c), differs);
            QCOMPARE(window.comparePane()->rightModel()->differs(r, c), differs);
        }
    QCOMPARE(left->differenceCount(), expected);
    // The same differences as a list beside the matrices, and as CSV.
    const QListWidget *list = window.comparePane()->differenceList();
    QCOMPARE(list->count(), expected);
    const QByteArray csv = window.comparePane()->differencesCsv();
    QCOMPARE(csv.count('\n'), expected + 1);
    for (int i = 0; i < list->count(); ++i) {
        const QString line = list->item(i)->text();
        QVERIFY2(
            line.contains(QLatin1String(": only ")) && (line.endsWith(a.email) || line.endsWith(b.email)),
            qPrintable(line));
    }
}

void TestMainWindow::shouldShowABannerOnAServerErrorAndRecoverWithRetry()
{
    Fixture f = open(300, {QStringLiteral("page=2:500:once")}, QStringLiteral("demo-secret"), 1);
    MainWindow &window = *f.window;
    QSignalSpy errors(window.userModel(), &UserTableModel::errorChanged);
    window.userModel()->fetchAll();
    QVERIFY(errors.wait(5000));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.bannerText()->text().contains(QLatin1String("HTTP 500")),
        qPrintable(window.bannerText()->text()));
    QVERIFY(
        window.bannerText()->text().contains(QLatin1String("Injected fault"))); // the server's own message
    QVERIFY(window.retryButton()->isVisible());
    QCOMPARE(window.userModel()->rowCount(), 100);
    QTest::mouseClick(window.retryButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 200; }, 5000));
    QVERIFY(!window.banner()->isVisible());
}

void TestMainWindow::shouldSayWhatToDoOnAnAuthenticationFailure()
{
    Fixture f = open(300, {}, QStringLiteral("wrong-secret"));
    MainWindow &window = *f.window;
    QVERIFY(QTest::qWaitFor([&] { return window.banner()->isVisible(); }, 5000));
    QVERIFY(window.bannerText()->text().contains(QLatin1String("rejected the credentials")));
    QVERIFY(window.bannerText()->text().contains(QLatin1String("Refresh")));
    QVERIFY(window.emptyState()->isVisible());
    QCOMPARE(f.emulator->requestCount() <= 2, true); // users (and accounts): no retries
}

void TestMainWindow::shouldStopPagingThatMakesNoProgressWithABannerNamingThePage()
{
    // The same two users on every page, each page naming a new next one;
    // the users carry markup and an escape sequence.
    satest::ScriptedHttpServer server([](int index, const QByteArray &) {
        return satest::ScriptedAnswer::http(200,
            satest::usersPage({satest::userJson("u1", "<b>bold</b>\\u001b[2J@example.com"),
                                  satest::userJson("u2", "b@example.com")},
                "cursor-" + QByteArray::number(index + 1), 2));
    });
    ApiClient client;
    ConnectionSettings settings;
    settings.baseUrl = server.url();
    settings.clientId = QStringLiteral("id");
    settings.clientSecret = QStringLiteral("secret");
    client.setSettings(settings);
    MainWindow window(&client, QStringLiteral("Test"));
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.banner()->isVisible(); }, 10000));
    const QString text = window.bannerText()->text();
    QVERIFY2(text.contains(QLatin1String("not making progress at page 4")), qPrintable(text));
    QCOMPARE(window.bannerText()->textFormat(), Qt::PlainText);
    QCOMPARE(window.userModel()->rowCount(), 2); // the rows loaded stay
    const auto pages = std::count_if(server.requests().begin(), server.requests().end(),
        [](const QByteArray &request) { return request.startsWith("GET /api/users"); });
    QVERIFY2(
        pages >= 4 && pages <= 5, qPrintable(QString::number(pages))); // one may have been asked for early
}

void TestMainWindow::shouldRestoreTheSelectedUserOnTheNextStart()
{
    QString chosen;
    {
        Fixture f = open(300);
        QVERIFY(loadAll(*f.window));
        QTableView *view = f.window->userView();
        const QModelIndex index = view->model()->index(150, 0);
        view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        chosen = f.window->detailPane()->shownUserId();
        QVERIFY(!chosen.isEmpty());
        f.window->close();
    }
    Fixture f = open(300);
    QVERIFY(loadAll(*f.window));
    QCOMPARE(f.window->detailPane()->shownUserId(), chosen);
}

void TestMainWindow::shouldSayWhatToDoWhenNothingMatches()
{
    Fixture f = open(250);
    MainWindow &window = *f.window;
    // Loading stopped after the first page: the answer is partial, and says how to complete it.
    // Connected after the window's own: the background load it starts stops at once.
    connect(window.userModel(), &UserTableModel::firstPageLoaded, this,
        [&] { window.userModel()->cancelFetchAll(); });
    QVERIFY(QTest::qWaitFor(
        [&] { return window.userModel()->rowCount() == 100 && !window.userModel()->isLoading(); }, 5000));
    QTest::keyClicks(window.searchField(), QStringLiteral("no-such-user-anywhere"));
    QVERIFY(QTest::qWaitFor([&] { return window.userView()->model()->rowCount() == 0; }, 2000));
    QVERIFY(window.emptyState()->isVisible());
    QVERIFY(window.emptyState()->text().contains(QLatin1String("Load all users")));
    QCOMPARE(window.userModel()->rowCount(), 100); // typing loaded nothing behind the user's back
    // Everything loaded: nothing to load, only filters to clear.
    QVERIFY(loadAll(window));
    QVERIFY(QTest::qWaitFor(
        [&] { return !window.emptyState()->text().contains(QLatin1String("Load all")); }, 2000));
    QVERIFY(window.emptyState()->text().contains(QLatin1String("Ctrl+Shift+L")));
}

namespace {
// The ids in the first column of a csv file, header dropped.
QStringList firstColumn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open ") + path};
    QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    lines.removeFirst();
    QStringList ids;
    for (const QByteArray &line : lines)
        ids << QString::fromUtf8(line.left(line.indexOf(',')));
    return ids;
}
} // namespace

// Issue 11's first case: a search typed while pages still arrive (rows held
// back by the publish throttle) once counted and exported users twice.
void TestMainWindow::shouldExportExactlyTheSearchTypedWhileLoading()
{
    Fixture f = open(6000);
    MainWindow &window = *f.window;
    UserTableModel &model = *window.userModel();
    QVERIFY(QTest::qWaitFor(
        [&] { return model.store().size() > model.rowCount() && model.rowCount() > 0; }, 20000));
    window.searchField()->setFocus();
    QTest::keyClicks(window.searchField(), QStringLiteral("an"));
    QVERIFY(QTest::qWaitFor([&] { return model.isComplete(); }, 30000));
    QTest::qWait(200); // the search's delay
    QStringList want;
    for (int i = 0; i < 6000; ++i) {
        const User user = f.emulator->dataset().user(i);
        if (user.email.contains(QLatin1String("an"), Qt::CaseInsensitive)
            || user.id.contains(QLatin1String("an"), Qt::CaseInsensitive))
            want << user.id;
    }
    QVERIFY(want.size() > 100);
    QCOMPARE(window.proxyModel()->rowCount(), int(want.size()));
    QVERIFY2(
        window.matchText()->text().startsWith(QLocale().toString(qsizetype(want.size())) + QLatin1Char(' ')),
        qPrintable(window.matchText()->text()));
    QVERIFY(!window.matchText()->text().contains(QLatin1String("Partial")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("an.csv"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportUsers(ReportWriter::Format::MatrixCsv, path);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(firstColumn(path), want); // each user once, none missing, in the server's order
}

// Issue 11's acceptance: 600 of 1,250 users loaded and loading stopped.
void TestMainWindow::shouldLabelEveryAnswerPartialWhenLoadingStops()
{
    Fixture f = open(1250);
    MainWindow &window = *f.window;
    UserLoader &loader = window.userModel()->loader();
    connect(&loader, &UserLoader::usersAppended, this, [&] {
        if (loader.loadedCount() >= 600)
            loader.cancelFetchAll();
    });
    QVERIFY(QTest::qWaitFor(
        [&] { return window.userModel()->rowCount() == 600 && !window.userModel()->isLoading(); }, 10000));
    QVERIFY(!window.userModel()->isComplete());
    QVERIFY(window.partialNotice()->isVisible());
    QVERIFY2(window.partialNotice()->text().contains(QLatin1String("600"))
            && window.partialNotice()->text().contains(QLatin1String("650")),
        qPrintable(window.partialNotice()->text()));

    choose(window.actionFilter(), QStringLiteral("finalize"));
    choose(window.resourceFilter(), QStringLiteral("org.invoice"));
    int truth = 0;
    for (int row = 0; row < 600; ++row)
        truth += window.userModel()->store().roleSet(row).has(
            grantKey(window.userModel()->registry().catalog().resourceIndex(QStringLiteral("org.invoice")),
                window.userModel()->registry().catalog().actionIndex(QStringLiteral("finalize"))));
    QCOMPARE(window.proxyModel()->rowCount(), truth);
    const QString match = window.matchText()->text();
    QVERIFY2(match.contains(QLatin1String("Partial")) && match.contains(QLatin1String("650 not loaded"))
            && match.contains(QLatin1String("can finalize on org.invoice")),
        qPrintable(match));
    QVERIFY2(window.overviewNote()->text().contains(QLatin1String("Partial"))
            && window.overviewNote()->text().contains(QLatin1String("650")),
        qPrintable(window.overviewNote()->text()));
    QCOMPARE(window.userModel()->rowCount(), 600); // filtering loaded nothing more

    // Reports written from part of the account say so, and how much is missing.
    QTemporaryDir dir;
    for (ReportWriter::Format format : {ReportWriter::Format::Json, ReportWriter::Format::Html}) {
        const QString path = dir.filePath(QStringLiteral("partial.") + ReportWriter::fileSuffix(format));
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        window.exportUsers(format, path, false);
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(
            bytes.contains("only 600 of the account's 1250 users were loaded; 650 are not in this report"),
            bytes.left(600).constData());
        if (format == ReportWriter::Format::Json)
            QVERIFY(bytes.contains("\"partial\":{\"loadedUsers\":600,\"accountUsers\":1250"));
    }
    QCOMPARE(window.userModel()->rowCount(), 600);

    // The export dialog offers to load the rest first, and warns about a partial csv.
    ExportDialog dialog(truth, 600, 1250, true, false, QString(), &window);
    QVERIFY(dialog.loadFirst());
    dialog.setFormat(ReportWriter::Format::Csv);
    dialog.setLoadFirst(false);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("partialWarning"))->isVisibleTo(&dialog));
}

// "Can: finalize, on: anything" asks exactly that, and says so.
void TestMainWindow::shouldAnswerHalfACapabilityAsAny()
{
    Fixture f = open(400);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    const RoleRegistry &registry = window.userModel()->registry();
    const int finalize = registry.catalog().actionIndex(QStringLiteral("finalize"));
    int truth = 0;
    for (int row = 0; row < 400; ++row) {
        const auto &grants = window.userModel()->store().roleSet(row).grants;
        truth += std::any_of(
            grants.begin(), grants.end(), [&](GrantKey key) { return grantAction(key) == finalize; });
    }
    choose(window.actionFilter(), QStringLiteral("finalize"));
    QVERIFY(truth > 0 && truth < 400);
    QCOMPARE(window.proxyModel()->rowCount(), truth);
    QVERIFY2(window.matchText()->text().contains(QLatin1String("can finalize on any resource")),
        qPrintable(window.matchText()->text()));
}

void TestMainWindow::shouldExportTheMatchingUsersAfterLoadingTheRest()
{
    Fixture f = open(450);
    MainWindow &window = *f.window;
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 5000));
    choose(window.stateFilter(), QStringLiteral("deleted"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deleted.csv"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportUsers(ReportWriter::Format::MatrixCsv, path);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(window.userModel()->rowCount(), 450); // the missing pages were loaded first
    QStringList want;
    for (int i = 0; i < 450; ++i) {
        const User user = f.emulator->dataset().user(i);
        if (user.state == QLatin1String("deleted"))
            want << user.id;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    lines.removeFirst();
    QStringList got;
    for (const QByteArray &line : lines)
        got << QString::fromUtf8(line.left(line.indexOf(',')));
    QVERIFY(!want.isEmpty());
    QCOMPARE(got, want);
}

void TestMainWindow::shouldShowAndFilterTheUsersWhoseRolesDepart()
{
    Fixture f = open(400);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    // The truth, by brute force from the registry: a standard-named role that
    // grants other than the standard role.
    const UserStore &store = window.userModel()->store();
    const RoleRegistry &registry = window.userModel()->registry();
    QSet<QString> departing;
    for (int row = 0; row < store.size(); ++row) {
        int extra = 0, missing = 0;
        for (const RoleDefinition *role : store.roleSet(row).roles) {
            const RoleDeparture d = registry.departure(*role);
            extra += int(d.extra.size());
            missing += int(d.missing.size());
        }
        const QString shown
            = window.userModel()->index(row, UserTableModel::DepartureColumn).data().toString();
        QCOMPARE(shown.isEmpty(), extra == 0 && missing == 0);
        if (extra)
            QVERIFY2(shown.contains(QStringLiteral("+%1").arg(extra)), qPrintable(shown));
        if (missing)
            QVERIFY2(shown.contains(QStringLiteral("\u2212%1").arg(missing)), qPrintable(shown));
        if (extra || missing)
            departing.insert(store.id(row));
    }
    QVERIFY(!departing.isEmpty());
    QVERIFY(departing.size() < store.size());
    window.departsFilter()->setChecked(true);
    QSet<QString> listed;
    for (int row = 0; row < window.proxyModel()->rowCount(); ++row)
        listed.insert(window.proxyModel()->index(row, 0).data(UserTableModel::UserIdRole).toString());
    QCOMPARE(listed, departing);
    QVERIFY2(window.matchText()->text().contains(QString::number(departing.size())),
        qPrintable(window.matchText()->text()));
    window.clearFilters();
    QVERIFY(!window.departsFilter()->isChecked());
    QCOMPARE(window.proxyModel()->rowCount(), store.size());
}

namespace {

// Presses key from the focused widget until focus is back at start; the
// widgets passed through, or an empty list when focus got stuck or never
// came back.
QList<QWidget *> walkFocus(QWidget *start, Qt::KeyboardModifiers modifiers)
{
    QList<QWidget *> path;
    start->setFocus(Qt::OtherFocusReason);
    for (int step = 0; step < 80; ++step) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab, modifiers);
        QWidget *after = QApplication::focusWidget();
        if (!after || after == before)
            return {}; // stuck
        if (after == start)
            return path;
        path << after;
    }
    return {};
}

bool inside(const QList<QWidget *> &path, QWidget *ancestor)
{
    return std::any_of(path.begin(), path.end(),
        [ancestor](QWidget *w) { return w == ancestor || ancestor->isAncestorOf(w); });
}

} // namespace

void TestMainWindow::shouldNeverTrapTheKeyboard()
{
    Fixture f = open(300);
    MainWindow &window = *f.window;
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() > 0; }, 5000));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.userView()->selectRow(3);
    for (const Qt::KeyboardModifiers modifiers :
        {Qt::KeyboardModifiers(Qt::NoModifier), Qt::KeyboardModifiers(Qt::ShiftModifier)}) {
        // From the search box through the table and the detail pane, and back.
        const QList<QWidget *> path = walkFocus(window.searchField(), modifiers);
        QVERIFY2(!path.isEmpty(), "focus got stuck or never came back to the search box");
        QVERIFY(path.contains(window.userView()));
        QVERIFY(inside(path, window.tabs()->currentWidget()));
        // The detail pane still shows the highlighted row.
        QCOMPARE(window.userView()->currentIndex().row(), 3);
    }
    // The same with the overview grid shown; Ctrl+Tab moves between tabs.
    window.searchField()->setFocus();
    QTest::keyClick(window.searchField(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::OverviewTab));
    const QList<QWidget *> path = walkFocus(window.searchField(), Qt::NoModifier);
    QVERIFY2(!path.isEmpty(), "focus got stuck in the overview");
    QVERIFY(path.contains(window.overviewView()));
    QTest::keyClick(window.searchField(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::DetailsTab));
}

void TestMainWindow::shouldOpenTheFirstWindowInsideTheScreen()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    ApiClient client;
    MainWindow window(&client, QStringLiteral("Test"));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
        qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                       .arg(window.width())
                       .arg(window.height())
                       .arg(available.width())
                       .arg(available.height())));
    QVERIFY(available.width() < 1440 || available.height() < 860); // else this proves nothing
    // Every column of the table shows in the first window's split.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHeaderView *header = window.userView()->horizontalHeader();
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        QVERIFY2(header->sectionViewportPosition(column) + 20 <= window.userView()->viewport()->width(),
            qPrintable(QStringLiteral("column %1 starts at %2 of %3")
                           .arg(column)
                           .arg(header->sectionViewportPosition(column))
                           .arg(window.userView()->viewport()->width())));
    }
}

void TestMainWindow::shouldCopyRowsAndOfferAContextMenu()
{
    Fixture f = open(300);
    MainWindow &window = *f.window;
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() >= 100; }, 5000));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *view = window.userView();
    view->setColumnHidden(UserTableModel::AccountsColumn, true);
    view->selectionModel()->select(
        view->model()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(
        view->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // a header and the two rows, in the table's order
    QVERIFY(lines[0].startsWith(QLatin1String("Email\tState\tRoles")));
    QVERIFY(!lines[0].contains(QLatin1String("Accounts"))); // only the columns shown
    for (int i = 0; i < 2; ++i) {
        const QStringList fields = lines[i + 1].split(QLatin1Char('\t'));
        const int row = i == 0 ? 2 : 4;
        QCOMPARE(fields.first(), view->model()->index(row, UserTableModel::EmailColumn).data().toString());
        QCOMPARE(fields.last(), view->model()->index(row, UserTableModel::IdColumn).data().toString());
        QCOMPARE(fields.size(), lines[0].split(QLatin1Char('\t')).size());
    }
    // The context menu: copying one user's e-mail, comparing the two selected.
    const QRect cell = view->visualRect(view->model()->index(2, 0));
    QMetaObject::invokeMethod(view, "customContextMenuRequested", Q_ARG(QPoint, cell.center()));
    QMenu *menu = window.userMenu();
    QVERIFY(menu);
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    QVERIFY2(texts.contains(QStringLiteral("Copy &e-mail")), qPrintable(texts.join(QLatin1Char('|'))));
    QAction *compare = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("Copy &e-mail"))
            action->trigger();
        if (action->text().startsWith(QLatin1String("Com&pare")))
            compare = action;
    }
    QCOMPARE(QApplication::clipboard()->text(),
        view->model()->index(2, UserTableModel::EmailColumn).data().toString());
    QVERIFY(compare && compare->isEnabled());
    compare->trigger();
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::CompareTab));
    menu->close();

    // "Export the 2 selected users": those two and no others.
    const QStringList chosen {view->model()->index(2, UserTableModel::IdColumn).data().toString(),
        view->model()->index(4, UserTableModel::IdColumn).data().toString()};
    QMetaObject::invokeMethod(view, "customContextMenuRequested", Q_ARG(QPoint, cell.center()));
    menu = window.userMenu();
    QVERIFY(menu);
    QAction *exportSelected = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("E&xport the 2 selected users\u2026"))
            exportSelected = action;
    }
    QVERIFY(exportSelected);
    exportSelected->trigger();
    menu->close();
    QPointer<ExportDialog> dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->path().contains(QLatin1String("-selected-users-")));
    QTemporaryDir dir;
    dialog->setFormat(ReportWriter::Format::Json);
    dialog->setPath(dir.filePath(QStringLiteral("two.json")));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    dialog->accept();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QFile file(dir.filePath(QStringLiteral("two.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray users
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("users")).toArray();
    QStringList ids;
    for (const QJsonValue &user : users)
        ids << user.toObject().value(QLatin1String("id")).toString();
    ids.sort();
    QStringList expected = chosen;
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestMainWindow::shouldWelcomeAFirstStartAndMarkTheDemo()
{
    Fixture f = open(120);
    MainWindow &window = *f.window;
    QVERIFY(!window.demoNotice()->isVisible()); // an account of its own: no demo mark
    window.setConnections(nullptr, nullptr, f.client->settings());
    QVERIFY(window.demoNotice()->isVisibleTo(&window));
    QVERIFY(window.demoNotice()->text().contains(QLatin1String("made-up")));
    window.showWelcome();
    QVERIFY(window.welcome()->isVisible());
    auto *connectButton = window.welcome()->findChild<QPushButton *>(QStringLiteral("welcomeConnect"));
    auto *demo = window.welcome()->findChild<QPushButton *>(QStringLiteral("welcomeDemo"));
    QVERIFY(connectButton && demo);
    QVERIFY(connectButton->text().contains(QLatin1String("Sequence account")));
    QCOMPARE(window.welcome()->geometry(), window.centralWidget()->geometry());
    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY(!window.welcome()->isVisible());
    QVERIFY(window.demoNotice()->isVisible());
}

void TestMainWindow::shouldListWhoElseHoldsAMatrixCell()
{
    Fixture f = open(300);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    window.userView()->selectRow(0);
    QTableView *matrix = window.detailPane()->matrixView();
    PermissionMatrixModel *model = window.detailPane()->matrixModel();
    QModelIndex granted;
    for (int r = 0; r < model->rowCount() && !granted.isValid(); ++r)
        for (int c = 0; c < model->columnCount() && !granted.isValid(); ++c)
            if (model->cellState(r, c) == PermissionMatrixModel::Granted)
                granted = model->index(r, c);
    QVERIFY(granted.isValid());
    const QString resource
        = model->headerData(granted.row(), Qt::Vertical, PermissionMatrixModel::NameRole).toString();
    const QString action
        = model->headerData(granted.column(), Qt::Horizontal, PermissionMatrixModel::NameRole).toString();
    matrix->scrollTo(granted);
    QMetaObject::invokeMethod(
        matrix, "customContextMenuRequested", Q_ARG(QPoint, matrix->visualRect(granted).center()));
    QMenu *menu = window.permissionMenu();
    QVERIFY(menu);
    QAction *who = nullptr;
    for (QAction *a : menu->actions())
        if (a->text().startsWith(QLatin1String("&Who")))
            who = a;
    QVERIFY(who);
    who->trigger();
    menu->close();
    // Exactly the holders, by brute force over the store.
    const UserStore &store = window.userModel()->store();
    const RoleRegistry &registry = window.userModel()->registry();
    const int resourceIndex = registry.catalog().resourceIndex(resource);
    const int actionIndex = registry.catalog().actionIndex(action);
    int holders = 0;
    for (int row = 0; row < store.size(); ++row)
        holders += store.roleSet(row).has(grantKey(resourceIndex, actionIndex)) ? 1 : 0;
    QVERIFY(holders > 0);
    QCOMPARE(window.proxyModel()->rowCount(), holders);
}

void TestMainWindow::shouldReportOnOneUser()
{
    Fixture f = open(120);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    window.userView()->selectRow(7);
    QVERIFY(window.detailPane()->reportButton()->isVisibleTo(&window));
    const QString chosen
        = window.userView()->model()->index(7, UserTableModel::EmailColumn).data().toString();
    const QString other = window.userView()->model()->index(8, UserTableModel::EmailColumn).data().toString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.html"));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportCurrentUser(ReportWriter::Format::Html, path);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(chosen.toHtmlEscaped()));
    QVERIFY(!html.contains(other.toHtmlEscaped()));
}

void TestMainWindow::shouldSaveAndReapplyFilters()
{
    QSettings().remove(QStringLiteral("savedFilters"));
    Fixture f = open(400);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    window.departsFilter()->setChecked(true);
    QTest::keyClicks(window.searchField(), QStringLiteral("example"));
    QVERIFY(QTest::qWaitFor(
        [&] { return window.proxyModel()->filter().search == QLatin1String("example"); }, 3000));
    const int matching = window.proxyModel()->rowCount();
    QVERIFY(matching > 0 && matching < 400);
    dialogs::setTextHook([](const QString &) { return QStringLiteral("Quarterly: departures"); });
    QAction *save = window.savedFiltersMenu()->findChild<QAction *>(QStringLiteral("saveFilters"));
    QVERIFY(save);
    save->trigger();
    dialogs::setTextHook({});
    window.clearFilters();
    QCOMPARE(window.proxyModel()->rowCount(), 400);
    // The menu lists it by name; choosing it brings every filter back.
    Q_EMIT window.savedFiltersMenu()->aboutToShow();
    QAction *saved = nullptr;
    for (QAction *action : window.savedFiltersMenu()->actions())
        if (action->text() == QLatin1String("Quarterly: departures"))
            saved = action;
    QVERIFY(saved);
    saved->trigger();
    QVERIFY(window.departsFilter()->isChecked());
    QCOMPARE(window.searchField()->text(), QStringLiteral("example"));
    QCOMPARE(window.proxyModel()->rowCount(), matching);
    QSettings().remove(QStringLiteral("savedFilters"));
}

void TestMainWindow::shouldTakeEveryShortcutFromTheSearchBox()
{
    Fixture f = open(300);
    MainWindow &window = *f.window;
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() > 0; }, 5000));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    int checked = 0;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty() || !action->isEnabled()
            || action->shortcutContext() != Qt::WindowShortcut)
            continue; // (a view's own Ctrl+C is not the window's)
        // What the action does is tested elsewhere (some open modal dialogs):
        // here only that its shortcut reaches it from the search box.
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        QSignalSpy triggered(action, &QAction::triggered);
        window.searchField()->setFocus();
        QTest::keySequence(window.searchField(), action->shortcut());
        QVERIFY2(triggered.count() == 1,
            qPrintable(QStringLiteral("%1 (%2) did not fire from the search box")
                           .arg(action->text(), action->shortcut().toString())));
        ++checked;
    }
    QVERIFY(checked >= 10);
    // Every toolbar action carries an icon (the theme's, or Qt's own).
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    QVERIFY(!bars.isEmpty());
    for (QAction *action : bars.first()->actions()) {
        if (!action->isSeparator() && !qobject_cast<QWidgetAction *>(action))
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
    }
}

void TestMainWindow::shouldExportFromTheDialog()
{
    Fixture f = open(120);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    window.openExportDialog();
    auto *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
        [](QLabel *l) { return l->text().contains(QLatin1String("all 120 loaded users")); }));
    QTemporaryDir dir;
    dialog->setFormat(ReportWriter::Format::Json);
    dialog->setPath(dir.filePath(QStringLiteral("all.json")));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    dialog->accept();
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    RoleRegistry registry;
    Snapshot snapshot;
    QString error;
    QVERIFY2(loadSnapshot(dir.filePath(QStringLiteral("all.json")), registry, &snapshot, &error),
        qPrintable(error));
    QCOMPARE(snapshot.users.size(), size_t(120));
}

void TestMainWindow::shouldAskBeforeReplacingAReportAndCreateAMissingFolder()
{
    QCOMPARE(ExportDialog::defaultFileName(
                 QStringLiteral("ACME Prod (EU)"), QDate(2026, 11, 29), QStringLiteral("csv")),
        QStringLiteral("acme-prod-eu-users-2026-11-29.csv"));
    Fixture f = open(120);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    QTemporaryDir dir;
    QSettings().setValue(QStringLiteral("export/folder"), dir.path());
    QStringList questions;
    bool answer = true;
    dialogs::setConfirmHook([&](const QString &text) {
        questions << text;
        return answer;
    });
    auto exportOnce = [&](const std::function<void(ExportDialog *)> &adjust) {
        window.openExportDialog();
        auto *dialog = window.findChild<ExportDialog *>();
        if (!dialog)
            return false;
        dialog->setFormat(ReportWriter::Format::Csv);
        adjust(dialog);
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        // Closes itself on accept (WA_DeleteOnClose; Qt 6.8 deletes it on
        // done(), 6.4 does not): watched, never deleted twice.
        const QPointer<ExportDialog> watched(dialog);
        dialog->accept();
        if (watched && dialog->result() != QDialog::Accepted) { // it stayed open: nothing starts
            delete dialog;
            return false;
        }
        const bool wrote = finished.count() == 1 || finished.wait(5000);
        delete watched.data();
        return wrote && !finished.isEmpty() && finished.first().first().toBool();
    };
    // Twice to the default name: the account and the date, then a question.
    QString first;
    QVERIFY(exportOnce([&](ExportDialog *dialog) { first = dialog->path(); }));
    QVERIFY2(QFileInfo(first).fileName().endsWith(
                 QStringLiteral("-users-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        qPrintable(first));
    QCOMPARE(QFileInfo(first).absolutePath(), QDir(dir.path()).absolutePath());
    QVERIFY(questions.isEmpty());
    answer = false; // "do not replace": nothing is written, the file stays
    {
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("last quarter");
    }
    QVERIFY(!exportOnce([](ExportDialog *) {}));
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QLatin1String("already exists")), qPrintable(questions.first()));
    // The first export left a way to open it.
    QVERIFY(window.openExportButton()->isVisibleTo(&window));
    QCOMPARE(window.openExportButton()->toolTip(), QDir::toNativeSeparators(first));
    {
        QFile file(first);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("last quarter"));
    }
    answer = true;
    QVERIFY(exportOnce([](ExportDialog *) {}));
    QCOMPARE(questions.size(), 2);
    // A folder that does not exist: asked, created, written.
    const QString nested = dir.filePath(QStringLiteral("q4/reports/users.csv"));
    QVERIFY(exportOnce([&](ExportDialog *dialog) { dialog->setPath(nested); }));
    QVERIFY(questions.last().contains(QLatin1String("does not exist")));
    QVERIFY(QFileInfo(nested).isFile());
    // ...and refused: nothing is created, nothing written.
    answer = false;
    const QString refused = dir.filePath(QStringLiteral("nowhere/users.csv"));
    QVERIFY(!exportOnce([&](ExportDialog *dialog) { dialog->setPath(refused); }));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
    dialogs::setConfirmHook({});
}

void TestMainWindow::shouldLeaveAnExistingFileAloneWhenTheExportFails()
{
    QStringList warnings;
    dialogs::setHook([&](const QString &, const QString &text) { warnings << text; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
    }
    // Loading fails on page 2: nothing is written.
    Fixture f = open(300, {QStringLiteral("page=2:500:always")}, QStringLiteral("demo-secret"), 1);
    MainWindow &window = *f.window;
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 5000));
    QSignalSpy finished(&window, &MainWindow::exportFinished);
    window.exportUsers(ReportWriter::Format::Csv, path);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->lastError().isError(); }, 5000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old report"));
    kept.close();
    // Said in a message that waits to be read, with the server's error, and
    // the banner with Retry stays.
    QVERIFY(QTest::qWaitFor([&] { return warnings.size() == 1; }, 5000));
    QVERIFY2(warnings.first().contains(QLatin1String("nothing was written"))
            && warnings.first().contains(QLatin1String("HTTP 500")),
        qPrintable(warnings.first()));
    QVERIFY(window.banner()->isVisible());
    QVERIFY(window.retryButton()->isVisible());
    // A folder that does not exist: a warning in words, nothing written.
    window.exportUsers(ReportWriter::Format::Csv, dir.filePath(QStringLiteral("missing/report.csv")));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.last().contains(QLatin1String("does not exist")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
        QStringList {QStringLiteral("report.csv")});
    dialogs::setHook({});
}

void TestMainWindow::shouldWriteTheReportInTheBackgroundAndStopOnCancel()
{
    Fixture f = open(4000);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
    }
    QSignalSpy finished(&window, &MainWindow::exportFinished);

    // Cancel: the worker stops within a few hundred users, the old file stays.
    window.exportUsers(ReportWriter::Format::Pdf, path);
    auto *progress = window.findChild<QProgressDialog *>();
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), 4000);
    QCOMPARE(finished.count(), 0); // written on another thread, not yet done
    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // what the user does; QProgressDialog::cancel() alone would not say so
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(finished.first().at(1).toString().startsWith(QLatin1String("Export cancelled")),
        qPrintable(finished.first().at(1).toString()));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old report"));
    kept.close();

    // Refresh while a report is written: the writer stops before the users go.
    finished.clear();
    window.exportUsers(ReportWriter::Format::Pdf, path);
    window.refresh();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY2(!finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 5000));

    // Left alone, it finishes and the progress dialog goes.
    finished.clear();
    QVERIFY(loadAll(window));
    window.exportUsers(ReportWriter::Format::Csv, path);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(QTest::qWaitFor([&] { return window.findChild<QProgressDialog *>() == nullptr; }, 2000));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readLine().startsWith("id,email,state,role,resource,action"));
}

void TestMainWindow::shouldListWhatChangedSinceASnapshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshot.json"));
    {
        Fixture before = open(200);
        QSignalSpy finished(before.window.get(), &MainWindow::exportFinished);
        before.window->exportUsers(ReportWriter::Format::Json, path);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
    }
    Fixture f = open(205); // the same seed, 5 more users
    QVERIFY(QTest::qWaitFor([&] { return f.window->userModel()->rowCount() == 100; }, 5000));
    f.window->compareWithSnapshot(path);
    QVERIFY(QTest::qWaitFor([&] { return f.window->findChild<SnapshotDiffDialog *>() != nullptr; }, 10000));
    const auto &changes = f.window->findChild<SnapshotDiffDialog *>()->changes();
    QCOMPARE(changes.size(), size_t(5));
    for (size_t i = 0; i < changes.size(); ++i) {
        QCOMPARE(changes[i].kind, SnapshotChange::Kind::UserAdded);
        QCOMPARE(changes[i].id, f.emulator->dataset().userId(qint64(200 + i)));
    }
}

// After a switch nothing of the previous account shows: its roles, states,
// resources and actions came with its loader, and the loader is new.
void TestMainWindow::shouldForgetThePreviousAccountOnASwitch()
{
    Fixture f = open(1000);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    auto items = [](QComboBox *combo) {
        QStringList values;
        for (int i = 1; i < combo->count(); ++i)
            values << combo->itemData(i).toString();
        return values;
    };
    QVERIFY(items(window.roleFilter()).contains(QLatin1String("auditor")));
    QVERIFY(items(window.resourceFilter()).contains(QLatin1String("org.auditLog")));
    window.userView()->selectionModel()->setCurrentIndex(
        window.proxyModel()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!window.detailPane()->shownUserId().isEmpty());

    // Another account: a few users, none with the custom roles or their resources.
    auto other = satest::startEmulator(3, {}, QStringLiteral("demo-secret"), 7);
    QSet<QString> roles, states;
    for (int i = 0; i < 3; ++i) {
        const User user = other->dataset().user(i);
        states << user.state;
        for (const RoleDefinition *role : user.roles)
            roles << role->name();
    }
    QVERIFY(!roles.contains(QLatin1String("auditor")));
    ConnectionSettings settings = f.client->settings();
    settings.baseUrl = other->baseUrl();
    f.client->setSettings(settings);
    window.refresh();
    QVERIFY(QTest::qWaitFor(
        [&] { return window.userModel()->isComplete() && window.userModel()->rowCount() == 3; }, 10000));
    QVERIFY(window.detailPane()->shownUserId().isEmpty());
    const QStringList roleChoices = items(window.roleFilter());
    QCOMPARE(QSet<QString>(roleChoices.begin(), roleChoices.end()), roles);
    const QStringList stateChoices = items(window.stateFilter());
    QCOMPARE(QSet<QString>(stateChoices.begin(), stateChoices.end()), states);
    QVERIFY(!items(window.resourceFilter()).contains(QLatin1String("org.auditLog")));
    QVERIFY(!items(window.actionFilter()).contains(QLatin1String("export")));
    QAbstractItemModel *overview = window.overviewModel();
    for (int row = 0; row < overview->rowCount(); ++row)
        QVERIFY(overview->index(row, 0).data(AccessOverviewModel::ResourceRole).toString()
            != QLatin1String("org.auditLog"));
    window.close();
    f.window.reset(); // before the second emulator goes
}

void TestMainWindow::shouldOpenOnTheLastSnapshotAndKeepItOffline()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("snapshots.sqlite"));
    QSettings().setValue(QStringLiteral("snapshots/refresh"), QStringLiteral("always"));
    QSettings().setValue(QStringLiteral("snapshots/remember"), true);
    auto server = satest::startEmulator(300);
    ConnectionSettings settings;
    settings.baseUrl = server->baseUrl();
    settings.clientId = QStringLiteral("demo-client");
    settings.clientSecret = QStringLiteral("demo-secret");
    settings.maxAttempts = 1; // offline means offline at once
    settings.backoffBaseMs = 10;
    ApiClient client;
    client.setSettings(settings);
    QString email;
    {
        // A complete load is remembered as @1.
        MainWindow window(&client, QStringLiteral("Test"));
        window.setSnapshotStore(store);
        QSignalSpy saved(&window, &MainWindow::snapshotSaved);
        window.show();
        QVERIFY(loadAll(window));
        QVERIFY(saved.count() == 1 || saved.wait(20000));
        QCOMPARE(saved.first().first().toLongLong(), 1);
        email = window.userModel()->store().email(7);
    }
    {
        // Online: the snapshot shows at once, then the fresh load replaces it (and is @2).
        MainWindow window(&client, QStringLiteral("Test"));
        window.setSnapshotStore(store);
        window.show();
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        QSignalSpy refreshed(&window, &MainWindow::backgroundRefreshFinished);
        QSignalSpy saved(&window, &MainWindow::snapshotSaved);
        QVERIFY(window.openLatestSnapshot());
        QVERIFY(shown.count() == 1 || shown.wait(20000));
        QCOMPARE(window.shownSnapshot()->id, 1);
        QCOMPARE(window.userModel()->rowCount(), 300);
        QVERIFY(window.snapshotNotice()->isVisibleTo(&window));
        QVERIFY(refreshed.count() == 1 || refreshed.wait(20000));
        QVERIFY(refreshed.first().first().toBool());
        QVERIFY(!window.shownSnapshot());
        QVERIFY(!window.snapshotNotice()->isVisibleTo(&window));
        QCOMPARE(window.userModel()->rowCount(), 300);
        QVERIFY(saved.count() == 1 || saved.wait(20000));
        QCOMPARE(saved.first().first().toLongLong(), 2);
    }
    server.reset(); // the server is gone
    MainWindow window(&client, QStringLiteral("Test"));
    window.setSnapshotStore(store);
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    QSignalSpy refreshed(&window, &MainWindow::backgroundRefreshFinished);
    QVERIFY(window.openLatestSnapshot());
    QVERIFY(shown.count() == 1 || shown.wait(20000));
    QCOMPARE(window.shownSnapshot()->id, 2);
    QVERIFY(refreshed.count() == 1 || refreshed.wait(20000));
    QVERIFY(!refreshed.first().first().toBool());
    // Still the whole account as stored, said so, and fully usable.
    QCOMPARE(window.userModel()->rowCount(), 300);
    QVERIFY(window.userModel()->isComplete());
    const QString notice = window.snapshotNotice()->text();
    QVERIFY2(notice.contains(QLatin1String("As of")) && notice.contains(QLatin1String("@2"))
            && notice.contains(QLatin1String("could not be refreshed")),
        qPrintable(notice));
    window.searchField()->setText(email); // not typed: QTest types ASCII only
    QVERIFY(QTest::qWaitFor([&] { return window.proxyModel()->rowCount() == 1; }, 5000));
    const QString path = dir.filePath(QStringLiteral("offline.json"));
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    window.exportUsers(ReportWriter::Format::Json, path);
    QVERIFY(exported.count() == 1 || exported.wait(10000));
    QVERIFY(exported.first().first().toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY2(json.contains("\"snapshot\":\"@2, loaded "), json.left(300).constData());
    QVERIFY(json.contains(email.toUtf8()));
    // The overview beside a snapshot of fewer users: each count's change.
    window.searchField()->clear();
    QVERIFY(QTest::qWaitFor([&] { return window.proxyModel()->rowCount() == 300; }, 5000));
    auto fewer = std::make_shared<LoadedSnapshot>();
    {
        const UserStore &current = window.userModel()->store();
        for (int row = 0; row < 200; ++row) {
            // Through the parser's path, into the baseline's own registry.
            QByteArray body = "{\"items\":[";
            appendUserJson(body, current.user(row), current.registry().catalog());
            body += "],\"pagination\":{}}";
            UsersPage page;
            ParseError error;
            QVERIFY2(parseUsersPage(body, fewer->registry, &page, &error), qPrintable(error.toString()));
            fewer->users.append(page.users.front());
        }
    }
    AccessOverviewModel *overview = window.overviewModel();
    overview->setBaseline(std::shared_ptr<const UserStore>(fewer, &fewer->users), QStringLiteral("@test"));
    QCOMPARE(overview->baselineUserCount(), 200);
    int grown = 0;
    for (int r = 0; r < overview->rowCount(); ++r) {
        for (int a = 0; a < overview->columnCount(); ++a) {
            const QModelIndex cell = overview->index(r, a);
            const int delta = cell.data(AccessOverviewModel::DeltaRole).toInt();
            QCOMPARE(delta, overview->count(r, a) - overview->baselineCount(r, a));
            QVERIFY(delta >= 0); // the baseline is a subset
            if (delta > 0) {
                ++grown;
                QVERIFY(cell.data().toString().endsWith(QStringLiteral("(+%1)").arg(delta)));
            }
        }
    }
    QVERIFY(grown > 0);
    // The stored snapshots are offered in the tab, and choosing @1 (the same users) shows no change.
    window.tabs()->setCurrentIndex(MainWindow::OverviewTab);
    QVERIFY(window.overviewBaseline()->findData(qint64(1)) >= 0);
    // A choice taken back before its snapshot is read leaves no baseline.
    window.compareOverviewWith(1);
    QVERIFY(window.isReadingBaseline());
    window.compareOverviewWith(0);
    QVERIFY(!overview->hasBaseline());
    // The read ends in the slot that would apply its result.
    QVERIFY(QTest::qWaitFor([&] { return !window.isReadingBaseline(); }, 10000));
    QVERIFY(!overview->hasBaseline());
    window.compareOverviewWith(1); // read on a worker thread
    QVERIFY(QTest::qWaitFor([&] { return overview->baselineUserCount() == 300; }, 10000));
    QVERIFY(overview->hasBaseline());
    for (int r = 0; r < overview->rowCount(); ++r) {
        for (int a = 0; a < overview->columnCount(); ++a)
            QCOMPARE(overview->index(r, a).data(AccessOverviewModel::DeltaRole).toInt(), 0);
    }
    // The history tab reads the store: the user is in both snapshots.
    window.userView()->selectRow(0);
    window.tabs()->setCurrentIndex(MainWindow::HistoryTab);
    QVERIFY(window.historyView()->rowCount() >= 1);
    QVERIFY(window.historyView()->item(0, 2)->text().startsWith(QLatin1String("First seen")));
    // File > Compare stored snapshots: read and compared on a worker thread,
    // the window answering meanwhile; @1 and @2 hold the same 300 users.
    window.compareStoredSnapshots(1, 2);
    QDialog *storedDiff = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return (storedDiff = window.findChild<QDialog *>(QStringLiteral("storedDiffDialog"))) != nullptr;
        },
        10000));
    const QStringList texts = [&] {
        QStringList all;
        for (const QLabel *label : storedDiff->findChildren<QLabel *>())
            all << label->text();
        return all;
    }();
    const QString summary = texts.join(QLatin1Char('\n'));
    QVERIFY2(summary.contains(QLatin1String("From @1 (")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("0 users added, 0 removed, 0 permissions gained or lost.")),
        qPrintable(summary));
    QVERIFY(QApplication::overrideCursor() == nullptr);
}

void TestMainWindow::shouldListTheSameViolatorsAsTheCli()
{
    Fixture f = open(1250);
    MainWindow &window = *f.window;
    QVERIFY(loadAll(window));
    FindingsModel *findings = window.findingsModel();
    QVERIFY(findings->policy()); // the starter policy, built in
    QVERIFY(QTest::qWaitFor([&] { return findings->rowCount() == 7; }, 5000));
    findings->recompute(); // every user loaded now
    // The CLI's check of the same account with the same (starter) policy.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEQUENCE_CLIENT_ID"), QStringLiteral("demo-client"));
    env.insert(QStringLiteral("SEQUENCE_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    cli.setProcessEnvironment(env);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QStringLiteral(SA_CLI_PATH),
        {QStringLiteral("check"), QStringLiteral("--policy"),
            QStringLiteral(SA_POLICY_DIR "/billing-baseline.yaml"), QStringLiteral("--base-url"),
            f.emulator->baseUrl().toString(), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--no-store"), QStringLiteral("--quiet")});
    QVERIFY(finished.wait(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QJsonArray rules = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                 .object()
                                 .value(QLatin1String("rules"))
                                 .toArray();
    QCOMPARE(rules.size(), findings->rowCount());
    for (int row = 0; row < findings->rowCount(); ++row) {
        const QJsonObject rule = rules.at(row).toObject();
        QCOMPARE(findings->index(row, FindingsModel::RuleColumn).data().toString(),
            rule.value(QLatin1String("id")).toString());
        QSet<QString> fromCli;
        for (const QJsonValue &finding : rule.value(QLatin1String("findings")).toArray()) {
            if (!finding.toObject().contains(QLatin1String("exception")))
                fromCli.insert(finding.toObject().value(QLatin1String("id")).toString());
        }
        QCOMPARE(findings->violatorIds(row), fromCli);
        QCOMPARE(findings->index(row, 0).data(FindingsModel::ViolatedRole).toBool(),
            rule.value(QLatin1String("violated")).toBool());
    }
    // The same evaluated on a worker thread (as for a complete load of many users).
    std::vector<QSet<QString>> synchronous;
    for (int row = 0; row < findings->rowCount(); ++row)
        synchronous.push_back(findings->violatorIds(row));
    findings->setAsyncThreshold(0);
    QSignalSpy recomputed(findings, &FindingsModel::recomputed);
    findings->recompute();
    QVERIFY(findings->isComputing());
    QVERIFY(recomputed.wait(20000));
    QVERIFY(!findings->isComputing());
    for (int row = 0; row < findings->rowCount(); ++row)
        QCOMPARE(findings->violatorIds(row), synchronous[size_t(row)]);
    findings->recompute(); // and a window going away mid-run waits for it (ASan)
    findings->setAsyncThreshold(100000);
    findings->recompute();
    QVERIFY(!findings->isComputing());
    // A click on a rule lists exactly its violators in the table.
    window.tabs()->setCurrentIndex(MainWindow::FindingsTab);
    const QSet<QString> invoice = findings->violatorIds(0);
    QVERIFY(!invoice.isEmpty());
    QTest::mouseClick(window.findingsView()->viewport(), Qt::LeftButton, {},
        window.findingsView()->visualRect(findings->index(0, FindingsModel::RuleColumn)).center());
    QCOMPARE(window.proxyModel()->rowCount(), invoice.size());
    for (int row = 0; row < window.proxyModel()->rowCount(); ++row)
        QVERIFY(
            invoice.contains(window.proxyModel()->index(row, UserTableModel::IdColumn).data().toString()));
    QVERIFY(window.matchText()->text().contains(QLatin1String("SOD-INVOICE")));
    // A violator holding one role: its conflicting cells are marked, and
    // removing that role (what if) would end the conflict.
    int single = -1;
    for (int row = 0; row < window.proxyModel()->rowCount() && single < 0; ++row) {
        if (!window.proxyModel()
                 ->index(row, UserTableModel::RolesColumn)
                 .data()
                 .toString()
                 .contains(QLatin1Char(',')))
            single = row;
    }
    QVERIFY(single >= 0);
    window.userView()->selectRow(single);
    PermissionMatrixModel *matrix = window.detailPane()->matrixModel();
    QStringList marked;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        for (int a = 0; a < matrix->columnCount(); ++a) {
            if (matrix->index(r, a)
                    .data(PermissionMatrixModel::PolicyRole)
                    .toStringList()
                    .contains(QStringLiteral("SOD-INVOICE")))
                marked << matrix->headerData(r, Qt::Vertical, PermissionMatrixModel::NameRole).toString()
                        + QLatin1Char(':')
                        + matrix->headerData(a, Qt::Horizontal, PermissionMatrixModel::NameRole).toString();
        }
    }
    QVERIFY2(
        marked.contains(QStringLiteral("org.invoice:create")), qPrintable(marked.join(QLatin1Char(' '))));
    const QString role = window.proxyModel()->index(single, UserTableModel::RolesColumn).data().toString();
    window.whatIf(role, false);
    QVERIFY2(window.detailPane()->whatIfResult()->text().contains(
                 QLatin1String("Would no longer break: SOD-INVOICE")),
        qPrintable(window.detailPane()->whatIfResult()->text()));
    window.whatIf(role, true); // holding it twice changes nothing
    QCOMPARE(
        window.detailPane()->whatIfResult()->text(), QStringLiteral("No change in what this user breaks."));
    // The json report the window writes carries the same findings.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("findings.json"));
    window.clearFilters();
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    window.exportUsers(ReportWriter::Format::Json, path);
    QVERIFY(exported.count() == 1 || exported.wait(20000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray reported = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QLatin1String("findings"))
                                    .toObject()
                                    .value(QLatin1String("rules"))
                                    .toArray();
    QCOMPARE(reported.size(), rules.size());
    for (int row = 0; row < rules.size(); ++row)
        QCOMPARE(reported.at(row).toObject().value(QLatin1String("findings")).toArray().size(),
            rules.at(row).toObject().value(QLatin1String("findings")).toArray().size());
    // A policy file with a mistake says so where the findings would be.
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("version: 1\nrules: {}\n");
    badFile.close();
    window.usePolicy(bad);
    QVERIFY(!findings->policy());
    QVERIFY2(window.findingsNote()->text().contains(bad + QStringLiteral(":2:8:")),
        qPrintable(window.findingsNote()->text()));
    // An exception in force: the user is no longer a violator, and the rule says whose it is, until when.
    const QString excepted
        = window.userModel()->store().email(window.userModel()->store().rowOfId(*invoice.begin()));
    const QString withException = dir.filePath(QStringLiteral("exception.yaml"));
    QFile exceptionFile(withException);
    QVERIFY(exceptionFile.open(QIODevice::WriteOnly));
    exceptionFile.write(
        "version: 1\nrules:\n  - id: SOD-INVOICE\n    title: t\n    severity: high\n    conflict:\n"
        "      - [org.invoice:create]\n      - [org.invoice:finalize, org.invoice:send]\n"
        "exceptions:\n  - {rule: SOD-INVOICE, user: \""
        + excepted.toUpper().toUtf8() + "\", reason: Oslo, approvedBy: CFO, expires: 2099-12-31}\n");
    exceptionFile.close();
    window.usePolicy(withException);
    QVERIFY(findings->policy());
    QCOMPARE(findings->violatorIds(0).size(), invoice.size() - 1);
    QVERIFY(!findings->violatorIds(0).contains(*invoice.begin()));
    const QString tip = findings->index(0, FindingsModel::UsersColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Exception for %1 until").arg(excepted))
            && tip.contains(QLatin1String("CFO")),
        qPrintable(tip));
    QVERIFY(findings->index(0, FindingsModel::UsersColumn)
                .data()
                .toString()
                .contains(QLatin1String("(+1 with an exception)")));
    // The file is read again when it changes (an editor replaces it whole).
    QCOMPARE(findings->rowCount(), 1);
    QSaveFile edited(withException);
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write("version: 1\nrules:\n  - id: A\n    title: a\n    severity: low\n    covers: admin\n"
                 "  - id: B\n    title: b\n    severity: low\n    covers: financeUser\n");
    QVERIFY(edited.commit());
    QVERIFY(QTest::qWaitFor([&] { return findings->rowCount() == 2; }, 10000));
    window.usePolicy(QString());
    QVERIFY(findings->policy());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
