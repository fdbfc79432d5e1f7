// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review.h"

#include "boundedread.h"
#include "reviewfiles_p.h"
#include "roleregistry.h"
#include "safetext.h"
#include "sha256.h"
#include "userjson.h"
#include "usersparser.h"
#include "userstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSemaphore>
#include <QThreadPool>
#include <QUrlQuery>

namespace sa {

// ------------------------------------------------------------ small helpers

QString sha256Hex(QByteArrayView bytes)
{
    return Sha256::hex(bytes);
}

QString sha256OfFile(const QString &path)
{
    return Sha256::hexOfFile(path);
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool readJsonFile(const QString &path, qint64 maxBytes, QJsonObject *out, QString *error)
{
    QByteArray bytes;
    if (!readBoundedFile(path, maxBytes, &bytes, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QObject::tr("%1 is not valid JSON: %2")
                     .arg(path,
                         parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : QObject::tr("not an object"));
        return false;
    }
    *out = document.object();
    return true;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// ------------------------------------------------------------ reviewer

bool Reviewer::parse(const QString &text, Reviewer *out, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([^<>]*[^<>\s])\s*<([^<>\s@]+@[^<>\s@]+)>\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || needsDisplaySafe(text)) {
        *error = QObject::tr("a reviewer is given as \"Name <email>\", e.g. \"Ana Lima <ana@example.com>\"; "
                             "not \"%1\"")
                     .arg(displaySafe(text));
        return false;
    }
    out->name = match.captured(1);
    out->email = match.captured(2);
    return true;
}

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Keep:
        return QStringLiteral("keep");
    case Decision::Revoke:
        return QStringLiteral("revoke");
    case Decision::Flag:
        return QStringLiteral("flag");
    case Decision::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

bool parseDecision(const QString &text, Decision *out)
{
    for (Decision d : {Decision::Keep, Decision::Revoke, Decision::Flag, Decision::Undecided}) {
        if (text.compare(decisionName(d), Qt::CaseInsensitive) == 0) {
            *out = d;
            return true;
        }
    }
    return false;
}

// ------------------------------------------------------------ page recorder

struct PageRecorder::Writer
{
    QString root;
    QString folder;
    QThreadPool pool; // one thread: pages are written in order
    QSemaphore room {64};
    QMutex mutex; // guards entries and error
    std::vector<QJsonObject> entries;
    QString error;

    void write(const UserLoader::RawPage &page)
    {
        const QString name
            = QStringLiteral("%1/%2.json").arg(folder).arg(page.number, 4, 10, QLatin1Char('0'));
        QFile file(QDir(root).filePath(name));
        QString failure;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(page.body) != page.body.size() || !file.flush()) {
            failure = QObject::tr("Could not record page %1 of the review in %2: %3")
                          .arg(page.number)
                          .arg(file.fileName(), file.errorString());
        }
        QJsonObject entry;
        entry.insert(QStringLiteral("page"), page.number);
        entry.insert(QStringLiteral("file"), name);
        entry.insert(QStringLiteral("method"), QStringLiteral("GET"));
        entry.insert(QStringLiteral("path"), page.url.path());
        entry.insert(QStringLiteral("query"), page.url.query(QUrl::FullyEncoded));
        entry.insert(QStringLiteral("sequenceVersion"), QLatin1String(ApiClient::kApiVersion));
        entry.insert(QStringLiteral("status"), page.httpStatus);
        entry.insert(QStringLiteral("receivedAt"), isoTime(page.receivedAt));
        entry.insert(QStringLiteral("bytes"), qint64(page.body.size()));
        entry.insert(QStringLiteral("sha256"), sha256Hex(page.body));
        QMutexLocker lock(&mutex);
        if (error.isEmpty())
            error = failure;
        entries.push_back(entry);
    }
};

PageRecorder::PageRecorder(const QString &root, const QString &folder)
    : m_writer(std::make_unique<Writer>())
{
    m_writer->root = root;
    m_writer->folder = folder;
    m_writer->pool.setMaxThreadCount(1);
}

PageRecorder::~PageRecorder()
{
    m_writer->pool.waitForDone();
}

bool PageRecorder::open(QString *error)
{
    QDir dir(m_writer->root);
    const QString &folder = m_writer->folder;
    if (dir.exists(folder) && !QDir(dir.filePath(folder)).isEmpty()) {
        *error = QObject::tr("%1 already holds pages; a review records into an empty folder")
                     .arg(dir.filePath(folder));
        return false;
    }
    if (!dir.mkpath(folder)) {
        *error = QObject::tr("cannot create the folder %1").arg(dir.filePath(folder));
        return false;
    }
    return true;
}

QString PageRecorder::record(const UserLoader::RawPage &page)
{
    {
        QMutexLocker lock(&m_writer->mutex);
        if (!m_writer->error.isEmpty())
            return m_writer->error;
    }
    m_writer->room.acquire();
    Writer *writer = m_writer.get();
    m_writer->pool.start([writer, page] {
        writer->write(page);
        writer->room.release();
    });
    return QString();
}

qint64 PageRecorder::pages() const
{
    QMutexLocker lock(&m_writer->mutex);
    return qint64(m_writer->entries.size());
}

bool PageRecorder::finish(QString *error)
{
    m_writer->pool.waitForDone();
    QJsonArray requests;
    {
        QMutexLocker lock(&m_writer->mutex);
        if (!m_writer->error.isEmpty()) {
            *error = m_writer->error;
            return false;
        }
        for (const QJsonObject &entry : m_writer->entries)
            requests.append(entry);
    }
    QJsonObject root;
    root.insert(QStringLiteral("endpoint"), QStringLiteral("GET /users"));
    root.insert(QStringLiteral("requests"), requests);
    return writeFileAtomically(
        QDir(m_writer->root).filePath(m_writer->folder + QStringLiteral("/requests.json")),
        QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool readRecordedPages(
    const QString &root, const QString &folder, UserStore &users, RecordedPages *info, QString *error)
{
    const QDir dir(root);
    const QString requestsName = folder + QStringLiteral("/requests.json");
    QJsonObject requests;
    if (!readJsonFile(dir.filePath(requestsName), 64 << 20, &requests, error))
        return false;
    const QJsonArray entries = requests.value(QStringLiteral("requests")).toArray();
    if (entries.isEmpty()) {
        *error = QObject::tr("%1 lists no page").arg(requestsName);
        return false;
    }
    QString expectedCursor; // the "after" the next request must carry
    *info = RecordedPages();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString name = entry.value(QStringLiteral("file")).toString();
        const QString expectedName
            = QStringLiteral("%1/%2.json").arg(folder).arg(int(i + 1), 4, 10, QLatin1Char('0'));
        if (name != expectedName) {
            *error = QObject::tr("%1: request %2 names the file \"%3\", not %4")
                         .arg(requestsName)
                         .arg(i + 1)
                         .arg(displaySafe(name), expectedName);
            return false;
        }
        QByteArray body;
        QString readError;
        if (!readBoundedFile(dir.filePath(name), 256 << 20, &body, &readError)) {
            *error = QObject::tr("%1: %2").arg(name, readError);
            return false;
        }
        const QString hash = sha256Hex(body);
        info->sha256.insert(name, hash);
        if (hash != entry.value(QStringLiteral("sha256")).toString()) {
            *error = QObject::tr("%1: its SHA-256 differs from the one %2 recorded when it arrived")
                         .arg(name, requestsName);
            return false;
        }
        const QUrlQuery query(entry.value(QStringLiteral("query")).toString());
        const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
        if (after != expectedCursor) {
            *error = QObject::tr("%1: the request asked for the page after \"%2\", but the page before named "
                                 "\"%3\" as the next")
                         .arg(name, displaySafe(after), displaySafe(expectedCursor));
            return false;
        }
        UsersPage page;
        ParseError parseError;
        if (!parseUsersPage(body, users.registry(), &page, &parseError, ParseLimits())) {
            *error = QObject::tr("%1: %2").arg(name, parseError.toString());
            return false;
        }
        for (const User &user : page.users) {
            if (!users.append(user)) {
                *error = QObject::tr("%1: the user %2 was already on an earlier page")
                             .arg(name, displaySafe(user.id));
                return false;
            }
        }
        if (page.pagination.totalResultSize)
            info->accountUsers = *page.pagination.totalResultSize;
        expectedCursor = page.pagination.after.value_or(QString());
        const bool last = i + 1 == entries.size();
        if (last != expectedCursor.isEmpty()) {
            *error = last
                ? QObject::tr("%1: the last page recorded names a next page; pages are missing").arg(name)
                : QObject::tr("%1: names no next page, yet more pages follow").arg(name);
            return false;
        }
        ++info->pages;
    }
    return true;
}

// ------------------------------------------------------------ review.json

namespace {

QJsonObject scopeJson(const UserFilter &filter, const QString &description)
{
    QJsonObject scope;
    scope.insert(QStringLiteral("description"), description);
    scope.insert(QStringLiteral("search"), filter.search);
    scope.insert(QStringLiteral("state"), filter.state);
    scope.insert(QStringLiteral("role"), filter.roleName);
    scope.insert(QStringLiteral("canResource"), filter.capabilityResource);
    scope.insert(QStringLiteral("canAction"), filter.capabilityAction);
    scope.insert(QStringLiteral("departs"), filter.departs);
    return scope;
}

UserFilter scopeFrom(const QJsonObject &scope)
{
    UserFilter filter;
    filter.search = scope.value(QStringLiteral("search")).toString();
    filter.state = scope.value(QStringLiteral("state")).toString();
    filter.roleName = scope.value(QStringLiteral("role")).toString();
    filter.capabilityResource = scope.value(QStringLiteral("canResource")).toString();
    filter.capabilityAction = scope.value(QStringLiteral("canAction")).toString();
    filter.departs = scope.value(QStringLiteral("departs")).toBool();
    return filter;
}

} // namespace

QJsonObject extractionJson(const Extraction &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("endpoint"), QStringLiteral("GET /users"));
    o.insert(QStringLiteral("baseUrl"), e.baseUrl.toString(QUrl::RemoveUserInfo));
    o.insert(QStringLiteral("clientId"), e.clientId);
    o.insert(QStringLiteral("sequenceVersion"), e.apiVersion);
    o.insert(QStringLiteral("pageSize"), e.pageSize);
    o.insert(QStringLiteral("pages"), e.pages);
    o.insert(QStringLiteral("users"), e.users);
    o.insert(QStringLiteral("accountUsers"), e.accountUsers);
    o.insert(QStringLiteral("started"), isoTime(e.started));
    o.insert(QStringLiteral("finished"), isoTime(e.finished));
    return o;
}

namespace {

Extraction extractionFrom(const QJsonObject &o)
{
    Extraction e;
    e.baseUrl = QUrl(o.value(QStringLiteral("baseUrl")).toString());
    e.clientId = o.value(QStringLiteral("clientId")).toString();
    e.apiVersion = o.value(QStringLiteral("sequenceVersion")).toString();
    e.pageSize = o.value(QStringLiteral("pageSize")).toInt();
    e.pages = o.value(QStringLiteral("pages")).toInteger();
    e.users = o.value(QStringLiteral("users")).toInteger();
    e.accountUsers = o.value(QStringLiteral("accountUsers")).toInteger(-1);
    e.started = parseTime(o.value(QStringLiteral("started")));
    e.finished = parseTime(o.value(QStringLiteral("finished")));
    return e;
}

} // namespace

Review::Open Review::open(const QString &dir, Review *out, QString *error)
{
    const QString path = QDir(dir).filePath(QStringLiteral("review.json"));
    if (!QFileInfo(path).isFile()) {
        *error = QObject::tr("%1 is not a review folder: it has no review.json").arg(dir);
        return Open::NotAReview;
    }
    QJsonObject root;
    if (!readJsonFile(path, qint64(1) << 30, &root, error))
        return Open::Invalid;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kReviewFormat)) {
        *error = QObject::tr("%1 is not a Sequence Admin review").arg(path);
        return Open::NotAReview;
    }
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        *error = QObject::tr("%1 is a review of format version %2; this Sequence Admin reads version %3")
                     .arg(path)
                     .arg(root.value(QStringLiteral("version")).toInt())
                     .arg(kFormatVersion);
        return Open::Invalid;
    }
    Review review;
    review.dir = dir;
    review.title = root.value(QStringLiteral("title")).toString();
    const QJsonObject scope = root.value(QStringLiteral("scope")).toObject();
    review.scope = scopeFrom(scope);
    review.scopeDescription = scope.value(QStringLiteral("description")).toString();
    review.extraction = extractionFrom(root.value(QStringLiteral("extraction")).toObject());
    review.toolVersion = root.value(QStringLiteral("tool")).toString();
    review.created = parseTime(root.value(QStringLiteral("created")));
    review.supersedes = root.value(QStringLiteral("supersedes")).toString();
    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    review.items.reserve(size_t(users.size()));
    for (const QJsonValue &value : users) {
        const QJsonObject o = value.toObject();
        ReviewItem item;
        item.id = o.value(QStringLiteral("id")).toString();
        item.email = o.value(QStringLiteral("email")).toString();
        if (item.id.isEmpty()
            || !parseDecision(o.value(QStringLiteral("decision")).toString(), &item.decision)) {
            *error = QObject::tr("%1: user %2 has no id or an unknown decision")
                         .arg(path)
                         .arg(review.items.size() + 1);
            return Open::Invalid;
        }
        item.reason = o.value(QStringLiteral("reason")).toString();
        item.reviewer = o.value(QStringLiteral("reviewer")).toString();
        item.time = parseTime(o.value(QStringLiteral("time")));
        for (const QJsonValue &role : o.value(QStringLiteral("revokedRoles")).toArray())
            item.revokedRoles << role.toString();
        review.items.push_back(std::move(item));
    }
    *out = std::move(review);
    return Open::Ok;
}

