// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userloader.h"

#include "apiclient.h"
#include "roleregistry.h"
#include "safetext.h"
#include "usersparser.h"
#include "userstore.h"

#include <QLoggingCategory>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcLoader, "sequence.loader", QtWarningMsg)

namespace sa {

// The parse thread: one per loader, pages in the order they came; its
// registry is touched by that thread alone.
struct UserLoader::ParseThread
{
    QThreadPool pool;
    RoleRegistry registry;
    QSet<const RoleDefinition *> described; // roles already sent back in words
    ParseThread() { pool.setMaxThreadCount(1); }
    ~ParseThread() { pool.waitForDone(); }
};

// A role of the parse thread's registry in words, which the loader's
// thread can read without touching that registry.
struct UserLoader::ForeignRole
{
    QString name;
    std::vector<std::pair<QString, QStringList>> permissions; // resource, actions
};

// One page parsed, on its way back to the loader's thread.
struct UserLoader::Parsed
{
    quint64 generation = 0;
    QString cursor; // the page asked for after this cursor
    QByteArray body;
    QUrl url;
    int httpStatus = 0;
    QDateTime receivedAt;
    UsersPage page; // roles point into the parse thread's registry
    // The roles this page is the first to use, in words.
    std::vector<std::pair<const RoleDefinition *, ForeignRole>> newRoles;
    QString error; // set: the body could not be read
};

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
    // Results still queued for this loader are dropped with it.
    m_parser.reset();
}

int UserLoader::loadedCount() const
{
    return m_store->size();
}

bool UserLoader::isLoading() const
{
    return m_request != nullptr || !m_parsing.isEmpty() || (m_fetchingAll && m_prefetch);
}

void UserLoader::loadingMayHaveChanged(bool was)
{
    if (was != isLoading())
        Q_EMIT loadingChanged();
}

void UserLoader::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 100);
}

bool UserLoader::canFetchMore() const
{
    return m_client && m_hasMore && !isLoading() && !m_error.isError();
}

void UserLoader::setRequest(UsersPageRequest *request)
{
    const bool was = isLoading();
    m_request = request;
    loadingMayHaveChanged(was);
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
    const bool was = isLoading();
    ++m_generation;
    if (m_request)
        m_request->abandon();
    m_request = nullptr;
    dropPrefetch();
    m_parsing.clear(); // their results come back with an old generation
    m_failedCursor.clear();
    loadingMayHaveChanged(was);
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
    // No registry: the body comes back unparsed, for the parse thread.
    UsersPageRequest *request = m_client->fetchUsersPage(nullptr, m_pageSize, cursor);
    const quint64 generation = m_generation;
    connect(request, &ApiRequest::finished, this,
        [this, request, generation, cursor] { onPageFinished(request, generation, cursor); });
    connect(request, &ApiRequest::retrying, this,
        [this, generation](int attempt, int delayMs, const ApiError &reason) {
            if (generation == m_generation)
                Q_EMIT retryScheduled(attempt, delayMs, reason.toString());
        });
    return request;
}

void UserLoader::requestNextPage()
{
    Q_ASSERT(!m_request);
    setRequest(startPageRequest(m_cursor));
}

// While loading everything, the next page is asked for as soon as a body
// arrives: its cursor is read from the body's end (guessNextCursor), or by
// the parse thread when that does not find it. Parsing and appending this
// page overlap the next transfer; a few pages may wait to be parsed.
// If this page then fails, loops or names another cursor, what was asked
// for early is dropped.
void UserLoader::prefetch(const QString &after)
{
    constexpr int kMaxPagesAhead = 4;
    if (!m_fetchingAll || m_prefetch || after.isEmpty() || after == m_cursor || m_seenCursors.contains(after)
        || m_parsing.contains(after) || m_parsing.size() >= kMaxPagesAhead)
        return;
    const bool was = isLoading();
    m_prefetchCursor = after;
    m_prefetch = startPageRequest(after);
    loadingMayHaveChanged(was);
}

