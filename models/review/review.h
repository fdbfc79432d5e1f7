// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "userfilter.h"
#include "userloader.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QJsonObject;

namespace sa {

struct Policy;
class UserStore;

// Who reviews or signs: "Name <email>".
struct Reviewer
{
    QString name;
    QString email;
    QString role; // at sign-off: e.g. "Head of Finance"
    // False with *error when text is not "Name <email>".
    static bool parse(const QString &text, Reviewer *out, QString *error);
    QString toString() const { return QStringLiteral("%1 <%2>").arg(name, email); }
};

enum class Decision { Undecided, Keep, Revoke, Flag };
QString decisionName(Decision decision); // "keep", "revoke", "flag", "undecided"
bool parseDecision(const QString &text, Decision *out);

// One user in a review's scope and what was decided about them.
struct ReviewItem
{
    QString id;
    QString email;
    Decision decision = Decision::Undecided;
    QString reason;
    QString reviewer; // "Name <email>"
    QDateTime time; // UTC
    // A revoke of these roles only; empty: the whole access.
    QStringList revokedRoles;
};

// How the users were extracted: the proof an auditor asks for.
struct Extraction
{
    QUrl baseUrl;
    QString clientId;
    QString apiVersion;
    int pageSize = 0;
    qint64 pages = 0;
    qint64 users = 0; // users received, each id once
    qint64 accountUsers = -1; // the server's totalResultSize
    QDateTime started; // UTC
    QDateTime finished;
};

// Records every page body of a load into a folder, as received: 0001.json,
// 0002.json ... and requests.json, which lists per page the request
// (method, path and query, Sequence-Version; never a header with
// credentials), the status, the UTC time and the SHA-256 of the body.
// Bodies go to disk as they arrive; none is kept in memory.
class PageRecorder
{
public:
    // folder is relative to the review folder root (e.g. "pages").
    PageRecorder(const QString &root, const QString &folder);
    ~PageRecorder(); // waits for the pages on their way to disk
    // Creates the folder, which must not exist or be empty.
    bool open(QString *error);
    // For UserLoader::setPageRecorder: hands the page to a writer thread,
    // which hashes and writes it while the next page loads (at most 64
    // pages wait). An error text when an earlier page could not be written.
    QString record(const UserLoader::RawPage &page);
    // Waits for every page, then writes requests.json; false with *error
    // when a page or the list could not be written.
    bool finish(QString *error);
    qint64 pages() const;

private:
    struct Writer;
    std::unique_ptr<Writer> m_writer;
};

// The pages a PageRecorder wrote, read back and checked: every file's
// SHA-256 against requests.json, the cursors chained page to page, the last
// page naming no next one, and each user id once.
struct RecordedPages
{
    qint64 pages = 0;
    qint64 accountUsers = -1;
    // Each page file read (relative path) and the SHA-256 of the bytes read:
    // what SHA256SUMS and the manifest are then checked against, unread again.
    QHash<QString, QString> sha256;
};
bool readRecordedPages(
    const QString &root, const QString &folder, UserStore &users, RecordedPages *info, QString *error);

// A user-access review: a folder that can be mailed or archived and opened
// anywhere without credentials (see docs/REVIEWS.md).
class Review
{
public:
    enum class Open { Ok, NotAReview, Invalid };
    static constexpr int kFormatVersion = 1;

    QString dir;
    QString title;
    UserFilter scope; // search, state, role, can, departs
    QString scopeDescription; // empty: every user
    Extraction extraction;
    QString toolVersion;
    QDateTime created; // UTC
    QString supersedes; // a signed review this one replaces: its manifest's SHA-256
    std::vector<ReviewItem> items; // in scope, in server order

    static Open open(const QString &dir, Review *out, QString *error);
    // review.json, atomically.
    bool save(QString *error) const;
    // Signed reviews are read-only: manifest.json exists.
    bool isSigned() const;
    bool isConfirmed() const;

    // The item whose id or e-mail (any case) is text; -1 when none.
    int indexOf(const QString &text) const;
    struct Counts
    {
        int keep = 0, revoke = 0, flag = 0, undecided = 0;
    };
    Counts counts() const;
    // Why reviewer may not decide item (their own access), or empty.
    QString refusal(const ReviewItem &item, const Reviewer &reviewer) const;
    // Everything that stands in the way of signing off; empty when none.
    QStringList signOffProblems() const;
    // Sets the decision of the items at indexes (after refusal() and the
    // reason rule: revoke and flag need one). False with *error, nothing changed.
    bool decide(const std::vector<int> &indexes, Decision decision, const QString &reason,
        const QStringList &revokedRoles, const Reviewer &reviewer, const QDateTime &now, QString *error);

    // Starts a review from a complete load that recorded its pages into
    // dir/pages: the users matching scope are the review's items.
    static bool create(const QString &dir, const QString &title, const UserFilter &scope,
        const UserLoader &loader, const Extraction &extraction, Review *out, QString *error);
};

// Signing off: the reports (report.json, report.html, report.pdf with the
// manifest's SHA-256 in every page's footer), decisions.csv, manifest.json
// (the SHA-256 of every file but the PDF and itself, reviewer, time) and
// SHA256SUMS (every file, the manifest and the PDF too: sha256sum -c reads
// it). With gpgKey, manifest.json.asc is a detached OpenPGP signature.
struct SignOff
{
    Reviewer reviewer;
    QString gpgKey;
    std::shared_ptr<const Policy> policy;
    QDateTime time; // UTC; invalid: now
    // Called now and then from the thread signing off, with the file being
    // written and how many of its users are; false stops (nothing is signed).
    std::function<bool(const QString &file, qsizetype done, qsizetype total)> progress;
};
bool signReview(const Review &review, const SignOff &signOff, QString *manifestSha256, QString *error);

// The confirmation: a second load recorded under confirm/, each revoke
// checked against it and the result sealed (confirm/result.json,
// confirm/manifest.json naming the first manifest, SHA256SUMS rewritten).
struct ConfirmOutcome
{
    QString id;
    QString email;
    bool tookEffect = false;
    QString detail; // "no longer in the account", "still holds Admin", ...
};
// loader: a complete load that recorded into confirm/pages.
bool confirmReview(const Review &review, const UserLoader &loader, const Extraction &extraction,
    std::vector<ConfirmOutcome> *outcomes, QString *error);

// Re-checks a folder offline: every hash (and the signature, when there
// is one and gpg is installed), the raw pages parsed again against the
// report and the review. Problems name the file and what differs.
struct VerifyResult
{
    Review::Open open = Review::Open::NotAReview;
    QStringList problems;
    QStringList notes; // what was checked, for the person running it
    bool intact() const { return open == Review::Open::Ok && problems.isEmpty(); }
};
VerifyResult verifyReview(const QString &dir);

// Hex SHA-256 of a file's bytes; empty when it cannot be read.
QString sha256OfFile(const QString &path);

} // namespace sa
