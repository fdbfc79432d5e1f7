#include "usertablemodel.h"

#include "apiclient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUserModel, "sequence.usermodel", QtWarningMsg)

namespace sa {

namespace {
constexpr int kPublishIntervalMs = 100;
}

UserTableModel::UserTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_store(&m_registry)
{
    m_publishTimer.setSingleShot(true);
    connect(&m_publishTimer, &QTimer::timeout, this, &UserTableModel::publishRows);
}

void UserTableModel::publishRows()
{
    m_publishTimer.stop();
    if (m_store.size() <= m_visibleRows)
        return;
    beginInsertRows(QModelIndex(), m_visibleRows, m_store.size() - 1);
    m_visibleRows = m_store.size();
    endInsertRows();
    m_lastPublish.start();
    Q_EMIT loadedCountChanged();
}

void UserTableModel::schedulePublish()
{
    if (!m_fetchingAll) {
        publishRows(); // a view asked for this page: show it now
        return;
    }
    if (m_publishTimer.isActive())
        return;
    const qint64 since = m_lastPublish.isValid() ? m_lastPublish.elapsed() : kPublishIntervalMs;
    if (since >= kPublishIntervalMs)
        publishRows();
    else
        m_publishTimer.start(int(kPublishIntervalMs - since));
}

UserTableModel::~UserTableModel()
{
    if (m_request)
        m_request->abandon();
    dropPrefetch();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visibleRows;
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::rolesText(int row) const
{
    QStringList names;
    for (const RoleDefinition *role : m_store.roleSet(row).roles)
        names << role->name();
    return names.join(QStringLiteral(", "));
}

QString UserTableModel::accountsText(int row) const
{
    QStringList labels;
    for (const QString &id : m_store.accountIds(row))
        labels << accountLabel(id);
    return labels.join(QStringLiteral(", "));
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case EmailColumn:
            return m_store.email(row);
        case StateColumn:
            return m_store.state(row);
        case RolesColumn:
            return rolesText(row);
        case AccountsColumn:
            return accountsText(row);
        case IdColumn:
            return m_store.id(row);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RolesColumn: {
            QStringList lines;
            for (const RoleDefinition *definition : m_store.roleSet(row).roles) {
                const RoleDeparture departure = m_registry.departure(*definition);
                if (!departure.isStandard)
                    lines << tr("%1 (custom role)").arg(definition->name());
                else if (departure.departs())
                    lines << tr("%1 (differs from the standard role: %n extra, %2 missing)", nullptr,
                        int(departure.extra.size()))
                                 .arg(definition->name())
                                 .arg(departure.missing.size());
                else
                    lines << definition->name();
            }
            return lines.isEmpty() ? tr("No roles") : lines.join(QLatin1Char('\n'));
        }
        case AccountsColumn: {
            QStringList lines;
            for (const QString &id : m_store.accountIds(row))
                lines << (m_accountNames.contains(id)
                        ? m_accountNames.value(id) + QStringLiteral(" (") + id + QLatin1Char(')')
                        : id);
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case UserIdRole:
        return m_store.id(row);
    case RoleSetRole:
        return m_store.roleSetIndex(row);
    default:
        break;
    }
    return QVariant();
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case StateColumn:
        return tr("State");
    case RolesColumn:
        return tr("Roles");
    case AccountsColumn:
        return tr("Accounts");
    case IdColumn:
        return tr("ID");
    }
    return QVariant();
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && m_hasMore && !m_loading && !m_error.isError();
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestNextPage();
}

void UserTableModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 100);
}

void UserTableModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    if (m_store.size() > 0)
        Q_EMIT dataChanged(index(0, AccountsColumn), index(m_store.size() - 1, AccountsColumn));
}

void UserTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void UserTableModel::setFetchingAll(bool fetchingAll, bool complete)
{
    if (m_fetchingAll == fetchingAll)
        return;
    m_fetchingAll = fetchingAll;
    if (!fetchingAll)
        publishRows();
    Q_EMIT fetchingAllChanged();
    if (!fetchingAll)
        Q_EMIT fetchAllFinished(complete);
}

UsersPageRequest *UserTableModel::startPageRequest(const QString &cursor)
{
    UsersPageRequest *request = m_client->fetchUsersPage(&m_registry, m_pageSize, cursor);
    const quint64 generation = m_generation;
    connect(request, &ApiRequest::finished, this,
        [this, request, generation] { onPageFinished(request, generation); });
    connect(request, &ApiRequest::retrying, this,
        [this, generation](int attempt, int delayMs, const ApiError &reason) {
            if (generation == m_generation)
                Q_EMIT retryScheduled(attempt, delayMs, reason.toString());
        });
    if (m_fetchingAll) {
        request->setAnnounceNextCursor(true);
        connect(request, &UsersPageRequest::nextCursorKnown, this, [this, generation](const QString &after) {
            if (generation == m_generation)
                prefetch(after);
        });
    }
    return request;
}

