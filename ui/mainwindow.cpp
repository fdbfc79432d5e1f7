// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accessoverviewmodel.h"
#include "accountdirectory.h"
#include "apiclient.h"
#include "application.h"
#include "comparepane.h"
#include "connectiondialog.h"
#include "credentialstore.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "findingsmodel.h"
#include "permissiondelegate.h"
#include "permissionmatrixmodel.h"
#include "policy.h"
#include "profilestore.h"
#include "reviewwindow.h"
#include "roleregistry.h"
#include "sa_version.h"
#include "snapshotdiffdialog.h"
#include "snapshotworker.h"
#include "userdetailpane.h"
#include "userfilterproxymodel.h"
#include "userloader.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <array>
#include <atomic>

namespace sa {

namespace {
const QString kAny = QStringLiteral("\x01any"); // item data of the "any" entries
}

MainWindow::MainWindow(ApiClient *client, const QString &connectionName, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new UserTableModel(client, this))
    , m_proxy(new UserFilterProxyModel(this))
    , m_overview(nullptr)
    , m_accounts(new AccountDirectory(client, this))
    , m_view(new QTableView(this))
    , m_overviewView(new QTableView(this))
    , m_details(new UserDetailPane(&m_model->registry(), this))
    , m_compare(new ComparePane(&m_model->registry(), this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(this))
    , m_connection(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_stateFilter(new QComboBox(this))
    , m_roleFilter(new QComboBox(this))
    , m_actionFilter(new QComboBox(this))
    , m_resourceFilter(new QComboBox(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_retryButton(new QPushButton(tr("&Retry"), m_banner))
    , m_emptyState(new QLabel(m_view->viewport()))
    , m_partialNotice(new QLabel(this))
    , m_overviewNote(nullptr)
    , m_statusText(new QLabel(this))
    , m_matchText(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Sequence Admin \u2014 %1").arg(connectionName));
    m_proxy->setSourceModel(m_model);
    m_overview = new AccessOverviewModel(m_proxy, this);

    // Toolbar: connection, actions, search.
    m_connection->addItem(connectionName);
    connect(m_connection, &QComboBox::activated, this,
        [this](int index) { switchConnection(m_connection->itemData(index).toString()); });
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setToolTip(tr("The Sequence account this window is connected to"));
    m_search->setPlaceholderText(tr("Search e-mail or id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_search->setMinimumWidth(240);
    m_search->installEventFilter(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    buildActions();
    // The window's own shortcuts, which the search box must not swallow
    // (menus made later, context menus and saved filters, carry none).
    for (QAction *action : findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && action->shortcutContext() == Qt::WindowShortcut)
            m_windowActions << action;
    }

    // Banner for errors, above the table.
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window,
        QColor::fromHsl(0, 160, palette().color(QPalette::Base).lightness() < 128 ? 60 : 225));
    m_banner->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText); // it quotes the server
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retryButton);
    m_banner->hide();
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::retry);

    // The user table.
    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    // Ctrl+C: the selected rows, tab-separated, with a header line.
    auto *copyRows = new QAction(tr("&Copy rows"), m_view);
    copyRows->setObjectName(QStringLiteral("copyRows"));
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyRows, &QAction::triggered, this, &MainWindow::copySelectedRows);
    m_view->addAction(copyRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showUserMenu);
    // Which columns show: a menu on the header.
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!m_view->isColumnHidden(column));
            toggle->setEnabled(column != UserTableModel::EmailColumn); // a row needs something to show
            connect(toggle, &QAction::toggled, this,
                [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        }
        menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
    });
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setColumnWidth(UserTableModel::EmailColumn, 280);
    m_view->setColumnWidth(UserTableModel::StateColumn, 80);
    m_view->setColumnWidth(UserTableModel::RolesColumn, 200);
    m_view->setColumnWidth(UserTableModel::DepartureColumn, 70);
    m_view->setColumnWidth(UserTableModel::AccountsColumn, 260);
    m_view->setAccessibleName(tr("Users"));
    m_view->viewport()->installEventFilter(this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));

    // Overview: who can do what.
    m_overviewView->setObjectName(QStringLiteral("overviewTable"));
    m_overviewView->setModel(m_overview);
    m_overviewView->setItemDelegate(new HeatDelegate(m_overviewView));
    // Tab leaves the grids (arrows move inside them): no keyboard trap.
    m_overviewView->setTabKeyNavigation(false);
    m_view->setTabKeyNavigation(false);
    m_overviewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overviewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overviewView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overviewView->setAccessibleName(tr("Access overview"));
    m_overviewView->setToolTip(
        tr("How many of the users shown hold each permission. Click a cell to list them."));
    connect(m_overviewView, &QTableView::clicked, this, &MainWindow::filterByOverviewCell);
    m_overviewView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_overviewView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_overviewView->indexAt(at);
        showPermissionMenu(m_overviewView->viewport(), at,
            index.data(AccessOverviewModel::ResourceRole).toString(),
            index.data(AccessOverviewModel::ActionRole).toString());
    });
    connect(m_details, &UserDetailPane::reportRequested, this, [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (!current.isValid())
            return;
        const QString email = m_proxy->index(current.row(), UserTableModel::EmailColumn).data().toString();
        const QString folder = QSettings()
                                   .value(QStringLiteral("export/folder"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .toString();
        QString selectedFilter;
        const QString path = QFileDialog::getSaveFileName(this, tr("Report on %1").arg(email),
            QDir(folder).filePath(ExportDialog::defaultFileName(email.section(QLatin1Char('@'), 0, 0),
                QDate::currentDate(), QStringLiteral("pdf"), QStringLiteral("permissions"))),
            tr("PDF report (*.pdf);;HTML report (*.html)"), &selectedFilter);
        if (!path.isEmpty())
            exportCurrentUser(path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                    ? ReportWriter::Format::Html
                    : ReportWriter::Format::Pdf,
                path);
    });
    QTableView *matrix = m_details->matrixView();
    matrix->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(matrix, &QWidget::customContextMenuRequested, this, [this, matrix](const QPoint &at) {
        const QModelIndex index = matrix->indexAt(at);
        if (!index.isValid())
            return;
        const QAbstractItemModel *model = matrix->model();
        showPermissionMenu(matrix->viewport(), at,
            model->headerData(index.row(), Qt::Vertical, PermissionMatrixModel::NameRole).toString(),
            model->headerData(index.column(), Qt::Horizontal, PermissionMatrixModel::NameRole).toString());
    });
    connect(m_overviewView, &QTableView::activated, this, &MainWindow::filterByOverviewCell);
    auto *overviewPage = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overviewPage);
    m_overviewNote = new QLabel(overviewPage);
    m_overviewNote->setObjectName(QStringLiteral("overviewNote"));
    m_overviewNote->setWordWrap(true);
    overviewLayout->addWidget(m_overviewNote);
    // The change in each count since a stored snapshot.
    m_overviewBaselineRow = new QWidget(overviewPage);
    auto *baselineRow = new QHBoxLayout(m_overviewBaselineRow);
    baselineRow->setContentsMargins(0, 0, 0, 0);
    m_overviewBaseline = new QComboBox(m_overviewBaselineRow);
    m_overviewBaseline->setObjectName(QStringLiteral("overviewBaseline"));
    auto *baselineLabel = new QLabel(tr("Show the change &since:"), m_overviewBaselineRow);
    baselineLabel->setBuddy(m_overviewBaseline);
    baselineRow->addWidget(baselineLabel);
    baselineRow->addWidget(m_overviewBaseline, 1);
    connect(m_overviewBaseline, &QComboBox::activated, this,
        [this] { compareOverviewWith(m_overviewBaseline->currentData().toLongLong()); });
    m_overviewBaselineRow->hide();
    overviewLayout->addWidget(m_overviewBaselineRow);
    overviewLayout->addWidget(m_overviewView, 1);

    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(overviewPage, tr("Access &overview"));
    m_tabs->addTab(m_compare, tr("Co&mpare"));
    // The selected user across the stored snapshots of this connection.
    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    m_historyNote = new QLabel(historyPage);
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->setWordWrap(true);
    m_history = new QTableWidget(0, 4, historyPage);
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Snapshot"), tr("Change"), tr("Role")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setTabKeyNavigation(false);
    m_history->setAccessibleName(tr("History of the selected user"));
    historyLayout->addWidget(m_historyNote);
    historyLayout->addWidget(m_history, 1);
    m_tabs->addTab(historyPage, tr("&History"));
    // Who breaks the connection's access policy.
    auto *findingsPage = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsPage);
    auto *policyRow = new QHBoxLayout;
    m_policyLabel = new QLabel(findingsPage);
    m_policyLabel->setObjectName(QStringLiteral("policyLabel"));
    m_policyLabel->setWordWrap(true);
    auto *choosePolicy = new QPushButton(tr("Choose a polic&y file\u2026"), findingsPage);
    choosePolicy->setObjectName(QStringLiteral("choosePolicy"));
    connect(choosePolicy, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Access policy"),
            m_policyPath.isEmpty() ? QDir::homePath() : QFileInfo(m_policyPath).absolutePath(),
            tr("Access policies (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            usePolicy(path);
    });
    auto *starterPolicy = new QPushButton(tr("Use the &built-in policy"), findingsPage);
    starterPolicy->setObjectName(QStringLiteral("starterPolicy"));
    connect(starterPolicy, &QPushButton::clicked, this, [this] { usePolicy(QString()); });
    policyRow->addWidget(m_policyLabel, 1);
    policyRow->addWidget(choosePolicy);
    policyRow->addWidget(starterPolicy);
    findingsLayout->addLayout(policyRow);
    m_findingsNote = new QLabel(findingsPage);
    m_findingsNote->setObjectName(QStringLiteral("findingsNote"));
    m_findingsNote->setWordWrap(true);
    findingsLayout->addWidget(m_findingsNote);
    m_findings = new FindingsModel(m_model, this);
    m_findingsView = new QTableView(findingsPage);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setTabKeyNavigation(false);
    m_findingsView->verticalHeader()->hide();
    // Every column in view: the title takes what is left, and is cut if it must.
    m_findingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(
        FindingsModel::TitleColumn, QHeaderView::Stretch);
    m_findingsView->setWordWrap(false);
    m_findingsView->setAccessibleName(tr("Access policy findings"));
    connect(m_findingsView, &QTableView::activated, this,
        [this](const QModelIndex &index) { filterByFinding(index.row()); });
    connect(m_findingsView, &QTableView::clicked, this,
        [this](const QModelIndex &index) { filterByFinding(index.row()); });
    connect(m_findings, &FindingsModel::recomputed, this, [this] {
        updateFindingsNote();
        updatePolicyMarks();
    });
    connect(m_details, &UserDetailPane::whatIfChosen, this, &MainWindow::whatIf);
    findingsLayout->addWidget(m_findingsView, 1);
    m_tabs->addTab(findingsPage, tr("F&indings"));
    m_policyWatcher = new QFileSystemWatcher(this);
    connect(m_policyWatcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // Editors replace the file: read it again, and watch the new one.
        QTimer::singleShot(200, this, [this] { usePolicy(m_policyPath); });
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == HistoryTab)
            updateHistory();
        if (index == OverviewTab)
            fillOverviewBaselines();
    });
    m_tabs->setObjectName(QStringLiteral("sideTabs"));

    // Layout: filters, banner, table | tabs.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterBar = new QHBoxLayout;
    buildFilterBar(left, filterBar);
    leftLayout->addLayout(filterBar);
    leftLayout->addWidget(m_banner);
    // Until every user is loaded, every answer says it is partial.
    m_partialNotice->setObjectName(QStringLiteral("partialNotice"));
    m_partialNotice->setWordWrap(true);
    m_partialNotice->setTextFormat(Qt::RichText);
    m_partialNotice->setFrameShape(QFrame::StyledPanel);
    m_partialNotice->setMargin(4);
    m_partialNotice->hide();
    connect(m_partialNotice, &QLabel::linkActivated, m_model, &UserTableModel::fetchAll);
    leftLayout->addWidget(m_partialNotice);
    // Demo data never passes for an account's.
    m_demoNotice
        = new QLabel(tr("Demo data: made-up users from the built-in emulator, not a Sequence account. "
                        "Connect yours in File > Connections (Ctrl+Shift+C)."),
            left);
    m_demoNotice->setObjectName(QStringLiteral("demoNotice"));
    m_demoNotice->setWordWrap(true);
    m_demoNotice->setFrameShape(QFrame::StyledPanel);
    m_demoNotice->setMargin(4);
    m_demoNotice->hide();
    leftLayout->addWidget(m_demoNotice);
    // A stored snapshot never passes for the account as it is now.
    m_snapshotNotice = new QLabel(left);
    m_snapshotNotice->setObjectName(QStringLiteral("snapshotNotice"));
    m_snapshotNotice->setWordWrap(true);
    m_snapshotNotice->setTextFormat(Qt::RichText);
    m_snapshotNotice->setFrameShape(QFrame::StyledPanel);
    m_snapshotNotice->setMargin(4);
    m_snapshotNotice->hide();
    connect(m_snapshotNotice, &QLabel::linkActivated, this, [this] { refresh(); });
    leftLayout->addWidget(m_snapshotNotice);
    leftLayout->addWidget(m_view, 1);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->hide();
    statusBar()->addWidget(m_statusText, 1);
    // After an export: open the report, or its folder (hidden until then).
    m_openExport = new QToolButton(this);
    m_openExport->setText(tr("Open report"));
    m_openExport->setObjectName(QStringLiteral("openExport"));
    m_openExport->hide();
    connect(m_openExport, &QToolButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastExport)); });
    m_showExport = new QToolButton(this);
    m_showExport->setText(tr("Show in folder"));
    m_showExport->setObjectName(QStringLiteral("showExport"));
    m_showExport->hide();
    connect(m_showExport, &QToolButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastExport).absolutePath())); });
    statusBar()->addPermanentWidget(m_openExport);
    statusBar()->addPermanentWidget(m_showExport);
    statusBar()->addPermanentWidget(m_matchText);
    statusBar()->addPermanentWidget(m_progress);

    // One loader per connection: a new one brings a new registry for the panes.
    // A save still reading the old loader's users stops first (it goes next).
    m_snapshots = new SnapshotWorker(this);
    connect(m_model, &UserTableModel::loaderChanged, this, [this] {
        m_snapshots->cancelSave();
        m_remembered = false;
        // A background load that is adopted began when it was started.
        m_loadStarted = m_adoptingBackground ? m_backgroundStarted : QDateTime::currentDateTimeUtc();
        m_details->setRegistry(&m_model->registry());
        m_compare->setRegistry(&m_model->registry());
        updateFilterChoices();
    });
    connect(m_model, &UserTableModel::completeChanged, this, &MainWindow::rememberLoad);
    connect(m_snapshots, &SnapshotWorker::opened, this, &MainWindow::showSnapshot);
    connect(m_snapshots, &SnapshotWorker::openFailed, this, [this](const QString &error) {
        statusBar()->showMessage(
            tr("The stored snapshot could not be opened (%1); loading from the server.").arg(error), 15000);
        reload();
    });
    connect(m_snapshots, &SnapshotWorker::saved, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Remembered as snapshot @%1.").arg(id), 10000);
        fillOverviewBaselines();
        Q_EMIT snapshotSaved(id);
    });
    connect(m_snapshots, &SnapshotWorker::saveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(
            tr("This load could not be remembered in the snapshot store: %1").arg(error), 15000);
    });
    // After the first page, the rest loads in the background (paced by the
    // client against real servers); Esc stops it and keeps what is loaded.
    connect(m_model, &UserTableModel::firstPageLoaded, m_model, &UserTableModel::fetchAll);
    connect(m_model, &UserTableModel::completeChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::loadedCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::fetchingAllChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::loadedCountChanged, this, &MainWindow::updateFilterChoices);
    connect(m_model, &UserTableModel::loadedCountChanged, this, &MainWindow::restoreSelection);
    connect(m_model, &UserTableModel::errorChanged, this, &MainWindow::updateBanner);
    connect(m_model, &UserTableModel::retryScheduled, this,
        [this](int attempt, int delayMs, const QString &reason) {
            m_bannerText->setText(tr("%1\nRetrying in %2 s (attempt %3)\u2026")
                                      .arg(reason)
                                      .arg((delayMs + 999) / 1000)
                                      .arg(attempt));
            m_retryButton->hide();
            m_banner->show();
        });
    connect(m_model, &UserTableModel::loadedCountChanged, this, [this] {
        if (!m_model->lastError().isError())
            m_banner->hide();
    });
    connect(m_proxy, &UserFilterProxyModel::matchCountChanged, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &UserTableModel::loadingChanged, this, &MainWindow::updateEmptyState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showCurrentUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_compareAction->setEnabled(m_view->selectionModel()->selectedRows().size() == 2); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        // A new filter: keep showing the same user if they still match.
        if (!m_details->shownUserId().isEmpty())
            m_pendingSelection = m_details->shownUserId();
        restoreSelection();
        followView();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::followView);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::followView);
    connect(m_accounts, &AccountDirectory::loaded, this, [this] {
        m_model->setAccountNames(m_accounts->names());
        // The user shown gets company names instead of account ids.
        if (!m_details->shownUserId().isEmpty()) {
            const bool hidden = m_details->isHiddenByFilters();
            const int row = m_model->store().rowOfId(m_details->shownUserId());
            if (row >= 0 && row < m_model->rowCount()) {
                const User user = m_model->store().user(row);
                QStringList accounts;
                for (const QString &id : user.sequenceAccountIds)
                    accounts << m_model->accountLabel(id);
                m_details->showUser(user, accounts);
                m_details->setHiddenByFilters(hidden);
            }
        }
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/userColumns")).toByteArray());
    m_pendingSelection = settings.value(QStringLiteral("mainWindow/selectedUser")).toString();
    if (!settings.contains(QStringLiteral("mainWindow/geometry"))) {
        // The first window fits the screen at any scale: 1440x860 where there
        // is room, else nine tenths of what the screen has.
        QSize size(1440, 860);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
        resize(size);
    }
    // The table gets what its columns need (email, state, roles, the
    // departure, accounts and id), the panes the rest.
    const int table = std::min(width() * 11 / 20, 820);
    if (!settings.contains(QStringLiteral("mainWindow/splitter")))
        m_splitter->setSizes({table, std::max(200, width() - table)});
    if (!settings.contains(QStringLiteral("mainWindow/userColumns"))) {
        // Every column shows in the table's share of the first window, down
        // to a 1366x768 screen: widths in proportion, the id takes the rest.
        // (The splitter is not laid out yet: its sizes are not known here.)
        const int room = std::max(300, table - 40);
        const std::array<std::pair<int, int>, 5> shares {{{UserTableModel::EmailColumn, 30},
            {UserTableModel::StateColumn, 9}, {UserTableModel::RolesColumn, 19},
            {UserTableModel::DepartureColumn, 8}, {UserTableModel::AccountsColumn, 18}}};
        for (const auto &[column, percent] : shares)
            m_view->setColumnWidth(column, room * percent / 100);
        m_view->horizontalHeader()->setStretchLastSection(true);
    }

    updateFilterChoices();
    updateStatus();
    usePolicy(QSettings().value(QStringLiteral("policies/") + policyKey()).toString());
    refresh();
}

// What the export's worker thread and the window share.
struct MainWindow::ExportJob
{
    std::atomic<qsizetype> done {0};
    std::atomic<bool> cancel {false};
    bool ok = false; // written by the worker, read after it finished
    QString error;
};

MainWindow::~MainWindow()
{
    // The findings' worker reads the model's users, which go first.
    m_findings->waitForWorker();
    // The save reads the model's users, which go before the worker does.
    m_snapshots->cancelSave();
    stopExport();
    for (QThread *thread : std::as_const(m_workers))
        thread->wait();
}

QThread *MainWindow::runOnWorker(std::function<void()> work, std::function<void()> done)
{
    QThread *thread = QThread::create(std::move(work));
    thread->setParent(this);
    m_workers.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        m_workers.removeOne(thread);
        thread->deleteLater();
        done();
    });
    thread->start();
    return thread;
}

void MainWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *usersMenu = menuBar()->addMenu(tr("&Users"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));

    toolbar->addWidget(m_connection);
    toolbar->addSeparator();
    QAction *refreshAction = toolbar->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(tr("Reload the users from the first page (F5)"));
    m_loadAllAction = toolbar->addAction(tr("Load &all"), m_model, &UserTableModel::fetchAll);
    m_loadAllAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_loadAllAction->setToolTip(tr("Load every remaining page of users (Ctrl+L)"));
    m_cancelAction = toolbar->addAction(tr("&Stop"), m_model, &UserTableModel::cancelFetchAll);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop loading all users; what is loaded stays (Esc)"));
    m_cancelAction->setEnabled(false);
    QAction *exportAction = toolbar->addAction(tr("&Export\u2026"), this, &MainWindow::openExportDialog);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setToolTip(tr("Export a permission report of the users shown (Ctrl+E)"));
    QAction *snapshotAction = new QAction(tr("Compare &with snapshot\u2026"), this);
    snapshotAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    snapshotAction->setToolTip(tr("Who gained or lost which permissions since a saved json report"));
    connect(snapshotAction, &QAction::triggered, this, &MainWindow::chooseSnapshot);
    m_compareAction = toolbar->addAction(tr("Com&pare"), this, &MainWindow::compareSelected);
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_compareAction->setToolTip(tr("Compare the permissions of the two selected users (Ctrl+D)"));
    m_compareAction->setEnabled(false);
    // Icons from the desktop theme, with the app's own where a theme has none
    // (macOS, Windows, a bare session).
    refreshAction->setIcon(application::actionIcon(QStringLiteral("view-refresh")));
    m_loadAllAction->setIcon(application::actionIcon(QStringLiteral("go-bottom")));
    m_cancelAction->setIcon(application::actionIcon(QStringLiteral("process-stop")));
    exportAction->setIcon(application::actionIcon(QStringLiteral("document-save-as")));
    m_compareAction->setIcon(application::actionIcon(QStringLiteral("view-split-left-right")));
    snapshotAction->setIcon(application::actionIcon(QStringLiteral("document-open-recent")));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);

    QAction *findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);
    QAction *clearAction = new QAction(tr("C&lear filters"), this);
    clearAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    connect(clearAction, &QAction::triggered, this, &MainWindow::clearFilters);

    QAction *connectionsAction
        = fileMenu->addAction(tr("&Connections\u2026"), this, &MainWindow::manageConnections);
    connectionsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    fileMenu->addSeparator();
    fileMenu->addAction(exportAction);
    fileMenu->addAction(snapshotAction);
    QAction *storedAction = fileMenu->addAction(
        tr("Compare stored sna&pshots\u2026"), this, &MainWindow::chooseStoredSnapshots);
    storedAction->setObjectName(QStringLiteral("compareStoredAction"));
    storedAction->setToolTip(tr("Who gained or lost which permissions between two remembered loads"));
    fileMenu->addSeparator();
    QAction *startReviewAction
        = fileMenu->addAction(tr("Start access &review…"), this, &MainWindow::chooseAccessReviewToStart);
    startReviewAction->setObjectName(QStringLiteral("startReviewAction"));
    startReviewAction->setToolTip(tr("A quarterly user-access review of the users the filters select, with "
                                     "evidence an auditor can check offline"));
    QAction *openReviewAction
        = fileMenu->addAction(tr("&Open access review…"), this, &MainWindow::chooseAccessReviewToOpen);
    openReviewAction->setObjectName(QStringLiteral("openReviewAction"));
    fileMenu->addSeparator();
    connectionsAction->setIcon(application::actionIcon(QStringLiteral("network-server")));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setIcon(application::actionIcon(QStringLiteral("application-exit")));
    quitAction->setShortcut(QKeySequence::Quit);
    usersMenu->addAction(refreshAction);
    usersMenu->addAction(m_loadAllAction);
    usersMenu->addAction(m_cancelAction);
    usersMenu->addSeparator();
    usersMenu->addAction(findAction);
    usersMenu->addAction(clearAction);
    usersMenu->addAction(m_compareAction);
    usersMenu->addAction(exportAction);
    usersMenu->addAction(snapshotAction);
    usersMenu->addSeparator();
    // Saved filters: a question asked every quarter, kept under a name.
    m_savedFiltersMenu = usersMenu->addMenu(tr("Sa&ved filters"));
    m_savedFiltersMenu->setObjectName(QStringLiteral("savedFiltersMenu"));
    connect(m_savedFiltersMenu, &QMenu::aboutToShow, this, &MainWindow::fillSavedFilters);
    fillSavedFilters();
    const QStringList tabNames
        = {tr("&Details"), tr("Access &overview"), tr("Co&mpare"), tr("&History"), tr("F&indings")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction *tab = viewMenu->addAction(tabNames[i], this, [this, i] { m_tabs->setCurrentIndex(i); });
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    viewMenu->addSeparator();
    QAction *nextTab = viewMenu->addAction(tr("&Next tab"), this,
        [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction *previousTab = viewMenu->addAction(tr("Pre&vious tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    // The snapshot store's two choices, kept in the settings.
    QMenu *snapshotsMenu = viewMenu->addMenu(tr("Snap&shots"));
    snapshotsMenu->setObjectName(QStringLiteral("snapshotsMenu"));
    QAction *remember = snapshotsMenu->addAction(tr("&Remember every complete load"));
    remember->setObjectName(QStringLiteral("rememberLoads"));
    remember->setCheckable(true);
    remember->setChecked(QSettings().value(QStringLiteral("snapshots/remember"), true).toBool());
    connect(remember, &QAction::toggled, this,
        [](bool on) { QSettings().setValue(QStringLiteral("snapshots/remember"), on); });
    snapshotsMenu->addSection(tr("When a stored snapshot opens"));
    auto *policies = new QActionGroup(snapshotsMenu);
    const QString policy
        = QSettings().value(QStringLiteral("snapshots/refresh"), QStringLiteral("always")).toString();
    const std::array<std::pair<const char *, QString>, 3> choices {{{"always", tr("Refresh it &at once")},
        {"ask", tr("Ask &before refreshing")}, {"never", tr("&Keep it until Refresh (F5)")}}};
    for (const auto &[key, text] : choices) {
        QAction *choice = snapshotsMenu->addAction(text);
        choice->setCheckable(true);
        choice->setChecked(policy == QLatin1String(key));
        choice->setObjectName(QStringLiteral("refresh-") + QLatin1String(key));
        policies->addAction(choice);
        connect(choice, &QAction::triggered, this,
            [k = QString::fromLatin1(key)] { QSettings().setValue(QStringLiteral("snapshots/refresh"), k); });
    }
    QAction *aboutAction = helpMenu->addAction(tr("&About Sequence Admin"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_model, &UserTableModel::fetchingAllChanged, this, [this] {
        m_cancelAction->setEnabled(m_model->isFetchingAll());
        m_loadAllAction->setEnabled(!m_model->isFetchingAll());
    });
}

void MainWindow::buildFilterBar(QWidget *parent, QHBoxLayout *layout)
{
    auto label = [parent](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, parent);
        l->setBuddy(buddy);
        return l;
    };
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_roleFilter->setAccessibleName(tr("Filter by role"));
    m_actionFilter->setAccessibleName(tr("Filter by action"));
    m_resourceFilter->setAccessibleName(tr("Filter by resource"));
    for (QComboBox *combo : {m_stateFilter, m_roleFilter, m_actionFilter, m_resourceFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, &MainWindow::applyFilter);
    }
    layout->addWidget(label(tr("S&tate:"), m_stateFilter));
    layout->addWidget(m_stateFilter);
    layout->addWidget(label(tr("R&ole:"), m_roleFilter));
    layout->addWidget(m_roleFilter);
    layout->addWidget(label(tr("C&an:"), m_actionFilter));
    layout->addWidget(m_actionFilter);
    layout->addWidget(label(tr("o&n:"), m_resourceFilter));
    layout->addWidget(m_resourceFilter);
    // The headline question: whose role is not the standard role it is named after?
    m_departsFilter = new QCheckBox(tr("De&parts from standard"), parent);
    m_departsFilter->setObjectName(QStringLiteral("departsFilter"));
    m_departsFilter->setToolTip(
        tr("Only users holding a standard role whose permissions differ from Sequence's "
           "standard role of that name"));
    connect(m_departsFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    layout->addWidget(m_departsFilter);
    layout->addStretch(1);
}

void MainWindow::updateFilterChoices()
{
    // Offer what the loaded data holds: states, role names, and the whole catalog.
    const UserStore &store = m_model->store();
    const RoleRegistry &registry = m_model->registry();
    auto refill = [](QComboBox *combo, const QString &anyText, QStringList values) {
        values.removeDuplicates();
        std::sort(values.begin(), values.end(),
            [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QStringList current;
        for (int i = 1; i < combo->count(); ++i)
            current << combo->itemData(i).toString();
        if (current == values && combo->count() > 0)
            return;
        const QString selected = combo->currentData().toString();
        combo->clear();
        combo->addItem(anyText, kAny);
        for (const QString &value : std::as_const(values))
            combo->addItem(value, value);
        const int at = combo->findData(selected);
        combo->setCurrentIndex(at >= 0 ? at : 0);
    };
    QStringList states;
    for (int i = 0; i < store.stateCount(); ++i)
        states << store.stateName(quint32(i));
    // Roles users hold, not the standard templates nobody here may hold.
    QStringList roles;
    for (int i = 0; i < registry.roleSetCount(); ++i) {
        for (const RoleDefinition *role : registry.roleSet(quint32(i)).roles)
            roles << role->name();
    }
    QStringList actions;
    for (int i = 0; i < registry.catalog().actionCount(); ++i)
        actions << registry.catalog().actionName(i);
    QStringList resources;
    for (int i = 0; i < registry.catalog().resourceCount(); ++i)
        resources << registry.catalog().resourceName(i);
    refill(m_stateFilter, tr("any"), states);
    refill(m_roleFilter, tr("any"), roles);
    refill(m_actionFilter, tr("anything"), actions);
    refill(m_resourceFilter, tr("anything"), resources);
}

void MainWindow::applyFilter()
{
    m_searchDelay->stop();
    UserFilter filter;
    filter.search = m_search->text().trimmed();
    auto value = [](QComboBox *combo) {
        const QString chosen = combo->currentData().toString();
        return chosen == kAny ? QString() : chosen;
    };
    filter.state = value(m_stateFilter);
    filter.roleName = value(m_roleFilter);
    // Either half of the capability may stay "anything": the filter then
    // asks exactly that (an action on any resource, anything on a resource).
    filter.capabilityAction = value(m_actionFilter);
    filter.capabilityResource = value(m_resourceFilter);
    filter.departs = m_departsFilter && m_departsFilter->isChecked();
    // A policy rule's violators stay chosen until the filters are cleared.
    filter.ids = m_violators;
    filter.idsLabel = m_violatorsLabel;
    m_proxy->setFilter(filter);
    updateStatus();
}

void MainWindow::fillSavedFilters()
{
    m_savedFiltersMenu->clear();
    QAction *save = m_savedFiltersMenu->addAction(tr("&Save the current filters\u2026"), this, [this] {
        const QString name = dialogs::askText(this, tr("Save filters"), tr("Name of these filters:"));
        if (!name.isEmpty())
            saveCurrentFilters(name);
    });
    save->setObjectName(QStringLiteral("saveFilters"));
    QSettings settings;
    settings.beginGroup(QStringLiteral("savedFilters"));
    const QStringList names = settings.childGroups();
    settings.endGroup();
    if (!names.isEmpty())
        m_savedFiltersMenu->addSeparator();
    for (const QString &key : names) {
        const QString name = QSettings().value(QStringLiteral("savedFilters/%1/name").arg(key)).toString();
        // A name's own "&" is a character, not a mnemonic.
        QAction *apply
            = m_savedFiltersMenu->addAction(QString(name).replace(QLatin1Char('&'), QLatin1String("&&")),
                this, [this, key] { applySavedFilters(key); });
        apply->setData(key);
    }
    if (!names.isEmpty()) {
        QMenu *forget = m_savedFiltersMenu->addMenu(tr("&Forget"));
        for (const QString &key : names) {
            const QString name
                = QSettings().value(QStringLiteral("savedFilters/%1/name").arg(key)).toString();
            forget->addAction(name, this, [this, key] {
                QSettings().remove(QStringLiteral("savedFilters/") + key);
                fillSavedFilters();
            });
        }
    }
}

void MainWindow::saveCurrentFilters(const QString &name)
{
    // Keyed by a hash of the name: any name, one entry per name.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    applyFilter(); // what the widgets say, typing delay or not
    const UserFilter filter = m_proxy->filter();
    QSettings settings;
    settings.beginGroup(QStringLiteral("savedFilters/") + key);
    settings.setValue(QStringLiteral("name"), name);
    settings.setValue(QStringLiteral("search"), filter.search);
    settings.setValue(QStringLiteral("state"), filter.state);
    settings.setValue(QStringLiteral("role"), filter.roleName);
    settings.setValue(QStringLiteral("action"), filter.capabilityAction);
    settings.setValue(QStringLiteral("resource"), filter.capabilityResource);
    settings.setValue(QStringLiteral("departs"), filter.departs);
    settings.endGroup();
    fillSavedFilters();
    statusBar()->showMessage(
        tr("Saved the filters as \u201c%1\u201d (Users > Saved filters).").arg(name), 10000);
}

void MainWindow::applySavedFilters(const QString &key)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("savedFilters/") + key);
    auto choose = [](QComboBox *combo, const QString &value) {
        const int index = value.isEmpty() ? 0 : combo->findData(value);
        if (index < 0) // a value not among the users loaded yet: added, so the filter asks it
            combo->addItem(value, value);
        combo->setCurrentIndex(index < 0 ? combo->count() - 1 : index);
    };
    m_search->setText(settings.value(QStringLiteral("search")).toString());
    choose(m_stateFilter, settings.value(QStringLiteral("state")).toString());
    choose(m_roleFilter, settings.value(QStringLiteral("role")).toString());
    choose(m_actionFilter, settings.value(QStringLiteral("action")).toString());
    choose(m_resourceFilter, settings.value(QStringLiteral("resource")).toString());
    {
        const QSignalBlocker blocker(m_departsFilter);
        m_departsFilter->setChecked(settings.value(QStringLiteral("departs")).toBool());
    }
    settings.endGroup();
    applyFilter();
}

void MainWindow::clearFilters()
{
    m_violators.reset();
    m_violatorsLabel.clear();
    m_search->clear();
    for (QComboBox *combo : {m_stateFilter, m_roleFilter, m_actionFilter, m_resourceFilter})
        combo->setCurrentIndex(0);
    if (m_departsFilter) {
        const QSignalBlocker blocker(m_departsFilter);
        m_departsFilter->setChecked(false);
    }
    applyFilter();
}

void MainWindow::filterByOverviewCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    filterByCapability(index.data(AccessOverviewModel::ResourceRole).toString(),
        index.data(AccessOverviewModel::ActionRole).toString());
}

void MainWindow::exportCurrentUser(ReportWriter::Format format, const QString &path)
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_proxy->sourceRowOf(current.row());
    ReportContext context;
    context.source = m_client->settings().baseUrl;
    context.generatedAt = QDateTime::currentDateTimeUtc();
    context.filterDescription = tr("user %1").arg(m_model->store().email(row));
    writeReport(format, path, {row}, std::move(context));
}

void MainWindow::filterByCapability(const QString &resource, const QString &action)
{
    m_actionFilter->setCurrentIndex(std::max(0, m_actionFilter->findData(action)));
    m_resourceFilter->setCurrentIndex(std::max(0, m_resourceFilter->findData(resource)));
    applyFilter();
}

// A menu on a permission (a matrix cell or an overview cell): copy it, or
// list everyone who holds it.
void MainWindow::showPermissionMenu(
    QWidget *view, const QPoint &at, const QString &resource, const QString &action)
{
    if (resource.isEmpty() || action.isEmpty())
        return;
    const QString permission = resource + QLatin1Char(':') + action;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("permissionMenu"));
    menu->addAction(tr("&Copy \u201c%1\u201d").arg(permission), this,
        [permission] { QApplication::clipboard()->setText(permission); });
    menu->addAction(
        tr("&Who can do this?"), this, [this, resource, action] { filterByCapability(resource, action); });
    m_permissionMenu = menu;
    menu->popup(view->mapToGlobal(at));
}

void MainWindow::afterLoadingAll(const QString &purpose, std::function<void()> then)
{
    if (!m_model->hasMore() && !m_model->isLoading()) {
        then();
        return;
    }
    auto *progress = new QProgressDialog(tr("Loading all users %1\u2026").arg(purpose), tr("Cancel"), 0,
        int(std::max<qint64>(m_model->totalCount(), 0)), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(m_model, &UserTableModel::loadedCountChanged, progress, [this, progress] {
        progress->setMaximum(int(std::max<qint64>(m_model->totalCount(), 0)));
        progress->setValue(m_model->loadedCount());
    });
    connect(progress, &QProgressDialog::canceled, m_model, &UserTableModel::cancelFetchAll);
    connect(
        m_model, &UserTableModel::fetchAllFinished, progress, [this, progress, then, purpose](bool complete) {
            progress->deleteLater();
            if (complete) {
                then();
            } else if (m_model->lastError().isError()) {
                // Said where it cannot be missed; the banner above keeps it, with Retry.
                dialogs::warning(this, tr("Not all users were loaded"),
                    tr("Not all users could be loaded %1, so nothing was written.\n\n%2\n\nUse Retry in the "
                       "banner, then try again.")
                        .arg(purpose, m_model->lastError().toString()));
            } else {
                statusBar()->showMessage(tr("Cancelled: not all users were loaded %1.").arg(purpose), 10000);
            }
        });
    m_model->fetchAll();
}

void MainWindow::openExportDialog()
{
    auto *dialog = new ExportDialog(m_proxy->rowCount(), m_model->loadedCount(), m_model->totalCount(),
        !m_proxy->filter().isEmpty(), m_model->isComplete(), m_connection->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { exportUsers(dialog->format(), dialog->path(), dialog->loadFirst()); });
    dialog->open();
}

void MainWindow::exportSelectedUsers()
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.push_back(m_proxy->mapToSource(index).row());
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    auto *dialog = new ExportDialog(int(rows.size()), m_model->loadedCount(), m_model->totalCount(), false,
        m_model->isComplete(), m_connection->currentText(), this);
    dialog->setSelection(int(rows.size()), m_connection->currentText());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, rows] {
        const QString problem = ReportWriter::checkOutputPath(dialog->path());
        if (!problem.isEmpty()) {
            dialogs::warning(this, tr("Export failed"), tr("The report was not written: %1.").arg(problem));
            return;
        }
        ReportContext context;
        context.source = m_client->settings().baseUrl;
        context.generatedAt = QDateTime::currentDateTimeUtc();
        // Exact for what it claims: a hand-picked list, not an account-wide answer.
        context.filterDescription = tr("selected by hand in the window (not a filter)");
        writeReport(dialog->format(), dialog->path(), rows, std::move(context));
    });
    dialog->open();
}

