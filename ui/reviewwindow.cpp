// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewwindow.h"

#include "apiclient.h"
#include "application.h"
#include "dialogs.h"
#include "permissionmatrixmodel.h"
#include "policy.h"
#include "reviewsession.h"
#include "roleregistry.h"
#include "safetext.h"
#include "userdetailpane.h"
#include "userstore.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <atomic>
#include <set>

namespace sa {

SignOffDialog::SignOffDialog(const QString &reviewer, QWidget *parent)
    : QDialog(parent)
    , m_reviewer(new QLineEdit(reviewer, this))
    , m_role(new QLineEdit(this))
    , m_gpgKey(new QLineEdit(this))
    , m_statement(new QCheckBox(this))
{
    setWindowTitle(tr("Sign off the review"));
    auto *form = new QFormLayout;
    m_reviewer->setPlaceholderText(tr("Name <email>"));
    m_role->setPlaceholderText(tr("e.g. Head of Finance"));
    m_gpgKey->setPlaceholderText(tr("optional: an OpenPGP key id"));
    form->addRow(tr("&Reviewer:"), m_reviewer);
    form->addRow(tr("Ro&le:"), m_role);
    form->addRow(tr("Open&PGP key:"), m_gpgKey);
    m_statement->setText(
        tr("I have re&viewed every user in scope; the decisions are mine or my reviewers'."));
    auto *note = new QLabel(tr("Signing off writes the reports, decisions.csv, manifest.json and SHA256SUMS. "
                               "The review is read-only afterwards."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sign = buttons->addButton(tr("&Sign off"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statement);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_reviewer, &QLineEdit::textChanged, this, &SignOffDialog::updateButton);
    connect(m_statement, &QCheckBox::toggled, this, &SignOffDialog::updateButton);
    updateButton();
}

void SignOffDialog::updateButton()
{
    Reviewer parsed;
    QString ignored;
    m_sign->setEnabled(m_statement->isChecked() && Reviewer::parse(m_reviewer->text(), &parsed, &ignored));
}

RevokeRolesDialog::RevokeRolesDialog(const QStringList &roles, int users, QWidget *parent)
    : QDialog(parent)
    , m_roles(new QListWidget(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Revoke roles"));
    auto *label = new QLabel(users == 1 ? tr("&Roles to take away from the selected user:")
                                        : tr("&Roles to take away from the %1 selected users:").arg(users),
        this);
    label->setBuddy(m_roles);
    for (const QString &role : roles) {
        auto *item = new QListWidgetItem(displaySafe(role), m_roles);
        item->setData(Qt::UserRole, role);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("Re&voke"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_roles);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    connect(m_roles, &QListWidget::itemChanged, this, &RevokeRolesDialog::updateButton);
    connect(m_reason, &QLineEdit::textChanged, this, &RevokeRolesDialog::updateButton);
    updateButton();
}

QStringList RevokeRolesDialog::checkedRoles() const
{
    QStringList roles;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            roles << m_roles->item(i)->data(Qt::UserRole).toString();
    }
    return roles;
}

void RevokeRolesDialog::updateButton()
{
    m_revoke->setEnabled(!checkedRoles().isEmpty() && !m_reason->text().trimmed().isEmpty());
}

ReviewWindow::ReviewWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(new ReviewSession(this))
    , m_model(new ReviewTableModel(m_session, this))
    , m_filter(new ReviewFilterModel(this))
    , m_table(new QTableView(this))
    , m_decisionFilter(new QComboBox(this))
    , m_matrix(new PermissionMatrixModel(&m_session->registry(), this))
    , m_matrixView(createMatrixView(this))
    , m_userHeading(new QLabel(this))
    , m_statusText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("reviewWindow"));
    m_reviewer = QSettings().value(QStringLiteral("review/reviewer")).toString();

    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the review's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Users in the review"));
    m_matrixView->setModel(m_matrix);

    m_decisionFilter->addItem(tr("All users"));
    m_decisionFilter->addItem(tr("Undecided"), int(Decision::Undecided));
    m_decisionFilter->addItem(tr("Revoke"), int(Decision::Revoke));
    m_decisionFilter->addItem(tr("Flag"), int(Decision::Flag));
    m_decisionFilter->addItem(tr("Keep"), int(Decision::Keep));
    connect(m_decisionFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = m_decisionFilter->currentData();
        m_filter->setDecision(
            value.isValid() ? std::optional<Decision>(Decision(value.toInt())) : std::nullopt);
    });
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_decisionFilter);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_decisionFilter);
    filterRow->addStretch();
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    m_userHeading->setWordWrap(true);
    m_userHeading->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_userHeading);
    rightLayout->addWidget(m_matrixView, 1);
    rightLayout->addWidget(createMatrixLegend(this));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_statusText->setTextFormat(Qt::PlainText);
    m_progress->setMinimumWidth(200);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelWork)
            m_cancelWork();
        m_cancel->setEnabled(false);
    });
    buildActions();

    connect(m_session, &ReviewSession::opened, this, [this] {
        updateState();
        showCurrentUser(); // the users and their registry are new
    });
    connect(m_session, &ReviewSession::decisionsChanged, this, &ReviewWindow::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReviewWindow::showCurrentUser);
    connect(m_session, &ReviewSession::progress, this, [this](qint64 loaded, qint64 total) {
        m_progress->setRange(0, total > 0 ? int(std::min<qint64>(total, INT_MAX)) : 0);
        m_progress->setValue(int(std::min<qint64>(loaded, INT_MAX)));
        m_progress->setFormat(QStringLiteral("%p%"));
        m_statusText->setText(tr("Loading and recording every page: %1 of %2 users")
                                  .arg(QLocale().toString(loaded),
                                      total >= 0 ? QLocale().toString(total) : tr("an unknown number of")));
    });
    connect(m_session, &ReviewSession::startFinished, this, [this](bool ok, const QString &message) {
        if (ok) {
            updateState();
            Q_EMIT reviewOpened();
            return;
        }
        updateState();
        dialogs::warning(this, tr("Start a review"), tr("The review could not be started: %1").arg(message));
        Q_EMIT startFailed(message);
    });
    connect(m_session, &ReviewSession::confirmFinished, this,
        [this](bool ok, const QString &message, const std::vector<ConfirmOutcome> &still) {
            updateState(); // review.json is as it was; the folder now says it is confirmed
            QString text = message;
            for (const ConfirmOutcome &outcome : still)
                text += QStringLiteral("\n%1: %2")
                            .arg(displaySafe(outcome.email), displaySafe(outcome.detail));
            if (ok && still.empty())
                dialogs::information(this, tr("Confirm the review"), text);
            else
                dialogs::warning(this, tr("Confirm the review"), text);
            Q_EMIT confirmFinished(ok && still.empty(), text);
        });
    updateState();
    // Where the last review window was, and how it was laid out.
    resize(1100, 700);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("reviewWindow/geometry")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("reviewWindow/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("reviewWindow/columns")).toByteArray());
}

