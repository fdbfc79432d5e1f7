// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Signing off, confirming and verifying a review folder.
#include "review.h"

#include "boundedread.h"
#include "policy.h"
#include "policyevaluation.h"
#include "reportwriter.h"
#include "reviewfiles_p.h"
#include "roleregistry.h"
#include "safetext.h"
#include "sha256.h"
#include "snapshotdiff.h"
#include "userstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>
#include <optional>

namespace sa {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kSignature = QStringLiteral("manifest.json.asc");
const QString kSums = QStringLiteral("SHA256SUMS");
const QString kPdf = QStringLiteral("report.pdf");
const QString kConfirmManifest = QStringLiteral("confirm/manifest.json");

// Every file under root, relative, sorted: what SHA256SUMS lists.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    const QDir dir(QFileInfo(root).absoluteFilePath());
    QDirIterator it(
        dir.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << dir.relativeFilePath(it.next());
    files.sort();
    return files;
}

// A path a sums list or manifest may name: relative, inside the folder.
bool insideFolder(const QString &relative)
{
    return !relative.isEmpty() && QDir::isRelativePath(relative) && QDir::cleanPath(relative) == relative
        && !relative.startsWith(QLatin1String("../")) && relative != QLatin1String("..");
}

// Hashes each file once per run.
class Hashes
{
public:
    explicit Hashes(const QString &root)
        : m_dir(root)
    { }
    // Hashes already known, of bytes read for another purpose.
    void seed(const QHash<QString, QString> &known)
    {
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            m_cache.insert(it.key(), it.value());
    }
    QString of(const QString &relative)
    {
        if (!insideFolder(relative))
            return QString(); // never read what a tampered list names outside
        auto it = m_cache.constFind(relative);
        if (it == m_cache.constEnd())
            it = m_cache.insert(relative, sha256OfFile(m_dir.filePath(relative)));
        return *it;
    }

private:
    QDir m_dir;
    QHash<QString, QString> m_cache;
};

QJsonArray fileList(const QStringList &files, Hashes &hashes, const QDir &dir)
{
    QJsonArray list;
    for (const QString &file : files) {
        QJsonObject entry;
        entry.insert(QStringLiteral("path"), file);
        entry.insert(QStringLiteral("sha256"), hashes.of(file));
        entry.insert(QStringLiteral("bytes"), QFileInfo(dir.filePath(file)).size());
        list.append(entry);
    }
    return list;
}

bool writeSums(const QString &root, Hashes &hashes, QString *error)
{
    QByteArray text;
    for (const QString &file : filesUnder(root)) {
        if (file == kSums)
            continue;
        text += hashes.of(file).toLatin1() + "  " + file.toUtf8() + '\n';
    }
    return writeFileAtomically(QDir(root).filePath(kSums), text, error);
}

// Access remains while a user is active or invited.
bool holdsAccess(const QString &state)
{
    return state.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0
        || state.compare(QLatin1String("invited"), Qt::CaseInsensitive) == 0;
}

QStringList roleNames(const RoleSet &set)
{
    QStringList names;
    for (const RoleDefinition *role : set.roles)
        names << role->name();
    return names;
}

std::optional<QString> findExecutable(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}

// Runs gpg with a bounded wait; false with *error its complaint.
bool runGpg(const QStringList &arguments, const QString &workingDir, QString *error)
{
    const std::optional<QString> gpg = findExecutable(QStringLiteral("gpg"));
    if (!gpg) {
        *error = QObject::tr("gpg is not installed");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(*gpg, QStringList {QStringLiteral("--batch"), QStringLiteral("--yes")} + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(1000);
        *error = QObject::tr("gpg did not finish within 60 s");
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = displaySafe(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        *error = QObject::tr("gpg failed: %1").arg(said.section(QLatin1Char('\n'), -2));
        return false;
    }
    return true;
}

} // namespace

bool signReview(const Review &review, const SignOff &signOff, QString *manifestSha256, QString *error)
{
    if (review.isSigned()) {
        *error = QObject::tr("%1 is signed already; a signed review is read-only").arg(review.dir);
        return false;
    }
    const QStringList problems = review.signOffProblems();
    if (!problems.isEmpty()) {
        *error = QObject::tr("cannot sign off: %1").arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    const QDir dir(review.dir);
    RoleRegistry registry;
    UserStore store(&registry);
    RecordedPages recorded;
    if (!readRecordedPages(review.dir, QStringLiteral("pages"), store, &recorded, error))
        return false;
    std::vector<int> rows;
    rows.reserve(review.items.size());
    for (const ReviewItem &item : review.items) {
        const int row = store.rowOfId(item.id);
        if (row < 0) {
            *error
                = QObject::tr("review.json names %1, who is on no recorded page").arg(displaySafe(item.id));
            return false;
        }
        rows.push_back(row);
    }

    const QDateTime signedAt
        = (signOff.time.isValid() ? signOff.time : QDateTime::currentDateTimeUtc()).toUTC();
    const Review::Counts counts = review.counts();
    const QLocale locale(QLocale::English);
    const Extraction &e = review.extraction;
    ReportContext context;
    context.source = e.baseUrl;
    context.generatedAt = signedAt;
    context.filterDescription = review.scopeDescription;
    context.policy = signOff.policy;
    context.today = signedAt.date();
    context.coverTitle = QObject::tr("Access review: %1").arg(displaySafe(review.title));
    context.coverFacts = {
        {QObject::tr("Scope"),
            review.scopeDescription.isEmpty() ? QObject::tr("every user of the account")
                                              : review.scopeDescription},
        {QObject::tr("Extraction"),
            QObject::tr(
                "GET %1/users (Sequence-Version %2, %3 users a page), %4 pages, %5 of the account's %6 "
                "users, from %7 to %8 UTC; each page as received in pages/, listed with its SHA-256 "
                "in pages/requests.json")
                .arg(e.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), e.apiVersion)
                .arg(e.pageSize)
                .arg(locale.toString(recorded.pages), locale.toString(qint64(store.size())),
                    locale.toString(e.accountUsers), isoTime(e.started), isoTime(e.finished))},
        {QObject::tr("Client id"), e.clientId},
        {QObject::tr("Users in scope"), locale.toString(qint64(review.items.size()))},
        {QObject::tr("Decisions"),
            QObject::tr("keep %1, revoke %2, flag %3")
                .arg(locale.toString(counts.keep), locale.toString(counts.revoke),
                    locale.toString(counts.flag))},
        {QObject::tr("Reviewer"),
            signOff.reviewer.role.isEmpty()
                ? signOff.reviewer.toString()
                : QStringLiteral("%1, %2").arg(signOff.reviewer.toString(), signOff.reviewer.role)},
        {QObject::tr("Signed off"), isoTime(signedAt)},
        {QObject::tr("Review started"), isoTime(review.created)},
        {QObject::tr("Tool"), review.toolVersion},
    };
    if (!review.supersedes.isEmpty())
        context.coverFacts.push_back(
            {QObject::tr("Replaces the review sealed by manifest"), review.supersedes});
    if (signOff.policy) {
        const PolicyResult result = PolicyResult::evaluate(*signOff.policy, store, rows, context.today);
        context.coverFacts.push_back({QObject::tr("Access policy"),
            QObject::tr("%1: %2 of %3 rules violated (details after the overview)")
                .arg(signOff.policy->path)
                .arg(result.violatedAtLeast(Severity::Low))
                .arg(result.rules.size())});
    }
    // Much of it comes from review.json, which anyone may have edited.
    for (auto &fact : context.coverFacts)
        fact.second = displaySafe(fact.second);
    for (const ReviewItem &item : review.items) {
        if (item.decision == Decision::Revoke || item.decision == Decision::Flag) {
            QString what = decisionName(item.decision);
            if (!item.revokedRoles.isEmpty())
                what += QStringLiteral(" (%1)").arg(item.revokedRoles.join(QStringLiteral(", ")));
            // review.json is a file anyone may have edited: no control or bidi characters.
            context.coverNotes << displaySafe(
                QStringLiteral("%1 %2: %3 (%4, %5)")
                    .arg(what, item.email, item.reason, item.reviewer, isoTime(item.time)));
        }
    }

    // decisions.csv, report.json and report.html first: the manifest covers them.
    QByteArray csv = "id,email,decision,reason,reviewer,time,revoked_roles\n";
    for (const ReviewItem &item : review.items) {
        for (const QString &field : {item.id, item.email, decisionName(item.decision), item.reason,
                 item.reviewer, isoTime(item.time)}) {
            appendCsvField(csv, field);
            csv += ',';
        }
        appendCsvField(csv, item.revokedRoles.join(QLatin1Char(';')));
        csv += '\n';
    }
    // Each report says how far it is; stopping leaves the review unsigned.
    QString stage;
    if (signOff.progress)
        context.progress
            = [&](qsizetype done) { return signOff.progress(stage, done, qsizetype(rows.size())); };
    auto writeReport = [&](const QString &name, ReportWriter::Format format) {
        stage = name;
        return ReportWriter::writeFile(dir.filePath(name), format, store, rows, context, error);
    };
    if (!writeFileAtomically(dir.filePath(QStringLiteral("decisions.csv")), csv, error)
        || !writeReport(QStringLiteral("report.json"), ReportWriter::Format::Json)
        || !writeReport(QStringLiteral("report.html"), ReportWriter::Format::Html))
        return false;

    Hashes hashes(review.dir);
    hashes.seed(recorded.sha256);
    QStringList covered;
    for (const QString &file : filesUnder(review.dir)) {
        if (file != kManifest && file != kPdf && file != kSums && file != kSignature)
            covered << file;
    }
    QJsonObject reviewer;
    reviewer.insert(QStringLiteral("name"), signOff.reviewer.name);
    reviewer.insert(QStringLiteral("email"), signOff.reviewer.email);
    reviewer.insert(QStringLiteral("role"), signOff.reviewer.role);
    QJsonObject decisions;
    decisions.insert(QStringLiteral("keep"), counts.keep);
    decisions.insert(QStringLiteral("revoke"), counts.revoke);
    decisions.insert(QStringLiteral("flag"), counts.flag);
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QLatin1String(kManifestFormat));
    manifest.insert(QStringLiteral("version"), Review::kFormatVersion);
    manifest.insert(QStringLiteral("title"), review.title);
    manifest.insert(QStringLiteral("reviewer"), reviewer);
    manifest.insert(QStringLiteral("signedAt"), isoTime(signedAt));
    manifest.insert(QStringLiteral("tool"), reviewToolVersion());
    manifest.insert(QStringLiteral("usersInScope"), qint64(review.items.size()));
    manifest.insert(QStringLiteral("decisions"), decisions);
    manifest.insert(QStringLiteral("files"), fileList(covered, hashes, dir));
    manifest.insert(QStringLiteral("report.pdf"),
        QStringLiteral("not listed here: its every page prints this file's SHA-256; SHA256SUMS covers it"));
    if (!writeFileAtomically(
            dir.filePath(kManifest), QJsonDocument(manifest).toJson(QJsonDocument::Indented), error))
        return false;
    const QString manifestHash = hashes.of(kManifest);

    context.footer = QObject::tr("Manifest SHA-256: %1").arg(manifestHash);
    if (!writeReport(kPdf, ReportWriter::Format::Pdf)) {
        // Not signed off without its PDF: the manifest goes again.
        QFile::remove(dir.filePath(kManifest));
        return false;
    }
    if (!signOff.gpgKey.isEmpty()) {
        QString gpgError;
        if (!runGpg({QStringLiteral("--local-user"), signOff.gpgKey, QStringLiteral("--armor"),
                        QStringLiteral("--detach-sign"), QStringLiteral("--output"), kSignature, kManifest},
                review.dir, &gpgError)) {
            *error = QObject::tr(
                "the review is signed off, but the manifest could not be signed with key %1: %2")
                         .arg(signOff.gpgKey, gpgError);
            writeSums(review.dir, hashes, &gpgError);
            return false;
        }
    }
    if (!writeSums(review.dir, hashes, error))
        return false;
    *manifestSha256 = manifestHash;
    return true;
}

bool confirmReview(const Review &review, const UserLoader &loader, const Extraction &extraction,
    std::vector<ConfirmOutcome> *outcomes, QString *error)
{
    if (!review.isSigned()) {
        *error = QObject::tr("sign the review off before confirming it");
        return false;
    }
    if (review.isConfirmed()) {
        *error = QObject::tr("%1 is confirmed already").arg(review.dir);
        return false;
    }
    if (!loader.isComplete()) {
        *error = QObject::tr("the load did not finish; confirming needs every user of the account");
        return false;
    }
    const UserStore &store = loader.store();
    outcomes->clear();
    QJsonArray results;
    for (const ReviewItem &item : review.items) {
        if (item.decision != Decision::Revoke)
            continue;
        ConfirmOutcome outcome {item.id, item.email, false, QString()};
        const int row = store.rowOfId(item.id);
        if (row < 0) {
            outcome.tookEffect = true;
            outcome.detail = QObject::tr("no longer in the account");
        } else if (!holdsAccess(store.state(row))) {
            outcome.tookEffect = true;
            outcome.detail = QObject::tr("now %1").arg(store.state(row));
        } else if (item.revokedRoles.isEmpty()) {
            outcome.detail
                = QObject::tr("still %1, with %2")
                      .arg(store.state(row), roleNames(store.roleSet(row)).join(QStringLiteral(", ")));
        } else {
            QStringList still;
            const QStringList held = roleNames(store.roleSet(row));
            for (const QString &role : item.revokedRoles) {
                if (held.contains(role, Qt::CaseInsensitive))
                    still << role;
            }
            outcome.tookEffect = still.isEmpty();
            outcome.detail = still.isEmpty()
                ? QObject::tr("no longer holds %1").arg(item.revokedRoles.join(QStringLiteral(", ")))
                : QObject::tr("still holds %1").arg(still.join(QStringLiteral(", ")));
        }
        QJsonObject o;
        o.insert(QStringLiteral("id"), outcome.id);
        o.insert(QStringLiteral("email"), outcome.email);
        o.insert(QStringLiteral("revoked"),
            item.revokedRoles.isEmpty() ? QJsonValue(QStringLiteral("access"))
                                        : QJsonValue(QJsonArray::fromStringList(item.revokedRoles)));
        o.insert(QStringLiteral("tookEffect"), outcome.tookEffect);
        o.insert(QStringLiteral("detail"), outcome.detail);
        results.append(o);
        outcomes->push_back(outcome);
    }
    const QDir dir(review.dir);
    const qsizetype outstanding = std::count_if(
        outcomes->cbegin(), outcomes->cend(), [](const ConfirmOutcome &o) { return !o.tookEffect; });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject result;
    result.insert(QStringLiteral("confirmedAt"), isoTime(now));
    result.insert(QStringLiteral("extraction"), extractionJson(extraction));
    result.insert(QStringLiteral("revokes"), qint64(outcomes->size()));
    result.insert(QStringLiteral("stillHeld"), qint64(outstanding));
    result.insert(QStringLiteral("outcomes"), results);
    if (!writeFileAtomically(dir.filePath(QStringLiteral("confirm/result.json")),
            QJsonDocument(result).toJson(QJsonDocument::Indented), error))
        return false;

    Hashes hashes(review.dir);
    QStringList covered;
    for (const QString &file : filesUnder(review.dir)) {
        if (file.startsWith(QLatin1String("confirm/")) && file != kConfirmManifest)
            covered << file;
    }
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QLatin1String(kManifestFormat));
    manifest.insert(QStringLiteral("version"), Review::kFormatVersion);
    manifest.insert(QStringLiteral("part"), 2);
    manifest.insert(QStringLiteral("reviewManifestSha256"), hashes.of(kManifest));
    manifest.insert(QStringLiteral("confirmedAt"), isoTime(now));
    manifest.insert(QStringLiteral("tool"), reviewToolVersion());
    manifest.insert(QStringLiteral("files"), fileList(covered, hashes, dir));
    if (!writeFileAtomically(
            dir.filePath(kConfirmManifest), QJsonDocument(manifest).toJson(QJsonDocument::Indented), error))
        return false;
    return writeSums(review.dir, hashes, error);
}