void MainWindow::exportUsers(ReportWriter::Format format, const QString &path, bool loadFirst)
{
    // A path that cannot work is said before anything is loaded.
    const QString problem = ReportWriter::checkOutputPath(path);
    if (!problem.isEmpty()) {
        dialogs::warning(this, tr("Export failed"), tr("The report was not written: %1.").arg(problem));
        Q_EMIT exportFinished(false, problem);
        return;
    }
    auto write = [this, format, path] {
        // The matching users, in the server's order; the proxy holds each once.
        std::vector<int> rows = m_proxy->sourceRows();
        std::sort(rows.begin(), rows.end());
        ReportContext context;
        context.source = m_client->settings().baseUrl;
        context.generatedAt = QDateTime::currentDateTimeUtc();
        context.filterDescription = m_proxy->filter().description();
        if (!m_model->isComplete()) {
            context.partial = true;
            context.loadedUsers = m_model->loadedCount();
            context.accountUsers = m_model->totalCount();
        }
        writeReport(format, path, std::move(rows), std::move(context));
    };
    if (!loadFirst && !m_model->isComplete()) {
        m_model->cancelFetchAll(); // what is written is what the report says was loaded
        write();
        return;
    }
    afterLoadingAll(tr("for the export"), write);
}

void MainWindow::writeReport(
    ReportWriter::Format format, const QString &path, std::vector<int> rows, ReportContext context)
{
    stopExport();
    // The policy's findings over the users written (html, pdf, json).
    if (!context.policy)
        context.policy = m_findings->policy();
    // Drawn from a stored snapshot: the report says which.
    if (m_shownSnapshot)
        context.snapshot = tr("%1, loaded %2")
                               .arg(m_shownSnapshot->ref(), m_shownSnapshot->finished.toString(Qt::ISODate));
    auto job = std::make_shared<ExportJob>();
    const int total = int(rows.size());
    context.progress = [job](qsizetype done) {
        job->done = done;
        return !job->cancel;
    };
    auto *progress = new QProgressDialog(tr("Writing the report\u2026"), tr("Cancel"), 0, total, this);
    progress->setWindowModality(Qt::WindowModal); // nothing changes the users while they are written
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [job] { job->cancel = true; });
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, job] { progress->setValue(int(job->done)); });
    poll->start(100);

    const UserStore *store = &m_model->store();
    QThread *thread = QThread::create([job, format, path, rows = std::move(rows), context, store] {
        job->ok = ReportWriter::writeFile(path, format, *store, rows, context, &job->error);
    });
    thread->setParent(this);
    m_exportJob = job;
    m_exportThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, job, progress, path, total] {
        thread->deleteLater();
        progress->deleteLater();
        if (m_exportThread == thread) {
            m_exportThread = nullptr;
            m_exportJob.reset();
        }
        QString message;
        if (job->ok) {
            message = tr("Exported %Ln users to %1", nullptr, int(total)).arg(path);
            statusBar()->showMessage(message, 30000);
            showExported(path);
        } else if (job->cancel) {
            message = tr("Export cancelled; any file already at %1 is unchanged.").arg(path);
            statusBar()->showMessage(message, 10000);
        } else {
            message = job->error;
            dialogs::warning(this, tr("Export failed"),
                tr("The report was not written: %1. Any file already there is unchanged.").arg(job->error));
        }
        Q_EMIT exportFinished(job->ok, message);
    });
    thread->start();
}

