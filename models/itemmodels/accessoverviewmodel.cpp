// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessoverviewmodel.h"

#include "permissionmatrixmodel.h"
#include "roleregistry.h"
#include "userfilter.h"
#include "userfilterproxymodel.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QElapsedTimer>
#include <cstdlib>

namespace sa {

AccessOverviewModel::AccessOverviewModel(UserFilterProxyModel *users, QObject *parent)
    : QAbstractTableModel(parent)
    , m_proxy(users)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &AccessOverviewModel::recompute);
    auto schedule = [this] { m_timer.start(); };
    // A reset may bring another loader, whose catalog has other resources and
    // actions: the grid takes its shape at once, never later than its names.
    connect(users, &QAbstractItemModel::modelReset, this, &AccessOverviewModel::recompute);
    connect(users, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(users, &QAbstractItemModel::rowsRemoved, this, schedule);
    recompute();
}

void AccessOverviewModel::recompute()
{
    QElapsedTimer clock;
    clock.start();
    m_timer.stop();
    AccessCounts counts = AccessCounts::of(m_proxy->userModel()->store(), m_proxy->sourceRows());
    const bool sameShape = counts.resources == m_counts.resources && counts.actions == m_counts.actions;
    if (!sameShape)
        beginResetModel();
    m_counts = std::move(counts);
    m_max
        = m_counts.holders.empty() ? 0 : *std::max_element(m_counts.holders.begin(), m_counts.holders.end());
    m_users = int(m_proxy->sourceRows().size());
    if (!sameShape)
        endResetModel();
    else if (m_counts.resources > 0 && m_counts.actions > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_counts.resources - 1, m_counts.actions - 1));
    if (m_baseline) {
        // The same question of the baseline's users: the same filters.
        std::vector<int> rows;
        UserFilterMatcher matcher(m_proxy->filter(), *m_baseline);
        for (int row = 0; row < m_baseline->size(); ++row) {
            if (matcher.matches(row))
                rows.push_back(row);
        }
        const AccessCounts base = AccessCounts::of(*m_baseline, rows);
        const PermissionCatalog &catalog = m_baseline->registry().catalog();
        m_baselineCounts.clear();
        for (int r = 0; r < base.resources; ++r) {
            for (int a = 0; a < base.actions; ++a) {
                if (base.count(r, a) > 0)
                    m_baselineCounts.insert(
                        catalog.resourceName(r) + QChar(0x1f) + catalog.actionName(a), base.count(r, a));
            }
        }
        m_baselineUsers = int(rows.size());
        if (sameShape && m_counts.resources > 0 && m_counts.actions > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_counts.resources - 1, m_counts.actions - 1));
    }
    m_lastNs = clock.nsecsElapsed();
    Q_EMIT recomputed();
}

void AccessOverviewModel::setBaseline(std::shared_ptr<const UserStore> users, const QString &label)
{
    m_baseline = std::move(users);
    m_baselineLabel = label;
    m_baselineCounts.clear();
    m_baselineUsers = 0;
    recompute();
    if (!m_baseline && m_counts.resources > 0 && m_counts.actions > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_counts.resources - 1, m_counts.actions - 1));
}

int AccessOverviewModel::baselineCount(int resource, int action) const
{
    const PermissionCatalog &catalog = m_proxy->userModel()->registry().catalog();
    return m_baselineCounts.value(catalog.resourceName(resource) + QChar(0x1f) + catalog.actionName(action));
}

int AccessOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_counts.resources;
}

int AccessOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_counts.actions;
}

int AccessOverviewModel::count(int resource, int action) const
{
    return m_counts.count(resource, action);
}

QVariant AccessOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int n = count(index.row(), index.column());
    const PermissionCatalog &catalog = m_proxy->userModel()->registry().catalog();
    const int delta = m_baseline ? n - baselineCount(index.row(), index.column()) : 0;
    switch (role) {
    case Qt::DisplayRole:
        if (delta != 0)
            return QStringLiteral("%1 (%2%3)")
                .arg(n)
                .arg(delta > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"))
                .arg(std::abs(delta));
        return n > 0 ? QVariant(n) : QVariant(QString());
    case CountRole:
        return n;
    case DeltaRole:
        return delta;
    case HeatRole:
        return m_max > 0 ? double(n) / m_max : 0.0;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("%n of %1 users can %2 on %3. Click to list them.", nullptr, n)
                           .arg(m_users)
                           .arg(catalog.actionName(index.column()), catalog.resourceName(index.row()));
        if (m_baseline)
            text += QLatin1Char(' ')
                + tr("In %1: %2 of %3.")
                      .arg(m_baselineLabel)
                      .arg(baselineCount(index.row(), index.column()))
                      .arg(m_baselineUsers);
        return text;
    }
    case ResourceRole:
        return catalog.resourceName(index.row());
    case ActionRole:
        return catalog.actionName(index.column());
    default:
        return QVariant();
    }
}

QVariant AccessOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const PermissionCatalog &catalog = m_proxy->userModel()->registry().catalog();
    const bool resource = orientation == Qt::Vertical;
    if (section < 0 || section >= (resource ? m_counts.resources : m_counts.actions))
        return QVariant();
    const QString name = resource ? catalog.resourceName(section) : catalog.actionName(section);
    if (role == Qt::DisplayRole)
        return resource ? PermissionCatalog::shortResourceName(name) : name;
    if (role == Qt::ToolTipRole)
        return name;
    return QVariant();
}

} // namespace sa
