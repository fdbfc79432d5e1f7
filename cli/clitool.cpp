// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitool.h"

#include "apiclient.h"
#include "boundedread.h"
#include "credentialstore.h"
#include "policy.h"
#include "policyreport.h"
#include "profilestore.h"
#include "reportwriter.h"
#include "review.h"
#include "sa_version.h"
#include "safetext.h"
#include "secretprompt.h"
#include "snapshotdiff.h"
#include "snapshotstore.h"
#include "userfilter.h"
#include "userjson.h"
#include "userloader.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTextStream>
#include <QUuid>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define SA_ISATTY _isatty
#define SA_FILENO _fileno
#else
#include <unistd.h>
#define SA_ISATTY isatty
#define SA_FILENO fileno
#endif

namespace sa {

namespace {

const char kExitCodes[]
    = "Exit codes:\n"
      "  0  success\n"
      "  1  differences found (diff), drift beyond the allow-list (drift), findings at or above\n"
      "     --fail-on (check); a decision or sign-off the review's rules refuse, a revoke not yet\n"
      "     in effect (review confirm), a tampered or inconsistent review folder (review verify)\n"
      "  2  usage error (an unknown option or one this command does not take, a missing or bad\n"
      "     value, an unreadable or invalid report file or policy, a refused base URL)\n"
      "  3  authentication failed (HTTP 401/403)\n"
      "  4  network or server failure (unreachable, timeout, deadline passed, 5xx or 429 after\n"
      "     retries, a Retry-After over 5 minutes, other 4xx)\n"
      "  5  invalid data from the server (malformed JSON, schema violation, oversized body,\n"
      "     paging that makes no progress: a repeating cursor, pages without new users)\n"
      "  6  keychain error (none reachable, locked, or no secret stored)\n"
      "  7  cannot write the output file\n"
      "  8  snapshot store error (cannot open, read or write it; no snapshot matches the reference)\n"
      "On any failure an output file is not created, and an existing one is left untouched.\n"
      "With --format json or ndjson a failure also writes one JSON object to standard error:\n"
      "  {\"error\":{\"kind\":\"network\",\"message\":\"...\",\"exitCode\":4}}\n";

const char kCommands[]
    = "Commands:\n"
      "  users     all users (or those matching filters) to standard output\n"
      "  export    a permission report of the matching users to a file (or - for standard output)\n"
      "  diff      what changed between two json reports or stored snapshots\n"
      "  snapshot  take, list, show, export, import or prune stored snapshots\n"
      "  drift     what changed since a baseline snapshot, beyond an allow-list\n"
      "  check     who breaks an access policy (separation of duties), for CI and audits\n"
      "  review    a sealed user-access review: start, decide, status, sign, confirm, verify\n"
      "  profiles  list, add or remove saved connections (secrets in the system keychain)\n"
      "Run sequence-admin-cli COMMAND --help for a command's options and examples.\n";

const char kConnectionHelp[]
    = "Connection: --profile NAME (or SEQUENCE_PROFILE), the secret from the system keychain; or\n"
      "--base-url URL or --environment NAME with SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET.\n"
      "Every complete load is remembered in the snapshot store (--store, SEQUENCE_ADMIN_STORE)\n"
      "unless --no-store is given.\n";

QUrl environmentUrl(const QString &name)
{
    Profile::Environment environment;
    return Profile::parseEnvironment(name, &environment) ? Profile::urlFor(environment) : QUrl();
}

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return CliTool::Success;
    case ApiError::Kind::Authentication:
        return CliTool::AuthenticationFailed;
    case ApiError::Kind::InvalidData:
        return CliTool::InvalidData;
    case ApiError::Kind::Configuration:
        return CliTool::UsageError;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Request:
    case ApiError::Kind::Cancelled:
        return CliTool::NetworkOrServerFailure;
    }
    return CliTool::NetworkOrServerFailure;
}

QString kindForExitCode(int code)
{
    switch (code) {
    case CliTool::UsageError:
        return QStringLiteral("usage");
    case CliTool::AuthenticationFailed:
        return QStringLiteral("authentication");
    case CliTool::NetworkOrServerFailure:
        return QStringLiteral("network");
    case CliTool::InvalidData:
        return QStringLiteral("invalid-data");
    case CliTool::KeychainError:
        return QStringLiteral("keychain");
    case CliTool::CannotWriteOutput:
        return QStringLiteral("output");
    default:
        return QStringLiteral("error");
    }
}

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    appendJsonString(out, text);
    return out;
}