void MainWindow::showExported(const QString &path)
{
    m_lastExport = path;
    m_openExport->setToolTip(QDir::toNativeSeparators(path));
    m_showExport->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    m_openExport->show();
    m_showExport->show();
}

void MainWindow::stopExport()
{
    if (!m_exportThread)
        return;
    m_exportJob->cancel = true;
    m_exportThread->wait();
}

void MainWindow::chooseSnapshot()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare with snapshot"), QString(), tr("JSON reports (*.json);;All files (*)"));
    if (!path.isEmpty())
        compareWithSnapshot(path);
}

void MainWindow::compareWithSnapshot(const QString &path)
{
    afterLoadingAll(tr("to compare with the snapshot"), [this, path] {
        Snapshot older;
        QString error;
        if (!loadSnapshot(path, m_model->registry(), &older, &error)) {
            dialogs::warning(this, tr("Compare with snapshot"), error);
            return;
        }
        Snapshot current;
        current.generatedAt = tr("now");
        const UserStore &store = m_model->store();
        current.users.reserve(size_t(store.size()));
        for (int row = 0; row < m_model->rowCount(); ++row)
            current.users.push_back(store.user(row));
        const std::vector<SnapshotChange> changes = diffSnapshots(older, current, m_model->registry());
        int added = 0, removed = 0, permissions = 0;
        for (const SnapshotChange &change : changes) {
            added += change.kind == SnapshotChange::Kind::UserAdded;
            removed += change.kind == SnapshotChange::Kind::UserRemoved;
            permissions += change.kind == SnapshotChange::Kind::Granted
                || change.kind == SnapshotChange::Kind::Revoked;
        }
        // One plural per sentence: each count picks its own form.
        const QString summary
            = tr("Compared with the snapshot of %1 (%Ln users):", nullptr, int(older.users.size()))
                  .arg(older.generatedAt.isEmpty() ? path : older.generatedAt)
            + QLatin1Char(' ') + tr("%Ln users added, ", nullptr, added)
            + tr("%Ln removed, ", nullptr, removed)
            + tr("%Ln permissions gained or lost.", nullptr, permissions);
        auto *dialog = new SnapshotDiffDialog(changes, summary, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void MainWindow::setConnections(
    ProfileStore *profiles, CredentialStore *credentials, const ConnectionSettings &demo)
{
    m_profiles = profiles;
    m_credentials = credentials;
    m_demo = demo;
    if (m_currentConnection.isEmpty() && !demo.baseUrl.isEmpty())
        m_currentConnection = QStringLiteral("demo");
    m_demoNotice->setVisible(m_currentConnection == QLatin1String("demo"));
    fillConnections();
}

void MainWindow::fillConnections()
{
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    if (!m_demo.baseUrl.isEmpty())
        m_connection->addItem(tr("Demo (built-in emulator)"), QStringLiteral("demo"));
    if (m_currentConnection.isEmpty() && !m_client->settings().baseUrl.isEmpty()) // --base-url
        m_connection->addItem(m_client->settings().baseUrl.host(), QString());
    if (m_profiles) {
        for (const Profile &profile : m_profiles->profiles())
            m_connection->addItem(profile.name, profile.id);
    }
    m_connection->addItem(tr("Manage connections\u2026"), QStringLiteral("manage"));
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(m_currentConnection)));
}

void MainWindow::showAbout()
{
    const QString text
        = tr("<h3>Sequence Admin %1</h3>"
             "<p>Review who can do what in a Sequence billing account: users, roles, "
             "permissions, and reports for auditors.</p>"
             "<p>Saved connections: %2<br>Client secrets: the system keychain, never a file.</p>"
             "<p>Built with Qt %3, running on Qt %4.</p>"
             "<p>Copyright 2026 The Sequence Admin developers. Free software under the "
             "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License, "
             "version 3 or later</a> (%5): you may share and change it. There is no warranty.<br>"
             "<a href=\"%6\">%6</a></p>")
              .arg(QStringLiteral(SA_VERSION_STRING), QSettings().fileName().toHtmlEscaped(),
                  QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), QStringLiteral(SA_LICENSE),
                  QStringLiteral(SA_HOMEPAGE_URL));
    dialogs::about(this, tr("About Sequence Admin"), text);
}

ConnectionDialog *MainWindow::manageConnections()
{
    if (!m_profiles)
        return nullptr;
    auto *dialog = new ConnectionDialog(m_profiles, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_currentConnection != QLatin1String("demo"))
        dialog->selectProfile(m_currentConnection);
    connect(dialog, &ConnectionDialog::profilesChanged, this, [this] {
        // The connection in use was deleted: fall back to the demo, if any.
        const std::optional<Profile> current = m_currentConnection == QLatin1String("demo")
            ? std::nullopt
            : m_profiles->byId(m_currentConnection);
        if (m_currentConnection != QLatin1String("demo") && !m_currentConnection.isEmpty() && !current) {
            if (!m_demo.baseUrl.isEmpty())
                switchConnection(QStringLiteral("demo"));
            else
                m_currentConnection.clear();
        } else if (current) {
            // The connection in use was edited (its URL, client id or CA
            // file): load again as saved, e.g. after adding the CA file a
            // refused certificate asked for.
            const ConnectionSettings &inUse = m_client->settings();
            if (current->baseUrl != inUse.baseUrl || current->clientId != inUse.clientId
                || current->caFile != inUse.caFile)
                switchConnection(m_currentConnection);
        }
        fillConnections();
    });
    connect(dialog, &QDialog::finished, this, &MainWindow::fillConnections);
    dialog->open();
    return dialog;
}

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new QFrame(this);
        m_welcome->setObjectName(QStringLiteral("welcome"));
        m_welcome->setAutoFillBackground(true);
        m_welcome->setFrameShape(QFrame::StyledPanel);
        auto *title = new QLabel(tr("Welcome to Sequence Admin"), m_welcome);
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        title->setFont(big);
        auto *text
            = new QLabel(tr("See who can do what in your Sequence billing account. Connect it with the "
                            "client id and secret of an API client, or look around on made-up demo data "
                            "first."),
                m_welcome);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignCenter);
        text->setFixedWidth(560);
        text->setMinimumHeight(text->heightForWidth(560)); // a centred box does not ask for it
        auto *connectButton = new QPushButton(tr("&Connect to your Sequence account\u2026"), m_welcome);
        connectButton->setObjectName(QStringLiteral("welcomeConnect"));
        connectButton->setDefault(true);
        auto *demoButton = new QPushButton(tr("&Try the demo"), m_welcome);
        demoButton->setObjectName(QStringLiteral("welcomeDemo"));
        connect(connectButton, &QPushButton::clicked, this, [this] {
            m_welcome->hide();
            if (auto *dialog = manageConnections())
                dialog->addProfile();
        });
        connect(demoButton, &QPushButton::clicked, this, [this] { m_welcome->hide(); });
        auto *layout = new QVBoxLayout(m_welcome);
        layout->addStretch(1);
        layout->addWidget(title, 0, Qt::AlignHCenter);
        layout->addWidget(text, 0, Qt::AlignHCenter);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(connectButton);
        buttons->addWidget(demoButton);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        layout->addStretch(2);
    }
    m_welcome->setGeometry(centralWidget()->geometry());
    m_welcome->raise();
    m_welcome->show();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_welcome)
        m_welcome->setGeometry(centralWidget()->geometry());
}

