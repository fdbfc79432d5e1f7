#pragma once

#include "apierror.h"
#include "roleregistry.h"
#include "userstore.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace sa {

class ApiClient;
class UsersPageRequest;

// The users of one Sequence account, fetched a page at a time as a view asks
// for more (canFetchMore/fetchMore), one page in flight at a time. Rows are
// only ever appended, in server order, each user once. Replies that belong
// to an earlier generation (before reset() or a new connection) are dropped.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(int loadedCount READ loadedCount NOTIFY loadedCountChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool fetchingAll READ isFetchingAll NOTIFY fetchingAllChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    enum Column { EmailColumn, StateColumn, RolesColumn, AccountsColumn, IdColumn, ColumnCount };
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

    void setPageSize(int pageSize); // 1..100
    int pageSize() const { return m_pageSize; }
    // Company names for account ids, shown instead of the ids when known.
    void setAccountNames(const QHash<QString, QString> &names);
    QString accountLabel(const QString &id) const { return m_accountNames.value(id, id); }

    qint64 totalCount() const { return m_total; } // -1 until the server says
    int loadedCount() const { return m_visibleRows; }
    bool isLoading() const { return m_loading; }
    bool isFetchingAll() const { return m_fetchingAll; }
    bool hasMore() const { return m_hasMore; }
    const ApiError &lastError() const { return m_error; }
    QString errorMessage() const { return m_error.isError() ? m_error.toString() : QString(); }
    int duplicatesSkipped() const { return m_duplicates; }

    const UserStore &store() const { return m_store; }
    RoleRegistry &registry() { return m_registry; }
    const RoleRegistry &registry() const { return m_registry; }
    QString rolesText(int row) const;
    QString accountsText(int row) const;

public Q_SLOTS:
    // Drops every row and anything in flight, and starts again from the first page.
    void reset();
    // After an error: resumes from the last good cursor.
    void retry();
    // Loads every remaining page, one after another, until done, an error or cancel.
    void fetchAll();
    void cancelFetchAll();

Q_SIGNALS:
    void totalCountChanged();
    void loadedCountChanged();
    void loadingChanged();
    void fetchingAllChanged();
    void errorChanged();
    // A page failed and will be asked for again in delayMs.
    void retryScheduled(int attempt, int delayMs, const QString &reason);
    void fetchAllFinished(bool complete);
    // The first rows of a generation arrived.
    void firstPageLoaded();

private:
    UsersPageRequest *startPageRequest(const QString &cursor);
    void requestNextPage();
    void prefetch(const QString &after);
    void dropPrefetch();
    void onPageFinished(UsersPageRequest *request, quint64 generation);
    void setLoading(bool loading);
    void setFetchingAll(bool fetchingAll, bool complete);
    void publishRows();
    void schedulePublish();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    RoleRegistry m_registry;
    UserStore m_store;
    QPointer<UsersPageRequest> m_request;
    QPointer<UsersPageRequest> m_prefetch; // the next page, asked for early during fetchAll
    QString m_prefetchCursor;
    QHash<QString, QString> m_accountNames;
    QSet<QString> m_seenCursors;
    QString m_cursor; // empty: the first page
    quint64 m_generation = 0;
    qint64 m_total = -1;
    int m_pageSize = 100;
    int m_duplicates = 0;
    int m_visibleRows = 0; // rows views know of; the store may be ahead until published
    // While loading everything, new rows reach views at most every 100 ms:
    // a repaint per page would cost more than the page itself.
    QTimer m_publishTimer;
    QElapsedTimer m_lastPublish;
    bool m_hasMore = true;
    bool m_loading = false;
    bool m_fetchingAll = false;
    ApiError m_error;
};

} // namespace sa