ReviewWindow::~ReviewWindow()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void ReviewWindow::buildActions()
{
    QMenu *menu = menuBar()->addMenu(tr("&Review"));
    QToolBar *toolbar = addToolBar(tr("Review"));
    toolbar->setObjectName(QStringLiteral("reviewToolbar"));
    auto add = [&](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        toolbar->addAction(action);
        addAction(action);
        return action;
    };
    m_keep = add(tr("&Keep"), QKeySequence(Qt::Key_K), tr("Keep the selected users' access (K)"),
        [this] { decideSelected(Decision::Keep); });
    m_revoke = add(tr("Re&voke"), QKeySequence(Qt::Key_R),
        tr("Revoke the selected users' access, with a reason (R)"),
        [this] { decideSelected(Decision::Revoke); });
    m_flag = add(tr("&Flag"), QKeySequence(Qt::Key_F),
        tr("Flag the selected users for a follow-up, with a reason (F)"),
        [this] { decideSelected(Decision::Flag); });
    m_revokeRoles = add(tr("Revoke r&oles\u2026"), QKeySequence(Qt::SHIFT | Qt::Key_R),
        tr("Take some roles away from the selected users, with a reason (Shift+R)"),
        [this] { revokeRolesOfSelected(); });
    m_undecide = add(tr("&Undecided"), QKeySequence(Qt::Key_U),
        tr("Take the selected users' decisions back (U)"), [this] { decideSelected(Decision::Undecided); });
    menu->addSeparator();
    toolbar->addSeparator();
    m_signOff = add(tr("&Sign off\u2026"), QKeySequence(tr("Ctrl+Shift+S")),
        tr("Seal the review: reports, decisions and the SHA-256 of every file"),
        [this] { openSignOffDialog(); });
    m_confirm = add(tr("&Confirm\u2026"), QKeySequence(),
        tr("After the revokes were carried out: load the account again and check each one"),
        [this] { confirmReview(); });
    m_verify = add(tr("V&erify"), QKeySequence(), tr("Check every file's SHA-256 and re-read the raw pages"),
        [this] { verifyReview(); });
    menu->addSeparator();
    QAction *close = menu->addAction(tr("C&lose"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    m_keep->setIcon(application::actionIcon(QStringLiteral("dialog-ok")));
    m_revoke->setIcon(application::actionIcon(QStringLiteral("edit-delete")));
    m_flag->setIcon(application::actionIcon(QStringLiteral("flag")));
    m_signOff->setIcon(application::actionIcon(QStringLiteral("document-save")));
    m_verify->setIcon(application::actionIcon(QStringLiteral("security-high")));
}

void ReviewWindow::setReviewer(const QString &reviewer)
{
    m_reviewer = reviewer;
    QSettings().setValue(QStringLiteral("review/reviewer"), reviewer);
}

std::optional<Reviewer> ReviewWindow::reviewer()
{
    Reviewer parsed;
    QString error;
    if (Reviewer::parse(m_reviewer, &parsed, &error))
        return parsed;
    const QString asked = dialogs::askText(
        this, tr("Reviewer"), tr("Who decides? Your name and e-mail address, as Name <email>:"), m_reviewer);
    if (asked.isEmpty())
        return std::nullopt;
    if (!Reviewer::parse(asked, &parsed, &error)) {
        dialogs::warning(this, tr("Reviewer"), error);
        return std::nullopt;
    }
    setReviewer(asked);
    return parsed;
}

bool ReviewWindow::openReview(const QString &dir)
{
    QString error;
    if (!m_session->open(dir, &error)) {
        dialogs::warning(
            this, tr("Open a review"), tr("%1 cannot be opened as a review: %2").arg(dir, error));
        return false;
    }
    Q_EMIT reviewOpened();
    return true;
}

void ReviewWindow::startReview(const QString &dir, const QString &title, const UserFilter &scope)
{
    if (!m_client) {
        dialogs::warning(this, tr("Start a review"), tr("Connect to an account first."));
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_statusText->setText(tr("Starting the review: loading and recording every page\u2026"));
    m_session->start(m_client, dir, title, scope);
}

void ReviewWindow::decideSelected(Decision decision)
{
    if (!m_session->isOpen() || m_session->isReadOnly() || m_session->isBusy())
        return;
    const std::vector<int> rows = selectedItems();
    int lastProxyRow = m_table->currentIndex().row();
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        lastProxyRow = std::max(lastProxyRow, index.row());
    if (rows.empty()) {
        statusBar()->showMessage(tr("Select the users to decide first."), 4000);
        return;
    }
    const std::optional<Reviewer> who = reviewer();
    if (!who)
        return;
    QString reason;
    if (decision == Decision::Revoke || decision == Decision::Flag) {
        reason = dialogs::askText(this, ReviewTableModel::decisionText(decision),
            rows.size() == 1 ? tr("Why? (recorded with the decision)")
                             : tr("Why? (recorded with each of the %1 decisions)").arg(rows.size()));
        if (reason.trimmed().isEmpty())
            return;
    }
    QString error;
    const int nextSource = lastProxyRow + 1 < m_filter->rowCount()
        ? m_filter->mapToSource(m_filter->index(lastProxyRow + 1, 0)).row()
        : -1;
    if (!m_session->decide(rows, decision, reason, *who, &error)) {
        dialogs::warning(this, tr("Decide"), error);
        return;
    }
    // On to the next user, as a reviewer working down the list expects.
    QModelIndex next
        = nextSource >= 0 ? m_filter->mapFromSource(m_model->index(nextSource, 0)) : QModelIndex();
    if (!next.isValid() && m_filter->rowCount() > 0)
        next = m_filter->index(std::min(lastProxyRow, m_filter->rowCount() - 1), 0);
    if (next.isValid())
        m_table->selectionModel()->setCurrentIndex(
            next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::vector<int> ReviewWindow::selectedItems() const
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(m_filter->mapToSource(index).row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.insert(m_filter->mapToSource(m_table->currentIndex()).row());
    return std::vector<int>(rows.begin(), rows.end());
}

void ReviewWindow::revokeRolesOfSelected()
{
    if (!m_session->isOpen() || m_session->isReadOnly() || m_session->isBusy() || m_worker)
        return;
    const std::vector<int> items = selectedItems();
    if (items.empty()) {
        statusBar()->showMessage(tr("Select the users to decide first."), 4000);
        return;
    }
    const std::optional<Reviewer> who = reviewer();
    if (!who)
        return;
    QStringList roles;
    for (int item : items) {
        for (const RoleDefinition *role : m_session->store().roleSet(m_session->rowOf(item)).roles) {
            if (!roles.contains(role->name()))
                roles << role->name();
        }
    }
    roles.sort(Qt::CaseInsensitive);
    if (m_revokeRolesDialog)
        m_revokeRolesDialog->close();
    m_revokeRolesDialog = new RevokeRolesDialog(roles, int(items.size()), this);
    m_revokeRolesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_revokeRolesDialog, &QDialog::accepted, this, [this, items, who] {
        QString error;
        if (!m_session->decide(items, Decision::Revoke, m_revokeRolesDialog->reasonField()->text(), *who,
                &error, m_revokeRolesDialog->checkedRoles()))
            dialogs::warning(this, tr("Decide"), error);
    });
    m_revokeRolesDialog->open();
}

void ReviewWindow::openSignOffDialog()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    const QStringList problems = m_session->review().signOffProblems();
    if (!problems.isEmpty()) {
        dialogs::warning(this, tr("Sign off"),
            tr("The review cannot be signed off yet: %1.").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    if (m_signOffDialog)
        m_signOffDialog->close();
    m_signOffDialog = new SignOffDialog(m_reviewer, this);
    m_signOffDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signOffDialog, &QDialog::accepted, this, [this] {
        SignOff signOff;
        QString error;
        Reviewer::parse(m_signOffDialog->reviewerField()->text(), &signOff.reviewer, &error);
        signOff.reviewer.role = m_signOffDialog->roleField()->text().trimmed();
        signOff.gpgKey = m_signOffDialog->gpgKeyField()->text().trimmed();
        signOff.policy = m_policy;
        setReviewer(signOff.reviewer.toString());
        this->signOff(signOff);
    });
    m_signOffDialog->open();
}

void ReviewWindow::signOff(const SignOff &signOff)
{
    // How far the thread signing off is, read here every 100 ms; and whether to stop.
    struct Progress
    {
        QMutex mutex;
        QString file;
        qsizetype done = 0;
        qsizetype total = 0;
        std::atomic<bool> stop {false};
    };
    auto progress = std::make_shared<Progress>();
    SignOff job = signOff;
    job.progress = [progress](const QString &file, qsizetype done, qsizetype total) {
        QMutexLocker lock(&progress->mutex);
        progress->file = file;
        progress->done = done;
        progress->total = total;
        return !progress->stop.load();
    };
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, [this, progress] {
        QMutexLocker lock(&progress->mutex);
        if (progress->total <= 0)
            return;
        m_progress->setRange(0, int(std::min<qsizetype>(progress->total, INT_MAX)));
        m_progress->setValue(int(std::min<qsizetype>(progress->done, INT_MAX)));
        m_progress->setFormat(QStringLiteral("%p%"));
        m_statusText->setText(tr("Signing off: writing %1, %2 of %3 users")
                                  .arg(progress->file, QLocale().toString(progress->done),
                                      QLocale().toString(progress->total)));
    });
    ticker->start(100);
    auto review = std::make_shared<Review>(m_session->review());
    auto result = std::make_shared<std::pair<QString, QString>>(); // manifest hash, error
    runInBackground(
        tr("Signing off: writing the reports and sealing every file\u2026"),
        [review, job, result] { signReview(*review, job, &result->first, &result->second); },
        [this, result, ticker, progress] {
            ticker->deleteLater();
            updateState(); // review.json is as it was; the folder now says it is signed
            const bool ok = result->second.isEmpty();
            QString text;
            if (ok)
                text = tr(
                    "The review is signed off. The SHA-256 of manifest.json, printed at the foot of every "
                    "page of report.pdf, is %1.")
                           .arg(result->first);
            else if (progress->stop)
                text = tr("Signing off was cancelled; the review is not signed.");
            else
                text = tr("The review could not be signed off: %1").arg(result->second);
            if (ok)
                dialogs::information(this, tr("Sign off"), text);
            else
                dialogs::warning(this, tr("Sign off"), text);
            Q_EMIT signOffFinished(ok, text);
        },
        [progress] { progress->stop = true; });
}

void ReviewWindow::confirmReview()
{
    if (!m_client) {
        dialogs::warning(this, tr("Confirm the review"), tr("Connect to the reviewed account first."));
        return;
    }
    m_progress->setRange(0, 0);
    m_statusText->setText(tr("Confirming: loading the account again\u2026"));
    m_session->confirm(m_client);
}

void ReviewWindow::verifyReview()
{
    if (!m_session->isOpen())
        return;
    auto result = std::make_shared<VerifyResult>();
    const QString dir = m_session->review().dir;
    runInBackground(
        tr("Verifying every file\u2026"), [result, dir] { *result = sa::verifyReview(dir); },
        [this, result] {
            updateState();
            QStringList lines;
            for (const QString &problem : result->problems)
                lines << tr("Tampered or inconsistent: %1").arg(problem);
            lines += result->notes;
            const QString text
                = (result->intact() ? tr("The review is intact.") : tr("The review does not verify."))
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
            if (result->intact())
                dialogs::information(this, tr("Verify"), text);
            else
                dialogs::warning(this, tr("Verify"), text);
            Q_EMIT verifyFinished(result->intact(), text);
        });
}

void ReviewWindow::runInBackground(
    const QString &what, std::function<void()> work, std::function<void()> done, std::function<void()> cancel)
{
    if (m_worker)
        return;
    m_progress->setRange(0, 0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_statusText->setText(what);
    m_cancelWork = std::move(cancel);
    m_cancel->setVisible(bool(m_cancelWork));
    m_cancel->setEnabled(true);
    for (QAction *action :
        {m_keep, m_revoke, m_flag, m_undecide, m_revokeRoles, m_signOff, m_confirm, m_verify})
        action->setEnabled(false);
    m_worker = QThread::create(std::move(work));
    connect(m_worker, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_cancelWork = nullptr;
        m_cancel->hide();
        done();
    });
    m_worker->start(QThread::LowPriority);
}

void ReviewWindow::updateState()
{
    const bool open = m_session->isOpen();
    const bool busy = m_session->isBusy() || m_worker;
    const bool readOnly = !open || m_session->isReadOnly();
    for (QAction *action : {m_keep, m_revoke, m_flag, m_undecide, m_revokeRoles})
        action->setEnabled(!readOnly && !busy);
    m_signOff->setEnabled(!readOnly && !busy);
    m_confirm->setEnabled(
        open && m_session->isReadOnly() && !m_session->review().isConfirmed() && m_client && !busy);
    m_verify->setEnabled(open && !busy);
    if (busy)
        return;
    if (!open) {
        setWindowTitle(tr("Access review"));
        m_statusText->setText(tr("No review open."));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        return;
    }
    const Review &review = m_session->review();
    const Review::Counts counts = review.counts();
    const int total = int(review.items.size());
    const QLocale locale;
    QString state;
    if (review.isConfirmed())
        state = tr(" (signed and confirmed, read-only)");
    else if (review.isSigned())
        state = tr(" (signed, read-only)");
    setWindowTitle(tr("Access review: %1%2").arg(displaySafe(review.title), state));
    m_statusText->setText(
        tr("Decided %1 of %2: keep %3, revoke %4, flag %5; undecided %6. Scope: %7.")
            .arg(locale.toString(total - counts.undecided), locale.toString(total),
                locale.toString(counts.keep), locale.toString(counts.revoke), locale.toString(counts.flag),
                locale.toString(counts.undecided),
                review.scopeDescription.isEmpty() ? tr("every user") : displaySafe(review.scopeDescription)));
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(total - counts.undecided);
    m_progress->setFormat(
        tr("%1 of %2 decided").arg(locale.toString(total - counts.undecided), locale.toString(total)));
    m_signOff->setToolTip(review.signOffProblems().isEmpty()
            ? tr("Seal the review: reports, decisions and the SHA-256 of every file")
            : review.signOffProblems().join(QLatin1Char('\n')));
    if (m_matrix && !m_table->currentIndex().isValid())
        showCurrentUser();
}

void ReviewWindow::showCurrentUser()
{
    m_matrix->setRegistry(&m_session->registry());
    const QModelIndex current = m_table->currentIndex();
    if (!m_session->isOpen() || !current.isValid()) {
        m_matrix->clear();
        m_userHeading->setText(tr("Select a user to see their permissions as the review recorded them."));
        return;
    }
    const int item = m_filter->mapToSource(current).row();
    const int row = m_session->rowOf(item);
    const UserStore &store = m_session->store();
    m_matrix->setRoles(store.roleSet(row).roles);
    m_userHeading->setText(tr("%1 (%2): permissions as recorded on %3 UTC")
                               .arg(displaySafe(store.email(row)), displaySafe(store.state(row)),
                                   m_session->review().extraction.finished.toString(Qt::ISODate)));
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("reviewWindow/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("reviewSplitter")))
        settings.setValue(QStringLiteral("reviewWindow/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("reviewWindow/columns"), m_table->horizontalHeader()->saveState());
    m_session->cancel();
    if (m_cancelWork)
        m_cancelWork(); // a sign-off stops at its next step; nothing is signed
    if (m_worker)
        m_worker->wait();
    event->accept();
}

} // namespace sa