void MainWindow::connectTo(
    const QString &id, const QString &name, const ConnectionSettings &settings, int pageSize)
{
    m_currentConnection = id;
    m_demoNotice->setVisible(id == QLatin1String("demo"));
    m_client->setSettings(settings);
    m_model->setPageSize(pageSize);
    setWindowTitle(tr("Sequence Admin \u2014 %1").arg(name));
    if (m_profiles)
        m_profiles->setLastUsed(id);
    fillConnections();
    ++m_baselineGeneration; // a baseline still being read belongs to the account left
    m_overview->setBaseline(nullptr, QString()); // another account's counts mean nothing here
    usePolicy(QSettings().value(QStringLiteral("policies/") + policyKey()).toString());
    reload(); // drops every reply of the previous connection
    openLatestSnapshot(); // and shows its newest snapshot at once, if there is one
}

void MainWindow::switchConnection(const QString &id)
{
    if (id == QLatin1String("manage")) {
        fillConnections();
        manageConnections();
        return;
    }
    stopExport();
    if (id == QLatin1String("demo")) {
        connectTo(id, tr("Demo (built-in emulator)"), m_demo, 100);
        return;
    }
    const std::optional<Profile> profile = m_profiles ? m_profiles->byId(id) : std::nullopt;
    if (!profile)
        return;
    // Whatever the old connection had in flight goes now, not when the secret is in.
    m_details->clear();
    m_compare->clear();
    m_model->reset();
    ConnectionSettings settings;
    settings.baseUrl = profile->baseUrl;
    settings.clientId = profile->clientId;
    settings.caFile = profile->caFile;
    const QString session = m_credentials->sessionSecret(id);
    if (!session.isEmpty()) {
        settings.clientSecret = session;
        connectTo(id, profile->name, settings, profile->pageSize);
        return;
    }
    QPointer<MainWindow> self(this);
    m_credentials->read(
        id, [this, self, id, settings, profile](const CredentialStore::Result &result) mutable {
            if (!self) // the window closed while the keychain was asked
                return;
            if (result.status == CredentialStore::Status::Ok) {
                settings.clientSecret = result.secret;
                connectTo(id, profile->name, settings, profile->pageSize);
                return;
            }
            const bool unavailable = result.status == CredentialStore::Status::Unavailable;
            QString secret = dialogs::askSecret(this, tr("Client secret"),
                unavailable ? tr(
                    "%1.\nThe secret for \u201c%2\u201d can be used for this session only; it will not be "
                    "saved.")
                                  .arg(result.message, profile->name)
                            : tr("No secret is stored for \u201c%1\u201d. Client secret:")
                                  .arg(profile->name));
            if (secret.isEmpty()) {
                statusBar()->showMessage(
                    tr("Not connected to \u201c%1\u201d: no secret given.").arg(profile->name), 10000);
                fillConnections();
                return;
            }
            bool saved = false;
            if (!unavailable)
                saved = m_credentials->writeNow(id, secret).status == CredentialStore::Status::Ok;
            if (!saved) {
                m_credentials->setSessionSecret(id, secret);
                if (!unavailable)
                    dialogs::warning(this, tr("Secret not saved"),
                        tr("The system keychain did not take the secret. It is used for this session only."));
            }
            settings.clientSecret = secret;
            secret.fill(QLatin1Char('\0'));
            connectTo(id, profile->name, settings, profile->pageSize);
        });
}

// A saved connection's secret may have been corrected since it was read
// (in Connections, or by another program): Refresh and Retry read it again,
// without waiting in a nested event loop, before they send anything.
void MainWindow::withCurrentSecret(std::function<void()> then)
{
    const std::optional<Profile> profile
        = m_profiles && m_credentials ? m_profiles->byId(m_currentConnection) : std::nullopt;
    if (!profile) {
        then();
        return;
    }
    const QString session = m_credentials->sessionSecret(profile->id);
    if (!session.isEmpty()) {
        ConnectionSettings settings = m_client->settings();
        settings.clientSecret = session;
        m_client->setSettings(settings);
        then();
        return;
    }
    QPointer<MainWindow> self(this);
    const QString id = profile->id;
    m_credentials->read(id, [self, id, then](const CredentialStore::Result &result) {
        if (!self || self->m_currentConnection != id)
            return; // closed, or switched elsewhere meanwhile
        if (result.status == CredentialStore::Status::Ok) {
            ConnectionSettings settings = self->m_client->settings();
            settings.clientSecret = result.secret;
            self->m_client->setSettings(settings);
        }
        then();
    });
}

void MainWindow::refresh()
{
    // A snapshot stays until the fresh load is whole: offline, it stays.
    if (m_shownSnapshot) {
        refreshInBackground();
        return;
    }
    withCurrentSecret([this] { reload(); });
}

void MainWindow::retry()
{
    withCurrentSecret([this] { m_model->retry(); });
}

