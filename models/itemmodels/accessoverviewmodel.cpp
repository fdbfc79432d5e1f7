// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessoverviewmodel.h"

#include "permissionmatrixmodel.h"
#include "roleregistry.h"
#include "userfilterproxymodel.h"
#include "userstore.h"
#include "usertablemodel.h"

#include <QElapsedTimer>

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
    m_lastNs = clock.nsecsElapsed();
    Q_EMIT recomputed();
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
    switch (role) {
    case Qt::DisplayRole:
        return n > 0 ? QVariant(n) : QVariant(QString());
    case CountRole:
        return n;
    case HeatRole:
        return m_max > 0 ? double(n) / m_max : 0.0;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%n of %1 users can %2 on %3. Click to list them.", nullptr, n)
            .arg(m_users)
            .arg(catalog.actionName(index.column()), catalog.resourceName(index.row()));
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