// Where the log of --verbose goes: standard error, one line each, never
// raw bytes from outside.
void logToStderr(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = "sequence-admin-cli: [" + QByteArray(context.category ? context.category : "log")
        + "] " + displaySafe(message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

const QStringList kUsersFormats
    = {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("matrix-csv"), QStringLiteral("json"),
        QStringLiteral("ndjson"), QStringLiteral("html"), QStringLiteral("pdf")};
const QStringList kExportFormats = {QStringLiteral("csv"), QStringLiteral("matrix-csv"),
    QStringLiteral("json"), QStringLiteral("ndjson"), QStringLiteral("html"), QStringLiteral("pdf")};

// What each command says in its --help, besides its options.
struct CommandHelp
{
    const char *usage; // after "Usage: sequence-admin-cli "
    const char *description;
    const char *examples;
    bool connects;
};

const CommandHelp kUsersHelp {"users [options]",
    "Lists the users of the account, or those matching the filters, on standard output:\n"
    "a table (the default) or any report format.",
    "  sequence-admin-cli users --profile prod\n"
    "  sequence-admin-cli users --profile prod --can finalize:org.invoice --format csv\n"
    "  sequence-admin-cli users --profile prod --departs\n"
    "  sequence-admin-cli users --base-url http://127.0.0.1:8080/api --format ndjson | jq .email\n"
    "  sequence-admin-cli users --snapshot @latest --format csv      (offline, from the store)\n",
    true};
const CommandHelp kExportHelp {"export --format FORMAT --output FILE|- [options]",
    "Writes a permission report of the matching users to FILE, whole or not at all;\n"
    "--output - writes it to standard output.",
    "  sequence-admin-cli export --profile prod --format pdf --output access.pdf\n"
    "  sequence-admin-cli export --profile prod --format csv --can finalize:org.invoice --output f.csv\n"
    "  sequence-admin-cli export --profile prod --format json --output - | jq .userCount\n"
    "  sequence-admin-cli export --snapshot @2026-10-01 --format pdf --output q3.pdf\n",
    true};
const CommandHelp kDiffHelp {"diff OLD NEW [options]",
    "Compares two json reports or stored snapshots (@N, @latest, @latest~K, @YYYY-MM-DD): users\n"
    "added and removed, and each permission a user gained or lost. Needs no connection. Each\n"
    "report must be a regular file of at most 4 GiB that lists each user id once. Exits 1 when\n"
    "there are differences.",
    "  sequence-admin-cli diff q3.json q4.json\n"
    "  sequence-admin-cli diff q3.json q4.json --format csv > changes.csv\n"
    "  sequence-admin-cli diff @latest~1 @latest\n",
    false};
const CommandHelp kSnapshotTakeHelp {"snapshot take [options]",
    "Loads every user of the account and stores them as a new snapshot; prints its reference\n"
    "(@N) on standard output.",
    "  sequence-admin-cli snapshot take --profile prod\n", true};
const CommandHelp kSnapshotListHelp {"snapshot list [options]", "Lists the stored snapshots, newest first.",
    "  sequence-admin-cli snapshot list\n"
    "  sequence-admin-cli snapshot list --format json | jq '.[0].ref'\n",
    false};
const CommandHelp kSnapshotShowHelp {"snapshot show REF [options]",
    "Shows what a stored snapshot records: connection, times, counts, completeness, SHA-256.",
    "  sequence-admin-cli snapshot show @latest\n", false};
const CommandHelp kSnapshotExportHelp {"snapshot export REF --output FILE|- [options]",
    "Writes a stored snapshot as a json report (the format diff and snapshot import read).",
    "  sequence-admin-cli snapshot export @3 --output q4.json\n", false};
const CommandHelp kSnapshotImportHelp {"snapshot import FILE [options]",
    "Stores a json report as a snapshot (complete unless the report says it is partial); prints\n"
    "its reference.",
    "  sequence-admin-cli snapshot import q3.json\n", false};
const CommandHelp kSnapshotPruneHelp {"snapshot prune --keep-last N [--keep-monthly M] [options]",
    "Drops all but the newest N complete snapshots (and the newest of each of the last M\n"
    "months), and every stored user no snapshot kept refers to.",
    "  sequence-admin-cli snapshot prune --keep-last 10 --keep-monthly 12\n", false};
const CommandHelp kDriftHelp {"drift --baseline REF [--against REF | connection options] [options]",
    "Compares the account now (a fresh load, or --against a stored snapshot) with a baseline\n"
    "snapshot. Privilege increases (users added, permissions gained) come first. Exits 0 when\n"
    "nothing changed beyond the allow-list, 1 when something did. The allow-list file has one\n"
    "expected change a line: USER,CHANGE[,ACTION:RESOURCE], USER an id, e-mail or *, CHANGE one\n"
    "of user-added, user-removed, granted, revoked or *, ACTION:RESOURCE as --can takes it; #\n"
    "starts a comment.",
    "  sequence-admin-cli drift --baseline @2026-10-01 --profile prod\n"
    "  sequence-admin-cli drift --baseline @1 --against @latest --allow expected.csv --format json\n",
    true};
const CommandHelp kProfilesListHelp {
    "profiles list [options]", "Lists the saved connections.", "  sequence-admin-cli profiles list\n", false};
const CommandHelp kProfilesAddHelp {
    "profiles add NAME (--environment NAME | --base-url URL) --client-id ID [options]",
    "Saves a connection under NAME, its secret in the system keychain (never in a file).\n"
    "The secret is asked for with echo off when standard input is a terminal, read from the first\n"
    "line of standard input otherwise, or read from --secret-file. Adding a name that exists\n"
    "updates that profile.",
    "  sequence-admin-cli profiles add prod --environment production --client-id ID\n"
    "  sequence-admin-cli profiles add prod --environment production --client-id ID --secret-file s\n"
    "  printf '%s\\n' \"$SECRET\" | sequence-admin-cli profiles add prod --environment production \\\n"
    "      --client-id ID\n",
    false};
const CommandHelp kProfilesRemoveHelp {"profiles remove NAME [options]",
    "Deletes a saved connection and its secret.", "  sequence-admin-cli profiles remove prod\n", false};

// Users read from a stored snapshot or a file, with the registry they point into.
struct StoredUsers
{
    RoleRegistry registry;
    UserStore users {&registry};
};

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A report drawn from a stored snapshot says which, and whether it was partial.
void describeSnapshot(const SnapshotInfo &info, ReportContext *context)
{
    context->snapshot = QStringLiteral("%1, loaded %2").arg(info.ref(), isoUtc(info.finished));
    if (!info.complete) {
        context->partial = true;
        context->loadedUsers = info.userCount;
        context->accountUsers = info.totalResultSize.value_or(-1);
    }
}

QJsonObject snapshotJson(const SnapshotInfo &info)
{
    QJsonObject object;
    object.insert(QStringLiteral("ref"), info.ref());
    object.insert(QStringLiteral("id"), info.id);
    object.insert(QStringLiteral("account"), info.account);
    object.insert(QStringLiteral("baseUrl"), info.baseUrl.toString(QUrl::RemoveUserInfo));
    object.insert(QStringLiteral("profileId"), info.profileId);
    object.insert(QStringLiteral("started"), isoUtc(info.started));
    object.insert(QStringLiteral("finished"), isoUtc(info.finished));
    object.insert(QStringLiteral("apiVersion"), info.apiVersion);
    object.insert(QStringLiteral("userCount"), info.userCount);
    object.insert(QStringLiteral("totalResultSize"),
        info.totalResultSize ? QJsonValue(*info.totalResultSize) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("complete"), info.complete);
    object.insert(QStringLiteral("toolVersion"), info.toolVersion);
    object.insert(QStringLiteral("sha256"), QString::fromLatin1(info.sha256.toHex()));
    return object;
}

// One line of a drift allow-list: USER,CHANGE[,ACTION:RESOURCE].
struct AllowRule
{
    QString user; // id or e-mail; empty for any
    QString kind; // a SnapshotChange kind name; empty for any
    QString resource; // empty for any
    QString action; // empty for any
    bool allows(const SnapshotChange &change) const
    {
        if (!user.isEmpty() && user != change.id && user.compare(change.email, Qt::CaseInsensitive) != 0)
            return false;
        if (!kind.isEmpty() && kind != SnapshotChange::kindName(change.kind))
            return false;
        return (resource.isEmpty() || resource == change.resource)
            && (action.isEmpty() || action == change.action);
    }
};

const CommandHelp kCheckHelp {"check --policy FILE [connection options | --snapshot REF] [options]",
    "Evaluates an access policy (YAML: separation-of-duties conflicts, caps on holders, permissions\n"
    "forbidden in some states, roles adding up to admin) over every user. Each finding names the user,\n"
    "the rule and, per side, the permission held and the role that grants it. Exits 0 when no rule at\n"
    "or above --fail-on is violated, 1 when one is, 2 for a bad policy (FILE:LINE:COLUMN). A starter\n"
    "policy is /usr/share/sequence-admin/policies/billing-baseline.yaml.",
    "  sequence-admin-cli check --policy billing-baseline.yaml --profile prod\n"
    "  sequence-admin-cli check --policy p.yaml --snapshot @latest --format sarif --output p.sarif\n"
    "  sequence-admin-cli check --policy p.yaml --profile prod --format junit --fail-on high\n"
    "  sequence-admin-cli check --policy p.yaml --snapshot @latest --explain anna@example.com\n",
    true};

class Run
{
    static constexpr int Success = CliTool::Success;
    static constexpr int UsageError = CliTool::UsageError;
    static constexpr int CannotWriteOutput = CliTool::CannotWriteOutput;
    static constexpr int DifferencesFound = CliTool::DifferencesFound;
    static constexpr int KeychainError = CliTool::KeychainError;
    static constexpr int StoreError = CliTool::StoreError;

public:
    Run()
        : m_out(stdout)
        , m_err(stderr)
    { }

    int main(const QStringList &arguments);

private:
    // The human line; with --format json|ndjson also one JSON object.
    int fail(int code, const QString &message, const QString &kind = QString());
    int failApi(const ApiError &error);
    // Parses a command's arguments (program name first, the command word(s)
    // dropped). False with *code set when the run ends here: --help (0) or
    // a usage error (2).
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const CommandHelp &help,
        qsizetype positionalMin, qsizetype positionalMax, int *code);
    bool intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
        int *value, int *code);
    void addConnectionOptions(QCommandLineParser &parser);
    void addFilterOptions(QCommandLineParser &parser);
    bool readFilter(const QCommandLineParser &parser, UserFilter *filter, int *code);
    int connect(const QCommandLineParser &parser);
    int fetchAll(UserLoader &loader);
    int loadAll(const QCommandLineParser &parser, UserLoader &loader);
    std::vector<int> matchingRows(const UserStore &store, const UserFilter &filter) const;
    int writeTable(const UserStore &store, const std::vector<int> &rows);
    // context names the source (and snapshot); the filter and progress are added here.
    int writeReport(ReportWriter::Format format, const QString &path, const UserStore &store,
        const std::vector<int> &rows, const UserFilter &filter, ReportContext context);
    QString keychainHint() const;
    // The snapshot store's file: --store, else SEQUENCE_ADMIN_STORE, else the default.
    QString storePath(const QCommandLineParser &parser) const;
    // Opens the store (which must exist) for reading.
    int openStore(const QCommandLineParser &parser, SnapshotStore &store);
    // An output path that cannot be written, said before anything is loaded
    // ("-" and devices such as /dev/stdout are written straight through).
    int checkOutput(const QString &path);
    // Appends the users of a stored snapshot (REF) to users.
    int readStored(
        const QCommandLineParser &parser, const QString &ref, UserStore &users, SnapshotInfo *info);
    // Remembers a complete load as a snapshot. Unless required, a failure
    // is a warning: the load itself succeeded. *id is the new snapshot's.
    int remember(const QCommandLineParser &parser, const UserLoader &loader, const QDateTime &started,
        bool required, qint64 *id = nullptr);
    // Users from --snapshot REF, or loaded from the connection (and remembered).
    int readUsers(const QCommandLineParser &parser, std::unique_ptr<UserLoader> &loader,
        std::unique_ptr<StoredUsers> &stored, const UserStore **users, ReportContext *context);
    // A json report file (mapped and streamed), or a stored snapshot when
    // text starts with '@', appended to users; *label names it.
    int readSide(const QCommandLineParser &parser, const QString &text, UserStore &users, QString *label);

    int users(const QStringList &arguments);
    int exportReport(const QStringList &arguments);
    int diff(const QStringList &arguments);
    // A command with actions (profiles, snapshot, review): runs the action
    // named after the command, or shows the command's --help (usage, about,
    // then a pointer to each action's --help), or says which actions there are.
    struct Action
    {
        const char *name;
        int (Run::*run)(const QStringList &arguments);
    };
    int dispatch(const char *command, const QStringList &arguments, std::initializer_list<Action> actions,
        const char *about);
    int profiles(const QStringList &arguments);
    int profilesList(const QStringList &arguments);
    int profilesAdd(const QStringList &arguments);
    int profilesRemove(const QStringList &arguments);
    int snapshot(const QStringList &arguments);
    int snapshotTake(const QStringList &arguments);
    int snapshotList(const QStringList &arguments);
    int snapshotShow(const QStringList &arguments);
    int snapshotExport(const QStringList &arguments);
    int snapshotImport(const QStringList &arguments);
    int snapshotPrune(const QStringList &arguments);
    int drift(const QStringList &arguments);
    int check(const QStringList &arguments);
    int review(const QStringList &arguments);
    int reviewStart(const QStringList &arguments);
    int reviewDecide(const QStringList &arguments);
    int reviewStatus(const QStringList &arguments);
    int reviewSign(const QStringList &arguments);
    int reviewConfirm(const QStringList &arguments);
    int reviewVerify(const QStringList &arguments);
    // Opens the review folder named by the only positional argument.
    int openReview(const QCommandLineParser &parser, Review *review);
    // Loads every user with each page recorded into root/folder.
    int recordLoad(const QCommandLineParser &parser, const QString &root, const QString &folder,
        UserLoader &loader, Extraction *extraction);

    QTextStream m_out;
    QTextStream m_err;
    ApiClient m_client;
    bool m_quiet = false;
    bool m_jsonErrors = false;
    bool m_terminal = SA_ISATTY(SA_FILENO(stderr));
    // Who the last connect() connected to: a profile's id and name, or none.
    QString m_profileId;
    QString m_accountLabel;

    QCommandLineOption m_baseUrl {QStringLiteral("base-url"),
        QStringLiteral("Base URL of the API, e.g. https://eu.sequencehq.com/api."), QStringLiteral("url")};
    QCommandLineOption m_environment {QStringLiteral("environment"),
        QStringLiteral("production, sandbox or dev instead of --base-url."), QStringLiteral("name")};
    QCommandLineOption m_profile {QStringLiteral("profile"),
        QStringLiteral("Use a saved connection; its secret comes from the system keychain. "
                       "SEQUENCE_PROFILE does the same."),
        QStringLiteral("name")};
    QCommandLineOption m_caFile {QStringLiteral("ca-file"),
        QStringLiteral("Trust the CA certificates in this PEM file for https, besides the system's (a "
                       "TLS-inspecting proxy's, a private endpoint's); overrides a profile's."),
        QStringLiteral("file")};
    QCommandLineOption m_pageSize {QStringLiteral("page-size"),
        QStringLiteral("Users per request, 1..100 (default 100)."), QStringLiteral("n"),
        QStringLiteral("100")};
    QCommandLineOption m_timeout {QStringLiteral("timeout"),
        QStringLiteral("Seconds without data before a request fails, 1..3600 (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30")};
    QCommandLineOption m_requestDeadline {QStringLiteral("request-deadline"),
        QStringLiteral("Seconds one request may take in all, however steadily data arrives, 1..86400 "
                       "(default 120)."),
        QStringLiteral("seconds"), QStringLiteral("120")};
    QCommandLineOption m_deadline {QStringLiteral("deadline"),
        QStringLiteral("Seconds loading all users may take, retries included, 0..604800; 0 means no "
                       "limit (default 0)."),
        QStringLiteral("seconds"), QStringLiteral("0")};
    QCommandLineOption m_retries {QStringLiteral("retries"),
        QStringLiteral("Retries of a request after a server, rate-limit or network error, 0..20 "
                       "(default 4)."),
        QStringLiteral("n"), QStringLiteral("4")};
    QCommandLineOption m_quietOption {
        QStringLiteral("quiet"), QStringLiteral("No progress on standard error.")};
    QCommandLineOption m_verbose {QStringLiteral("verbose"),
        QStringLiteral("Log requests (method, path, status, time, retries; never headers or secrets) to "
                       "standard error; twice for more.")};
    QCommandLineOption m_clientId {
        QStringLiteral("client-id"), QStringLiteral("The API client's id."), QStringLiteral("id")};
    QCommandLineOption m_secretFile {QStringLiteral("secret-file"),
        QStringLiteral("Read the secret from the first line of FILE, which others must not be able "
                       "to read."),
        QStringLiteral("file")};
    QCommandLineOption m_output {QStringLiteral("output"),
        QStringLiteral("File to write, or - for standard output."), QStringLiteral("file")};
    QCommandLineOption m_search {QStringLiteral("search"),
        QStringLiteral("Only users whose e-mail or id contains TEXT."), QStringLiteral("text")};
    QCommandLineOption m_state {
        QStringLiteral("state"), QStringLiteral("Only users in this state."), QStringLiteral("state")};
    QCommandLineOption m_role {
        QStringLiteral("role"), QStringLiteral("Only users holding this role."), QStringLiteral("role")};
    QCommandLineOption m_departs {QStringLiteral("departs"),
        QStringLiteral("Only users holding a standard role whose permissions differ from the standard one.")};
    QCommandLineOption m_store {QStringLiteral("store"),
        QStringLiteral("The snapshot store's file (default: SEQUENCE_ADMIN_STORE, else "
                       "~/.local/share/sequence-admin/snapshots.sqlite)."),
        QStringLiteral("file")};
    QCommandLineOption m_noStore {
        QStringLiteral("no-store"), QStringLiteral("Do not remember this load in the snapshot store.")};
    QCommandLineOption m_snapshotRef {QStringLiteral("snapshot"),
        QStringLiteral("Read the users from a stored snapshot instead of the server: @N, @latest, @latest~K "
                       "or @YYYY-MM-DD. Needs no network and no credentials."),
        QStringLiteral("ref")};
    // --format of the commands that print text or json (snapshot list and show, review status).
    QCommandLineOption m_textOrJson {QStringLiteral("format"), QStringLiteral("text (the default) or json."),
        QStringLiteral("format"), QStringLiteral("text")};
    QCommandLineOption m_can {QStringLiteral("can"),
        QStringLiteral("Only users who can ACTION on RESOURCE; * for either means any."),
        QStringLiteral("action:resource")};
};

int Run::fail(int code, const QString &message, const QString &kind)
{
    // Messages quote servers and files: no control sequence reaches the terminal.
    const QString safe = displaySafe(message);
    m_err << "sequence-admin-cli: " << safe << '\n';
    if (m_jsonErrors) {
        m_err << "{\"error\":{\"kind\":" << jsonString(kind.isEmpty() ? kindForExitCode(code) : kind)
              << ",\"message\":" << jsonString(safe) << ",\"exitCode\":" << code << "}}\n";
    }
    m_err.flush();
    return code;
}

int Run::failApi(const ApiError &error)
{
    return fail(exitCodeFor(error), error.toString(), ApiError::kindName(error.kind));
}

