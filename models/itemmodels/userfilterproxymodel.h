// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "userfilter.h"

#include <QAbstractProxyModel>
#include <functional>
#include <vector>

namespace sa {

class UserTableModel;

// Filters and sorts the rows of a UserTableModel. Flat and purpose-built
// rather than a QSortFilterProxyModel: it reads the compact store directly
// and sorts with the source's own comparators (UserTableModel::comparator),
// so a new search over a million users takes tens of milliseconds and a sort
// well under a second. It only ever holds rows the source has published
// (below its rowCount()), each once; rows the source appends are filtered
// as they arrive. fetchMore passes through only while nothing is filtered.
// tst_userproxy checks it step by step against a brute-force reference.
class UserFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(int matchCount READ rowCount NOTIFY matchCountChanged)
public:
    explicit UserFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    UserTableModel *userModel() const { return m_users; }

    void setFilter(const UserFilter &filter);
    const UserFilter &filter() const { return m_filter; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Source rows shown, in display order.
    const std::vector<int> &sourceRows() const { return m_rows; }
    int sourceRowOf(int proxyRow) const { return m_rows[size_t(proxyRow)]; }

Q_SIGNALS:
    void matchCountChanged();

private:
    void rebuild();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceReset();
    void onSourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    bool lessThan(int left, int right) const;
    void prepareSortKeys();
    void sortRows(std::vector<int> &rows) const;
    void resort();
    void invalidateInverse() { m_inverseValid = false; }
    int proxyRowOf(int sourceRow) const;

    UserTableModel *m_users = nullptr;
    UserFilter m_filter;
    std::vector<int> m_rows;
    mutable std::vector<int> m_inverse; // source row -> proxy row, -1 when hidden
    mutable bool m_inverseValid = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // The source's order of the sort column, prepared for this sort.
    std::function<int(int, int)> m_compare;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sa
