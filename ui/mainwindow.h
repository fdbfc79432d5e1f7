// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"
#include "reportwriter.h"
#include "snapshotstore.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <functional>
#include <memory>

class QToolButton;
class QCheckBox;

class QAction;
class QComboBox;
class QFileSystemWatcher;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QThread;
class QTableView;
class QTableWidget;
class QTimer;

namespace sa {

class AccessOverviewModel;
class AccountDirectory;
class ApiClient;
class CredentialStore;
class ProfileStore;
class ComparePane;
class FindingsModel;
class ReviewWindow;
class SnapshotWorker;
class UserDetailPane;
class UserLoader;
class UserFilterProxyModel;
class UserTableModel;

// The main window: the users of the connected account in a lazily loaded,
// searchable, sortable table; the selected user's permissions; the whole
// account's access overview; two users compared.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ApiClient *client, const QString &connectionName, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the app's bench and screenshot modes.
    UserTableModel *userModel() const { return m_model; }
    UserFilterProxyModel *proxyModel() const { return m_proxy; }
    AccessOverviewModel *overviewModel() const { return m_overview; }
    QTableView *userView() const { return m_view; }
    QTableView *overviewView() const { return m_overviewView; }
    UserDetailPane *detailPane() const { return m_details; }
    ComparePane *comparePane() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *roleFilter() const { return m_roleFilter; }
    QComboBox *actionFilter() const { return m_actionFilter; }
    QComboBox *resourceFilter() const { return m_resourceFilter; }
    QLabel *bannerText() const { return m_bannerText; }
    QCheckBox *departsFilter() const { return m_departsFilter; }
    QLabel *demoNotice() const { return m_demoNotice; }
    QFrame *welcome() const { return m_welcome; }
    QString selectedRowsText() const;
    // The context menu last opened on the user table (tests).
    QMenu *userMenu() const { return m_userMenu; }
    QMenu *permissionMenu() const { return m_permissionMenu; }
    // Lists who can do action on resource (the capability filter).
    void filterByCapability(const QString &resource, const QString &action);
    // A report (pdf, html, ...) of the current user alone.
    void exportCurrentUser(ReportWriter::Format format, const QString &path);
    // Saved filters (Users > Saved filters), kept in the settings.
    void saveCurrentFilters(const QString &name);
    void applySavedFilters(const QString &key);
    QMenu *savedFiltersMenu() const { return m_savedFiltersMenu; }
    // "Open report" and "Show in folder", shown after an export.
    QToolButton *openExportButton() const { return m_openExport; }
    QFrame *banner() const { return m_banner; }
    QPushButton *retryButton() const { return m_retryButton; }
    QLabel *emptyState() const { return m_emptyState; }
    QLabel *partialNotice() const { return m_partialNotice; }
    QLabel *matchText() const { return m_matchText; }
    QLabel *overviewNote() const { return m_overviewNote; }
    QAction *compareAction() const { return m_compareAction; }

    // The snapshot store: every complete load of an account (not the demo)
    // is remembered there, and a connection opens on its newest snapshot at
    // once. Empty: no store.
    void setSnapshotStore(const QString &path);
    SnapshotWorker *snapshots() const { return m_snapshots; }
    // Opens the newest complete snapshot of the current connection, then
    // refreshes in the background as View > Snapshots says. False when the
    // store has none (nothing changes then).
    bool openLatestSnapshot();
    // The snapshot shown instead of a live load, if any.
    const std::optional<SnapshotInfo> &shownSnapshot() const { return m_shownSnapshot; }
    QLabel *snapshotNotice() const { return m_snapshotNotice; }
    QTableWidget *historyView() const { return m_history; }
    QComboBox *overviewBaseline() const { return m_overviewBaseline; }
    // The overview's counts beside those of a stored snapshot (0: none).
    void compareOverviewWith(qint64 snapshot);

    enum Tab { DetailsTab, OverviewTab, CompareTab, HistoryTab, FindingsTab };