void UserTableModel::requestNextPage()
{
    Q_ASSERT(!m_loading);
    setLoading(true);
    m_request = startPageRequest(m_cursor);
}

// While loading everything, the next page is asked for as soon as the
// current body names its cursor, so parsing and inserting this page overlap
// the next transfer. Only one request is on the wire at a time: this one's
// body is already in. If this page then fails or loops, the early request
// is abandoned.
void UserTableModel::prefetch(const QString &after)
{
    if (!m_fetchingAll || m_prefetch || after.isEmpty() || after == m_cursor || m_seenCursors.contains(after))
        return;
    m_prefetchCursor = after;
    m_prefetch = startPageRequest(after);
}

void UserTableModel::dropPrefetch()
{
    if (m_prefetch)
        m_prefetch->abandon();
    m_prefetch = nullptr;
    m_prefetchCursor.clear();
}

void UserTableModel::fail(const ApiError &error)
{
    dropPrefetch();
    publishRows();
    m_error = error;
    setLoading(false);
    Q_EMIT errorChanged();
    setFetchingAll(false, false);
}

void UserTableModel::onPageFinished(UsersPageRequest *request, quint64 generation)
{
    if (generation != m_generation) {
        qCDebug(lcUserModel) << "dropping a reply of generation" << generation;
        return;
    }
    m_request = nullptr;
    if (request->error().isError()) {
        fail(request->error());
        return;
    }
    UsersPage page = request->takePage();
    const bool firstPage = m_visibleRows == 0 && m_cursor.isEmpty();

    if (page.pagination.totalResultSize && *page.pagination.totalResultSize != m_total) {
        m_total = *page.pagination.totalResultSize;
        if (m_total <= 2000000)
            m_store.reserve(m_total);
        Q_EMIT totalCountChanged();
    }

    // Keep only users not already shown: an overlapping page must not
    // duplicate rows. The store checks each id once as it appends; views see
    // the new rows when they are published.
    for (const User &user : page.users) {
        if (!m_store.append(user))
            ++m_duplicates;
    }
    schedulePublish();

    if (page.pagination.after && !page.pagination.after->isEmpty()) {
        const QString &next = *page.pagination.after;
        if (next == m_cursor || m_seenCursors.contains(next)) {
            fail({ApiError::Kind::InvalidData, 0,
                tr("The server's pagination loops: it returned a cursor it had already returned, after %n "
                   "users. "
                   "The users loaded so far are kept.",
                    nullptr, m_store.size()),
                QString()});
            return;
        }
        m_seenCursors.insert(next);
        m_cursor = next;
        m_hasMore = true;
    } else {
        m_hasMore = false;
    }
    if (m_fetchingAll && m_hasMore && m_prefetch && m_prefetchCursor == m_cursor) {
        // The next page is already on its way: it becomes the one in flight.
        m_request = m_prefetch;
        m_prefetch = nullptr;
        m_prefetchCursor.clear();
    } else {
        dropPrefetch();
        setLoading(false);
    }
    if (firstPage)
        Q_EMIT firstPageLoaded();
    if (m_fetchingAll) {
        if (!m_hasMore)
            setFetchingAll(false, true);
        else if (!m_loading)
            requestNextPage();
    }
}

void UserTableModel::reset()
{
    ++m_generation;
    if (m_request)
        m_request->abandon();
    m_request = nullptr;
    dropPrefetch();
    beginResetModel();
    m_publishTimer.stop();
    m_lastPublish.invalidate();
    m_store.clear();
    m_visibleRows = 0;
    m_seenCursors.clear();
    m_cursor.clear();
    m_total = -1;
    m_duplicates = 0;
    m_hasMore = true;
    const bool hadError = m_error.isError();
    m_error = ApiError();
    endResetModel();
    setLoading(false);
    setFetchingAll(false, false);
    Q_EMIT totalCountChanged();
    Q_EMIT loadedCountChanged();
    if (hadError)
        Q_EMIT errorChanged();
}

void UserTableModel::retry()
{
    if (!m_error.isError() || m_loading)
        return;
    m_error = ApiError();
    Q_EMIT errorChanged();
    if (m_hasMore)
        requestNextPage();
}

void UserTableModel::fetchAll()
{
    if (!m_hasMore || m_fetchingAll || !m_client)
        return;
    if (m_error.isError()) {
        m_error = ApiError();
        Q_EMIT errorChanged();
    }
    setFetchingAll(true, false);
    if (!m_loading)
        requestNextPage();
}

void UserTableModel::cancelFetchAll()
{
    if (!m_fetchingAll)
        return;
    // The page in flight is dropped; the cursor has not moved, so nothing is lost.
    ++m_generation;
    if (m_request)
        m_request->abandon();
    m_request = nullptr;
    dropPrefetch();
    setLoading(false);
    setFetchingAll(false, false);
}

} // namespace sa