void UserLoader::fail(const ApiError &error)
{
    const bool was = isLoading();
    ++m_generation; // pages still being parsed are dropped
    m_parsing.clear();
    m_failedCursor.clear();
    dropPrefetch();
    m_error = error;
    if (m_request)
        m_request->abandon();
    m_request = nullptr;
    loadingMayHaveChanged(was);
    Q_EMIT errorChanged();
    setFetchingAll(false, false);
}

void UserLoader::onPageFinished(UsersPageRequest *request, quint64 generation, const QString &cursor)
{
    if (generation != m_generation) {
        qCDebug(lcLoader) << "dropping a reply of generation" << generation;
        return;
    }
    if (request == m_prefetch) {
        // Asked for early: parsed after the pages before it, or dropped
        // when it failed (the page is then asked for again in its turn).
        const bool was = isLoading();
        m_prefetch = nullptr;
        m_prefetchCursor.clear();
        if (request->error().isError()) {
            // Said when its turn comes: the page before may still loop or fail.
            m_failedCursor = cursor;
            m_failedError = request->error();
        } else {
            submit(request, cursor);
        }
        loadingMayHaveChanged(was);
        return;
    }
    if (request != m_request)
        return;
    if (request->error().isError()) {
        fail(request->error());
        return;
    }
    const bool was = isLoading();
    m_request = nullptr;
    submit(request, cursor);
    loadingMayHaveChanged(was);
}

void UserLoader::submit(UsersPageRequest *request, const QString &cursor)
{
    if (!m_parser)
        m_parser = std::make_unique<ParseThread>();
    auto parsed = std::make_shared<Parsed>();
    parsed->generation = m_generation;
    parsed->cursor = cursor;
    parsed->body = request->rawBody();
    parsed->url = request->url();
    parsed->httpStatus = request->httpStatus();
    parsed->receivedAt = request->receivedAt();
    m_parsing << cursor;
    ParseLimits limits;
    if (m_client)
        limits.maxBodyBytes = m_client->settings().maxBodyBytes;
    // The next page is asked for at once when the body's end names its cursor
    // (as the API's does), else as soon as the parse thread has read it.
    bool announce = false;
    if (m_fetchingAll) {
        if (const std::optional<QString> after = guessNextCursor(parsed->body))
            prefetch(*after);
        else
            announce = true;
    }
    RoleRegistry *registry = &m_parser->registry;
    QSet<const RoleDefinition *> *described = &m_parser->described;
    m_parser->pool.start([this, parsed, limits, announce, registry, described] {
        if (announce) {
            // The next page's cursor first: its transfer starts while this one parses.
            Pagination early;
            if (peekUsersPagePagination(parsed->body, &early) && early.after) {
                const QString after = *early.after;
                const quint64 generation = parsed->generation;
                QMetaObject::invokeMethod(
                    this,
                    [this, after, generation] {
                        if (generation == m_generation)
                            prefetch(after);
                    },
                    Qt::QueuedConnection);
            }
        }
        ParseError error;
        if (!parseUsersPage(parsed->body, *registry, &parsed->page, &error, limits))
            parsed->error
                = tr("The server sent a page of users this app cannot read: %1").arg(error.toString());
        const PermissionCatalog &catalog = registry->catalog();
        for (const User &user : parsed->page.users) {
            for (const RoleDefinition *role : user.roles) {
                if (described->contains(role))
                    continue;
                described->insert(role);
                ForeignRole words;
                words.name = role->name();
                for (const Permission &permission : role->permissions()) {
                    QStringList actions;
                    for (int action : permission.actions)
                        actions << catalog.actionName(action);
                    words.permissions.emplace_back(catalog.resourceName(permission.resource), actions);
                }
                parsed->newRoles.emplace_back(role, std::move(words));
            }
        }
        QMetaObject::invokeMethod(
            this, [this, parsed] { onParsed(parsed); }, Qt::QueuedConnection);
    });
}