    // The access policy of the current connection: a file, or empty for the
    // starter policy built in. Kept per connection; re-read when it changes.
    void usePolicy(const QString &path);
    FindingsModel *findingsModel() const { return m_findings; }
    // A stored snapshot is being read for the overview to compare with.
    bool isReadingBaseline() const { return m_baselineReads > 0; }
    QTableView *findingsView() const { return m_findingsView; }
    QLabel *findingsNote() const { return m_findingsNote; }
    // Shows the users who break the rule of a findings row.
    void filterByFinding(int row);
    // What if the current user gained (add) or lost a role: the rules that
    // would be broken or no longer, shown in the detail pane.
    void whatIf(const QString &roleName, bool add);

public Q_SLOTS:
    // Reloads from the first page, with the connection's secret as stored now.
    void refresh();
    // After an error: goes on from the last good page, with the secret as stored now.
    void retry();
    void compareSelected();
    void clearFilters();
    // Ctrl+C: the selected rows, tab-separated, with the visible columns' header.
    void copySelectedRows();
    // Shows exactly the users who hold the permission of an overview cell.
    void filterByOverviewCell(const QModelIndex &index);
    // Ctrl+E: asks for a format and a file, then exportUsers().
    void openExportDialog();
    // The table's menu: the selected users only, in the table's order.
    void exportSelectedUsers();
    // Writes the users matching the filters, loading any missing pages first.
    // loadFirst false: only the users loaded so far, and the report says it is partial.
    void exportUsers(sa::ReportWriter::Format format, const QString &path, bool loadFirst = true);
    // Asks for a json report, then compareWithSnapshot().
    void chooseSnapshot();
    // Shows who gained or lost what since the json report at path.
    void compareWithSnapshot(const QString &path);
    // Loads the account in the background while a snapshot shows; the fresh
    // users replace it once they are all in, and a failure keeps it.
    void refreshInBackground();
    // Asks for two stored snapshots of this connection and lists what changed.
    void chooseStoredSnapshots();
    void compareStoredSnapshots(qint64 older, qint64 newer);
    // Lists the demo connection (when demo has a base URL) and the saved profiles.
    void setConnections(
        sa::ProfileStore *profiles, sa::CredentialStore *credentials, const sa::ConnectionSettings &demo);
    // "demo" or a profile id: drops everything in flight and loads that account.
    void switchConnection(const QString &id);
    // Opens Connections (when profiles are kept); the dialog, or null.
    class ConnectionDialog *manageConnections();
    // The first start without a connection: connect, or try the demo.
    void showWelcome();
    // Help > About: the version, what the app is for, and where its data lives.
    void showAbout();
    QString currentConnection() const { return m_currentConnection; }
    // Access reviews, each in a window of its own: a new one of the users
    // the filters select (recorded into dir), or an existing folder.
    ReviewWindow *startAccessReview(const QString &dir, const QString &title);
    ReviewWindow *openAccessReview(const QString &dir);
    // File > Start access review / Open access review: ask, then the above.
    void chooseAccessReviewToStart();
    void chooseAccessReviewToOpen();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void snapshotShown();
    void snapshotSaved(qint64 id);
    void backgroundRefreshFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Runs work on a thread of its own, then done on this thread; the
    // window waits for it when it closes.
    QThread *runOnWorker(std::function<void()> work, std::function<void()> done);
    void withCurrentSecret(std::function<void()> then);
    void showUserMenu(const QPoint &at);
    void fillSavedFilters();
    void showPermissionMenu(QWidget *view, const QPoint &at, const QString &resource, const QString &action);
    void showExported(const QString &path);
    void reload();
    void buildActions();
    void buildFilterBar(QWidget *parent, QHBoxLayout *layout);
    void applyFilter();
    void updateFilterChoices();
    void updateStatus();
    void updateBanner();
    void updateEmptyState();
    void showCurrentUser();
    // Details and Compare say when the filters hide the users they show.
    void followView();
    // The partial notice, the overview's note and the filters' tooltips.
    void updatePartialNotes();
    void restoreSelection();
    void saveWindowState();
    // Runs then once every page is loaded; shows progress with Cancel.
    void afterLoadingAll(const QString &purpose, std::function<void()> then);
    // Writes a report on a worker thread, with progress and Cancel.
    void writeReport(
        ReportWriter::Format format, const QString &path, std::vector<int> rows, ReportContext context);
    // Stops a report being written and waits for its thread: before the
    // store it reads changes (refresh, another connection) or goes away.
    void stopExport();
    // The store applies to this connection (a store is set, not the demo).
    bool storeApplies() const;
    // Hands a complete live load to the store, once per load.
    void rememberLoad();
    void showSnapshot(UserLoader *loader, const SnapshotInfo &info);
    void updateSnapshotNotice();
    void updateHistory();
    void fillOverviewBaselines();