void MainWindow::reload()
{
    stopExport();
    m_shownSnapshot.reset();
    m_backgroundLoader.reset();
    m_refreshError.clear();
    updateSnapshotNotice();
    m_details->clear();
    m_compare->clear();
    m_model->reset();
    m_model->fetchMore(QModelIndex());
    m_accounts->load();
}

QString MainWindow::selectedRowsText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> columns;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (!m_view->isColumnHidden(column))
            columns << column;
    }
    auto cell = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header << cell(m_proxy->headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex &row : rows) {
        QStringList fields;
        for (int column : columns)
            fields << cell(m_proxy->index(row.row(), column).data().toString());
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void MainWindow::copySelectedRows()
{
    if (m_view->selectionModel()->selectedRows().isEmpty())
        return;
    QApplication::clipboard()->setText(selectedRowsText());
}

void MainWindow::showUserMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString email = m_proxy->index(index.row(), UserTableModel::EmailColumn).data().toString();
    const QString id = m_proxy->index(index.row(), UserTableModel::IdColumn).data().toString();
    QMenu *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("userMenu"));
    menu->addAction(tr("Copy &e-mail"), this, [email] { QApplication::clipboard()->setText(email); });
    menu->addAction(tr("Copy &id"), this, [id] { QApplication::clipboard()->setText(id); });
    menu->addAction(tr("Copy &rows"), this, &MainWindow::copySelectedRows);
    menu->addSeparator();
    menu->addAction(tr("Show &details"), this, [this] { m_tabs->setCurrentIndex(DetailsTab); });
    QAction *compare = menu->addAction(tr("Com&pare the two selected"), this, &MainWindow::compareSelected);
    compare->setEnabled(m_view->selectionModel()->selectedRows().size() == 2);
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    menu->addAction(tr("E&xport the %Ln selected users\u2026", nullptr, selected), this,
        &MainWindow::exportSelectedUsers);
    menu->addAction(tr("Export all the users &shown\u2026"), this, &MainWindow::openExportDialog);
    m_userMenu = menu;
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

void MainWindow::compareSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    const UserStore &store = m_model->store();
    m_compare->compare(
        store.user(m_proxy->sourceRowOf(rows[0].row())), store.user(m_proxy->sourceRowOf(rows[1].row())));
    m_tabs->setCurrentWidget(m_compare);
}

void MainWindow::updatePartialNotes()
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const qint64 total = m_model->totalCount();
    const bool partial = !m_model->isComplete() && loaded > 0;
    const QString missing = total >= 0 ? locale.toString(std::max<qint64>(0, total - loaded)) : tr("more");
    QString notice;
    if (partial) {
        notice = m_model->isFetchingAll()
            ? tr("Loading the rest of the account: counts, filters, the overview and exports cover the %Ln "
                 "users loaded so far; %1 are not loaded yet. Esc stops loading.",
                nullptr, loaded)
                  .arg(missing)
            : tr(
                "Partial answers: counts, filters, the overview and exports cover only the %Ln users loaded; "
                "%1 are not loaded. <a href=\"load\">Load the rest</a> (Ctrl+L).",
                nullptr, loaded)
                  .arg(missing);
    }
    m_partialNotice->setText(notice);
    m_partialNotice->setVisible(partial);
    const int shown = m_proxy->rowCount();
    m_overviewNote->setText(partial
            ? tr("Partial: users holding each permission among the %Ln users shown, drawn from the %1 loaded "
                 "so far; %2 users of the account are not loaded yet. Click a cell to list them.",
                nullptr, shown)
                  .arg(locale.toString(loaded), missing)
            : tr("Users holding each permission, among the %Ln users shown. Click a cell to list exactly who "
                 "can do that.",
                nullptr, shown));
    const QString choices
        = partial ? tr("The choices come from the %Ln users loaded so far.", nullptr, loaded) : QString();
    for (QComboBox *combo : {m_stateFilter, m_roleFilter})
        combo->setToolTip(choices);
}

void MainWindow::followView()
{
    auto inView = [this](const QString &id) {
        const int row = m_model->store().rowOfId(id);
        return row >= 0 && row < m_model->rowCount()
            && m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    };
    const QString shown = m_details->shownUserId();
    if (!shown.isEmpty())
        m_details->setHiddenByFilters(!inView(shown));
    QStringList hidden;
    for (const QString &id : m_compare->comparedIds()) {
        if (!inView(id)) {
            const int row = m_model->store().rowOfId(id);
            hidden << (row >= 0 ? m_model->store().email(row) : id);
        }
    }
    m_compare->setHiddenByFilters(hidden);
}

void MainWindow::showCurrentUser()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const int row = m_proxy->sourceRowOf(current.row());
    const User user = m_model->store().user(row);
    QStringList accounts;
    for (const QString &id : user.sequenceAccountIds)
        accounts << m_model->accountLabel(id);
    m_details->showUser(user, accounts);
    m_details->setHiddenByFilters(false); // the current row is in the view
    m_pendingSelection.clear();
    updatePolicyMarks();
    if (m_tabs->currentIndex() == HistoryTab)
        updateHistory();
}

void MainWindow::restoreSelection()
{
    if (m_pendingSelection.isEmpty())
        return;
    const int sourceRow = m_model->store().rowOfId(m_pendingSelection);
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const qint64 total = m_model->totalCount();
    if (total >= 0) {
        QString text = tr("Loaded %1 of %Ln users", nullptr, int(total)).arg(locale.toString(loaded));
        // Paced under the rate limit (a real server) while everything loads: the time left.
        const qint64 pages = (total - loaded + m_model->pageSize() - 1) / std::max(1, m_model->pageSize());
        const qint64 seconds = m_model->isFetchingAll() ? m_client->pacedMsFor(pages) / 1000 : 0;
        if (seconds > 0)
            text += QStringLiteral(" \u2014 ")
                + (seconds >= 60 ? tr("about %n min left", nullptr, int((seconds + 59) / 60))
                                 : tr("about %n s left", nullptr, int(seconds)));
        m_statusText->setText(text);
    } else if (m_model->isLoading())
        m_statusText->setText(tr("Loading users\u2026"));
    else
        m_statusText->setText(tr("Loaded %Ln users", nullptr, loaded));
    // The question the filters ask, and whether the answer covers the account.
    const UserFilter &filter = m_proxy->filter();
    QString match;
    if (!filter.isEmpty()) {
        const QString question = filter.description();
        if (m_model->isComplete())
            match = tr("%Ln users match: %1", nullptr, m_proxy->rowCount()).arg(question);
        else if (total >= 0)
            match = tr("Partial: %1 of %2 loaded users match: %3; %4 not loaded yet")
                        .arg(locale.toString(m_proxy->rowCount()), locale.toString(loaded), question,
                            locale.toString(std::max<qint64>(0, total - loaded)));
        else
            match = tr("Partial: %1 of %2 loaded users match: %3")
                        .arg(locale.toString(m_proxy->rowCount()), locale.toString(loaded), question);
    }
    m_matchText->setText(match);
    updatePartialNotes();
    m_progress->setVisible(m_model->isLoading() || m_model->isFetchingAll());
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qint64(loaded) * 1000 / total));
    } else {
        m_progress->setRange(0, 0);
    }
}

void MainWindow::updateBanner()
{
    const ApiError &error = m_model->lastError();
    if (!error.isError()) {
        m_banner->hide();
        updateEmptyState();
        return;
    }
    // One thing per line: what happened, what the server said, what to do.
    QString text = error.message;
    if (!error.serverMessage.isEmpty() && !error.message.contains(error.serverMessage))
        text += QLatin1Char('\n') + tr("The server said: \u201c%1\u201d").arg(error.serverMessage);
    if (error.kind == ApiError::Kind::Authentication)
        text += QLatin1Char('\n') + tr("Fix the connection's credentials, then Retry or Refresh (F5).");
    m_bannerText->setText(text);
    m_retryButton->setVisible(error.kind != ApiError::Kind::Configuration);
    m_banner->show();
    updateStatus();
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    QString text;
    if (m_proxy->rowCount() == 0) {
        if (m_model->lastError().isError())
            text = tr("No users could be loaded. See the message above.");
        else if (m_model->isLoading())
            text = tr("Loading users\u2026");
        else if (m_model->rowCount() == 0)
            text = tr("This account has no users.");
        else if (m_model->hasMore())
            text = tr("None of the users loaded so far match the filters. Load all users (Ctrl+L) to search "
                      "the whole account, or clear the filters (Ctrl+Shift+L).");
        else
            text = tr("No user matches the filters. Clear them with Ctrl+Shift+L.");
    }
    m_emptyState->setText(text);
    m_emptyState->setVisible(!text.isEmpty());
    m_emptyState->setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        // The search box would keep keys such as Ctrl+E (end of line) for
        // itself; the window's actions win, so every shortcut works from it.
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction *action : std::as_const(m_windowActions)) {
            // Only the window's own shortcuts: a table's Ctrl+C stays the box's copy.
            if (action->isEnabled() && action->shortcut() == pressed && key->key() != Qt::Key_Escape) {
                event->ignore();
                return true;
            }
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        applyFilter();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/userColumns"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("mainWindow/selectedUser"), m_details->shownUserId());
}

void MainWindow::setSnapshotStore(const QString &path)
{
    m_snapshots->setPath(path);
}

bool MainWindow::storeApplies() const
{
    return m_snapshots->isEnabled() && m_currentConnection != QLatin1String("demo")
        && !m_client->settings().baseUrl.isEmpty();
}

namespace {
QString profileIdOf(const ProfileStore *profiles, const QString &connection)
{
    return profiles && profiles->byId(connection) ? connection : QString();
}
} // namespace

bool MainWindow::openLatestSnapshot()
{
    if (!storeApplies())
        return false;
    const std::optional<SnapshotInfo> latest
        = m_snapshots->latestFor(profileIdOf(m_profiles, m_currentConnection), m_client->settings().baseUrl);
    if (!latest)
        return false;
    m_snapshots->open(*latest);
    statusBar()->showMessage(tr("Opening the stored snapshot %1\u2026").arg(latest->ref()), 5000);
    return true;
}

void MainWindow::showSnapshot(UserLoader *loader, const SnapshotInfo &info)
{
    std::unique_ptr<UserLoader> owned(loader);
    if (info.baseUrl.toString(QUrl::RemoveUserInfo)
        != m_client->settings().baseUrl.toString(QUrl::RemoveUserInfo))
        return; // another connection was chosen meanwhile
    stopExport();
    m_backgroundLoader.reset();
    m_refreshError.clear();
    const QString selected = m_details->shownUserId();
    m_details->clear();
    m_compare->clear();
    m_shownSnapshot = info;
    m_model->adopt(std::move(owned));
    m_pendingSelection = selected;
    restoreSelection();
    updateSnapshotNotice();
    updateStatus();
    fillOverviewBaselines();
    Q_EMIT snapshotShown();
    if (QSettings().value(QStringLiteral("snapshots/refresh"), QStringLiteral("always")).toString()
        == QLatin1String("always"))
        refreshInBackground();
}

