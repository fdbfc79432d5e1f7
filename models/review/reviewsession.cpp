// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsession.h"

#include "apiclient.h"
#include "roleregistry.h"
#include "safetext.h"
#include "userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace sa {

ReviewSession::ReviewSession(QObject *parent)
    : QObject(parent)
    , m_registry(std::make_unique<RoleRegistry>())
    , m_store(std::make_unique<UserStore>(m_registry.get()))
{
    qRegisterMetaType<std::vector<sa::ConfirmOutcome>>();
}

ReviewSession::~ReviewSession()
{
    cancel();
}

bool ReviewSession::open(const QString &dir, QString *error)
{
    Review review;
    if (Review::open(dir, &review, error) != Review::Open::Ok)
        return false;
    auto registry = std::make_unique<RoleRegistry>();
    auto store = std::make_unique<UserStore>(registry.get());
    RecordedPages pages;
    if (!readRecordedPages(dir, QStringLiteral("pages"), *store, &pages, error))
        return false;
    std::vector<int> rows;
    rows.reserve(review.items.size());
    for (const ReviewItem &item : review.items) {
        const int row = store->rowOfId(item.id);
        if (row < 0) {
            *error = tr("review.json names %1, who is on no recorded page.").arg(displaySafe(item.id));
            return false;
        }
        rows.push_back(row);
    }
    // The store points into the registry: the old store goes first.
    m_store = std::move(store);
    m_registry = std::move(registry);
    m_review = std::move(review);
    m_rows = std::move(rows);
    m_open = true;
    Q_EMIT opened();
    return true;
}

bool ReviewSession::decide(const std::vector<int> &items, Decision decision, const QString &reason,
    const Reviewer &reviewer, QString *error, const QStringList &revokedRoles)
{
    Review changed = m_review;
    if (!changed.decide(
            items, decision, reason, revokedRoles, reviewer, QDateTime::currentDateTimeUtc(), error)
        || !changed.save(error))
        return false;
    m_review = std::move(changed);
    Q_EMIT decisionsChanged();
    return true;
}

void ReviewSession::start(
    ApiClient *client, const QString &dir, const QString &title, const UserFilter &scope)
{
    cancel();
    const QFileInfo target(dir);
    m_createdDir = !target.exists();
    QString error;
    if (!m_createdDir && (!target.isDir() || !QDir(dir).isEmpty()))
        error = tr("%1 exists and is not an empty folder.").arg(dir);
    else if (m_createdDir && !QDir().mkpath(dir))
        error = tr("Cannot create the folder %1.").arg(dir);
    if (!error.isEmpty()) {
        Q_EMIT startFinished(false, error);
        return;
    }
    m_title = title;
    m_scope = scope;
    m_confirming = false;
    m_loadDir = dir;
    load(client, QStringLiteral("pages"));
}

void ReviewSession::confirm(ApiClient *client)
{
    cancel();
    QString error;
    if (!m_open || !m_review.isSigned())
        error = tr("Sign the review off before confirming it.");
    else if (m_review.isConfirmed())
        error = tr("This review is confirmed already.");
    else if (client->settings().baseUrl.adjusted(QUrl::StripTrailingSlash)
        != m_review.extraction.baseUrl.adjusted(QUrl::StripTrailingSlash))
        error = tr("This review was extracted from %1; connect to that account to confirm it.")
                    .arg(m_review.extraction.baseUrl.toString());
    if (!error.isEmpty()) {
        Q_EMIT confirmFinished(false, error, {});
        return;
    }
    m_confirming = true;
    m_createdDir = false;
    m_loadDir = m_review.dir;
    load(client, QStringLiteral("confirm/pages"));
}

void ReviewSession::load(ApiClient *client, const QString &folder)
{
    m_loadFolder = folder;
    m_recorder = std::make_unique<PageRecorder>(m_loadDir, folder);
    QString error;
    if (!m_recorder->open(&error)) {
        m_recorder.reset();
        if (m_confirming)
            Q_EMIT confirmFinished(false, error, {});
        else
            Q_EMIT startFinished(false, error);
        return;
    }
    m_loader = std::make_unique<UserLoader>(client);
    PageRecorder *recorder = m_recorder.get();
    m_loader->setPageRecorder([recorder](const UserLoader::RawPage &page) { return recorder->record(page); });
    connect(m_loader.get(), &UserLoader::usersAppended, this,
        [this] { Q_EMIT progress(m_loader->loadedCount(), m_loader->totalCount()); });
    connect(
        m_loader.get(), &UserLoader::fetchAllFinished, this, &ReviewSession::loaded, Qt::QueuedConnection);
    m_extraction = Extraction();
    m_extraction.baseUrl = client->settings().baseUrl;
    m_extraction.clientId = client->settings().clientId;
    m_extraction.apiVersion = QString::fromLatin1(ApiClient::kApiVersion);
    m_extraction.pageSize = m_loader->pageSize();
    m_extraction.started = QDateTime::currentDateTimeUtc();
    m_loader->fetchAll();
}