bool Review::save(QString *error) const
{
    QJsonObject head;
    head.insert(QStringLiteral("format"), QLatin1String(kReviewFormat));
    head.insert(QStringLiteral("version"), kFormatVersion);
    head.insert(QStringLiteral("title"), title);
    head.insert(QStringLiteral("scope"), scopeJson(scope, scopeDescription));
    head.insert(QStringLiteral("extraction"), extractionJson(extraction));
    head.insert(QStringLiteral("tool"), toolVersion);
    head.insert(QStringLiteral("created"), isoTime(created));
    if (!supersedes.isEmpty())
        head.insert(QStringLiteral("supersedes"), supersedes);
    // The users by hand, one a line: a hundred thousand QJsonObjects would
    // cost more than the load they come from.
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Compact);
    out.chop(1); // the closing brace
    out.reserve(out.size() + qsizetype(items.size()) * 160);
    out += ",\"users\":[\n";
    bool first = true;
    for (const ReviewItem &item : items) {
        if (!first)
            out += ",\n";
        first = false;
        out += "{\"id\":";
        appendJsonString(out, item.id);
        out += ",\"email\":";
        appendJsonString(out, item.email);
        out += ",\"decision\":";
        appendJsonString(out, decisionName(item.decision));
        if (item.decision != Decision::Undecided) {
            out += ",\"reason\":";
            appendJsonString(out, item.reason);
            out += ",\"reviewer\":";
            appendJsonString(out, item.reviewer);
            out += ",\"time\":";
            appendJsonString(out, isoTime(item.time));
            if (!item.revokedRoles.isEmpty()) {
                out += ",\"revokedRoles\":[";
                for (qsizetype i = 0; i < item.revokedRoles.size(); ++i) {
                    if (i)
                        out += ',';
                    appendJsonString(out, item.revokedRoles[i]);
                }
                out += ']';
            }
        }
        out += '}';
    }
    out += "\n]}\n";
    return writeFileAtomically(QDir(dir).filePath(QStringLiteral("review.json")), out, error);
}