bool Run::parse(QCommandLineParser &parser, const QStringList &arguments, const CommandHelp &help,
    qsizetype positionalMin, qsizetype positionalMax, int *code)
{
    parser.setApplicationDescription(QString::fromLatin1(help.description));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addOption(m_verbose);
    const QString usage = QString::fromLatin1(help.usage);
    const QString command = usage.section(QLatin1Char(' '), 0,
        usage.startsWith(QLatin1String("profiles")) || usage.startsWith(QLatin1String("snapshot"))
                || usage.startsWith(QLatin1String("review"))
            ? 1
            : 0);
    if (!parser.parse(arguments)) {
        *code = fail(UsageError,
            QStringLiteral("%1: %2 (see: sequence-admin-cli %1 --help)").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(helpOption)) {
        QString text = parser.helpText();
        // Qt's usage line names the program only; ours names the command.
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        text.replace(0, lineEnd, QStringLiteral("Usage: sequence-admin-cli ") + usage);
        m_out << text;
        if (help.connects)
            m_out << '\n' << kConnectionHelp;
        m_out << "\nExamples:\n" << help.examples << '\n' << kExitCodes;
        m_out.flush();
        *code = Success;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < positionalMin || positional.size() > positionalMax) {
        *code = fail(UsageError,
            positional.size() > positionalMax
                ? QStringLiteral("%1: unexpected argument \"%2\" (see: sequence-admin-cli %1 --help)")
                      .arg(command, positional.value(positionalMax))
                : QStringLiteral("usage: sequence-admin-cli %1").arg(usage));
        return false;
    }
    m_quiet = parser.optionNames().contains(m_quietOption.names().constFirst());
    const qsizetype verbosity = parser.optionNames().count(QStringLiteral("verbose"));
    if (verbosity > 0) {
        qInstallMessageHandler(logToStderr);
        QLoggingCategory::setFilterRules(
            verbosity > 1 ? QStringLiteral("sequence.*.debug=true") : QStringLiteral("sequence.*.info=true"));
    }
    return true;
}

bool Run::intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
    int *value, int *code)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (ok && number >= min && number <= max) {
        *value = int(number);
        return true;
    }
    *code = fail(UsageError,
        QStringLiteral("--%1 takes a whole number from %2 to %3, not \"%4\"")
            .arg(option.names().constFirst())
            .arg(min)
            .arg(max)
            .arg(text));
    return false;
}

void Run::addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_profile, m_baseUrl, m_environment, m_caFile, m_pageSize, m_timeout,
        m_requestDeadline, m_deadline, m_retries, m_quietOption, m_store, m_noStore});
}

void Run::addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_search, m_state, m_role, m_can, m_departs});
}

bool Run::readFilter(const QCommandLineParser &parser, UserFilter *filter, int *code)
{
    filter->search = parser.value(m_search);
    filter->state = parser.value(m_state);
    filter->roleName = parser.value(m_role);
    filter->departs = parser.isSet(m_departs);
    if (parser.isSet(m_can)
        && !UserFilter::parseCapability(
            parser.value(m_can), &filter->capabilityResource, &filter->capabilityAction)) {
        *code = fail(UsageError,
            QStringLiteral("--can takes ACTION:RESOURCE, e.g. finalize:org.invoice or finalize:*"));
        return false;
    }
    return true;
}

QString Run::keychainHint() const
{
    return QStringLiteral(
        "No Secret Service (system keychain) could be reached or used. Run this in a desktop session "
        "with an unlocked keyring (GNOME Keyring, KWallet), or give the credentials in "
        "SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET with --base-url or --environment.");
}

int Run::connect(const QCommandLineParser &parser)
{
    ConnectionSettings settings;
    if (int(parser.isSet(m_baseUrl)) + int(parser.isSet(m_environment)) + int(parser.isSet(m_profile)) > 1)
        return fail(UsageError, QStringLiteral("give one of --profile, --base-url or --environment"));
    // SEQUENCE_PROFILE stands in for --profile when nothing else says where.
    QString profileName = parser.value(m_profile);
    if (!parser.isSet(m_profile) && !parser.isSet(m_baseUrl) && !parser.isSet(m_environment))
        profileName = qEnvironmentVariable("SEQUENCE_PROFILE");
    if (!profileName.isEmpty()) {
        const ProfileStore store;
        const std::optional<Profile> profile = store.byName(profileName);
        if (!profile)
            return fail(
                UsageError, QStringLiteral("no profile named \"%1\" (see: profiles list)").arg(profileName));
        settings.baseUrl = profile->baseUrl;
        settings.clientId = profile->clientId;
        settings.caFile = profile->caFile;
        m_profileId = profile->id;
        m_accountLabel = profile->name;
        CredentialStore credentials;
        const CredentialStore::Result secret = credentials.readNow(profile->id);
        if (secret.status == CredentialStore::Status::NotFound)
            return fail(KeychainError,
                QStringLiteral(
                    "no secret is stored for profile \"%1\"; add it again with: profiles add %1 ...")
                    .arg(profile->name));
        if (secret.status == CredentialStore::Status::Unavailable)
            return fail(KeychainError, secret.message + QStringLiteral(". ") + keychainHint());
        settings.clientSecret = secret.secret;
    } else if (parser.isSet(m_environment)) {
        settings.baseUrl = environmentUrl(parser.value(m_environment));
        if (settings.baseUrl.isEmpty())
            return fail(UsageError, QStringLiteral("--environment takes production, sandbox or dev"));
    } else if (parser.isSet(m_baseUrl)) {
        settings.baseUrl = QUrl(parser.value(m_baseUrl));
    } else {
        return fail(UsageError,
            QStringLiteral(
                "say where: --profile NAME, or --base-url URL or --environment production|sandbox|dev"));
    }
    const QString problem = ApiClient::checkBaseUrl(settings.baseUrl);
    if (!problem.isEmpty())
        return fail(UsageError, problem);
    if (parser.isSet(m_caFile))
        settings.caFile = parser.value(m_caFile);
    if (m_accountLabel.isEmpty())
        m_accountLabel = settings.baseUrl.host();
    if (profileName.isEmpty()) {
        settings.clientId = qEnvironmentVariable("SEQUENCE_CLIENT_ID");
        settings.clientSecret = qEnvironmentVariable("SEQUENCE_CLIENT_SECRET");
    }
    if (settings.clientId.isEmpty() || settings.clientSecret.isEmpty())
        return fail(UsageError,
            QStringLiteral(
                "set SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET to the API client's credentials"));
    int timeout = 0, requestDeadline = 0, retries = 0, code = Success;
    if (!intOption(parser, m_timeout, 1, 3600, &timeout, &code)
        || !intOption(parser, m_requestDeadline, 1, 86400, &requestDeadline, &code)
        || !intOption(parser, m_retries, 0, 20, &retries, &code))
        return code;
    settings.timeoutMs = timeout * 1000;
    settings.requestDeadlineMs = requestDeadline * 1000;
    settings.maxAttempts = retries + 1;
    m_client.setSettings(settings); // reads the CA file, once
    if (!m_client.caFileProblem().isEmpty())
        return fail(UsageError, m_client.caFileProblem());
    return Success;
}

int Run::fetchAll(UserLoader &loader)
{
    const QLocale locale;
    QObject::connect(&loader, &UserLoader::usersAppended, &loader, [&] {
        if (m_quiet || !m_terminal)
            return;
        m_err << "\rLoaded " << locale.toString(loader.loadedCount());
        if (loader.totalCount() >= 0)
            m_err << " of " << locale.toString(loader.totalCount());
        m_err << " users";
        // Paced under the rate limit (a real server): the time that is left.
        if (loader.totalCount() > loader.loadedCount()) {
            const qint64 pages
                = (loader.totalCount() - loader.loadedCount() + loader.pageSize() - 1) / loader.pageSize();
            const qint64 seconds = m_client.pacedMsFor(pages) / 1000;
            if (seconds > 0)
                m_err << ", about " << seconds / 60 << " min " << seconds % 60 << " s left  ";
        }
        m_err.flush();
    });
    QObject::connect(
        &loader, &UserLoader::retryScheduled, &loader, [&](int attempt, int delayMs, const QString &why) {
            if (!m_quiet)
                m_err << (m_terminal ? "\r" : "") << why << " Retrying in " << (delayMs + 999) / 1000
                      << " s (attempt " << attempt << ").\n";
            m_err.flush();
        });
    QEventLoop loop;
    QObject::connect(&loader, &UserLoader::fetchAllFinished, &loop, &QEventLoop::quit);
    loader.fetchAll();
    if (loader.isFetchingAll())
        loop.exec();
    if (!m_quiet && m_terminal)
        m_err << '\n';
    if (loader.lastError().isError())
        return failApi(loader.lastError());
    return Success;
}

int Run::loadAll(const QCommandLineParser &parser, UserLoader &loader)
{
    int pageSize = 0, deadline = 0, code = Success;
    if (!intOption(parser, m_pageSize, 1, 100, &pageSize, &code)
        || !intOption(parser, m_deadline, 0, 604800, &deadline, &code))
        return code;
    if (const int failed = connect(parser))
        return failed;
    loader.setPageSize(pageSize);
    loader.setLoadDeadline(deadline * 1000);
    return fetchAll(loader);
}

std::vector<int> Run::matchingRows(const UserStore &store, const UserFilter &filter) const
{
    std::vector<int> rows;
    UserFilterMatcher matcher(filter, store);
    for (int row = 0; row < store.size(); ++row) {
        if (matcher.matches(row))
            rows.push_back(row);
    }
    return rows;
}

int Run::writeTable(const UserStore &store, const std::vector<int> &rows)
{
    // Everything in the table came from the server: shown without control
    // sequences, measured in terminal columns, long cells cut with "…".
    constexpr int kMaxColumn = 60;
    auto rolesText = [&store](int row) {
        QStringList names;
        for (const RoleDefinition *role : store.roleSet(row).roles)
            names << displaySafe(role->name());
        return names.join(QStringLiteral(", "));
    };
    struct Line
    {
        QString email, state, roles, id;
    };
    std::vector<Line> lines;
    lines.reserve(rows.size());
    int emailWidth = 5, stateWidth = 5, roleWidth = 5;
    for (int row : rows) {
        Line line {elideToWidth(displaySafe(store.email(row)), kMaxColumn),
            elideToWidth(displaySafe(store.state(row)), 20), elideToWidth(rolesText(row), kMaxColumn),
            displaySafe(store.id(row))};
        emailWidth = std::max(emailWidth, displayWidth(line.email));
        stateWidth = std::max(stateWidth, displayWidth(line.state));
        roleWidth = std::max(roleWidth, displayWidth(line.roles));
        lines.push_back(std::move(line));
    }
    m_out << padToWidth(QStringLiteral("EMAIL"), emailWidth) << "  "
          << padToWidth(QStringLiteral("STATE"), stateWidth) << "  "
          << padToWidth(QStringLiteral("ROLES"), roleWidth) << "  ID\n";
    for (const Line &line : lines)
        m_out << padToWidth(line.email, emailWidth) << "  " << padToWidth(line.state, stateWidth) << "  "
              << padToWidth(line.roles, roleWidth) << "  " << line.id << '\n';
    m_out.flush();
    return Success;
}

// A report to path: a regular file atomically; "-", or a pipe or device such
// as /dev/stdout, written straight through.
int Run::writeReport(ReportWriter::Format format, const QString &path, const UserStore &store,
    const std::vector<int> &rows, const UserFilter &filter, ReportContext context)
{
    context.filterDescription = filter.description();
    const bool toStdout = path == QLatin1String("-");
    const QFileInfo target(path);
    const bool direct = toStdout || (target.exists() && !target.isFile() && !target.isDir());
    if (!m_quiet && m_terminal && !toStdout) {
        // A PDF of many users takes a while: say how far it is.
        const QLocale locale;
        const QString total = locale.toString(qsizetype(rows.size()));
        context.progress = [this, locale, total](qsizetype done) {
            m_err << "\rWriting " << locale.toString(done) << " of " << total << " users";
            m_err.flush();
            return true;
        };
    }
    QString error;
    bool written = false;
    if (direct) {
        m_out.flush();
        QFile output;
        const bool open = toStdout ? output.open(stdout, QIODevice::WriteOnly)
                                   : (output.setFileName(path), output.open(QIODevice::WriteOnly));
        if (!open)
            return fail(CannotWriteOutput,
                QStringLiteral("cannot write %1: %2")
                    .arg(toStdout ? QStringLiteral("to standard output") : path, output.errorString()));
        auto writer = ReportWriter::create(format);
        written = writer->write(&output, store, rows, context) && output.flush();
        if (!written)
            error = QStringLiteral("cannot write %1: %2")
                        .arg(toStdout ? QStringLiteral("to standard output") : path,
                            writer->errorString().isEmpty() ? output.errorString() : writer->errorString());
    } else {
        written = ReportWriter::writeFile(path, format, store, rows, context, &error);
    }
    if (context.progress) {
        if (written) // the last call came up to 255 users early
            context.progress(qsizetype(rows.size()));
        m_err << '\n';
    }
    if (!written)
        return fail(CannotWriteOutput, error);
    if (!m_quiet && !toStdout)
        m_err << "Wrote " << rows.size() << " of " << store.size() << " users to " << path << '\n';
    m_err.flush();
    return Success;
}