    ApiClient *m_client;
    UserTableModel *m_model;
    UserFilterProxyModel *m_proxy;
    AccessOverviewModel *m_overview;
    AccountDirectory *m_accounts;
    QTableView *m_view;
    QTableView *m_overviewView;
    UserDetailPane *m_details;
    ComparePane *m_compare;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QComboBox *m_connection;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_stateFilter;
    QComboBox *m_roleFilter;
    QComboBox *m_actionFilter;
    QComboBox *m_resourceFilter;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_retryButton;
    QLabel *m_emptyState;
    QLabel *m_partialNotice;
    QLabel *m_overviewNote;
    QLabel *m_statusText;
    QLabel *m_matchText;
    QProgressBar *m_progress;
    QAction *m_compareAction = nullptr;
    QAction *m_loadAllAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QString m_pendingSelection; // user id to select once it loads
    void fillConnections();
    void connectTo(const QString &id, const QString &name, const ConnectionSettings &settings, int pageSize);
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    ConnectionSettings m_demo;
    QString m_currentConnection;
    QString m_lastExport;
    QCheckBox *m_departsFilter = nullptr;
    QPointer<QMenu> m_userMenu;
    QPointer<QMenu> m_permissionMenu;
    QMenu *m_savedFiltersMenu = nullptr;
    QList<QAction *> m_windowActions; // with a window shortcut, children of the window: live as long as it
    QLabel *m_demoNotice = nullptr;
    QFrame *m_welcome = nullptr;
    QToolButton *m_openExport = nullptr;
    QToolButton *m_showExport = nullptr;
    struct ExportJob;
    std::shared_ptr<ExportJob> m_exportJob; // the report being written, if any
    QThread *m_exportThread = nullptr;
    QList<QThread *> m_workers; // runOnWorker's, waited for on close
    bool m_comparingStored = false; // two stored snapshots are being compared
    int m_baselineReads = 0; // stored snapshots being read for the overview to compare with
    quint64 m_baselineGeneration = 0; // a read's result applies only if nothing was chosen since
    SnapshotWorker *m_snapshots = nullptr;
    std::optional<SnapshotInfo> m_shownSnapshot;
    std::unique_ptr<UserLoader> m_backgroundLoader;
    QString m_refreshError;
    QDateTime m_loadStarted; // of the current loader's load, UTC
    QDateTime m_backgroundStarted;
    bool m_adoptingBackground = false;
    bool m_remembered = false; // the current loader's users went to the store
    QLabel *m_snapshotNotice = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_historyNote = nullptr;
    QWidget *m_overviewBaselineRow = nullptr;
    QComboBox *m_overviewBaseline = nullptr;
    FindingsModel *m_findings = nullptr;
    QTableView *m_findingsView = nullptr;
    QLabel *m_policyLabel = nullptr;
    QLabel *m_findingsNote = nullptr;
    QFileSystemWatcher *m_policyWatcher = nullptr;
    QString m_policyPath; // empty: the starter policy
    QString m_policyError;
    std::shared_ptr<const QSet<QString>> m_violators; // a policy rule's, while chosen
    QString m_violatorsLabel;
    void updateFindingsNote();
    void updatePolicyMarks();
    QString policyKey() const;
};

} // namespace sa
