#include "accessoverviewmodel.h"

#include "permissionmatrixmodel.h"
#include "userfilterproxymodel.h"
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
    connect(users, &QAbstractItemModel::modelReset, this, schedule);
    connect(users, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(users, &QAbstractItemModel::rowsRemoved, this, schedule);
    recompute();
}

void AccessOverviewModel::recompute()
{
    QElapsedTimer clock;
    clock.start();
    m_timer.stop();
    const UserTableModel *source = m_proxy->userModel();
    const RoleRegistry &registry = source->registry();
    const UserStore &store = source->store();
    const int rows = registry.catalog().resourceCount();
    const int columns = registry.catalog().actionCount();

    std::vector<int> perSet(size_t(registry.roleSetCount()), 0);
    for (int row : m_proxy->sourceRows())
        ++perSet[store.roleSetIndex(row)];
    std::vector<int> counts(size_t(rows) * size_t(columns), 0);
    for (size_t set = 0; set < perSet.size(); ++set) {
        if (!perSet[set])
            continue;
        for (GrantKey key : registry.roleSet(quint32(set)).grants)
            counts[size_t(grantResource(key)) * size_t(columns) + size_t(grantAction(key))] += perSet[set];
    }

    const bool sameShape = rows == m_rows && columns == m_columns;
    if (!sameShape)
        beginResetModel();
    m_rows = rows;
    m_columns = columns;
    m_counts = std::move(counts);
    m_max = m_counts.empty() ? 0 : *std::max_element(m_counts.begin(), m_counts.end());
    m_users = int(m_proxy->sourceRows().size());
    if (!sameShape)
        endResetModel();
    else if (m_rows > 0 && m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
    m_lastNs = clock.nsecsElapsed();
    Q_EMIT recomputed();
}

int AccessOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AccessOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

int AccessOverviewModel::count(int resource, int action) const
{
    return m_counts[size_t(resource) * size_t(m_columns) + size_t(action)];
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
    if (section < 0 || section >= (resource ? m_rows : m_columns))
        return QVariant();
    const QString name = resource ? catalog.resourceName(section) : catalog.actionName(section);
    if (role == Qt::DisplayRole)
        return resource ? PermissionMatrixModel::shortResourceName(name) : name;
    if (role == Qt::ToolTipRole)
        return name;
    return QVariant();
}

} // namespace sa