void MainWindow::refreshInBackground()
{
    if (!m_shownSnapshot) {
        refresh();
        return;
    }
    withCurrentSecret([this] {
        m_refreshError.clear();
        m_backgroundStarted = QDateTime::currentDateTimeUtc();
        m_backgroundLoader = std::make_unique<UserLoader>(m_client, m_model->pageSize());
        UserLoader *loader = m_backgroundLoader.get();
        connect(loader, &UserLoader::usersAppended, this, &MainWindow::updateSnapshotNotice);
        connect(loader, &UserLoader::fetchAllFinished, this, [this, loader](bool complete) {
            if (m_backgroundLoader.get() != loader)
                return;
            std::unique_ptr<UserLoader> done = std::move(m_backgroundLoader);
            disconnect(done.get(), nullptr, this, nullptr);
            if (complete && !done->lastError().isError()) {
                // Every user is in: the live account replaces the snapshot.
                const QString selected = m_details->shownUserId();
                m_shownSnapshot.reset();
                stopExport();
                m_details->clear();
                m_compare->clear();
                m_adoptingBackground = true;
                m_model->adopt(std::move(done)); // remembered now, as a new snapshot
                m_adoptingBackground = false;
                m_pendingSelection = selected;
                restoreSelection();
                updateSnapshotNotice();
                updateStatus();
                Q_EMIT backgroundRefreshFinished(true);
                return;
            }
            m_refreshError
                = done->lastError().isError() ? done->lastError().toString() : tr("it was stopped");
            done.release()->deleteLater(); // it is still emitting
            updateSnapshotNotice();
            Q_EMIT backgroundRefreshFinished(false);
        });
        loader->fetchAll();
        updateSnapshotNotice();
    });
}

void MainWindow::rememberLoad()
{
    if (m_remembered || m_shownSnapshot || !storeApplies() || !m_model->isComplete()
        || m_model->lastError().isError())
        return;
    if (!QSettings().value(QStringLiteral("snapshots/remember"), true).toBool())
        return;
    m_remembered = true;
    SnapshotInfo info;
    info.profileId = profileIdOf(m_profiles, m_currentConnection);
    info.baseUrl = m_client->settings().baseUrl;
    info.account = m_connection->currentText();
    info.finished = QDateTime::currentDateTimeUtc();
    info.started = m_loadStarted.isValid() ? m_loadStarted : info.finished;
    info.apiVersion = QString::fromLatin1(ApiClient::kApiVersion);
    if (m_model->totalCount() >= 0)
        info.totalResultSize = m_model->totalCount();
    info.complete = true;
    info.toolVersion = QStringLiteral(SA_VERSION_STRING);
    m_snapshots->save(&m_model->store(), info);
}

void MainWindow::updateSnapshotNotice()
{
    if (!m_shownSnapshot) {
        m_snapshotNotice->hide();
        return;
    }
    const SnapshotInfo &info = *m_shownSnapshot;
    const qint64 seconds = std::max<qint64>(0, info.finished.secsTo(QDateTime::currentDateTimeUtc()));
    const QString age = seconds < 3600 ? tr("%n minutes ago", nullptr, int(seconds / 60))
        : seconds < 48 * 3600          ? tr("%n hours ago", nullptr, int(seconds / 3600))
                                       : tr("%n days ago", nullptr, int(seconds / 86400));
    QString text
        = tr("As of %1 (%2) \u2014 the stored snapshot %3, not the account as it is now.")
              .arg(QLocale().toString(info.finished.toLocalTime(), QLocale::ShortFormat), age, info.ref());
    const QString link = QStringLiteral(" <a href=\"refresh\">%1</a> (F5)");
    if (m_backgroundLoader) {
        const qint64 total = m_backgroundLoader->totalCount();
        text += QLatin1Char(' ')
            + (total >= 0 ? tr("Refreshing in the background: %1 of %Ln users\u2026", nullptr, int(total))
                                .arg(QLocale().toString(m_backgroundLoader->loadedCount()))
                          : tr("Refreshing in the background\u2026"));
    } else if (!m_refreshError.isEmpty()) {
        text += QLatin1Char(' ') + tr("It could not be refreshed: %1").arg(m_refreshError.toHtmlEscaped())
            + link.arg(tr("Try again"));
    } else if (QSettings().value(QStringLiteral("snapshots/refresh")).toString() == QLatin1String("ask")) {
        text += QLatin1Char(' ') + tr("Load the account now?") + link.arg(tr("Refresh"));
    } else {
        text += link.arg(tr("Refresh"));
    }
    m_snapshotNotice->setText(text);
    m_snapshotNotice->show();
}

void MainWindow::updateHistory()
{
    m_history->setRowCount(0);
    if (!storeApplies()) {
        m_historyNote->setText(m_snapshots->isEnabled()
                ? tr("The demo is not remembered: history needs loads of a real connection.")
                : tr("No snapshot store is in use, so there is no history."));
        return;
    }
    const QString id = m_details->shownUserId();
    if (id.isEmpty()) {
        m_historyNote->setText(tr("Select a user to see what changed for them across the stored snapshots."));
        return;
    }
    QString error;
    const std::vector<UserHistoryEvent> events
        = m_snapshots->userHistory(id, m_client->settings().baseUrl, &error);
    if (!error.isEmpty()) {
        m_historyNote->setText(tr("The history could not be read: %1").arg(error));
        return;
    }
    if (events.empty()) {
        m_historyNote->setText(tr("This user is in no complete stored snapshot of this connection yet."));
        return;
    }
    m_historyNote->setText(tr("What changed for this user across the complete stored snapshots of this "
                              "connection, oldest first."));
    m_history->setRowCount(int(events.size()));
    const QLocale locale;
    for (int i = 0; i < int(events.size()); ++i) {
        const UserHistoryEvent &event = events[size_t(i)];
        QString change;
        switch (event.kind) {
        case UserHistoryEvent::Kind::FirstSeen:
            change = tr("First seen, %1").arg(event.detail);
            break;
        case UserHistoryEvent::Kind::Reappeared:
            change = tr("Back in the account, %1").arg(event.detail);
            break;
        case UserHistoryEvent::Kind::Removed:
            change = tr("No longer in the account");
            break;
        case UserHistoryEvent::Kind::StateChanged:
            change = tr("State: %1").arg(event.detail);
            break;
        case UserHistoryEvent::Kind::RoleGained:
            change = tr("Role %1 added").arg(event.detail);
            break;
        case UserHistoryEvent::Kind::RoleLost:
            change = tr("Role %1 removed").arg(event.detail);
            break;
        case UserHistoryEvent::Kind::PermissionGained:
            change = tr("Can now: %1").arg(event.detail);
            break;
        case UserHistoryEvent::Kind::PermissionLost:
            change = tr("Can no longer: %1").arg(event.detail);
            break;
        case UserHistoryEvent::Kind::LastSeen:
            change = tr("Last seen, %1").arg(event.detail);
            break;
        }
        m_history->setItem(
            i, 0, new QTableWidgetItem(locale.toString(event.when.toLocalTime(), QLocale::ShortFormat)));
        m_history->setItem(i, 1, new QTableWidgetItem(QStringLiteral("@%1").arg(event.snapshot)));
        m_history->setItem(i, 2, new QTableWidgetItem(change));
        m_history->setItem(i, 3, new QTableWidgetItem(event.role));
    }
    m_history->resizeColumnsToContents();
}

void MainWindow::fillOverviewBaselines()
{
    m_overviewBaselineRow->setVisible(storeApplies());
    if (!storeApplies())
        return;
    const qint64 chosen = m_overviewBaseline->currentData().toLongLong();
    const QSignalBlocker blocker(m_overviewBaseline);
    m_overviewBaseline->clear();
    m_overviewBaseline->addItem(tr("nothing: counts only"), qint64(0));
    const QString base = m_client->settings().baseUrl.toString(QUrl::RemoveUserInfo);
    const QLocale locale;
    for (const SnapshotInfo &info : m_snapshots->list()) {
        if (info.baseUrl.toString(QUrl::RemoveUserInfo) != base || !info.complete)
            continue;
        m_overviewBaseline->addItem(
            tr("%1, %2, %Ln users", nullptr, int(info.userCount))
                .arg(info.ref(), locale.toString(info.finished.toLocalTime(), QLocale::ShortFormat)),
            info.id);
    }
    m_overviewBaseline->setCurrentIndex(std::max(0, m_overviewBaseline->findData(chosen)));
}

void MainWindow::compareOverviewWith(qint64 snapshot)
{
    const quint64 generation = ++m_baselineGeneration;
    if (snapshot == 0) {
        m_overview->setBaseline(nullptr, QString());
        return;
    }
    // Read on a thread of its own (a SQL connection of its own): a million
    // users take about 1.5 s, and the window goes on answering meanwhile.
    struct Job
    {
        std::shared_ptr<LoadedSnapshot> loaded;
        QString error;
    };
    auto job = std::make_shared<Job>();
    const QString path = m_snapshots->path();
    statusBar()->showMessage(tr("Reading the stored snapshot to compare with\u2026"));
    ++m_baselineReads;
    const auto read = [job, path, snapshot] {
        SnapshotStore store;
        if (store.open(path, false))
            job->loaded = store.loadWhole(snapshot, &job->error);
        else
            job->error = store.errorString();
    };
    runOnWorker(read, [this, job, generation] {
        --m_baselineReads;
        if (generation != m_baselineGeneration)
            return; // another snapshot, or another connection, was chosen since
        statusBar()->clearMessage();
        if (!job->loaded) {
            dialogs::warning(this, tr("Access overview"), job->error);
            m_overviewBaseline->setCurrentIndex(0);
            m_overview->setBaseline(nullptr, QString());
            return;
        }
        const std::shared_ptr<LoadedSnapshot> &loaded = job->loaded;
        const QString label
            = tr("%1 of %2")
                  .arg(loaded->info.ref(),
                      QLocale().toString(loaded->info.finished.toLocalTime(), QLocale::ShortFormat));
        // The users stay as long as the overview compares with them; the registry with them.
        m_overview->setBaseline(std::shared_ptr<const UserStore>(loaded, &loaded->users), label);
    });
}