void ReviewSession::discardRecording()
{
    m_loader.reset();
    m_recorder.reset(); // waits for its writer
    if (m_loadDir.isEmpty())
        return;
    if (m_confirming)
        QDir(QDir(m_loadDir).filePath(QStringLiteral("confirm"))).removeRecursively();
    else if (m_createdDir)
        QDir(m_loadDir).removeRecursively();
    else {
        QDir(QDir(m_loadDir).filePath(QStringLiteral("pages"))).removeRecursively();
        QFile::remove(QDir(m_loadDir).filePath(QStringLiteral("review.json")));
    }
    m_loadDir.clear();
}

void ReviewSession::cancel()
{
    if (m_loader)
        discardRecording();
}

void ReviewSession::loaded(bool complete)
{
    if (!m_loader)
        return;
    QString error;
    if (!complete || !m_recorder->finish(&error)) {
        if (error.isEmpty())
            error = m_loader->lastError().isError() ? m_loader->lastError().toString()
                                                    : tr("Loading was cancelled.");
        const bool confirming = m_confirming;
        discardRecording();
        if (confirming)
            Q_EMIT confirmFinished(false, error, {});
        else
            Q_EMIT startFinished(false, error);
        return;
    }
    m_extraction.finished = QDateTime::currentDateTimeUtc();
    m_extraction.pages = m_recorder->pages();
    m_extraction.users = m_loader->loadedCount();
    m_extraction.accountUsers = m_loader->totalCount();
    if (m_confirming) {
        std::vector<ConfirmOutcome> outcomes;
        const bool ok = confirmReview(m_review, *m_loader, m_extraction, &outcomes, &error);
        if (!ok) {
            discardRecording();
            Q_EMIT confirmFinished(false, error, {});
            return;
        }
        m_loader.reset();
        m_recorder.reset();
        m_loadDir.clear();
        std::vector<ConfirmOutcome> still;
        for (const ConfirmOutcome &outcome : outcomes) {
            if (!outcome.tookEffect)
                still.push_back(outcome);
        }
        Q_EMIT confirmFinished(true,
            still.empty()
                ? tr("Every revoke took effect.")
                : tr("%1 of %2 revokes have not taken effect.").arg(still.size()).arg(outcomes.size()),
            still);
        return;
    }
    Review created;
    if (!Review::create(m_loadDir, m_title, m_scope, *m_loader, m_extraction, &created, &error)) {
        discardRecording();
        Q_EMIT startFinished(false, error);
        return;
    }
    const QString dir = m_loadDir;
    m_loader.reset();
    m_recorder.reset();
    m_loadDir.clear();
    if (!open(dir, &error)) {
        Q_EMIT startFinished(false, error);
        return;
    }
    Q_EMIT startFinished(true, QString());
}

// ------------------------------------------------------------ table

ReviewTableModel::ReviewTableModel(ReviewSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &ReviewSession::opened, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(session, &ReviewSession::decisionsChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, DecisionColumn), index(rowCount() - 1, ReviewerColumn));
    });
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session->isOpen() ? 0 : int(m_session->review().items.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewTableModel::decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Keep:
        return tr("Keep");
    case Decision::Revoke:
        return tr("Revoke");
    case Decision::Flag:
        return tr("Flag");
    case Decision::Undecided:
        break;
    }
    return tr("Undecided");
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ReviewItem &item = m_session->review().items[size_t(index.row())];
    if (role == DecisionRole)
        return int(item.decision);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const UserStore &store = m_session->store();
    const int row = m_session->rowOf(index.row());
    switch (index.column()) {
    case EmailColumn:
        return displaySafe(item.email);
    case StateColumn:
        return displaySafe(store.state(row));
    case RolesColumn: {
        QStringList names;
        for (const RoleDefinition *r : store.roleSet(row).roles)
            names << displaySafe(r->name());
        return names.join(QStringLiteral(", "));
    }
    case DecisionColumn:
        return decisionText(item.decision);
    case ReasonColumn:
        return displaySafe(item.reason);
    case ReviewerColumn:
        return displaySafe(item.reviewer);
    default:
        return {};
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("E-mail");
    case StateColumn:
        return tr("State");
    case RolesColumn:
        return tr("Roles");
    case DecisionColumn:
        return tr("Decision");
    case ReasonColumn:
        return tr("Reason");
    case ReviewerColumn:
        return tr("Reviewer");
    default:
        return {};
    }
}

void ReviewFilterModel::setDecision(std::optional<Decision> decision)
{
    m_decision = decision;
    invalidateFilter();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_decision)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ReviewTableModel::DecisionRole).toInt() == int(*m_decision);
}

} // namespace sa
