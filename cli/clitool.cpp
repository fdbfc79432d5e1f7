// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitool.h"

#include "apiclient.h"
#include "boundedread.h"
#include "credentialstore.h"
#include "profilestore.h"
#include "reportwriter.h"
#include "sa_version.h"
#include "safetext.h"
#include "secretprompt.h"
#include "snapshotdiff.h"
#include "userfilter.h"
#include "userjson.h"
#include "userloader.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
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
      "  1  differences found (diff only)\n"
      "  2  usage error (an unknown option or one this command does not take, a missing or bad\n"
      "     value, an unreadable or invalid report file, a refused base URL)\n"
      "  3  authentication failed (HTTP 401/403)\n"
      "  4  network or server failure (unreachable, timeout, deadline passed, 5xx or 429 after\n"
      "     retries, a Retry-After over 5 minutes, other 4xx)\n"
      "  5  invalid data from the server (malformed JSON, schema violation, oversized body,\n"
      "     paging that makes no progress: a repeating cursor, pages without new users)\n"
      "  6  keychain error (none reachable, locked, or no secret stored)\n"
      "  7  cannot write the output file\n"
      "On any failure an output file is not created, and an existing one is left untouched.\n"
      "With --format json or ndjson a failure also writes one JSON object to standard error:\n"
      "  {\"error\":{\"kind\":\"network\",\"message\":\"...\",\"exitCode\":4}}\n";

const char kCommands[]
    = "Commands:\n"
      "  users     all users (or those matching filters) to standard output\n"
      "  export    a permission report of the matching users to a file (or - for standard output)\n"
      "  diff      what changed between two json reports\n"
      "  profiles  list, add or remove saved connections (secrets in the system keychain)\n"
      "Run sequence-admin-cli COMMAND --help for a command's options and examples.\n";

const char kConnectionHelp[]
    = "Connection: --profile NAME (or SEQUENCE_PROFILE), the secret from the system keychain; or\n"
      "--base-url URL or --environment NAME with SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET.\n";

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
    "  sequence-admin-cli users --base-url http://127.0.0.1:8080/api --format ndjson | jq .email\n",
    true};
const CommandHelp kExportHelp {"export --format FORMAT --output FILE|- [options]",
    "Writes a permission report of the matching users to FILE, whole or not at all;\n"
    "--output - writes it to standard output.",
    "  sequence-admin-cli export --profile prod --format pdf --output access.pdf\n"
    "  sequence-admin-cli export --profile prod --format csv --can finalize:org.invoice --output f.csv\n"
    "  sequence-admin-cli export --profile prod --format json --output - | jq .userCount\n",
    true};
const CommandHelp kDiffHelp {"diff OLD.json NEW.json [options]",
    "Compares two json reports: users added and removed, and each permission a user gained or\n"
    "lost. Needs no connection. Each report must be a regular file of at most 1 GiB that lists\n"
    "each user id once. Exits 1 when there are differences.",
    "  sequence-admin-cli diff q3.json q4.json\n"
    "  sequence-admin-cli diff q3.json q4.json --format csv > changes.csv\n",
    false};
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

class Run
{
    static constexpr int Success = CliTool::Success;
    static constexpr int UsageError = CliTool::UsageError;
    static constexpr int CannotWriteOutput = CliTool::CannotWriteOutput;
    static constexpr int DifferencesFound = CliTool::DifferencesFound;
    static constexpr int KeychainError = CliTool::KeychainError;

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
    int writeReport(ReportWriter::Format format, const QString &path, const UserStore &store,
        const std::vector<int> &rows, const UserFilter &filter);
    QString keychainHint() const;

    int users(const QStringList &arguments);
    int exportReport(const QStringList &arguments);
    int diff(const QStringList &arguments);
    int profiles(const QStringList &arguments);
    int profilesList(const QStringList &arguments);
    int profilesAdd(const QStringList &arguments);
    int profilesRemove(const QStringList &arguments);

    QTextStream m_out;
    QTextStream m_err;
    ApiClient m_client;
    bool m_quiet = false;
    bool m_jsonErrors = false;
    bool m_terminal = SA_ISATTY(SA_FILENO(stderr));