int Run::users(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    addFilterOptions(parser);
    const QCommandLineOption format {QStringLiteral("format"),
        QStringLiteral("table (the default), csv, matrix-csv, json, ndjson, html or pdf."),
        QStringLiteral("format"), QStringLiteral("table")};
    parser.addOptions({format, m_snapshotRef});
    int code = Success;
    if (!parse(parser, arguments, kUsersHelp, 0, 0, &code))
        return code;
    const QString name = parser.value(format);
    if (!kUsersFormats.contains(name))
        return fail(UsageError,
            QStringLiteral("users --format takes %1, not \"%2\"")
                .arg(kUsersFormats.join(QStringLiteral(", ")), name));
    UserFilter filter;
    if (!readFilter(parser, &filter, &code))
        return code;
    std::unique_ptr<UserLoader> loader;
    std::unique_ptr<StoredUsers> stored;
    const UserStore *store = nullptr;
    ReportContext context;
    if (const int failed = readUsers(parser, loader, stored, &store, &context))
        return failed;
    const std::vector<int> rows = matchingRows(*store, filter);
    if (name == QLatin1String("table"))
        return writeTable(*store, rows);
    ReportWriter::Format reportFormat;
    ReportWriter::parseFormat(name, &reportFormat);
    return writeReport(reportFormat, QStringLiteral("-"), *store, rows, filter, context);
}

int Run::exportReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    addFilterOptions(parser);
    const QCommandLineOption format {QStringLiteral("format"),
        QStringLiteral("csv, matrix-csv, json, ndjson, html or pdf (required)."), QStringLiteral("format")};
    const QCommandLineOption policyOption {QStringLiteral("policy"),
        QStringLiteral("Add the findings of this access policy (YAML) to html, pdf and json reports."),
        QStringLiteral("file")};
    parser.addOptions({format, m_output, m_snapshotRef, policyOption});
    int code = Success;
    if (!parse(parser, arguments, kExportHelp, 0, 0, &code))
        return code;
    std::shared_ptr<Policy> policy;
    if (parser.isSet(policyOption)) {
        policy = std::make_shared<Policy>();
        QString error;
        QStringList warnings;
        if (!Policy::load(parser.value(policyOption), policy.get(), &error, &warnings))
            return fail(UsageError, error);
        if (!m_quiet) {
            for (const QString &warning : std::as_const(warnings))
                m_err << "sequence-admin-cli: warning: " << displaySafe(warning) << '\n';
        }
    }
    ReportWriter::Format reportFormat;
    if (!parser.isSet(format) || !kExportFormats.contains(parser.value(format))
        || !ReportWriter::parseFormat(parser.value(format), &reportFormat))
        return fail(UsageError,
            QStringLiteral("export needs --format %1").arg(kExportFormats.join(QStringLiteral(", "))));
    if (!parser.isSet(m_output) || parser.value(m_output).isEmpty())
        return fail(
            UsageError, QStringLiteral("export needs --output FILE, or --output - for standard output"));
    UserFilter filter;
    if (!readFilter(parser, &filter, &code))
        return code;
    const QString path = parser.value(m_output);
    // Checked before fetching anything, so a typo costs no download.
    if (const int failed = checkOutput(path))
        return failed;
    std::unique_ptr<UserLoader> loader;
    std::unique_ptr<StoredUsers> stored;
    const UserStore *store = nullptr;
    ReportContext context;
    if (const int failed = readUsers(parser, loader, stored, &store, &context))
        return failed;
    context.policy = policy;
    return writeReport(reportFormat, path, *store, matchingRows(*store, filter), filter, context);
}

int Run::diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format {QStringLiteral("format"), QStringLiteral("text (the default) or csv."),
        QStringLiteral("format"), QStringLiteral("text")};
    parser.addOptions({format, m_quietOption, m_store});
    parser.addPositionalArgument(QStringLiteral("OLD"),
        QStringLiteral("The older json report, or a stored snapshot (@N, @latest~1, ...)."));
    parser.addPositionalArgument(
        QStringLiteral("NEW"), QStringLiteral("The newer json report, or a stored snapshot (@latest, ...)."));
    int code = Success;
    if (!parse(parser, arguments, kDiffHelp, 2, 2, &code))
        return code;
    const QString name = parser.value(format);
    if (name != QLatin1String("text") && name != QLatin1String("csv"))
        return fail(UsageError, QStringLiteral("diff --format takes text or csv, not \"%1\"").arg(name));
    const QStringList positional = parser.positionalArguments();
    // Both sides as compact stores sharing one registry, each file mapped
    // and streamed: a million users per side costs the stores, not the files.
    RoleRegistry registry;
    UserStore olderUsers(&registry), newerUsers(&registry);
    QString labels[2];
    UserStore *sides[2] = {&olderUsers, &newerUsers};
    for (int i = 0; i < 2; ++i) {
        if (const int failed = readSide(parser, positional.at(i), *sides[i], &labels[i]))
            return failed;
    }
    const std::vector<SnapshotChange> changes = diffStores(olderUsers, newerUsers);
    if (name == QLatin1String("csv")) {
        m_out.flush();
        const QByteArray csv = snapshotDiffCsv(changes);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
    } else {
        m_out << snapshotDiffText(changes, labels[0], olderUsers.size(), labels[1], newerUsers.size());
        m_out.flush();
    }
    return changes.empty() ? Success : DifferencesFound;
}

int Run::dispatch(const char *command, const QStringList &arguments, std::initializer_list<Action> actions,
    const char *about)
{
    // arguments: program, then what followed the command.
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    QStringList names;
    for (const Action &a : actions) {
        if (action == QLatin1String(a.name))
            return (this->*a.run)(rest);
        names << QString::fromLatin1(a.name);
    }
    const QString name = QString::fromLatin1(command);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_out << "Usage: sequence-admin-cli " << name << ' ' << names.join(QStringLiteral(" | "))
              << " [options]\n\n"
              << about << "Run sequence-admin-cli " << name << " ACTION --help for an action's options.\n";
        m_out.flush();
        return Success;
    }
    const QString choices
        = names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + names.last();
    return fail(UsageError,
        action.isEmpty() ? QStringLiteral("%1 needs an action: %2").arg(name, choices)
                         : QStringLiteral("%1 takes %2, not \"%3\"").arg(name, choices, action));
}

int Run::profiles(const QStringList &arguments)
{
    return dispatch("profiles", arguments,
        {{"list", &Run::profilesList}, {"add", &Run::profilesAdd}, {"remove", &Run::profilesRemove}},
        "Saved connections; each one's secret is in the system keychain, never in a file.\n");
}

int Run::profilesList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_quietOption);
    int code = Success;
    if (!parse(parser, arguments, kProfilesListHelp, 0, 0, &code))
        return code;
    const ProfileStore store;
    const QList<Profile> all = store.profiles();
    if (all.isEmpty()) {
        if (!m_quiet)
            m_err << "No profiles yet. Add one with: profiles add NAME --environment production --client-id "
                     "ID\n";
        return Success;
    }
    m_out << padToWidth(QStringLiteral("NAME"), 24) << "  " << padToWidth(QStringLiteral("ENVIRONMENT"), 11)
          << "  " << padToWidth(QStringLiteral("BASE URL"), 40) << "  CLIENT ID\n";
    for (const Profile &profile : all)
        m_out << padToWidth(displaySafe(profile.name), 24) << "  "
              << padToWidth(Profile::environmentName(profile.environment), 11) << "  "
              << padToWidth(displaySafe(profile.baseUrl.toString(QUrl::RemoveUserInfo)), 40) << "  "
              << displaySafe(profile.clientId) << '\n';
    m_out.flush();
    return Success;
}

int Run::profilesAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {m_environment, m_baseUrl, m_clientId, m_caFile, m_pageSize, m_secretFile, m_quietOption});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile's name."));
    int code = Success;
    if (!parse(parser, arguments, kProfilesAddHelp, 1, 1, &code))
        return code;
    ProfileStore store;
    const QString name = parser.positionalArguments().constFirst();
    Profile profile = store.byName(name).value_or(Profile());
    profile.name = name;
    if (parser.isSet(m_environment) && parser.isSet(m_baseUrl))
        return fail(UsageError, QStringLiteral("give --environment or --base-url, not both"));
    if (parser.isSet(m_environment)) {
        if (!Profile::parseEnvironment(parser.value(m_environment), &profile.environment)
            || Profile::urlFor(profile.environment).isEmpty())
            return fail(UsageError, QStringLiteral("--environment takes production, sandbox or dev"));
        profile.baseUrl = Profile::urlFor(profile.environment);
    } else if (parser.isSet(m_baseUrl)) {
        profile.environment = Profile::Environment::Custom;
        profile.baseUrl = QUrl(parser.value(m_baseUrl));
    } else {
        return fail(UsageError, QStringLiteral("profiles add needs --environment or --base-url"));
    }
    const QString problem = ApiClient::checkBaseUrl(profile.baseUrl);
    if (!problem.isEmpty())
        return fail(UsageError, problem);
    if (!parser.isSet(m_clientId) || parser.value(m_clientId).isEmpty())
        return fail(UsageError, QStringLiteral("profiles add needs --client-id"));
    profile.clientId = parser.value(m_clientId);
    if (!intOption(parser, m_pageSize, 1, 100, &profile.pageSize, &code))
        return code;
    if (parser.isSet(m_caFile)) {
        // Kept as an absolute path: the profile is used from any folder.
        profile.caFile = parser.value(m_caFile).isEmpty()
            ? QString()
            : QFileInfo(parser.value(m_caFile)).absoluteFilePath();
        if (!profile.caFile.isEmpty()) {
            const QString caProblem = ApiClient::checkCaFile(profile.caFile);
            if (!caProblem.isEmpty())
                return fail(UsageError, caProblem);
        }
    }
    // Never from an argument: arguments show up in process lists and shell history.
    QString secret;
    QString error;
    const SecretSource source = parser.isSet(m_secretFile) ? SecretSource::File
        : SA_ISATTY(SA_FILENO(stdin))                      ? SecretSource::Terminal
                                                           : SecretSource::StandardInput;
    if (!readSecret(source, parser.value(m_secretFile),
            QStringLiteral("Client secret for profile \"%1\": ").arg(displaySafe(profile.name)), &secret,
            &error))
        return fail(UsageError, error);
    if (secret.isEmpty())
        return fail(UsageError,
            QStringLiteral(
                "no secret given: type it at the prompt, give it on standard input, or use --secret-file"));
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CredentialStore credentials;
    const CredentialStore::Result written = credentials.writeNow(profile.id, secret);
    secret.fill(QLatin1Char('\0'));
    if (written.status != CredentialStore::Status::Ok)
        return fail(KeychainError,
            written.message + QStringLiteral(". The profile was not saved. ") + keychainHint());
    store.save(profile);
    if (!m_quiet)
        m_err << "Saved profile \"" << displaySafe(profile.name)
              << "\"; its secret is in the system keychain.\n";
    return Success;
}

int Run::profilesRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_quietOption);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile's name."));
    int code = Success;
    if (!parse(parser, arguments, kProfilesRemoveHelp, 1, 1, &code))
        return code;
    ProfileStore store;
    const QString name = parser.positionalArguments().constFirst();
    const std::optional<Profile> profile = store.byName(name);
    if (!profile)
        return fail(UsageError, QStringLiteral("no profile named \"%1\"").arg(name));
    CredentialStore credentials;
    const CredentialStore::Result removed = credentials.removeNow(profile->id);
    if (removed.status == CredentialStore::Status::Unavailable)
        return fail(
            KeychainError, removed.message + QStringLiteral(". The profile was kept. ") + keychainHint());
    store.remove(profile->id);
    if (!m_quiet)
        m_err << "Removed profile \"" << displaySafe(profile->name) << "\" and its secret.\n";
    return Success;
}

