// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userloader.h"

#include "apiclient.h"
#include "roleregistry.h"
#include "userstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLoader, "sequence.loader", QtWarningMsg)

namespace sa {

UserLoader::UserLoader(ApiClient *client, int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_registry(std::make_unique<RoleRegistry>())
    , m_store(std::make_unique<UserStore>(m_registry.get()))
{
    setPageSize(pageSize);
    m_loadDeadline.setSingleShot(true);
    connect(&m_loadDeadline, &QTimer::timeout, this, &UserLoader::onLoadDeadline);
}

UserLoader::~UserLoader()
{
    // Silently: whoever listens may be half destroyed already.
    if (m_request)
        m_request->abandon();
    if (m_prefetch)
        m_prefetch->abandon();
}

int UserLoader::loadedCount() const
{
    return m_store->size();
}

bool UserLoader::isLoading() const
{
    return m_request != nullptr;
}

void UserLoader::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 100);
}

bool UserLoader::canFetchMore() const
{
    return m_client && m_hasMore && !m_request && !m_error.isError();
}

void UserLoader::setRequest(UsersPageRequest *request)
{
    const bool was = m_request != nullptr;
    m_request = request;
    if (was != (request != nullptr))
        Q_EMIT loadingChanged();
}

void UserLoader::dropPrefetch()
{
    if (m_prefetch)
        m_prefetch->abandon();
    m_prefetch = nullptr;
    m_prefetchCursor.clear();
}

void UserLoader::dropRequests()
{
    ++m_generation;
    if (m_request)
        m_request->abandon();
    dropPrefetch();
    setRequest(nullptr);
}

void UserLoader::setFetchingAll(bool fetchingAll, bool complete)
{
    if (m_fetchingAll == fetchingAll)
        return;
    m_fetchingAll = fetchingAll;
    if (fetchingAll && m_loadDeadlineMs > 0)
        m_loadDeadline.start(m_loadDeadlineMs);
    else
        m_loadDeadline.stop();
    Q_EMIT fetchingAllChanged();
    if (!fetchingAll)
        Q_EMIT fetchAllFinished(complete);
}