void MainWindow::chooseStoredSnapshots()
{
    if (!storeApplies()) {
        dialogs::warning(this, tr("Compare stored snapshots"),
            tr("Stored snapshots are kept for real connections only, with a snapshot store in use."));
        return;
    }
    std::vector<SnapshotInfo> snapshots;
    const QString base = m_client->settings().baseUrl.toString(QUrl::RemoveUserInfo);
    for (const SnapshotInfo &info : m_snapshots->list()) {
        if (info.baseUrl.toString(QUrl::RemoveUserInfo) == base)
            snapshots.push_back(info);
    }
    if (snapshots.size() < 2) {
        dialogs::warning(this, tr("Compare stored snapshots"),
            tr("This connection has fewer than two stored snapshots. Each complete load adds one."));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare stored snapshots"));
    auto *older = new QComboBox(dialog);
    auto *newer = new QComboBox(dialog);
    const QLocale locale;
    for (const SnapshotInfo &info : snapshots) {
        const QString label
            = tr("%1, %2, %Ln users", nullptr, int(info.userCount))
                  .arg(info.ref(), locale.toString(info.finished.toLocalTime(), QLocale::ShortFormat))
            + (info.complete ? QString() : tr(" (partial)"));
        older->addItem(label, info.id);
        newer->addItem(label, info.id);
    }
    older->setCurrentIndex(1);
    newer->setCurrentIndex(0);
    auto *form = new QFormLayout;
    auto *olderLabel = new QLabel(tr("&Older:"), dialog);
    olderLabel->setBuddy(older);
    auto *newerLabel = new QLabel(tr("&Newer:"), dialog);
    newerLabel->setBuddy(newer);
    form->addRow(olderLabel, older);
    form->addRow(newerLabel, newer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&mpare"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, older, newer] {
        compareStoredSnapshots(older->currentData().toLongLong(), newer->currentData().toLongLong());
    });
    dialog->open();
}

void MainWindow::compareStoredSnapshots(qint64 older, qint64 newer)
{
    if (m_comparingStored) {
        statusBar()->showMessage(tr("Still comparing the stored snapshots chosen before."), 5000);
        return;
    }
    // Read and compared on a thread of its own (a SQL connection of its
    // own), as compact stores sharing one registry: a million users a side
    // leave the window responsive.
    struct Job
    {
        std::vector<SnapshotChange> changes;
        QString labels[2];
        QString error;
    };
    auto job = std::make_shared<Job>();
    const QString path = m_snapshots->path();
    const auto compare = [job, path, older, newer] {
        SnapshotStore store;
        if (!store.open(path, false)) {
            job->error = store.errorString();
            return;
        }
        RoleRegistry registry;
        UserStore olderUsers(&registry), newerUsers(&registry);
        UserStore *users[2] = {&olderUsers, &newerUsers};
        const qint64 ids[2] = {older, newer};
        for (int i = 0; i < 2; ++i) {
            if (!store.load(ids[i], *users[i], &job->error))
                return;
            const SnapshotInfo info = *store.info(ids[i]);
            job->labels[i] = QStringLiteral("%1 (%2)").arg(
                info.ref(), QLocale().toString(info.finished.toLocalTime(), QLocale::ShortFormat));
        }
        job->changes = diffStores(olderUsers, newerUsers);
    };
    m_comparingStored = true;
    statusBar()->showMessage(tr("Comparing the stored snapshots\u2026"));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runOnWorker(compare, [this, job] {
        m_comparingStored = false;
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
        if (!job->error.isEmpty()) {
            dialogs::warning(this, tr("Compare stored snapshots"), job->error);
            return;
        }
        int added = 0, removed = 0, permissions = 0;
        for (const SnapshotChange &change : job->changes) {
            added += change.kind == SnapshotChange::Kind::UserAdded;
            removed += change.kind == SnapshotChange::Kind::UserRemoved;
            permissions += change.kind == SnapshotChange::Kind::Granted
                || change.kind == SnapshotChange::Kind::Revoked;
        }
        const QString summary = tr("From %1 to %2:").arg(job->labels[0], job->labels[1]) + QLatin1Char(' ')
            + tr("%Ln users added, ", nullptr, added) + tr("%Ln removed, ", nullptr, removed)
            + tr("%Ln permissions gained or lost.", nullptr, permissions);
        auto *dialog = new SnapshotDiffDialog(job->changes, summary, this);
        dialog->setObjectName(QStringLiteral("storedDiffDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

QString MainWindow::policyKey() const
{
    // Per connection: a saved one by its id, another by its host.
    if (!m_currentConnection.isEmpty())
        return m_currentConnection;
    return m_client->settings().baseUrl.host().isEmpty() ? QStringLiteral("default")
                                                         : m_client->settings().baseUrl.host();
}

void MainWindow::usePolicy(const QString &path)
{
    if (!m_policyWatcher->files().isEmpty())
        m_policyWatcher->removePaths(m_policyWatcher->files());
    m_policyPath = path;
    QSettings().setValue(QStringLiteral("policies/") + policyKey(), path);
    auto policy = std::make_shared<Policy>();
    QString error;
    bool loaded = false;
    if (path.isEmpty()) {
        // Compiled into the program: read from the resources, not a file to guard against.
        QFile resource(QStringLiteral(":/policies/billing-baseline.yaml"));
        loaded = resource.open(QIODevice::ReadOnly)
            && Policy::parse(resource.readAll(), resource.fileName(), policy.get(), &error);
    } else {
        loaded = Policy::load(path, policy.get(), &error);
    }
    if (!loaded) {
        m_policyError = error;
        m_findings->setPolicy(nullptr);
    } else {
        m_policyError.clear();
        if (path.isEmpty())
            policy->path = tr("the starter policy (billing-baseline)");
        m_findings->setPolicy(policy);
    }
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_policyWatcher->addPath(path);
    m_policyLabel->setText(path.isEmpty() ? tr("Policy: the starter policy (billing-baseline), built in.")
                                          : tr("Policy: %1").arg(QDir::toNativeSeparators(path)));
    updateFindingsNote();
}

void MainWindow::updateFindingsNote()
{
    QStringList lines;
    if (!m_policyError.isEmpty())
        lines << tr("The policy cannot be used: %1").arg(m_policyError);
    if (m_findings->policy()) {
        const PolicyResult &result = m_findings->result();
        const int violated = result.violatedAtLeast(Severity::Low);
        lines << tr("%1 of %Ln rules violated. Click a rule to list the users who break it.", nullptr,
            int(result.rules.size()))
                     .arg(violated);
        if (!m_model->isComplete())
            lines << tr("Partial: evaluated on the %Ln users loaded so far; load all (Ctrl+L) for the whole "
                        "account.",
                nullptr, m_model->loadedCount());
        for (const PolicyException *exception : result.expired)
            lines << tr("Expired exception: %1 for %2 ended on %3 (approved by %4).")
                         .arg(exception->rule, exception->user,
                             QLocale().toString(exception->expires, QLocale::ShortFormat),
                             exception->approvedBy);
        for (const QString &warning : result.warnings)
            lines << warning;
    }
    m_findingsNote->setText(lines.join(QLatin1Char('\n')));
}

void MainWindow::updatePolicyMarks()
{
    if (!m_findings)
        return; // still being built
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_findings->policy()) {
        m_details->matrixModel()->setPolicyMarks({});
        m_details->setWhatIfChoices({}, {});
        return;
    }
    const int row = m_proxy->sourceRowOf(current.row());
    // The cells that take part in breaking a rule get a dashed red frame.
    m_details->matrixModel()->setPolicyMarks(policyMarks(m_findings->result(), row));
    QStringList held, others;
    for (const RoleDefinition *role : m_model->store().roleSet(row).roles)
        held << role->name();
    for (const RoleDefinition &role : m_model->registry().roles()) {
        if (!held.contains(role.name()) && !others.contains(role.name()))
            others << role.name();
    }
    others.sort();
    m_details->setWhatIfChoices(others, held);
}

void MainWindow::whatIf(const QString &roleName, bool add)
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_findings->policy())
        return;
    const int row = m_proxy->sourceRowOf(current.row());
    const UserStore &store = m_model->store();
    std::vector<const RoleDefinition *> roles = store.roleSet(row).roles;
    if (add) {
        // The standard role of that name if there is one, else the first met in data.
        const RoleDefinition *role = m_model->registry().standardRole(roleName);
        for (const RoleDefinition &known : m_model->registry().roles()) {
            if (!role && known.name() == roleName)
                role = &known;
        }
        if (!role)
            return;
        roles.push_back(role);
    } else {
        roles.erase(std::remove_if(roles.begin(), roles.end(),
                        [&](const RoleDefinition *role) { return role->name() == roleName; }),
            roles.end());
    }
    const QStringList before = rulesBrokenBy(
        *m_findings->policy(), m_model->registry(), store.roleSet(row).roles, store.state(row));
    const QStringList after
        = rulesBrokenBy(*m_findings->policy(), m_model->registry(), roles, store.state(row));
    QStringList appear, disappear;
    for (const QString &rule : after) {
        if (!before.contains(rule))
            appear << rule;
    }
    for (const QString &rule : before) {
        if (!after.contains(rule))
            disappear << rule;
    }
    QStringList lines;
    if (!appear.isEmpty())
        lines << tr("Would break: %1").arg(appear.join(QStringLiteral(", ")));
    if (!disappear.isEmpty())
        lines << tr("Would no longer break: %1").arg(disappear.join(QStringLiteral(", ")));
    if (lines.isEmpty())
        lines << tr("No change in what this user breaks.");
    m_details->showWhatIf(lines.join(QLatin1Char('\n')));
}

void MainWindow::filterByFinding(int row)
{
    if (row < 0 || row >= m_findings->rowCount())
        return;
    const QString rule = m_findings->index(row, FindingsModel::RuleColumn).data().toString();
    clearFilters();
    m_violators = std::make_shared<const QSet<QString>>(m_findings->violatorIds(row));
    m_violatorsLabel = tr("break policy rule %1").arg(rule);
    applyFilter();
    statusBar()->showMessage(tr("%Ln users break %1.", nullptr, int(m_violators->size())).arg(rule), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    if (m_snapshots->isSaving()) {
        // The load is remembered whole: the window goes, the save ends first.
        hide();
        m_snapshots->waitForSave();
    }
    QMainWindow::closeEvent(event);
}

ReviewWindow *MainWindow::openAccessReview(const QString &dir)
{
    auto *window = new ReviewWindow(m_client, this);
    window->setPolicy(m_findings->policy());
    if (!window->openReview(dir)) {
        window->deleteLater();
        return nullptr;
    }
    window->show();
    return window;
}

ReviewWindow *MainWindow::startAccessReview(const QString &dir, const QString &title)
{
    UserFilter scope = m_proxy->filter();
    scope.ids.reset(); // a policy rule's violators are no review scope
    auto *window = new ReviewWindow(m_client, this);
    window->setPolicy(m_findings->policy());
    window->show();
    window->startReview(dir, title, scope);
    return window;
}

void MainWindow::chooseAccessReviewToStart()
{
    const UserFilter &filter = m_proxy->filter();
    const QString scope
        = filter.description().isEmpty() ? tr("every user of the account") : filter.description();
    const QString title = dialogs::askText(this, tr("Start access review"),
        tr("Title of the review (it covers %1, as the filters select):").arg(scope),
        tr("Access review %1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM"))));
    if (title.isEmpty())
        return;
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Folder to keep the review in"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (parent.isEmpty())
        return;
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    QString dir = QDir(parent).filePath(name);
    for (int n = 2; QFileInfo::exists(dir); ++n)
        dir = QDir(parent).filePath(QStringLiteral("%1-%2").arg(name).arg(n));
    startAccessReview(dir, title);
}

void MainWindow::chooseAccessReviewToOpen()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open an access review folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!dir.isEmpty())
        openAccessReview(dir);
}

} // namespace sa