QString Run::storePath(const QCommandLineParser &parser) const
{
    return parser.isSet(m_store) ? parser.value(m_store) : SnapshotStore::defaultPath();
}

int Run::checkOutput(const QString &path)
{
    if (path == QLatin1String("-"))
        return Success;
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir())
        return Success;
    const QString problem = ReportWriter::checkOutputPath(path);
    return problem.isEmpty() ? Success : fail(CannotWriteOutput, problem);
}

int Run::openStore(const QCommandLineParser &parser, SnapshotStore &store)
{
    const QString path = storePath(parser);
    if (!store.open(path, false))
        return fail(StoreError, store.errorString());
    return Success;
}

int Run::readStored(
    const QCommandLineParser &parser, const QString &ref, UserStore &users, SnapshotInfo *info)
{
    SnapshotStore store;
    if (const int failed = openStore(parser, store))
        return failed;
    QString error;
    const qint64 id = store.resolve(ref, &error);
    if (id == 0)
        return fail(StoreError, error);
    if (!store.load(id, users, &error))
        return fail(StoreError, error);
    *info = *store.info(id);
    return Success;
}

int Run::remember(const QCommandLineParser &parser, const UserLoader &loader, const QDateTime &started,
    bool required, qint64 *id)
{
    if (parser.isSet(m_noStore))
        return Success;
    auto problem = [&](const QString &message) {
        if (required)
            return fail(StoreError, message);
        if (!m_quiet)
            m_err << "sequence-admin-cli: warning: this load is not remembered in the snapshot store: "
                  << displaySafe(message) << '\n';
        m_err.flush();
        return Success;
    };
    SnapshotStore store;
    if (!store.open(storePath(parser)))
        return problem(store.errorString());
    SnapshotInfo info;
    info.profileId = m_profileId;
    info.baseUrl = m_client.settings().baseUrl;
    info.account = m_accountLabel;
    info.started = started;
    info.finished = QDateTime::currentDateTimeUtc();
    info.apiVersion = QString::fromLatin1(ApiClient::kApiVersion);
    if (loader.totalCount() >= 0)
        info.totalResultSize = loader.totalCount();
    info.complete = loader.isComplete() && !loader.lastError().isError();
    info.toolVersion = QStringLiteral(SA_VERSION_STRING);
    const qint64 saved = store.save(loader.store(), info);
    if (saved == 0)
        return problem(store.errorString());
    if (id)
        *id = saved;
    return Success;
}

int Run::readUsers(const QCommandLineParser &parser, std::unique_ptr<UserLoader> &loader,
    std::unique_ptr<StoredUsers> &stored, const UserStore **users, ReportContext *context)
{
    if (parser.isSet(m_snapshotRef)) {
        if (parser.isSet(m_profile) || parser.isSet(m_baseUrl) || parser.isSet(m_environment))
            return fail(UsageError, QStringLiteral("give --snapshot or a connection, not both"));
        stored = std::make_unique<StoredUsers>();
        SnapshotInfo info;
        if (const int failed = readStored(parser, parser.value(m_snapshotRef), stored->users, &info))
            return failed;
        *users = &stored->users;
        context->source = info.baseUrl;
        context->generatedAt = QDateTime::currentDateTimeUtc();
        describeSnapshot(info, context);
        return Success;
    }
    loader = std::make_unique<UserLoader>(&m_client);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    if (const int failed = loadAll(parser, *loader))
        return failed;
    remember(parser, *loader, started, false);
    *users = &loader->store();
    context->source = m_client.settings().baseUrl;
    context->generatedAt = QDateTime::currentDateTimeUtc();
    return Success;
}

int Run::readSide(const QCommandLineParser &parser, const QString &text, UserStore &users, QString *label)
{
    if (text.startsWith(QLatin1Char('@'))) {
        SnapshotInfo info;
        if (const int failed = readStored(parser, text, users, &info))
            return failed;
        *label = QStringLiteral("%1 of %2").arg(info.ref(), isoUtc(info.finished));
        return Success;
    }
    Snapshot meta;
    QString error;
    if (!loadSnapshotInto(text, users, &meta, &error))
        return fail(UsageError, error);
    *label = meta.generatedAt;
    return Success;
}

int Run::snapshot(const QStringList &arguments)
{
    return dispatch("snapshot", arguments,
        {{"take", &Run::snapshotTake}, {"list", &Run::snapshotList}, {"show", &Run::snapshotShow},
            {"export", &Run::snapshotExport}, {"import", &Run::snapshotImport},
            {"prune", &Run::snapshotPrune}},
        "Stored snapshots of an account's users, in a local SQLite file: every complete load is\n"
        "remembered, and any command that reads users can read a snapshot (--snapshot REF)\n"
        "instead, with no network and no credentials. REF is @N, @latest, @latest~K (K complete\n"
        "snapshots before the latest) or @YYYY-MM-DD (the last complete one on or before that day,\n"
        "UTC).\n");
}

int Run::snapshotTake(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    int code = Success;
    if (!parse(parser, arguments, kSnapshotTakeHelp, 0, 0, &code))
        return code;
    if (parser.isSet(m_noStore))
        return fail(UsageError, QStringLiteral("snapshot take stores the load; --no-store contradicts it"));
    UserLoader loader(&m_client);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    if (const int failed = loadAll(parser, loader))
        return failed;
    qint64 id = 0;
    if (const int failed = remember(parser, loader, started, true, &id))
        return failed;
    m_out << '@' << id << '\n';
    m_out.flush();
    if (!m_quiet)
        m_err << "Stored " << loader.store().size() << " users as @" << id << " in " << (storePath(parser))
              << '\n';
    m_err.flush();
    return Success;
}

int Run::snapshotList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption &format = m_textOrJson;
    parser.addOptions({format, m_store, m_quietOption});
    int code = Success;
    if (!parse(parser, arguments, kSnapshotListHelp, 0, 0, &code))
        return code;
    const QString name = parser.value(format);
    if (name != QLatin1String("text") && name != QLatin1String("json"))
        return fail(
            UsageError, QStringLiteral("snapshot list --format takes text or json, not \"%1\"").arg(name));
    const QString path = storePath(parser);
    std::vector<SnapshotInfo> all;
    if (QFileInfo::exists(path)) {
        SnapshotStore store;
        if (const int failed = openStore(parser, store))
            return failed;
        all = store.list();
    }
    if (name == QLatin1String("json")) {
        QJsonArray array;
        for (const SnapshotInfo &info : all)
            array.append(snapshotJson(info));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }
    if (all.empty()) {
        if (!m_quiet)
            m_err << "No snapshots yet in " << path << ". Take one with: snapshot take --profile NAME\n";
        return Success;
    }
    const QLocale locale;
    m_out << padToWidth(QStringLiteral("REF"), 6) << "  " << padToWidth(QStringLiteral("FINISHED (UTC)"), 20)
          << "  " << padToWidth(QStringLiteral("USERS"), 10) << "  "
          << padToWidth(QStringLiteral("COMPLETE"), 8) << "  " << padToWidth(QStringLiteral("ACCOUNT"), 24)
          << "  BASE URL\n";
    for (const SnapshotInfo &info : all)
        m_out << padToWidth(info.ref(), 6) << "  "
              << padToWidth(info.finished.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), 20) << "  "
              << padToWidth(locale.toString(info.userCount), 10) << "  "
              << padToWidth(info.complete ? QStringLiteral("yes") : QStringLiteral("no"), 8) << "  "
              << padToWidth(elideToWidth(displaySafe(info.account), 24), 24) << "  "
              << displaySafe(info.baseUrl.toString(QUrl::RemoveUserInfo)) << '\n';
    m_out.flush();
    return Success;
}

int Run::snapshotShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption &format = m_textOrJson;
    parser.addOptions({format, m_store, m_quietOption});
    parser.addPositionalArgument(
        QStringLiteral("REF"), QStringLiteral("@N, @latest, @latest~K or @YYYY-MM-DD."));
    int code = Success;
    if (!parse(parser, arguments, kSnapshotShowHelp, 1, 1, &code))
        return code;
    const QString name = parser.value(format);
    if (name != QLatin1String("text") && name != QLatin1String("json"))
        return fail(
            UsageError, QStringLiteral("snapshot show --format takes text or json, not \"%1\"").arg(name));
    SnapshotStore store;
    if (const int failed = openStore(parser, store))
        return failed;
    QString error;
    const qint64 id = store.resolve(parser.positionalArguments().constFirst(), &error);
    if (id == 0)
        return fail(StoreError, error);
    const SnapshotInfo info = *store.info(id);
    if (name == QLatin1String("json")) {
        m_out << QJsonDocument(snapshotJson(info)).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }
    const QLocale locale;
    m_out << "Snapshot:       " << info.ref() << '\n'
          << "Account:        " << displaySafe(info.account) << '\n'
          << "Base URL:       " << displaySafe(info.baseUrl.toString(QUrl::RemoveUserInfo)) << '\n'
          << "Profile id:     "
          << (info.profileId.isEmpty() ? QStringLiteral("(none)") : displaySafe(info.profileId)) << '\n'
          << "Started:        " << isoUtc(info.started) << '\n'
          << "Finished:       " << isoUtc(info.finished) << '\n'
          << "API version:    " << displaySafe(info.apiVersion) << '\n'
          << "Users:          " << locale.toString(info.userCount) << '\n'
          << "Account total:  "
          << (info.totalResultSize ? locale.toString(*info.totalResultSize) : QStringLiteral("(not said)"))
          << '\n'
          << "Complete:       " << (info.complete ? "yes" : "no, a partial load") << '\n'
          << "Tool version:   " << displaySafe(info.toolVersion) << '\n'
          << "SHA-256:        " << info.sha256.toHex() << '\n';
    m_out.flush();
    return Success;
}

int Run::snapshotExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({m_output, m_store, m_quietOption});
    parser.addPositionalArgument(
        QStringLiteral("REF"), QStringLiteral("@N, @latest, @latest~K or @YYYY-MM-DD."));
    int code = Success;
    if (!parse(parser, arguments, kSnapshotExportHelp, 1, 1, &code))
        return code;
    if (!parser.isSet(m_output) || parser.value(m_output).isEmpty())
        return fail(UsageError,
            QStringLiteral("snapshot export needs --output FILE, or --output - for standard output"));
    const QString path = parser.value(m_output);
    if (const int failed = checkOutput(path))
        return failed;
    StoredUsers stored;
    SnapshotInfo info;
    if (const int failed = readStored(parser, parser.positionalArguments().constFirst(), stored.users, &info))
        return failed;
    ReportContext context;
    context.source = info.baseUrl;
    context.generatedAt = info.finished; // when the users were read, not now
    describeSnapshot(info, &context);
    std::vector<int> rows(size_t(stored.users.size()));
    for (int row = 0; row < stored.users.size(); ++row)
        rows[size_t(row)] = row;
    return writeReport(ReportWriter::Format::Json, path, stored.users, rows, UserFilter(), context);
}

