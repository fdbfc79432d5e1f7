// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace sa {

class ApiClient;
class RoleRegistry;
class UserLoader;
class UserStore;

// The users of one connection as a table: a thin view of a UserLoader's
// store. Views see rows only once they are published: at once for a page a
// view asked for, at most every 100 ms while everything loads (a repaint per
// page would cost more than the page). rowCount() is what is published; the
// loader's store may be ahead. reset() replaces the loader with a new one,
// so nothing of the previous load or account (roles, resources, actions)
// survives it.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(int loadedCount READ loadedCount NOTIFY loadedCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool fetchingAll READ isFetchingAll NOTIFY fetchingAllChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    // DepartureColumn: "+3 −1" when a role named like a standard one grants
    // more (+) or less (−) than the standard role; empty otherwise.
    enum Column {
        EmailColumn,
        StateColumn,
        RolesColumn,
        DepartureColumn,
        AccountsColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: the text to compare, without decoration
        UserIdRole,
        RoleSetRole, // the row's interned role-set index (quint32)
    };

    explicit UserTableModel(ApiClient *client, QObject *parent = nullptr);
    ~UserTableModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // How rows of a column compare (negative, 0, positive), for a sorting
    // proxy: the model that defines a column defines its order. Prepared
    // once per sort (interned values ranked), cheap per comparison.
    using RowComparator = std::function<int(int leftRow, int rightRow)>;
    RowComparator comparator(int column) const;

    UserLoader &loader() const { return *m_loader; }
    void setPageSize(int pageSize); // 1..100, for this and every later loader
    int pageSize() const { return m_pageSize; }
    // Company names for account ids, shown instead of the ids when known.
    void setAccountNames(const QHash<QString, QString> &names);
    QString accountLabel(const QString &id) const { return m_accountNames.value(id, id); }

    qint64 totalCount() const; // -1 until the server says
    int loadedCount() const { return m_visibleRows; }
    bool isLoading() const;
    bool isFetchingAll() const;
    bool hasMore() const;
    // Every user of the account is loaded and shown.
    bool isComplete() const;
    const ApiError &lastError() const;
    QString errorMessage() const;
    int duplicatesSkipped() const;

    // The loader's store: rows below rowCount() are the published ones.
    const UserStore &store() const;
    RoleRegistry &registry();
    const RoleRegistry &registry() const;
    QString rolesText(int row) const;
    QString accountsText(int row) const;

    // Tests: with auto-publish off, appended rows wait for publishRows().
    void setAutoPublish(bool on) { m_autoPublish = on; }

    // Like reset(), with a loader made elsewhere: one filled from a stored
    // snapshot, or one that loaded the account in the background. Its rows
    // show at once. It must live on this thread.
    void adopt(std::unique_ptr<sa::UserLoader> loader);

public Q_SLOTS:
    // Drops every row and anything in flight: a new loader for the same
    // connection (or the client's new settings), nothing loaded yet.
    void reset();
    // After an error: resumes from the last good cursor.
    void retry();
    // Loads every remaining page, one after another, until done, an error or cancel.
    void fetchAll();
    void cancelFetchAll();
    // Shows views every row the loader holds.
    void publishRows();

Q_SIGNALS:
    void totalCountChanged();
    void loadedCountChanged();
    void loadingChanged();
    void fetchingAllChanged();
    void errorChanged();
    // A page failed and will be asked for again in delayMs.
    void retryScheduled(int attempt, int delayMs, const QString &reason);
    void fetchAllFinished(bool complete);
    // The first rows of a loader arrived.
    void firstPageLoaded();
    // A new loader replaced the old one (reset): its registry is new too.
    void loaderChanged();
    // Whether every user is loaded and shown may have changed.
    void completeChanged();

private:
    void attach(std::unique_ptr<UserLoader> loader);
    void schedulePublish();

    QPointer<ApiClient> m_client;
    std::unique_ptr<UserLoader> m_loader;
    QHash<QString, QString> m_accountNames;
    int m_pageSize = 100;
    int m_visibleRows = 0; // rows views know of; the store may be ahead until published
    QTimer m_publishTimer;
    QElapsedTimer m_lastPublish;
    bool m_autoPublish = true;
};

} // namespace sa
