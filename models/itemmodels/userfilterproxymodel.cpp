// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userfilterproxymodel.h"

#include "usertablemodel.h"

#include <QLoggingCategory>
#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcProxy, "sequence.userproxy", QtWarningMsg)

namespace sa {

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    auto *users = qobject_cast<UserTableModel *>(model);
    Q_ASSERT_X(users || !model, "UserFilterProxyModel", "the source must be a UserTableModel");
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(users);
    m_users = users;
    if (m_users) {
        m_connections << connect(
            m_users, &QAbstractItemModel::rowsInserted, this, &UserFilterProxyModel::onRowsInserted)
                      << connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this,
                             [this] { beginResetModel(); })
                      << connect(m_users, &QAbstractItemModel::modelReset, this,
                             &UserFilterProxyModel::onSourceReset)
                      << connect(m_users, &QAbstractItemModel::dataChanged, this,
                             &UserFilterProxyModel::onSourceDataChanged);
    }
    rebuild();
    endResetModel();
    Q_EMIT matchCountChanged();
}

void UserFilterProxyModel::setFilter(const UserFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    beginResetModel();
    rebuild();
    endResetModel();
    Q_EMIT matchCountChanged();
}

void UserFilterProxyModel::rebuild()
{
    m_rows.clear();
    invalidateInverse();
    if (!m_users)
        return;
    // Only rows the source has published: the store may hold more, which
    // arrive here through rowsInserted when they are published.
    const UserStore &store = m_users->store();
    const int count = m_users->rowCount();
    if (m_filter.isEmpty()) {
        m_rows.resize(size_t(count));
        std::iota(m_rows.begin(), m_rows.end(), 0);
    } else {
        UserFilterMatcher matcher(m_filter, store);
        for (int row = 0; row < count; ++row) {
            if (matcher.matches(row))
                m_rows.push_back(row);
        }
    }
    if (m_sortColumn >= 0) {
        prepareSortKeys();
        sortRows(m_rows);
    }
}

void UserFilterProxyModel::prepareSortKeys()
{
    m_compare = m_users && m_sortColumn >= 0 ? m_users->comparator(m_sortColumn) : nullptr;
}

bool UserFilterProxyModel::lessThan(int left, int right) const
{
    int c = m_compare ? m_compare(left, right) : 0;
    if (m_sortOrder == Qt::DescendingOrder)
        c = -c;
    return c != 0 ? c < 0 : left < right; // ties keep server order
}

void UserFilterProxyModel::sortRows(std::vector<int> &rows) const
{
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return lessThan(a, b); });
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    const int wanted = column < 0 || column >= UserTableModel::ColumnCount ? -1 : column;
    if (wanted == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = wanted;
    m_sortOrder = order;
    resort();
}

// Puts the rows in the current sort order as one layout change, moving
// persistent indexes (selections, the current row) with their rows.
void UserFilterProxyModel::resort()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_rows[size_t(index.row())]);

    if (m_sortColumn < 0) {
        std::sort(m_rows.begin(), m_rows.end());
    } else {
        prepareSortKeys();
        sortRows(m_rows);
    }
    invalidateInverse();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(proxyRowOf(sourceRows[size_t(i)]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> fresh;
    if (m_filter.isEmpty()) {
        fresh.resize(size_t(last - first + 1));
        std::iota(fresh.begin(), fresh.end(), first);
    } else {
        UserFilterMatcher matcher(m_filter, m_users->store());
        for (int row = first; row <= last; ++row) {
            if (matcher.matches(row))
                fresh.push_back(row);
        }
    }
    if (fresh.empty())
        return;
    if (m_sortColumn < 0) {
        // Unsorted: new source rows come last in the source, so last here too.
        const int at = int(m_rows.size());
        beginInsertRows(QModelIndex(), at, at + int(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        invalidateInverse();
        endInsertRows();
    } else {
        // Sorted: insert runs of rows that land next to each other in one go.
        prepareSortKeys(); // new states, role sets or account lists may have come
        sortRows(fresh);
        size_t i = 0;
        while (i < fresh.size()) {
            const auto position = std::lower_bound(
                m_rows.begin(), m_rows.end(), fresh[i], [this](int a, int b) { return lessThan(a, b); });
            const int at = int(position - m_rows.begin());
            size_t j = i + 1;
            while (j < fresh.size() && (position == m_rows.end() || lessThan(fresh[j], *position)))
                ++j;
            beginInsertRows(QModelIndex(), at, at + int(j - i) - 1);
            m_rows.insert(m_rows.begin() + at, fresh.begin() + qsizetype(i), fresh.begin() + qsizetype(j));
            invalidateInverse();
            endInsertRows();
            i = j;
        }
    }
    Q_EMIT matchCountChanged();
}

void UserFilterProxyModel::onSourceReset()
{
    // beginResetModel() was called on modelAboutToBeReset.
    rebuild();
    endResetModel();
    Q_EMIT matchCountChanged();
}

void UserFilterProxyModel::onSourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // Only display text changes (account names); which rows match does not.
    if (m_rows.empty() || !topLeft.isValid())
        return;
    if (m_sortColumn == UserTableModel::AccountsColumn)
        resort(); // the labels it sorts by changed
    Q_EMIT dataChanged(
        index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()), roles);
}

int UserFilterProxyModel::proxyRowOf(int sourceRow) const
{
    if (m_sortColumn < 0) {
        // Unsorted rows ascend: binary search, no inverse table needed.
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow);
        return it != m_rows.end() && *it == sourceRow ? int(it - m_rows.begin()) : -1;
    }
    if (!m_inverseValid) {
        m_inverse.assign(size_t(m_users ? m_users->rowCount() : 0), -1);
        for (size_t i = 0; i < m_rows.size(); ++i) {
            Q_ASSERT(size_t(m_rows[i]) < m_inverse.size()); // only published rows are here
            m_inverse[size_t(m_rows[i])] = int(i);
        }
        m_inverseValid = true;
    }
    return sourceRow >= 0 && size_t(sourceRow) < m_inverse.size() ? m_inverse[size_t(sourceRow)] : -1;
}

QModelIndex UserFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex UserFilterProxyModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int UserFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

// Scrolling to the end of the unfiltered list loads the next page, as a
// lazily loaded table should. A filtered list never does: what a search or a
// filter answers must not depend on how far a view happened to scroll, and
// typing must not change which pages are loaded.
bool UserFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    return m_users && !parent.isValid() && m_filter.isEmpty() && m_users->canFetchMore(QModelIndex());
}

void UserFilterProxyModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_users->fetchMore(QModelIndex());
}

bool UserFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex UserFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.model() != this)
        return QModelIndex();
    return m_users->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex UserFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_users || !sourceIndex.isValid() || sourceIndex.model() != m_users)
        return QModelIndex();
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace sa