int Run::snapshotImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({m_store, m_quietOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A json report."));
    int code = Success;
    if (!parse(parser, arguments, kSnapshotImportHelp, 1, 1, &code))
        return code;
    StoredUsers stored;
    Snapshot report;
    QString error;
    const QString path = parser.positionalArguments().constFirst();
    if (!loadSnapshotInto(path, stored.users, &report, &error)) // mapped and streamed
        return fail(UsageError, error);
    SnapshotInfo info;
    info.baseUrl = QUrl(report.source);
    info.account = info.baseUrl.host();
    info.finished = QDateTime::fromString(report.generatedAt, Qt::ISODateWithMs).toUTC();
    if (!info.finished.isValid())
        info.finished = QFileInfo(path).lastModified().toUTC();
    info.started = info.finished;
    info.apiVersion = report.apiVersion;
    info.complete = !report.partial;
    info.toolVersion = QStringLiteral(SA_VERSION_STRING);
    SnapshotStore store;
    if (!store.open(storePath(parser)))
        return fail(StoreError, store.errorString());
    const qint64 id = store.save(stored.users, info);
    if (id == 0)
        return fail(StoreError, store.errorString());
    m_out << '@' << id << '\n';
    m_out.flush();
    if (!m_quiet)
        m_err << "Imported " << stored.users.size() << " users from " << path << " as @" << id
              << (info.complete ? "" : " (partial, as the report says)") << '\n';
    m_err.flush();
    return Success;
}

int Run::snapshotPrune(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keepLast {QStringLiteral("keep-last"),
        QStringLiteral("Keep the newest N complete snapshots (required)."), QStringLiteral("n")};
    const QCommandLineOption keepMonthly {QStringLiteral("keep-monthly"),
        QStringLiteral("Also keep the newest complete snapshot of each of the last M months."),
        QStringLiteral("m"), QStringLiteral("0")};
    parser.addOptions({keepLast, keepMonthly, m_store, m_quietOption});
    int code = Success;
    if (!parse(parser, arguments, kSnapshotPruneHelp, 0, 0, &code))
        return code;
    if (!parser.isSet(keepLast))
        return fail(UsageError, QStringLiteral("snapshot prune needs --keep-last N"));
    int last = 0, monthly = 0;
    if (!intOption(parser, keepLast, 1, 1000000, &last, &code)
        || !intOption(parser, keepMonthly, 0, 1200, &monthly, &code))
        return code;
    SnapshotStore store;
    if (const int failed = openStore(parser, store))
        return failed;
    const int dropped = store.prune(last, monthly);
    if (dropped < 0)
        return fail(StoreError, store.errorString());
    if (!m_quiet)
        m_err << "Dropped " << dropped << (dropped == 1 ? " snapshot" : " snapshots") << "; "
              << store.list().size() << " kept.\n";
    m_err.flush();
    return Success;
}

int Run::drift(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    const QCommandLineOption baseline {QStringLiteral("baseline"),
        QStringLiteral(
            "The snapshot to compare with (required): @N, @latest~K, @YYYY-MM-DD, or a json report."),
        QStringLiteral("ref")};
    const QCommandLineOption against {QStringLiteral("against"),
        QStringLiteral("Compare this snapshot instead of loading the account now."), QStringLiteral("ref")};
    const QCommandLineOption allow {QStringLiteral("allow"),
        QStringLiteral("A file of expected changes, one a line: USER,CHANGE[,ACTION:RESOURCE]."),
        QStringLiteral("file")};
    const QCommandLineOption format {QStringLiteral("format"),
        QStringLiteral("text (the default), csv or json."), QStringLiteral("format"), QStringLiteral("text")};
    parser.addOptions({baseline, against, allow, format});
    int code = Success;
    if (!parse(parser, arguments, kDriftHelp, 0, 0, &code))
        return code;
    const QString name = parser.value(format);
    if (name != QLatin1String("text") && name != QLatin1String("csv") && name != QLatin1String("json"))
        return fail(
            UsageError, QStringLiteral("drift --format takes text, csv or json, not \"%1\"").arg(name));
    if (!parser.isSet(baseline))
        return fail(UsageError, QStringLiteral("drift needs --baseline REF, e.g. --baseline @1"));
    if (parser.isSet(against)
        && (parser.isSet(m_profile) || parser.isSet(m_baseUrl) || parser.isSet(m_environment)))
        return fail(UsageError, QStringLiteral("give --against or a connection, not both"));

    std::vector<AllowRule> rules;
    if (parser.isSet(allow)) {
        QByteArray bytes;
        QString error;
        if (!readBoundedFile(parser.value(allow), 16 * 1024 * 1024, &bytes, &error))
            return fail(UsageError, error);
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        const QStringList kinds {QStringLiteral("user-added"), QStringLiteral("user-removed"),
            QStringLiteral("granted"), QStringLiteral("revoked"), QStringLiteral("*")};
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].section(QLatin1Char('#'), 0, 0).trimmed();
            if (line.isEmpty())
                continue;
            const QStringList fields = line.split(QLatin1Char(','));
            AllowRule rule;
            rule.user = fields.value(0).trimmed();
            rule.kind = fields.value(1).trimmed();
            const QString capability = fields.value(2).trimmed();
            const bool ok = fields.size() >= 2 && fields.size() <= 3 && !rule.user.isEmpty()
                && kinds.contains(rule.kind)
                && (capability.isEmpty() || capability == QLatin1String("*")
                    || UserFilter::parseCapability(capability, &rule.resource, &rule.action));
            if (!ok)
                return fail(UsageError,
                    QStringLiteral(
                        "%1:%2: expected USER,CHANGE[,ACTION:RESOURCE], CHANGE one of %3; got \"%4\"")
                        .arg(parser.value(allow))
                        .arg(i + 1)
                        .arg(kinds.join(QStringLiteral(", ")), line));
            if (rule.user == QLatin1String("*"))
                rule.user.clear();
            if (rule.kind == QLatin1String("*"))
                rule.kind.clear();
            rules.push_back(rule);
        }
    }

    // Both sides as compact stores sharing one registry (the live load's
    // when there is one), report files mapped and streamed, as in diff: a
    // million users per side cost the stores, not the files.
    RoleRegistry ownRegistry;
    RoleRegistry *registry = &ownRegistry;
    std::unique_ptr<UserLoader> loader;
    std::unique_ptr<UserStore> againstUsers;
    const UserStore *newerUsers = nullptr;
    QString newerLabel;
    if (parser.isSet(against)) {
        againstUsers = std::make_unique<UserStore>(&ownRegistry);
        if (const int failed = readSide(parser, parser.value(against), *againstUsers, &newerLabel))
            return failed;
        newerUsers = againstUsers.get();
    } else {
        loader = std::make_unique<UserLoader>(&m_client);
        const QDateTime started = QDateTime::currentDateTimeUtc();
        if (const int failed = loadAll(parser, *loader))
            return failed;
        remember(parser, *loader, started, false);
        registry = &loader->registry();
        newerLabel = QStringLiteral("the account at %1").arg(isoUtc(QDateTime::currentDateTimeUtc()));
        newerUsers = &loader->store();
    }
    UserStore olderUsers(registry);
    QString olderLabel;
    if (const int failed = readSide(parser, parser.value(baseline), olderUsers, &olderLabel))
        return failed;
    std::vector<SnapshotChange> changes = diffStores(olderUsers, *newerUsers);
    const auto rank = [](SnapshotChange::Kind kind) {
        switch (kind) {
        case SnapshotChange::Kind::UserAdded:
            return 0;
        case SnapshotChange::Kind::Granted:
            return 1;
        case SnapshotChange::Kind::Revoked:
            return 2;
        case SnapshotChange::Kind::UserRemoved:
            return 3;
        }
        return 4;
    };
    // Privilege increases first; within a kind, the diff's order.
    std::stable_sort(changes.begin(), changes.end(),
        [&](const SnapshotChange &a, const SnapshotChange &b) { return rank(a.kind) < rank(b.kind); });
    std::vector<SnapshotChange> drifted;
    qsizetype allowed = 0;
    for (const SnapshotChange &change : changes) {
        const bool expected = std::any_of(
            rules.begin(), rules.end(), [&](const AllowRule &rule) { return rule.allows(change); });
        if (expected)
            ++allowed;
        else
            drifted.push_back(change);
    }
    m_out.flush();
    if (name == QLatin1String("csv")) {
        const QByteArray csv = snapshotDiffCsv(drifted);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
    } else if (name == QLatin1String("json")) {
        QJsonArray list;
        for (const SnapshotChange &change : drifted) {
            QJsonObject object;
            object.insert(QStringLiteral("change"), SnapshotChange::kindName(change.kind));
            object.insert(QStringLiteral("id"), change.id);
            object.insert(QStringLiteral("email"), change.email);
            if (!change.resource.isEmpty()) {
                object.insert(QStringLiteral("resource"), change.resource);
                object.insert(QStringLiteral("action"), change.action);
            }
            list.append(object);
        }
        QJsonObject root;
        root.insert(QStringLiteral("baseline"), olderLabel);
        root.insert(QStringLiteral("against"), newerLabel);
        root.insert(QStringLiteral("drift"), !drifted.empty());
        root.insert(QStringLiteral("allowed"), allowed);
        root.insert(QStringLiteral("changes"), list);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << snapshotDiffText(drifted, olderLabel, olderUsers.size(), newerLabel, newerUsers->size());
        if (allowed > 0)
            m_out << allowed << (allowed == 1 ? " expected change matched" : " expected changes matched")
                  << " the allow-list and " << (allowed == 1 ? "is" : "are") << " not shown.\n";
    }
    m_out.flush();
    return drifted.empty() ? Success : DifferencesFound;
}

int Run::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    const QCommandLineOption policyOption {QStringLiteral("policy"),
        QStringLiteral("The access policy (YAML) to evaluate (required)."), QStringLiteral("file")};
    const QCommandLineOption format {QStringLiteral("format"),
        QStringLiteral("text (the default), json, csv, sarif (SARIF 2.1.0) or junit (JUnit XML)."),
        QStringLiteral("format"), QStringLiteral("text")};
    const QCommandLineOption failOn {QStringLiteral("fail-on"),
        QStringLiteral("Exit 1 when a rule of this severity or above is violated: low (the default), medium, "
                       "high or critical."),
        QStringLiteral("severity"), QStringLiteral("low")};
    const QCommandLineOption explain {QStringLiteral("explain"),
        QStringLiteral("Say for one user (e-mail or id) whether each rule holds, and why."),
        QStringLiteral("user")};
    parser.addOptions({policyOption, format, m_output, failOn, explain, m_snapshotRef});
    int code = Success;
    if (!parse(parser, arguments, kCheckHelp, 0, 0, &code))
        return code;
    PolicyFormat policyFormat;
    if (!parsePolicyFormat(parser.value(format), &policyFormat))
        return fail(UsageError,
            QStringLiteral("check --format takes text, json, csv, sarif or junit, not \"%1\"")
                .arg(parser.value(format)));
    Severity threshold;
    if (!parseSeverity(parser.value(failOn), &threshold))
        return fail(UsageError,
            QStringLiteral("--fail-on takes low, medium, high or critical, not \"%1\"")
                .arg(parser.value(failOn)));
    if (!parser.isSet(policyOption))
        return fail(UsageError,
            QStringLiteral("check needs --policy FILE, e.g. the starter "
                           "/usr/share/sequence-admin/policies/billing-baseline.yaml"));
    // The policy first: a typo in it costs no download.
    Policy policy;
    QString error;
    QStringList warnings;
    if (!Policy::load(parser.value(policyOption), &policy, &error, &warnings))
        return fail(UsageError, error);
    const QString path = parser.isSet(m_output) ? parser.value(m_output) : QStringLiteral("-");
    if (path != QLatin1String("-")) {
        const QString problem = ReportWriter::checkOutputPath(path);
        if (!problem.isEmpty())
            return fail(CannotWriteOutput, problem);
    }
    std::unique_ptr<UserLoader> loader;
    std::unique_ptr<StoredUsers> stored;
    const UserStore *store = nullptr;
    ReportContext context;
    if (const int failed = readUsers(parser, loader, stored, &store, &context))
        return failed;
    const QDate today = QDate::currentDate();
    if (parser.isSet(explain)) {
        const QString who = parser.value(explain);
        int row = store->rowOfId(who);
        for (int r = 0; row < 0 && r < store->size(); ++r) {
            if (store->email(r).compare(who, Qt::CaseInsensitive) == 0)
                row = r;
        }
        if (row < 0)
            return fail(
                UsageError, QStringLiteral("no user with the e-mail or id \"%1\" in the account").arg(who));
        m_out << displaySafe(explainPolicy(policy, *store, row, today));
        m_out.flush();
        return Success;
    }
    std::vector<int> rows(size_t(store->size()));
    for (int row = 0; row < store->size(); ++row)
        rows[size_t(row)] = row;
    const PolicyResult result = PolicyResult::evaluate(policy, *store, rows, today);
    if (!m_quiet) {
        for (const QString &warning : warnings + result.warnings)
            m_err << "sequence-admin-cli: warning: " << displaySafe(warning) << '\n';
        m_err.flush();
    }
    const QByteArray bytes = writePolicyResult(policyFormat, policy, result, *store);
    if (path == QLatin1String("-")) {
        m_out.flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(
                CannotWriteOutput, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        if (!m_quiet)
            m_err << "Wrote the findings of " << result.rules.size() << " rules to " << path << '\n';
    }
    return result.violatedAtLeast(threshold) > 0 ? DifferencesFound : Success;
}

