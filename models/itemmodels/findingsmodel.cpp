// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "userstore.h"
#include "usertablemodel.h"

#include <QFont>
#include <QLocale>
#include <QThread>

namespace sa {

FindingsModel::FindingsModel(UserTableModel *users, QObject *parent)
    : QAbstractTableModel(parent)
    , m_users(users)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &FindingsModel::recompute);
    // Rows of another loader mean nothing to the old findings: at once.
    connect(users, &QAbstractItemModel::modelReset, this, &FindingsModel::recompute);
    connect(users, &QAbstractItemModel::rowsInserted, this, [this] { m_timer.start(); });
}

void FindingsModel::setPolicy(std::shared_ptr<const Policy> policy)
{
    m_policy = std::move(policy);
    recompute();
}

void FindingsModel::setToday(const QDate &today)
{
    m_today = today;
    recompute();
}

FindingsModel::~FindingsModel()
{
    waitForWorker();
}

void FindingsModel::waitForWorker()
{
    if (!m_worker)
        return;
    m_worker->wait();
    m_worker = nullptr; // its result, queued, is dropped: the generation moves on
    ++m_generation;
}

void FindingsModel::recompute()
{
    m_timer.stop();
    // A run in flight reads a store that may be about to go (a new loader).
    waitForWorker();
    const quint64 generation = ++m_generation;
    const int count = m_users->rowCount();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    if (m_policy && m_users->isComplete() && count >= m_asyncThreshold) {
        // Every user is in: nothing changes the store until the next reset,
        // which waits for this first. The old rows stay until the new ones are ready.
        struct Job
        {
            std::shared_ptr<const Policy> policy;
            PolicyResult result;
        };
        auto job = std::make_shared<Job>();
        job->policy = m_policy;
        const UserStore *store = &m_users->store();
        QThread *worker = QThread::create([job, store, count, today] {
            std::vector<int> rows(static_cast<size_t>(count));
            for (int row = 0; row < count; ++row)
                rows[size_t(row)] = row;
            job->result = PolicyResult::evaluate(*job->policy, *store, rows, today);
        });
        worker->setParent(this);
        m_worker = worker;
        connect(worker, &QThread::finished, this, [this, worker, job, generation] {
            worker->deleteLater();
            if (m_worker == worker)
                m_worker = nullptr;
            if (generation != m_generation)
                return;
            beginResetModel();
            m_result = std::move(job->result);
            m_resultPolicy = job->policy;
            endResetModel();
            Q_EMIT recomputed();
        });
        worker->start();
        return;
    }
    beginResetModel();
    m_result = PolicyResult();
    m_resultPolicy = m_policy;
    if (m_policy) {
        // Every user loaded (the filters do not change what the account breaks).
        std::vector<int> rows(static_cast<size_t>(count));
        for (int row = 0; row < count; ++row)
            rows[size_t(row)] = row;
        m_result = PolicyResult::evaluate(*m_policy, m_users->store(), rows, today);
    }
    endResetModel();
    Q_EMIT recomputed();
}

QSet<QString> FindingsModel::violatorIds(int row) const
{
    QSet<QString> ids;
    if (row < 0 || row >= int(m_result.rules.size()))
        return ids;
    for (const Finding &finding : m_result.rules[size_t(row)].findings) {
        if (!finding.exception)
            ids.insert(m_users->store().id(finding.row));
    }
    return ids;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rules.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RuleResult &result = m_result.rules[size_t(index.row())];
    const PolicyRule &rule = *result.rule;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return result.violated() ? severityName(rule.severity) : tr("ok");
        case RuleColumn:
            return rule.id;
        case TitleColumn:
            return rule.title;
        case UsersColumn: {
            if (rule.kind == PolicyRule::Kind::MaxHolders)
                return tr("%1 of at most %2").arg(result.holders).arg(rule.max);
            const int open = result.open();
            const int excepted = int(result.findings.size()) - open;
            QString text = QString::number(open);
            if (excepted > 0)
                text += QLatin1Char(' ') + tr("(+%n with an exception)", nullptr, excepted);
            return text;
        }
        }
        return QVariant();
    case Qt::FontRole:
        if (result.violated() && rule.severity >= Severity::High) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        QString tip = rule.title;
        if (!rule.owner.isEmpty())
            tip += QLatin1Char('\n') + tr("Owner: %1").arg(rule.owner);
        if (!result.unmatched.isEmpty())
            tip += QLatin1Char('\n')
                + tr("Matches nothing this account uses: %1")
                      .arg(result.unmatched.join(QStringLiteral(", ")));
        // Exceptions in force are findings too, approved until a day.
        for (const Finding &finding : result.findings) {
            if (!finding.exception)
                continue;
            const PolicyException &exception = *finding.exception;
            tip += QLatin1Char('\n')
                + (exception.expires.isValid()
                        ? tr("Exception for %1 until %2, approved by %3: %4")
                              .arg(m_users->store().email(finding.row),
                                  QLocale().toString(exception.expires, QLocale::ShortFormat),
                                  exception.approvedBy, exception.reason)
                        : tr("Exception for %1 with no end, approved by %2: %3")
                              .arg(m_users->store().email(finding.row), exception.approvedBy,
                                  exception.reason));
        }
        if (result.violated())
            tip += QLatin1Char('\n') + tr("Click to list the users who break it.");
        return tip;
    }
    case RuleIdRole:
        return rule.id;
    case ViolatedRole:
        return result.violated();
    default:
        return QVariant();
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TitleColumn:
        return tr("What it forbids");
    case UsersColumn:
        return tr("Users");
    }
    return QVariant();
}

} // namespace sa