VerifyResult verifyReview(const QString &root)
{
    VerifyResult result;
    Review review;
    QString error;
    result.open = Review::open(root, &review, &error);
    if (result.open == Review::Open::NotAReview) {
        result.problems << error;
        return result;
    }
    const QDir dir(root);
    // The raw pages first: read and hashed once, for the sums and for the parse.
    RoleRegistry registry;
    UserStore pages(&registry);
    RecordedPages recorded;
    QString pagesError;
    const bool pagesRead = readRecordedPages(root, QStringLiteral("pages"), pages, &recorded, &pagesError);
    Hashes hashes(root);
    hashes.seed(recorded.sha256);
    const QStringList files = filesUnder(root);
    const bool sealed = QFileInfo::exists(dir.filePath(kManifest));
    auto problem = [&result](const QString &file, const QString &what) {
        result.problems << QStringLiteral("%1: %2").arg(displaySafe(file), what);
    };
    // An unreadable review.json is one problem; the hashes still say what else changed.
    if (result.open == Review::Open::Invalid)
        problem(QStringLiteral("review.json"), error);

    // 1. Every file against SHA256SUMS, and nothing beside them.
    if (QFileInfo::exists(dir.filePath(kSums))) {
        QByteArray sums;
        if (!readBoundedFile(dir.filePath(kSums), 64 << 20, &sums, &error)) {
            problem(kSums, error);
        } else {
            QSet<QString> listed;
            for (const QByteArray &line : sums.split('\n')) {
                if (line.isEmpty())
                    continue;
                const qsizetype space = line.indexOf("  ");
                const QString file = QString::fromUtf8(line.mid(space + 2));
                if (space != 64 || file.isEmpty()) {
                    problem(kSums, QObject::tr("a line is not \"SHA-256  file\""));
                    continue;
                }
                listed.insert(file);
                if (!insideFolder(file))
                    problem(file, QObject::tr("not a file of this folder (listed in SHA256SUMS)"));
                else if (!QFileInfo(dir.filePath(file)).isFile())
                    problem(file, QObject::tr("missing (listed in SHA256SUMS)"));
                else if (hashes.of(file).toLatin1() != line.left(64))
                    problem(file, QObject::tr("changed: its SHA-256 differs from SHA256SUMS"));
            }
            for (const QString &file : files) {
                if (file != kSums && !listed.contains(file))
                    problem(file, QObject::tr("not part of the sealed review (not in SHA256SUMS)"));
            }
            result.notes << QObject::tr("%1 files checked against SHA256SUMS").arg(listed.size());
        }
    } else if (sealed) {
        problem(kSums, QObject::tr("missing"));
    }

    // 2. The manifest: the files it lists, and none signed off that it leaves out.
    if (sealed) {
        QJsonObject manifest;
        if (!readJsonFile(dir.filePath(kManifest), 256 << 20, &manifest, &error)) {
            problem(kManifest, error);
        } else {
            QSet<QString> listed;
            for (const QJsonValue &value : manifest.value(QStringLiteral("files")).toArray()) {
                const QJsonObject entry = value.toObject();
                const QString file = entry.value(QStringLiteral("path")).toString();
                listed.insert(file);
                if (!insideFolder(file))
                    problem(file, QObject::tr("not a file of this folder (listed in manifest.json)"));
                else if (!QFileInfo(dir.filePath(file)).isFile())
                    problem(file, QObject::tr("missing (listed in manifest.json)"));
                else if (hashes.of(file) != entry.value(QStringLiteral("sha256")).toString())
                    problem(file, QObject::tr("changed: its SHA-256 differs from manifest.json"));
            }
            for (const QString &file : files) {
                if (file != kManifest && file != kPdf && file != kSums && file != kSignature
                    && !file.startsWith(QLatin1String("confirm/")) && !listed.contains(file))
                    problem(file, QObject::tr("not in manifest.json"));
            }
            if (!QFileInfo(dir.filePath(kPdf)).isFile())
                problem(kPdf, QObject::tr("missing"));
            result.notes << QObject::tr(
                "manifest.json SHA-256 %1 (printed at the foot of every page of report.pdf)")
                                .arg(hashes.of(kManifest));
        }
        if (QFileInfo::exists(dir.filePath(kSignature))) {
            if (!findExecutable(QStringLiteral("gpg"))) {
                result.notes << QObject::tr("manifest.json.asc not checked: gpg is not installed");
            } else if (!runGpg({QStringLiteral("--verify"), kSignature, kManifest}, root, &error)) {
                problem(kSignature, QObject::tr("the OpenPGP signature does not verify (%1)").arg(error));
            } else {
                result.notes << QObject::tr("manifest.json.asc: a good OpenPGP signature");
            }
        }
    } else {
        result.notes << QObject::tr("not signed off yet: only the recorded pages and the scope are checked");
    }

    if (result.open != Review::Open::Ok)
        return result;

    // 3. The raw pages parsed again: the users, the scope and the report.
    if (!pagesRead) {
        result.problems << pagesError;
        return result;
    }
    if (recorded.pages != review.extraction.pages || pages.size() != review.extraction.users)
        problem(QStringLiteral("review.json"),
            QObject::tr("records %1 pages and %2 users, the pages hold %3 and %4")
                .arg(review.extraction.pages)
                .arg(review.extraction.users)
                .arg(recorded.pages)
                .arg(pages.size()));
    std::vector<int> scoped;
    UserFilterMatcher matcher(review.scope, pages);
    for (int row = 0; row < pages.size(); ++row) {
        if (matcher.matches(row))
            scoped.push_back(row);
    }
    if (scoped.size() != review.items.size()) {
        problem(QStringLiteral("review.json"),
            QObject::tr("lists %1 users in scope; the scope over the raw pages selects %2")
                .arg(review.items.size())
                .arg(scoped.size()));
    } else {
        for (size_t i = 0; i < scoped.size(); ++i) {
            if (pages.id(scoped[i]) != review.items[i].id
                || pages.email(scoped[i]) != review.items[i].email) {
                problem(QStringLiteral("review.json"),
                    QObject::tr("user %1 in scope is %2 on the raw pages, not %3")
                        .arg(i + 1)
                        .arg(displaySafe(pages.email(scoped[i])), displaySafe(review.items[i].email)));
                break;
            }
        }
    }
    result.notes << QObject::tr("%1 pages and %2 users parsed again; %3 in scope")
                        .arg(recorded.pages)
                        .arg(pages.size())
                        .arg(scoped.size());
    if (sealed && QFileInfo::exists(dir.filePath(QStringLiteral("report.json")))) {
        UserStore report(&registry);
        Snapshot meta;
        if (!loadSnapshotInto(dir.filePath(QStringLiteral("report.json")), report, &meta, &error)) {
            problem(QStringLiteral("report.json"), error);
        } else if (report.size() != int(review.items.size())) {
            problem(QStringLiteral("report.json"),
                QObject::tr("holds %1 users; %2 are in scope").arg(report.size()).arg(review.items.size()));
        } else {
            int differing = 0;
            QString first;
            for (int i = 0; i < report.size(); ++i) {
                const int row = pages.rowOfId(report.id(i));
                const bool same = row >= 0 && report.id(i) == review.items[size_t(i)].id
                    && report.email(i) == pages.email(row) && report.state(i) == pages.state(row)
                    && report.accountIds(i) == pages.accountIds(row)
                    && report.roleSetIndex(i) == pages.roleSetIndex(row);
                if (!same && differing++ == 0)
                    first = report.email(i);
            }
            if (differing > 0)
                problem(QStringLiteral("report.json"),
                    QObject::tr("%1 users differ from the raw pages (users, roles or permissions), first %2")
                        .arg(differing)
                        .arg(displaySafe(first)));
            else
                result.notes << QObject::tr(
                    "report.json holds exactly the users and permissions of the raw pages");
        }
    }

    // 4. The confirmation, when there is one.
    if (QFileInfo::exists(dir.filePath(kConfirmManifest))) {
        QJsonObject manifest;
        if (!readJsonFile(dir.filePath(kConfirmManifest), 256 << 20, &manifest, &error)) {
            problem(kConfirmManifest, error);
        } else {
            if (manifest.value(QStringLiteral("reviewManifestSha256")).toString() != hashes.of(kManifest))
                problem(kConfirmManifest, QObject::tr("names another manifest.json than this review's"));
            for (const QJsonValue &value : manifest.value(QStringLiteral("files")).toArray()) {
                const QJsonObject entry = value.toObject();
                const QString file = entry.value(QStringLiteral("path")).toString();
                if (hashes.of(file) != entry.value(QStringLiteral("sha256")).toString())
                    problem(file,
                        QObject::tr("changed or missing: its SHA-256 differs from confirm/manifest.json"));
            }
            RoleRegistry confirmRegistry;
            UserStore confirmed(&confirmRegistry);
            RecordedPages confirmPages;
            if (!readRecordedPages(root, QStringLiteral("confirm/pages"), confirmed, &confirmPages, &error))
                result.problems << error;
            else
                result.notes << QObject::tr("confirmation: %1 pages and %2 users parsed again")
                                    .arg(confirmPages.pages)
                                    .arg(confirmed.size());
        }
    }
    return result;
}

} // namespace sa