const CommandHelp kReviewStartHelp {"review start --title TITLE --dir DIR [filters] [connection options]",
    "Starts a user-access review in DIR (which must not exist, or be empty): loads every user of the\n"
    "account, records each page exactly as received in DIR/pages (listed with its request, status,\n"
    "time and SHA-256 in DIR/pages/requests.json) and writes DIR/review.json with the users in scope\n"
    "(those matching the filters; all without one), each undecided.",
    "  sequence-admin-cli review start --title \"Q4 2026\" --dir q4-review --profile prod\n"
    "  sequence-admin-cli review start --title \"Q4 finance\" --dir q4-fin --can finalize:* --profile prod\n",
    true};
const CommandHelp kReviewDecideHelp {
    "review decide DIR (--user EMAIL|ID ... | --all-undecided) --decision keep|revoke|flag --reviewer "
    "\"Name <email>\" [options]",
    "Records a decision about users in scope, in DIR/review.json (written whole or not at all). revoke\n"
    "and flag need --reason. A reviewer cannot decide their own access: another reviewer must. A\n"
    "signed review is read-only.",
    "  sequence-admin-cli review decide q4-review --all-undecided --decision keep --reviewer \"Ana Lima "
    "<ana@example.com>\"\n"
    "  sequence-admin-cli review decide q4-review --user bob@example.com --decision revoke \\\n"
    "      --reason \"left the company\" --reviewer \"Ana Lima <ana@example.com>\"\n"
    "  sequence-admin-cli review decide q4-review --user eve@example.com --decision revoke --revoke-roles "
    "Admin \\\n      --reason \"no longer approves invoices\" --reviewer \"Ana Lima <ana@example.com>\"\n",
    false};
const CommandHelp kReviewStatusHelp {"review status DIR [--format text|json] [--limit N]",
    "Counts the decisions of a review and lists the users still undecided: the first 50 in text\n"
    "(--limit), all of them in json.",
    "  sequence-admin-cli review status q4-review\n"
    "  sequence-admin-cli review status q4-review --limit 0          # every undecided user\n"
    "  sequence-admin-cli review status q4-review --format json | jq -r '.undecidedUsers[].email'\n",
    false};
const CommandHelp kReviewSignHelp {
    "review sign DIR --reviewer \"Name <email>\" [--role TEXT] [--gpg-key ID] [--policy FILE]",
    "Signs a review off, once every user in scope is decided and each revoke and flag has a reason:\n"
    "writes report.pdf, report.html, report.json, decisions.csv, manifest.json (the SHA-256 of every\n"
    "file but the PDF, the reviewer and the time) and SHA256SUMS (every file; sha256sum -c reads it).\n"
    "Every page of the PDF prints the manifest's SHA-256 at its foot. With --gpg-key the manifest is\n"
    "signed (manifest.json.asc). The review is read-only afterwards. Prints the manifest's SHA-256.",
    "  sequence-admin-cli review sign q4-review --reviewer \"Ana Lima <ana@example.com>\" --role CFO\n"
    "  sequence-admin-cli review sign q4-review --reviewer \"Ana Lima <ana@example.com>\" --gpg-key "
    "ana@example.com\n",
    false};
const CommandHelp kReviewConfirmHelp {"review confirm DIR [connection options]",
    "After the revokes were carried out in Sequence: loads the account again (recorded in\n"
    "DIR/confirm/pages), checks every revoke (the user is gone, no longer active, or no longer holds\n"
    "the roles revoked) and seals the result (confirm/result.json, confirm/manifest.json). Exits 0\n"
    "when every revoke took effect, 1 listing the users who still hold what was revoked.",
    "  sequence-admin-cli review confirm q4-review --profile prod\n", true};
const CommandHelp kReviewVerifyHelp {"review verify DIR",
    "Checks a review folder offline: every file against SHA256SUMS and the manifest, the OpenPGP\n"
    "signature when there is one (and gpg is installed), the raw pages parsed again against the\n"
    "scope and the report. Exits 0 when intact, 1 naming each file that was changed, added or\n"
    "removed or that disagrees with the pages, 2 when DIR is not a review folder.",
    "  sequence-admin-cli review verify q4-review\n", false};

int Run::review(const QStringList &arguments)
{
    return dispatch("review", arguments,
        {{"start", &Run::reviewStart}, {"decide", &Run::reviewDecide}, {"status", &Run::reviewStatus},
            {"sign", &Run::reviewSign}, {"confirm", &Run::reviewConfirm}, {"verify", &Run::reviewVerify}},
        "A user-access review (SOX, SOC 2, ISO 27001) as a folder an auditor can check offline:\n"
        "start records every page of the account as received; decide keeps, revokes or flags\n"
        "each user in scope; sign writes the reports and seals every file with SHA-256; confirm\n"
        "checks after remediation that revoked access is gone; verify re-checks it all.\n");
}

int Run::openReview(const QCommandLineParser &parser, Review *review)
{
    const QString dir = parser.positionalArguments().value(0);
    QString error;
    switch (Review::open(dir, review, &error)) {
    case Review::Open::Ok:
        return Success;
    case Review::Open::NotAReview:
        return fail(UsageError, error);
    case Review::Open::Invalid:
        break;
    }
    return fail(DifferencesFound, error, QStringLiteral("invalid-review"));
}

int Run::recordLoad(const QCommandLineParser &parser, const QString &root, const QString &folder,
    UserLoader &loader, Extraction *extraction)
{
    PageRecorder recorder(root, folder);
    QString error;
    if (!recorder.open(&error))
        return fail(CannotWriteOutput, error);
    QString recordError;
    loader.setPageRecorder([&](const UserLoader::RawPage &page) {
        recordError = recorder.record(page);
        return recordError;
    });
    extraction->started = QDateTime::currentDateTimeUtc();
    const int loaded = loadAll(parser, loader);
    extraction->finished = QDateTime::currentDateTimeUtc();
    loader.setPageRecorder({});
    if (!recordError.isEmpty())
        return CannotWriteOutput; // loadAll said why
    if (loaded != Success)
        return loaded;
    if (!recorder.finish(&error))
        return fail(CannotWriteOutput, error);
    extraction->baseUrl = m_client.settings().baseUrl;
    extraction->clientId = m_client.settings().clientId;
    extraction->apiVersion = QString::fromLatin1(ApiClient::kApiVersion);
    extraction->pageSize = loader.pageSize();
    extraction->pages = recorder.pages();
    extraction->users = loader.store().size();
    extraction->accountUsers = loader.totalCount();
    return Success;
}

int Run::reviewStart(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    addFilterOptions(parser);
    const QCommandLineOption title {
        QStringLiteral("title"), QStringLiteral("The review's title (required)."), QStringLiteral("title")};
    const QCommandLineOption dirOption {QStringLiteral("dir"),
        QStringLiteral("The review folder to create (required; it must not exist, or be empty)."),
        QStringLiteral("dir")};
    const QCommandLineOption supersedes {QStringLiteral("supersedes"),
        QStringLiteral("A signed review this one replaces; its manifest's SHA-256 is recorded."),
        QStringLiteral("dir")};
    parser.addOptions({title, dirOption, supersedes});
    int code = Success;
    if (!parse(parser, arguments, kReviewStartHelp, 0, 0, &code))
        return code;
    if (parser.value(title).trimmed().isEmpty() || !parser.isSet(dirOption))
        return fail(UsageError, QStringLiteral("review start needs --title TITLE and --dir DIR"));
    UserFilter scope;
    if (!readFilter(parser, &scope, &code))
        return code;
    QString replaced;
    if (parser.isSet(supersedes)) {
        Review old;
        QString error;
        if (Review::open(parser.value(supersedes), &old, &error) != Review::Open::Ok || !old.isSigned())
            return fail(UsageError,
                QStringLiteral("--supersedes takes a signed review folder: %1")
                    .arg(error.isEmpty() ? QStringLiteral("%1 is not signed").arg(parser.value(supersedes))
                                         : error));
        replaced = sha256OfFile(QDir(old.dir).filePath(QStringLiteral("manifest.json")));
    }
    const QString dir = parser.value(dirOption);
    const QFileInfo target(dir);
    const bool created = !target.exists();
    if (!created && (!target.isDir() || !QDir(dir).isEmpty()))
        return fail(CannotWriteOutput, QStringLiteral("%1 exists and is not an empty folder").arg(dir));
    if (created && !QDir().mkpath(dir))
        return fail(CannotWriteOutput, QStringLiteral("cannot create the folder %1").arg(dir));
    // Nothing half made stays behind when the load fails.
    auto cleanUp = [&] {
        if (created)
            QDir(dir).removeRecursively();
        else
            QDir(QDir(dir).filePath(QStringLiteral("pages"))).removeRecursively();
    };
    UserLoader loader(&m_client);
    Extraction extraction;
    if (const int failed = recordLoad(parser, dir, QStringLiteral("pages"), loader, &extraction)) {
        cleanUp();
        return failed;
    }
    Review review;
    QString error;
    if (!Review::create(dir, parser.value(title).trimmed(), scope, loader, extraction, &review, &error)) {
        cleanUp();
        return fail(CannotWriteOutput, error);
    }
    if (!replaced.isEmpty()) {
        review.supersedes = replaced;
        if (!review.save(&error))
            return fail(CannotWriteOutput, error);
    }
    remember(parser, loader, extraction.started, false);
    if (!m_quiet)
        m_err << "Review started in " << dir << ": " << review.items.size() << " of " << loader.store().size()
              << " users in scope, " << extraction.pages << " pages recorded.\n";
    m_err.flush();
    return Success;
}

int Run::reviewDecide(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption user {QStringLiteral("user"),
        QStringLiteral("A user in scope, by e-mail or id; may be given many times."), QStringLiteral("user")};
    const QCommandLineOption allUndecided {QStringLiteral("all-undecided"),
        QStringLiteral("Every user in scope not decided yet (but the reviewer's own access).")};
    const QCommandLineOption decisionOption {QStringLiteral("decision"),
        QStringLiteral("keep, revoke or flag (or undecided, to take a decision back)."),
        QStringLiteral("decision")};
    const QCommandLineOption reason {QStringLiteral("reason"),
        QStringLiteral("Why; required for revoke and flag."), QStringLiteral("text")};
    const QCommandLineOption reviewerOption {QStringLiteral("reviewer"),
        QStringLiteral("Who decides: \"Name <email>\" (required)."), QStringLiteral("reviewer")};
    const QCommandLineOption revokeRoles {QStringLiteral("revoke-roles"),
        QStringLiteral(
            "With revoke: only these roles (comma-separated) are taken away, not the whole access."),
        QStringLiteral("roles")};
    parser.addOptions(
        {user, allUndecided, decisionOption, reason, reviewerOption, revokeRoles, m_quietOption});
    int code = Success;
    if (!parse(parser, arguments, kReviewDecideHelp, 1, 1, &code))
        return code;
    Decision decision;
    if (!parseDecision(parser.value(decisionOption), &decision))
        return fail(UsageError,
            QStringLiteral("--decision takes keep, revoke or flag, not \"%1\"")
                .arg(parser.value(decisionOption)));
    Reviewer reviewer;
    QString error;
    if (!Reviewer::parse(parser.value(reviewerOption), &reviewer, &error))
        return fail(UsageError, QStringLiteral("--reviewer: %1").arg(error));
    if (parser.isSet(user) == parser.isSet(allUndecided))
        return fail(UsageError, QStringLiteral("give --user (once or more) or --all-undecided"));
    QStringList roles;
    for (const QString &role : parser.value(revokeRoles).split(QLatin1Char(','), Qt::SkipEmptyParts))
        roles << role.trimmed();
    if (!roles.isEmpty() && decision != Decision::Revoke)
        return fail(UsageError, QStringLiteral("--revoke-roles goes with --decision revoke"));
    Review review;
    if (const int failed = openReview(parser, &review))
        return failed;
    std::vector<int> targets;
    int skippedOwn = 0;
    if (parser.isSet(allUndecided)) {
        for (size_t i = 0; i < review.items.size(); ++i) {
            if (review.items[i].decision != Decision::Undecided)
                continue;
            if (!review.refusal(review.items[i], reviewer).isEmpty()) {
                ++skippedOwn;
                continue;
            }
            targets.push_back(int(i));
        }
    } else {
        for (const QString &text : parser.values(user)) {
            const int index = review.indexOf(text);
            if (index < 0)
                return fail(UsageError, QStringLiteral("no user in this review's scope is \"%1\"").arg(text));
            targets.push_back(index);
        }
    }
    if (!review.decide(targets, decision, parser.value(reason), roles, reviewer,
            QDateTime::currentDateTimeUtc(), &error))
        return fail(DifferencesFound, error, QStringLiteral("refused"));
    if (!review.save(&error))
        return fail(CannotWriteOutput, error);
    if (!m_quiet) {
        m_err << "Decided " << targets.size() << (targets.size() == 1 ? " user: " : " users: ")
              << decisionName(decision) << ".\n";
        if (skippedOwn > 0)
            m_err << "Left " << skippedOwn << " for another reviewer: " << reviewer.email
                  << " cannot decide their own access.\n";
    }
    m_err.flush();
    return Success;
}