bool Review::isSigned() const
{
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("manifest.json")));
}

bool Review::isConfirmed() const
{
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("confirm/manifest.json")));
}

int Review::indexOf(const QString &text) const
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == text || items[i].email.compare(text, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

Review::Counts Review::counts() const
{
    Counts c;
    for (const ReviewItem &item : items) {
        switch (item.decision) {
        case Decision::Keep:
            ++c.keep;
            break;
        case Decision::Revoke:
            ++c.revoke;
            break;
        case Decision::Flag:
            ++c.flag;
            break;
        case Decision::Undecided:
            ++c.undecided;
            break;
        }
    }
    return c;
}

QString Review::refusal(const ReviewItem &item, const Reviewer &reviewer) const
{
    if (item.email.compare(reviewer.email, Qt::CaseInsensitive) == 0)
        return QObject::tr("%1 is the reviewer's own access; another reviewer must decide it")
            .arg(displaySafe(item.email));
    return QString();
}

QStringList Review::signOffProblems() const
{
    QStringList problems;
    const Counts c = counts();
    // Plain English forms: the command-line tool loads no translation.
    if (c.undecided == 1)
        problems << QObject::tr("1 user in scope is undecided");
    else if (c.undecided > 1)
        problems << QObject::tr("%1 users in scope are undecided").arg(c.undecided);
    int noReason = 0;
    for (const ReviewItem &item : items) {
        // Only a hand-edited review.json gets here: decide() refuses it.
        Reviewer by;
        QString ignored;
        if (item.decision != Decision::Undecided && Reviewer::parse(item.reviewer, &by, &ignored)
            && !refusal(item, by).isEmpty())
            problems << QObject::tr("%1 decided about their own access; another reviewer must decide it")
                            .arg(displaySafe(item.email));
        if ((item.decision == Decision::Revoke || item.decision == Decision::Flag)
            && item.reason.trimmed().isEmpty())
            ++noReason;
    }
    if (noReason == 1)
        problems << QObject::tr("1 revoke or flag decision gives no reason");
    else if (noReason > 1)
        problems << QObject::tr("%1 revoke or flag decisions give no reason").arg(noReason);
    return problems;
}

bool Review::decide(const std::vector<int> &indexes, Decision decision, const QString &reason,
    const QStringList &revokedRoles, const Reviewer &reviewer, const QDateTime &now, QString *error)
{
    if (isSigned()) {
        *error = QObject::tr("this review is signed and read-only; start a new review to change a decision");
        return false;
    }
    if ((decision == Decision::Revoke || decision == Decision::Flag) && reason.trimmed().isEmpty()) {
        *error = QObject::tr("a %1 decision needs a reason").arg(decisionName(decision));
        return false;
    }
    for (int index : indexes) {
        const QString why = refusal(items[size_t(index)], reviewer);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    for (int index : indexes) {
        ReviewItem &item = items[size_t(index)];
        item.decision = decision;
        item.reason = decision == Decision::Undecided ? QString() : reason.trimmed();
        item.reviewer = decision == Decision::Undecided ? QString() : reviewer.toString();
        item.time = now.toUTC();
        item.revokedRoles = decision == Decision::Revoke ? revokedRoles : QStringList();
    }
    return true;
}

bool Review::create(const QString &dir, const QString &title, const UserFilter &scope,
    const UserLoader &loader, const Extraction &extraction, Review *out, QString *error)
{
    if (!loader.isComplete()) {
        *error = QObject::tr("the load did not finish; a review needs every user of the account");
        return false;
    }
    Review review;
    review.dir = dir;
    review.title = title;
    review.scope = scope;
    review.scope.ids.reset();
    review.scopeDescription = review.scope.description();
    review.extraction = extraction;
    review.toolVersion = reviewToolVersion();
    review.created = QDateTime::currentDateTimeUtc();
    const UserStore &store = loader.store();
    UserFilterMatcher matcher(review.scope, store);
    for (int row = 0; row < store.size(); ++row) {
        if (matcher.matches(row))
            review.items.push_back({store.id(row), store.email(row), Decision::Undecided, {}, {}, {}, {}});
    }
    if (!review.save(error))
        return false;
    *out = std::move(review);
    return true;
}

} // namespace sa
