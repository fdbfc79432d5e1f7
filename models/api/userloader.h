// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace sa {

class ApiClient;
class RoleDefinition;
class RoleRegistry;
class UserStore;
class UsersPageRequest;
struct User;
struct UsersPage;

// Loads the users of one connection, a page at a time or all of them, into
// a store of its own. One loader per connection and load: a connection
// switch or a refresh makes a new one, so its role registry (roles, role
// sets, resources and actions met in data) starts fresh and nothing of a
// previous account survives. It owns the cursor, the page in flight and,
// while loading everything, the next page asked for early. Page bodies are
// parsed on a thread of the loader's own while the next page transfers; the
// loader's thread only adopts the parsed users' roles and appends them. Rows
// are only ever appended, in server order, each user id once. Windows show
// it through UserTableModel; the CLI uses it directly.
//
// Loading ends with an invalid-data error, keeping the rows loaded, when
// the server's paging stops making progress: a cursor comes back,
// kMaxPagesWithoutNewUsers pages in a row bring no user not seen before,
// or the pages or users run far past the total the server announced.
class UserLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPagesWithoutNewUsers = 3;

    // client may be null: then nothing is fetched, and pages come only
    // through acceptPage() (tests, stored snapshots).
    explicit UserLoader(ApiClient *client, int pageSize = 100, QObject *parent = nullptr);
    ~UserLoader() override;

    const UserStore &store() const { return *m_store; }
    RoleRegistry &registry() { return *m_registry; }
    const RoleRegistry &registry() const { return *m_registry; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize); // 1..100

    qint64 totalCount() const { return m_total; } // totalResultSize; -1 until the server says
    int loadedCount() const;
    bool isLoading() const;
    bool isFetchingAll() const { return m_fetchingAll; }
    bool hasMore() const { return m_hasMore; }
    // Every page has arrived: the store holds the whole account as the
    // server listed it. Answers drawn from an incomplete loader are partial.
    bool isComplete() const { return !m_hasMore; }
    const ApiError &lastError() const { return m_error; }
    int duplicatesSkipped() const { return m_duplicates; }
    int pagesReceived() const { return m_pages; }
    // Bounds fetchAll(): when it has not finished within ms of its start,
    // loading stops with a timeout error and what was loaded stays. 0: no bound.
    void setLoadDeadline(int ms) { m_loadDeadlineMs = std::max(0, ms); }
    bool canFetchMore() const;

    // A page body exactly as the server sent it, before it is parsed.
    struct RawPage
    {
        int number = 0; // 1 for the first page accepted
        QByteArray body;
        QUrl url; // as requested (after same-host redirects)
        int httpStatus = 0;
        QDateTime receivedAt; // UTC
    };
    // Called with every page that arrives, in order, before its users are
    // accepted (a review records them). An error text stops loading with
    // that error; what was accepted before stays.
    using RawPageSink = std::function<QString(const RawPage &page)>;
    void setPageRecorder(RawPageSink recorder) { m_recorder = std::move(recorder); }

    // Takes one page of users as a finished request hands it over: appends
    // the users not seen before, remembers the next cursor, and fails on a
    // cursor seen before. Users' roles must come from registry().
    void acceptPage(UsersPage page);

public Q_SLOTS:
    // Asks for the next page, unless one is in flight, there is none or an error stands.
    void fetchNext();
    // Loads every remaining page, one after another, until done, an error or cancelFetchAll().
    void fetchAll();
    // Stops loading; the page in flight is dropped and what is loaded stays.
    void cancelFetchAll();
    // After an error: resumes from the last good cursor.
    void retry();

Q_SIGNALS:
    // Store rows first..last were appended.
    void usersAppended(int first, int last);
    void totalCountChanged();
    void loadingChanged();
    void fetchingAllChanged();
    void errorChanged();
    // A page failed and will be asked for again in delayMs.
    void retryScheduled(int attempt, int delayMs, const QString &reason);
    void fetchAllFinished(bool complete);
    void firstPageLoaded();
    // The last page arrived.
    void completed();

private:
    struct ParseThread;
    struct ForeignRole;
    struct Parsed;
    UsersPageRequest *startPageRequest(const QString &cursor);
    void requestNextPage();
    void prefetch(const QString &after);
    void dropPrefetch();
    void dropRequests();
    void onPageFinished(UsersPageRequest *request, quint64 generation, const QString &cursor);
    // The body of the page asked for with cursor, to the parse thread.
    void submit(UsersPageRequest *request, const QString &cursor);
    void onParsed(const std::shared_ptr<Parsed> &parsed);
    const RoleDefinition *adopt(const ForeignRole &role);
    // After a page was accepted during fetchAll: the next one's way on.
    void continueFetchAll();
    void setFetchingAll(bool fetchingAll, bool complete);
    void fail(const ApiError &error);
    void setRequest(UsersPageRequest *request);
    // Emits loadingChanged when isLoading() is no longer what it was.
    void loadingMayHaveChanged(bool was);
    // Checks the paging makes progress after page m_pages added `added` users.
    bool checkProgress(int added, bool hasNext);
    void onLoadDeadline();

    QPointer<ApiClient> m_client;
    // Declared before the store, which points into it: destroyed after it.
    std::unique_ptr<RoleRegistry> m_registry;
    std::unique_ptr<UserStore> m_store;
    QPointer<UsersPageRequest> m_request;
    QPointer<UsersPageRequest> m_prefetch; // the next page, asked for early during fetchAll
    QString m_prefetchCursor;
    // A page asked for early that failed: the error stands when its turn comes.
    QString m_failedCursor;
    ApiError m_failedError;
    // Bodies are parsed on a thread of the loader's own, into a registry of
    // that thread's; the users' roles are then adopted into m_registry.
    std::unique_ptr<ParseThread> m_parser;
    QStringList m_parsing; // the cursors of the pages being parsed, in order
    QHash<const RoleDefinition *, const RoleDefinition *> m_adopted; // parse thread's -> m_registry's
    QHash<const RoleDefinition *, ForeignRole> m_foreign; // described, not adopted yet
    QSet<QString> m_seenCursors;
    QString m_cursor; // empty: the first page
    quint64 m_generation = 0; // replies of an earlier generation are dropped
    qint64 m_total = -1;
    int m_pageSize = 100;
    int m_duplicates = 0;
    int m_pages = 0; // pages accepted
    int m_pagesWithoutNewUsers = 0; // in a row, each naming a next page
    int m_loadDeadlineMs = 0;
    QTimer m_loadDeadline;
    RawPageSink m_recorder;
    bool m_hasMore = true;
    bool m_fetchingAll = false;
    bool m_firstPageSeen = false;
    ApiError m_error;
};

} // namespace sa