int Run::reviewStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption &format = m_textOrJson;
    const QCommandLineOption limitOption {QStringLiteral("limit"),
        QStringLiteral("In text, list at most N undecided users (default 50; 0 lists them all)."),
        QStringLiteral("n"), QStringLiteral("50")};
    parser.addOptions({format, limitOption});
    int code = Success;
    if (!parse(parser, arguments, kReviewStatusHelp, 1, 1, &code))
        return code;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json"))
        return fail(UsageError,
            QStringLiteral("review status --format takes text or json, not \"%1\"").arg(formatName));
    int limit = 50;
    if (!intOption(parser, limitOption, 0, 100000000, &limit, &code))
        return code;
    Review review;
    if (const int failed = openReview(parser, &review))
        return failed;
    const Review::Counts counts = review.counts();
    if (formatName == QLatin1String("json")) {
        QJsonArray undecided;
        for (const ReviewItem &item : review.items) {
            if (item.decision == Decision::Undecided)
                undecided.append(
                    QJsonObject {{QStringLiteral("id"), item.id}, {QStringLiteral("email"), item.email}});
        }
        QJsonObject root {{QStringLiteral("title"), review.title},
            {QStringLiteral("signed"), review.isSigned()},
            {QStringLiteral("confirmed"), review.isConfirmed()},
            {QStringLiteral("usersInScope"), qint64(review.items.size())},
            {QStringLiteral("keep"), counts.keep}, {QStringLiteral("revoke"), counts.revoke},
            {QStringLiteral("flag"), counts.flag}, {QStringLiteral("undecided"), counts.undecided},
            {QStringLiteral("undecidedUsers"), undecided},
            {QStringLiteral("signOffProblems"), QJsonArray::fromStringList(review.signOffProblems())}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Success;
    }
    m_out << "Review: " << displaySafe(review.title) << '\n'
          << "Scope: "
          << (review.scopeDescription.isEmpty() ? QStringLiteral("every user")
                                                : displaySafe(review.scopeDescription))
          << " (" << review.items.size() << " users)\n"
          << "State: "
          << (review.isConfirmed()       ? "signed off and confirmed"
                     : review.isSigned() ? "signed off"
                                         : "open")
          << '\n'
          << "keep " << counts.keep << ", revoke " << counts.revoke << ", flag " << counts.flag
          << ", undecided " << counts.undecided << '\n';
    for (const QString &problem : review.signOffProblems())
        m_out << "Not ready to sign off: " << problem << '\n';
    if (counts.undecided > 0) {
        m_out << "Undecided:\n";
        qint64 listed = 0;
        for (const ReviewItem &item : review.items) {
            if (item.decision != Decision::Undecided)
                continue;
            if (limit > 0 && listed == limit) {
                m_out << "  ... and " << counts.undecided - listed << " more (--limit 0 lists them all)\n";
                break;
            }
            m_out << "  " << displaySafe(item.email) << "  " << displaySafe(item.id) << '\n';
            ++listed;
        }
    }
    m_out.flush();
    return Success;
}

int Run::reviewSign(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reviewerOption {QStringLiteral("reviewer"),
        QStringLiteral("Who signs off: \"Name <email>\" (required)."), QStringLiteral("reviewer")};
    const QCommandLineOption role {
        QStringLiteral("role"), QStringLiteral("The reviewer's role, e.g. CFO."), QStringLiteral("text")};
    const QCommandLineOption gpgKey {QStringLiteral("gpg-key"),
        QStringLiteral("Sign the manifest with this OpenPGP key (gpg --detach-sign)."), QStringLiteral("id")};
    const QCommandLineOption policyOption {QStringLiteral("policy"),
        QStringLiteral("An access policy (YAML) whose findings the reports include."),
        QStringLiteral("file")};
    parser.addOptions({reviewerOption, role, gpgKey, policyOption, m_quietOption});
    int code = Success;
    if (!parse(parser, arguments, kReviewSignHelp, 1, 1, &code))
        return code;
    SignOff signOff;
    QString error;
    if (!Reviewer::parse(parser.value(reviewerOption), &signOff.reviewer, &error))
        return fail(UsageError, QStringLiteral("--reviewer: %1").arg(error));
    signOff.reviewer.role = parser.value(role).trimmed();
    signOff.gpgKey = parser.value(gpgKey);
    if (parser.isSet(policyOption)) {
        auto policy = std::make_shared<Policy>();
        if (!Policy::load(parser.value(policyOption), policy.get(), &error))
            return fail(UsageError, error);
        signOff.policy = policy;
    }
    Review review;
    if (const int failed = openReview(parser, &review))
        return failed;
    if (review.isSigned())
        return fail(DifferencesFound,
            QStringLiteral("%1 is signed already; a signed review is read-only").arg(review.dir),
            QStringLiteral("refused"));
    const QStringList problems = review.signOffProblems();
    if (!problems.isEmpty())
        return fail(DifferencesFound,
            QStringLiteral("cannot sign off: %1").arg(problems.join(QStringLiteral("; "))),
            QStringLiteral("refused"));
    if (!m_quiet && m_terminal) {
        // The PDF of many users takes a while: say how far it is.
        const QLocale locale;
        signOff.progress = [this, locale](const QString &file, qsizetype done, qsizetype total) {
            m_err << "\rSigning off: " << file << ", " << locale.toString(done) << " of "
                  << locale.toString(total) << " users   ";
            m_err.flush();
            return true;
        };
    }
    QString manifest;
    const bool sealed = signReview(review, signOff, &manifest, &error);
    if (signOff.progress)
        m_err << '\n';
    if (!sealed) // the workflow's refusals were said above: this is a file that could not be written
        return fail(CannotWriteOutput, error);
    m_out << manifest << '\n';
    m_out.flush();
    if (!m_quiet)
        m_err << "Signed off " << review.dir << ": manifest.json SHA-256 " << manifest
              << " (printed on every page of report.pdf).\n";
    m_err.flush();
    return Success;
}

int Run::reviewConfirm(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    int code = Success;
    if (!parse(parser, arguments, kReviewConfirmHelp, 1, 1, &code))
        return code;
    Review review;
    if (const int failed = openReview(parser, &review))
        return failed;
    if (!review.isSigned())
        return fail(DifferencesFound, QStringLiteral("sign the review off before confirming it"),
            QStringLiteral("refused"));
    if (review.isConfirmed())
        return fail(DifferencesFound, QStringLiteral("%1 is confirmed already").arg(review.dir),
            QStringLiteral("refused"));
    UserLoader loader(&m_client);
    Extraction extraction;
    const QString confirmDir = QDir(review.dir).filePath(QStringLiteral("confirm"));
    if (const int failed
        = recordLoad(parser, review.dir, QStringLiteral("confirm/pages"), loader, &extraction)) {
        QDir(confirmDir).removeRecursively();
        return failed;
    }
    if (extraction.baseUrl.adjusted(QUrl::StripTrailingSlash)
        != review.extraction.baseUrl.adjusted(QUrl::StripTrailingSlash)) {
        QDir(confirmDir).removeRecursively();
        return fail(UsageError,
            QStringLiteral("this review was extracted from %1; confirm it against the same account, not %2")
                .arg(review.extraction.baseUrl.toString(), extraction.baseUrl.toString()));
    }
    std::vector<ConfirmOutcome> outcomes;
    QString error;
    if (!confirmReview(review, loader, extraction, &outcomes, &error)) {
        QDir(confirmDir).removeRecursively();
        return fail(CannotWriteOutput, error);
    }
    int outstanding = 0;
    for (const ConfirmOutcome &outcome : outcomes) {
        if (outcome.tookEffect)
            continue;
        ++outstanding;
        m_out << displaySafe(outcome.email) << "  " << displaySafe(outcome.id) << "  "
              << displaySafe(outcome.detail) << '\n';
    }
    m_out.flush();
    if (!m_quiet)
        m_err << outcomes.size() - size_t(outstanding) << " of " << outcomes.size() << " revokes took effect"
              << (outstanding ? "; the users above still hold what was revoked.\n" : ".\n");
    m_err.flush();
    return outstanding ? DifferencesFound : Success;
}

int Run::reviewVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_quietOption);
    int code = Success;
    if (!parse(parser, arguments, kReviewVerifyHelp, 1, 1, &code))
        return code;
    const VerifyResult result = verifyReview(parser.positionalArguments().constFirst());
    if (result.open == Review::Open::NotAReview)
        return fail(UsageError, result.problems.value(0));
    for (const QString &problem : result.problems)
        m_out << "TAMPERED OR INCONSISTENT: " << displaySafe(problem) << '\n';
    if (!m_quiet) {
        for (const QString &note : result.notes)
            m_out << "ok: " << displaySafe(note) << '\n';
    }
    m_out << (result.intact() ? "The review is intact.\n" : "The review does not verify.\n");
    m_out.flush();
    return result.intact() ? Success : DifferencesFound;
}

int Run::main(const QStringList &arguments)
{
    // Errors of a run asking for json or ndjson are json too, from the start.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--format=json") || a == QLatin1String("--format=ndjson")
            || (a == QLatin1String("--format") && i + 1 < arguments.size()
                && (arguments[i + 1] == QLatin1String("json")
                    || arguments[i + 1] == QLatin1String("ndjson"))))
            m_jsonErrors = true;
    }
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("--help-all")) {
        m_out << "Usage: sequence-admin-cli COMMAND [options]\n\n"
              << "Lists and exports the users of a Sequence account, with their roles and permissions.\n\n"
              << kCommands << '\n'
              << kConnectionHelp << '\n'
              << "Options of every command:\n"
              << "  -h, --help     Displays the command's options and examples.\n"
              << "  --verbose      Logs requests to standard error; twice for more.\n"
              << "Without a command:\n"
              << "  -v, --version  Displays version information.\n\n"
              << kExitCodes;
        m_out.flush();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "sequence-admin-cli " << SA_VERSION_STRING << '\n' << SA_VERSION_NOTICE;
        m_out.flush();
        return Success;
    }
    // What follows the command, behind the program name, as each parser expects.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("sequence-admin-cli")));
    if (command == QLatin1String("users"))
        return users(rest);
    if (command == QLatin1String("export"))
        return exportReport(rest);
    if (command == QLatin1String("diff"))
        return diff(rest);
    if (command == QLatin1String("profiles"))
        return profiles(rest);
    if (command == QLatin1String("snapshot"))
        return snapshot(rest);
    if (command == QLatin1String("drift"))
        return drift(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("review"))
        return review(rest);
    if (command.isEmpty())
        return fail(UsageError,
            QStringLiteral(
                "name a command: users, export, diff, snapshot, drift, check, review or profiles (see "
                "--help)"));
    if (command.startsWith(QLatin1Char('-')))
        return fail(UsageError,
            QStringLiteral(
                "put the command first: sequence-admin-cli COMMAND [options], COMMAND one of users, "
                "export, diff, snapshot, drift or profiles (see --help)"));
    return fail(UsageError,
        QStringLiteral("unknown command \"%1\": use users, export, diff, snapshot, drift, check, review or "
                       "profiles (see --help)")
            .arg(command));
}

} // namespace

bool CliTool::needsGui(const QStringList &arguments)
{
    // Signing off writes the review's PDF.
    if (arguments.value(1) == QLatin1String("review") && arguments.value(2) == QLatin1String("sign"))
        return true;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--format=pdf"))
            return true;
        if (arguments[i] == QLatin1String("--format") && i + 1 < arguments.size()
            && arguments[i + 1] == QLatin1String("pdf"))
            return true;
    }
    return false;
}

int CliTool::run(const QStringList &arguments)
{
    Run run;
    return run.main(arguments);
}

} // namespace sa