UsersPageRequest *UserLoader::startPageRequest(const QString &cursor)
{
    UsersPageRequest *request = m_client->fetchUsersPage(m_registry.get(), m_pageSize, cursor);
    const quint64 generation = m_generation;
    if (m_recorder)
        request->setKeepBody(true);
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

void UserLoader::requestNextPage()
{
    Q_ASSERT(!m_request);
    setRequest(startPageRequest(m_cursor));
}

// While loading everything, the next page is asked for as soon as the
// current body names its cursor, so parsing and appending this page overlap
// the next transfer. Only one request is on the wire at a time: this one's
// body is already in. If this page then fails or loops, the early request
// is abandoned.
void UserLoader::prefetch(const QString &after)
{
    if (!m_fetchingAll || m_prefetch || after.isEmpty() || after == m_cursor || m_seenCursors.contains(after))
        return;
    m_prefetchCursor = after;
    m_prefetch = startPageRequest(after);
}

void UserLoader::fail(const ApiError &error)
{
    dropPrefetch();
    m_error = error;
    setRequest(nullptr);
    Q_EMIT errorChanged();
    setFetchingAll(false, false);
}

void UserLoader::onPageFinished(UsersPageRequest *request, quint64 generation)
{
    if (generation != m_generation) {
        qCDebug(lcLoader) << "dropping a reply of generation" << generation;
        return;
    }
    if (request != m_request) // a prefetch that finished first cannot happen: one on the wire
        return;
    if (request->error().isError()) {
        fail(request->error());
        return;
    }
    if (m_recorder) {
        const QString problem = m_recorder(
            {m_pages + 1, request->rawBody(), request->url(), request->httpStatus(), request->receivedAt()});
        if (!problem.isEmpty()) {
            fail({ApiError::Kind::Cancelled, 0, problem, QString()});
            return;
        }
    }
    m_request = nullptr; // loadingChanged follows below, once we know whether a next page is on its way
    acceptPage(request->takePage());
    if (m_error.isError())
        return; // acceptPage failed (pagination loop)
    if (m_fetchingAll && m_hasMore && m_prefetch && m_prefetchCursor == m_cursor) {
        // The next page is already on its way: it becomes the one in flight.
        m_request = m_prefetch;
        m_prefetch = nullptr;
        m_prefetchCursor.clear();
    } else {
        dropPrefetch();
        Q_EMIT loadingChanged();
    }
    if (m_fetchingAll) {
        if (!m_hasMore)
            setFetchingAll(false, true);
        else if (!m_request)
            requestNextPage();
    }
}

void UserLoader::onLoadDeadline()
{
    if (!m_fetchingAll)
        return;
    dropRequests();
    fail({ApiError::Kind::Timeout, 0,
        tr("Loading did not finish within %1 s, the deadline set for it. The %n users loaded so far are "
           "kept.",
            nullptr, m_store->size())
            .arg((m_loadDeadlineMs + 999) / 1000),
        QString()});
}

bool UserLoader::checkProgress(int added, bool hasNext)
{
    if (!hasNext)
        return true; // the last page may well bring nothing
    m_pagesWithoutNewUsers = added > 0 ? 0 : m_pagesWithoutNewUsers + 1;
    QString why;
    if (m_pagesWithoutNewUsers >= kMaxPagesWithoutNewUsers) {
        why = tr("%n pages in a row brought no user not already loaded, yet each named a next page.", nullptr,
            m_pagesWithoutNewUsers);
    } else if (m_total >= 0) {
        // Each page must bring at least one user, and an account may grow
        // while it loads, but not like this.
        const qint64 slack = 10 + m_total / 10;
        if (m_pages > m_total + slack)
            why = tr("It has sent %1 pages for an account it says has %2 users.").arg(m_pages).arg(m_total);
        else if (m_store->size() > 2 * m_total + slack)
            why = tr("It has sent %1 users for an account it says has %2.").arg(m_store->size()).arg(m_total);
    }
    if (why.isEmpty())
        return true;
    fail({ApiError::Kind::InvalidData, 0,
        tr("The server's paging is not making progress at page %1: %2 Loading stopped; the %n users "
           "loaded so far are kept.",
            nullptr, m_store->size())
            .arg(m_pages)
            .arg(why),
        QString()});
    return false;
}

void UserLoader::acceptPage(UsersPage page)
{
    ++m_pages;
    if (page.pagination.totalResultSize && *page.pagination.totalResultSize != m_total) {
        m_total = *page.pagination.totalResultSize;
        if (m_total <= 2000000)
            m_store->reserve(m_total);
        Q_EMIT totalCountChanged();
    }

    // Keep only users not already loaded: an overlapping page must not
    // duplicate rows. The store checks each id once as it appends.
    const int first = m_store->size();
    for (const User &user : page.users) {
        if (!m_store->append(user))
            ++m_duplicates;
    }
    if (m_store->size() > first)
        Q_EMIT usersAppended(first, m_store->size() - 1);

    const bool hasNext = page.pagination.after && !page.pagination.after->isEmpty();
    qCInfo(lcLoader) << "page" << m_pages << ":" << page.users.size() << "users," << (m_store->size() - first)
                     << "new;" << m_store->size() << "of" << m_total
                     << (hasNext ? "- more to come" : "- the last");
    if (!checkProgress(m_store->size() - first, hasNext))
        return;
    if (hasNext) {
        const QString &next = *page.pagination.after;
        if (next == m_cursor || m_seenCursors.contains(next)) {
            fail({ApiError::Kind::InvalidData, 0,
                tr("The server's pagination loops: page %1 named a next page it had named before. Loading "
                   "stopped; the %n users loaded so far are kept.",
                    nullptr, m_store->size())
                    .arg(m_pages),
                QString()});
            return;
        }
        m_seenCursors.insert(next);
        m_cursor = next;
        m_hasMore = true;
    } else {
        m_hasMore = false;
    }
    if (!m_firstPageSeen) {
        m_firstPageSeen = true;
        Q_EMIT firstPageLoaded();
    }
    if (!m_hasMore)
        Q_EMIT completed();
}

void UserLoader::fetchNext()
{
    if (!canFetchMore())
        return;
    requestNextPage();
}

void UserLoader::retry()
{
    if (!m_error.isError() || m_request)
        return;
    m_error = ApiError();
    Q_EMIT errorChanged();
    if (m_hasMore && m_client)
        requestNextPage();
}

void UserLoader::fetchAll()
{
    if (!m_hasMore || m_fetchingAll || !m_client)
        return;
    if (m_error.isError()) {
        m_error = ApiError();
        Q_EMIT errorChanged();
    }
    setFetchingAll(true, false);
    if (!m_request)
        requestNextPage(); // else the page in flight goes on to the next when it arrives
}

void UserLoader::cancelFetchAll()
{
    if (!m_fetchingAll)
        return;
    // The page in flight is dropped; the cursor has not moved, so nothing is lost.
    dropRequests();
    setFetchingAll(false, false);
}

} // namespace sa