    QCommandLineOption m_baseUrl {QStringLiteral("base-url"),
        QStringLiteral("Base URL of the API, e.g. https://eu.sequencehq.com/api."), QStringLiteral("url")};
    QCommandLineOption m_environment {QStringLiteral("environment"),
        QStringLiteral("production, sandbox or dev instead of --base-url."), QStringLiteral("name")};
    QCommandLineOption m_profile {QStringLiteral("profile"),
        QStringLiteral("Use a saved connection; its secret comes from the system keychain. "
                       "SEQUENCE_PROFILE does the same."),
        QStringLiteral("name")};
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
    const QString command
        = usage.section(QLatin1Char(' '), 0, usage.startsWith(QLatin1String("profiles")) ? 1 : 0);
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
    parser.addOptions({m_profile, m_baseUrl, m_environment, m_pageSize, m_timeout, m_requestDeadline,
        m_deadline, m_retries, m_quietOption});
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
    m_client.setSettings(settings);
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
    const std::vector<int> &rows, const UserFilter &filter)
{
    ReportContext context;
    context.source = m_client.settings().baseUrl;
    context.generatedAt = QDateTime::currentDateTimeUtc();
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
    parser.addOption(format);
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
    UserLoader loader(&m_client);
    if (const int failed = loadAll(parser, loader))
        return failed;
    const std::vector<int> rows = matchingRows(loader.store(), filter);
    if (name == QLatin1String("table"))
        return writeTable(loader.store(), rows);
    ReportWriter::Format reportFormat;
    ReportWriter::parseFormat(name, &reportFormat);
    return writeReport(reportFormat, QStringLiteral("-"), loader.store(), rows, filter);
}

int Run::exportReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    addFilterOptions(parser);
    const QCommandLineOption format {QStringLiteral("format"),
        QStringLiteral("csv, matrix-csv, json, ndjson, html or pdf (required)."), QStringLiteral("format")};
    parser.addOptions({format, m_output});
    int code = Success;
    if (!parse(parser, arguments, kExportHelp, 0, 0, &code))
        return code;
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
    if (path != QLatin1String("-")) {
        const QFileInfo target(path);
        if (!(target.exists() && !target.isFile() && !target.isDir())) {
            const QString problem = ReportWriter::checkOutputPath(path);
            if (!problem.isEmpty())
                return fail(CannotWriteOutput, problem);
        }
    }
    UserLoader loader(&m_client);
    if (const int failed = loadAll(parser, loader))
        return failed;
    return writeReport(reportFormat, path, loader.store(), matchingRows(loader.store(), filter), filter);
}

int Run::diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format {QStringLiteral("format"), QStringLiteral("text (the default) or csv."),
        QStringLiteral("format"), QStringLiteral("text")};
    parser.addOptions({format, m_quietOption});
    parser.addPositionalArgument(QStringLiteral("OLD.json"), QStringLiteral("The older json report."));
    parser.addPositionalArgument(QStringLiteral("NEW.json"), QStringLiteral("The newer json report."));
    int code = Success;
    if (!parse(parser, arguments, kDiffHelp, 2, 2, &code))
        return code;
    const QString name = parser.value(format);
    if (name != QLatin1String("text") && name != QLatin1String("csv"))
        return fail(UsageError, QStringLiteral("diff --format takes text or csv, not \"%1\"").arg(name));
    const QStringList positional = parser.positionalArguments();
    RoleRegistry registry;
    Snapshot older, newer;
    QString error;
    if (!loadSnapshot(positional.at(0), registry, &older, &error)
        || !loadSnapshot(positional.at(1), registry, &newer, &error))
        return fail(UsageError, error);
    const std::vector<SnapshotChange> changes = diffSnapshots(older, newer, registry);
    if (name == QLatin1String("csv")) {
        m_out.flush();
        const QByteArray csv = snapshotDiffCsv(changes);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
    } else {
        m_out << snapshotDiffText(changes, older, newer);
        m_out.flush();
    }
    return changes.empty() ? Success : DifferencesFound;
}

int Run::profiles(const QStringList &arguments)
{
    // arguments: program, then what followed "profiles".
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == QLatin1String("list"))
        return profilesList(rest);
    if (action == QLatin1String("add"))
        return profilesAdd(rest);
    if (action == QLatin1String("remove"))
        return profilesRemove(rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_out << "Usage: sequence-admin-cli profiles list | add | remove [options]\n\n"
              << "Saved connections; each one's secret is in the system keychain, never in a file.\n"
              << "Run sequence-admin-cli profiles ACTION --help for an action's options.\n";
        m_out.flush();
        return Success;
    }
    return fail(UsageError,
        action.isEmpty() ? QStringLiteral("profiles needs an action: list, add or remove")
                         : QStringLiteral("profiles takes list, add or remove, not \"%1\"").arg(action));
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
    parser.addOptions({m_environment, m_baseUrl, m_clientId, m_pageSize, m_secretFile, m_quietOption});
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
    if (command.isEmpty())
        return fail(
            UsageError, QStringLiteral("name a command: users, export, diff or profiles (see --help)"));
    if (command.startsWith(QLatin1Char('-')))
        return fail(UsageError,
            QStringLiteral(
                "put the command first: sequence-admin-cli COMMAND [options], COMMAND one of users, "
                "export, diff or profiles (see --help)"));
    return fail(UsageError,
        QStringLiteral("unknown command \"%1\": use users, export, diff or profiles (see --help)")
            .arg(command));
}

} // namespace

bool CliTool::needsGui(const QStringList &arguments)
{
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
