#include "mainwindow.h"

#include "apiclient.h"
#include "usertablemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sa {

MainWindow::MainWindow(ApiClient *client, const QString &connectionName, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new UserTableModel(client, this))
    , m_view(new QTableView(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_retryButton(new QPushButton(tr("&Retry"), m_banner))
    , m_statusText(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Sequence Admin \u2014 %1").arg(connectionName));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    QAction *refreshAction = toolbar->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *loadAllAction = toolbar->addAction(tr("Load &all"), m_model, &UserTableModel::fetchAll);
    loadAllAction->setToolTip(tr("Load every remaining page of users"));

    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retryButton);
    m_banner->hide();
    connect(m_retryButton, &QPushButton::clicked, m_model, &UserTableModel::retry);

    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(UserTableModel::EmailColumn, 280);
    m_view->setColumnWidth(UserTableModel::RolesColumn, 220);
    m_view->setColumnWidth(UserTableModel::AccountsColumn, 260);
    m_view->setAccessibleName(tr("Users"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_model, &UserTableModel::loadedCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &UserTableModel::errorChanged, this, &MainWindow::updateBanner);
    connect(m_model, &UserTableModel::retryScheduled, this,
        [this](int attempt, int delayMs, const QString &reason) {
            m_bannerText->setText(tr("%1 Retrying in %2 s (attempt %3)\u2026")
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

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/userColumns")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1100, 700);

    updateStatus();
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/userColumns"), m_view->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::refresh()
{
    m_model->reset();
    m_model->fetchMore(QModelIndex());
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const int loaded = m_model->loadedCount();
    const qint64 total = m_model->totalCount();
    if (total >= 0)
        m_statusText->setText(
            tr("Loaded %1 of %2 users").arg(locale.toString(loaded), locale.toString(total)));
    else if (m_model->isLoading())
        m_statusText->setText(tr("Loading users\u2026"));
    else
        m_statusText->setText(tr("Loaded %1 users").arg(locale.toString(loaded)));
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
        return;
    }
    m_bannerText->setText(error.toString());
    m_retryButton->setVisible(error.kind != ApiError::Kind::Configuration);
    m_banner->show();
    updateStatus();
}

} // namespace sa