void UserLoader::onParsed(const std::shared_ptr<Parsed> &parsed)
{
    // A role is described once, with the first page to use it, even when
    // that page is then dropped: later pages may use it too.
    for (auto &[role, words] : parsed->newRoles)
        m_foreign.insert(role, std::move(words));
    if (parsed->generation != m_generation || m_parsing.isEmpty() || m_parsing.constFirst() != parsed->cursor)
        return; // dropped meanwhile
    const bool was = isLoading();
    m_parsing.removeFirst();
    if (parsed->cursor != m_cursor) {
        // Asked for early after a cursor this page then did not name.
        loadingMayHaveChanged(was);
        if (m_fetchingAll)
            continueFetchAll();
        return;
    }
    if (!parsed->error.isEmpty()) {
        // It quotes the server: no control characters, none of the credentials.
        const QStringList secrets = m_client ? m_client->credentialForms() : QStringList();
        fail({ApiError::Kind::InvalidData, parsed->httpStatus,
            redactCredentials(displaySafe(parsed->error), secrets), QString()});
        return;
    }
    if (m_recorder) {
        const QString problem
            = m_recorder({m_pages + 1, parsed->body, parsed->url, parsed->httpStatus, parsed->receivedAt});
        if (!problem.isEmpty()) {
            fail({ApiError::Kind::Cancelled, 0, problem, QString()});
            return;
        }
    }
    // The roles, as this loader's registry holds them.
    for (User &user : parsed->page.users) {
        for (const RoleDefinition *&role : user.roles) {
            auto it = m_adopted.constFind(role);
            if (it == m_adopted.constEnd())
                it = m_adopted.insert(role, adopt(m_foreign.take(role)));
            role = *it;
        }
    }
    acceptPage(std::move(parsed->page));
    if (m_error.isError())
        return; // acceptPage failed (pagination loop)
    if (m_fetchingAll) {
        if (!m_hasMore) {
            dropPrefetch();
            ++m_generation; // nothing asked for early is wanted now
            m_parsing.clear();
            loadingMayHaveChanged(was);
            setFetchingAll(false, true);
            return;
        }
        continueFetchAll();
    }
    loadingMayHaveChanged(was);
}

const RoleDefinition *UserLoader::adopt(const ForeignRole &role)
{
    PermissionCatalog &catalog = m_registry->catalog();
    std::vector<Permission> permissions;
    permissions.reserve(role.permissions.size());
    for (const auto &[resource, actions] : role.permissions) {
        Permission permission;
        permission.resource = catalog.internResource(resource);
        for (const QString &action : actions)
            permission.actions.push_back(catalog.internAction(action));
        permissions.push_back(std::move(permission));
    }
    return m_registry->intern(RoleDefinition(role.name, std::move(permissions)));
}

void UserLoader::continueFetchAll()
{
    if (!m_hasMore || m_request || m_error.isError())
        return;
    if (!m_parsing.isEmpty() && m_parsing.constFirst() == m_cursor)
        return; // the next page is being parsed already
    if (!m_parsing.isEmpty()) {
        // Pages asked for after other cursors: none of them is wanted.
        ++m_generation;
        m_parsing.clear();
        dropPrefetch();
    }
    if (!m_failedCursor.isEmpty() && m_failedCursor == m_cursor) {
        // The next page was asked for early and failed after its retries.
        const ApiError error = m_failedError;
        m_failedCursor.clear();
        fail(error);
        return;
    }
    if (m_prefetch && m_prefetchCursor == m_cursor) {
        // The next page is already on its way: it becomes the one in flight.
        m_request = m_prefetch;
        m_prefetch = nullptr;
        m_prefetchCursor.clear();
        return;
    }
    dropPrefetch();
    requestNextPage();
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
    if (!m_error.isError() || isLoading())
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
    if (!m_request && m_parsing.isEmpty())
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
