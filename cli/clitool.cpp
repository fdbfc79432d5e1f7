#include "clitool.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "profilestore.h"
#include "reportwriter.h"
#include "sa_version.h"
#include "safetext.h"
#include "snapshotdiff.h"
#include "userfilter.h"
#include "userloader.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QUuid>
#include <cstdio>
#include <numeric>
#include <unistd.h>

namespace sa {

namespace {

const char kExitCodes[]
    = "Exit codes:\n"
      "  0  success\n"
      "  1  differences found (diff only)\n"
      "  2  usage error (bad arguments, unreadable or invalid report file, refused base URL)\n"
      "  3  authentication failed (HTTP 401/403)\n"
      "  4  network or server failure (unreachable, timeout, deadline passed, 5xx or 429 after\n"
      "     retries, a Retry-After over 5 minutes, other 4xx)\n"
      "  5  invalid data from the server (malformed JSON, schema violation, oversized body,\n"
      "     paging that makes no progress: a repeating cursor, pages without new users)\n"
      "  6  keychain error\n"
      "  7  cannot write the output file\n"
      "On any failure the output file is not created, and an existing one is left untouched.\n";

const char kCommands[]
    = "Commands:\n"
      "  users [--format table|csv|json]       all users to standard output\n"
      "  export --format csv|matrix-csv|json|html|pdf --output FILE\n"
      "         [--search TEXT] [--state S] [--role R] [--can ACTION:RESOURCE]\n"
      "  diff OLD.json NEW.json [--format text|csv]\n"
      "                                        what changed between two json exports\n"
      "  profiles list | profiles add NAME (--environment E | --base-url URL) --client-id ID\n"
      "         (the secret on standard input) | profiles remove NAME\n"
      "Credentials: --profile NAME (secret from the system keychain), or\n"
      "SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET with --base-url or --environment.\n";

// Empty for a name that is not one of Sequence's environments.
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

class Run
{
    static constexpr int Success = CliTool::Success;
    static constexpr int UsageError = CliTool::UsageError;
    static constexpr int CannotWriteOutput = CliTool::CannotWriteOutput;
    static constexpr int DifferencesFound = CliTool::DifferencesFound;

public:
    Run()
        : m_out(stdout)
        , m_err(stderr)
    { }

    int fail(int code, const QString &message)
    {
        // Messages quote servers and files: no control sequence reaches the terminal.
        m_err << "sequence-admin-cli: " << displaySafe(message) << '\n';
        m_err.flush();
        return code;
    }

    int main(const QStringList &arguments);

private:
    // The integer value of option, or a usage error naming the allowed range.
    bool intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
        int *value, int *code);
    int connect(QCommandLineParser &parser);
    int fetchAll(UserLoader &model);
    int loadAll(QCommandLineParser &parser, UserLoader &model);
    int users(QCommandLineParser &parser);
    int exportReport(QCommandLineParser &parser);
    int diff(QCommandLineParser &parser);
    int profiles(QCommandLineParser &parser);

    QTextStream m_out;
    QTextStream m_err;
    ApiClient m_client;
    bool m_quiet = false;
    bool m_terminal = isatty(STDERR_FILENO);

    QCommandLineOption m_baseUrl {
        QStringLiteral("base-url"), QStringLiteral("Base URL of the API."), QStringLiteral("url")};
    QCommandLineOption m_environment {QStringLiteral("environment"),
        QStringLiteral("production, sandbox or dev instead of --base-url."), QStringLiteral("name")};
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
    QCommandLineOption m_profile {QStringLiteral("profile"),
        QStringLiteral("Use a saved connection; its secret comes from the system keychain."),
        QStringLiteral("name")};
    QCommandLineOption m_clientId {
        QStringLiteral("client-id"), QStringLiteral("Client id (profiles add)."), QStringLiteral("id")};
    QCommandLineOption m_format {
        QStringLiteral("format"), QStringLiteral("Output format (see Commands)."), QStringLiteral("format")};
    QCommandLineOption m_output {
        QStringLiteral("output"), QStringLiteral("File to write (export)."), QStringLiteral("file")};
    QCommandLineOption m_search {QStringLiteral("search"),
        QStringLiteral("Only users whose e-mail or id contains TEXT."), QStringLiteral("text")};
    QCommandLineOption m_state {
        QStringLiteral("state"), QStringLiteral("Only users in this state."), QStringLiteral("state")};
    QCommandLineOption m_role {
        QStringLiteral("role"), QStringLiteral("Only users holding this role."), QStringLiteral("role")};
    QCommandLineOption m_can {QStringLiteral("can"),
        QStringLiteral("Only users who can ACTION on RESOURCE; * for either means any."),
        QStringLiteral("action:resource")};
};

int Run::main(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists and exports the users of a Sequence account, with their roles "
                       "and permissions.\n\n")
        + QLatin1String(kCommands) + QLatin1Char('\n') + QLatin1String(kExitCodes));
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("users, export, diff or profiles."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(
        {m_profile, m_clientId, m_baseUrl, m_environment, m_pageSize, m_timeout, m_requestDeadline,
            m_deadline, m_retries, m_quietOption, m_format, m_output, m_search, m_state, m_role, m_can});
    if (!parser.parse(arguments))
        return fail(UsageError, parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << "sequence-admin-cli " << SA_VERSION_STRING << '\n';
        return Success;
    }
    m_quiet = parser.isSet(m_quietOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(UsageError, QStringLiteral("name a command: users, export or diff (see --help)"));
    const QString command = positional.first();
    if (command == QLatin1String("users"))
        return users(parser);
    if (command == QLatin1String("export"))
        return exportReport(parser);
    if (command == QLatin1String("diff"))
        return diff(parser);
    if (command == QLatin1String("profiles"))
        return profiles(parser);
    return fail(UsageError,
        QStringLiteral("unknown command \"%1\": use users, export, diff or profiles").arg(command));
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

int Run::connect(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() > 1)
        return fail(
            UsageError, QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    ConnectionSettings settings;
    if (int(parser.isSet(m_baseUrl)) + int(parser.isSet(m_environment)) + int(parser.isSet(m_profile)) > 1)
        return fail(UsageError, QStringLiteral("give one of --profile, --base-url or --environment"));
    if (parser.isSet(m_profile)) {
        const ProfileStore store;
        const std::optional<Profile> profile = store.byName(parser.value(m_profile));
        if (!profile)
            return fail(UsageError,
                QStringLiteral("no profile named \"%1\" (see: profiles list)").arg(parser.value(m_profile)));
        settings.baseUrl = profile->baseUrl;
        settings.clientId = profile->clientId;
        CredentialStore credentials;
        const CredentialStore::Result secret = credentials.readNow(profile->id);
        if (secret.status == CredentialStore::Status::NotFound)
            return fail(CliTool::KeychainError,
                QStringLiteral("no secret is stored for profile \"%1\"; add it again with: "
                               "profiles add %1 ... < secret-file")
                    .arg(profile->name));
        if (secret.status == CredentialStore::Status::Unavailable)
            return fail(CliTool::KeychainError, secret.message);
        settings.clientSecret = secret.secret;
    } else if (parser.isSet(m_environment)) {
        settings.baseUrl = environmentUrl(parser.value(m_environment));
        if (settings.baseUrl.isEmpty())
            return fail(UsageError, QStringLiteral("--environment takes production, sandbox or dev"));
    } else if (parser.isSet(m_baseUrl)) {
        settings.baseUrl = QUrl(parser.value(m_baseUrl));
    } else {
        return fail(
            UsageError, QStringLiteral("say where: --base-url URL or --environment production|sandbox|dev"));
    }
    const QString problem = ApiClient::checkBaseUrl(settings.baseUrl);
    if (!problem.isEmpty())
        return fail(UsageError, problem);
    if (!parser.isSet(m_profile)) {
        settings.clientId = qEnvironmentVariable("SEQUENCE_CLIENT_ID");
        settings.clientSecret = qEnvironmentVariable("SEQUENCE_CLIENT_SECRET");
    }
    if (settings.clientId.isEmpty() || settings.clientSecret.isEmpty())
        return fail(UsageError,
            QStringLiteral("set SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET to the API client's "
                           "credentials"));
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

int Run::fetchAll(UserLoader &model)
{
    const QLocale locale;
    QObject::connect(&model, &UserLoader::usersAppended, &model, [&] {
        if (m_quiet || !m_terminal)
            return;
        m_err << "\rLoaded " << locale.toString(model.loadedCount());
        if (model.totalCount() >= 0)
            m_err << " of " << locale.toString(model.totalCount());
        m_err << " users";
        m_err.flush();
    });
    QObject::connect(
        &model, &UserLoader::retryScheduled, &model, [&](int attempt, int delayMs, const QString &why) {
            if (!m_quiet)
                m_err << (m_terminal ? "\r" : "") << why << " Retrying in " << (delayMs + 999) / 1000
                      << " s (attempt " << attempt << ").\n";
            m_err.flush();
        });
    QEventLoop loop;
    QObject::connect(&model, &UserLoader::fetchAllFinished, &loop, &QEventLoop::quit);
    model.fetchAll();
    if (model.isFetchingAll())
        loop.exec();
    if (!m_quiet && m_terminal)
        m_err << '\n';
    if (model.lastError().isError())
        return fail(exitCodeFor(model.lastError()), model.lastError().toString());
    return Success;
}

// Connects as the options say, then loads every user into model.
int Run::loadAll(QCommandLineParser &parser, UserLoader &model)
{
    if (const int code = connect(parser))
        return code;
    int pageSize = 0, deadline = 0, code = Success;
    if (!intOption(parser, m_pageSize, 1, 100, &pageSize, &code)
        || !intOption(parser, m_deadline, 0, 604800, &deadline, &code))
        return code;
    model.setPageSize(pageSize);
    model.setLoadDeadline(deadline * 1000);
    return fetchAll(model);
}

int Run::users(QCommandLineParser &parser)
{
    const QString format = parser.isSet(m_format) ? parser.value(m_format) : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(UsageError, QStringLiteral("users --format takes table, csv or json"));
    UserLoader model(&m_client);
    if (const int code = loadAll(parser, model))
        return code;
    const UserStore &store = model.store();
    std::vector<int> rows(size_t(store.size()));
    std::iota(rows.begin(), rows.end(), 0);
    // Everything in the table came from the server: shown without control sequences.
    auto rolesText = [&store](int row) {
        QStringList names;
        for (const RoleDefinition *role : store.roleSet(row).roles)
            names << displaySafe(role->name());
        return names.join(QStringLiteral(", "));
    };
    m_out.flush();
    if (format == QLatin1String("table")) {
        int emailWidth = 5, roleWidth = 5;
        for (int row : rows) {
            emailWidth = std::max(emailWidth, int(displaySafe(store.email(row)).size()));
            roleWidth = std::max(roleWidth, int(rolesText(row).size()));
        }
        emailWidth = std::min(emailWidth, 60);
        roleWidth = std::min(roleWidth, 60);
        m_out << QStringLiteral("EMAIL").leftJustified(emailWidth) << "  "
              << QStringLiteral("STATE").leftJustified(8) << "  "
              << QStringLiteral("ROLES").leftJustified(roleWidth) << "  ID\n";
        for (int row : rows)
            m_out << displaySafe(store.email(row)).leftJustified(emailWidth) << "  "
                  << displaySafe(store.state(row)).leftJustified(8) << "  "
                  << rolesText(row).leftJustified(roleWidth) << "  " << displaySafe(store.id(row)) << '\n';
        m_out.flush();
        return Success;
    }
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return fail(CannotWriteOutput, QStringLiteral("cannot write to standard output"));
    ReportContext context;
    context.source = m_client.settings().baseUrl;
    context.generatedAt = QDateTime::currentDateTimeUtc();
    auto writer = ReportWriter::create(
        format == QLatin1String("csv") ? ReportWriter::Format::Csv : ReportWriter::Format::Json);
    if (!writer->write(&output, store, rows, context))
        return fail(CannotWriteOutput,
            QStringLiteral("cannot write to standard output: %1").arg(writer->errorString()));
    return Success;
}

int Run::exportReport(QCommandLineParser &parser)
{
    ReportWriter::Format format;
    if (!parser.isSet(m_format) || !ReportWriter::parseFormat(parser.value(m_format), &format))
        return fail(UsageError, QStringLiteral("export needs --format csv, matrix-csv, json, html or pdf"));
    if (!parser.isSet(m_output) || parser.value(m_output).isEmpty())
        return fail(UsageError, QStringLiteral("export needs --output FILE"));
    UserFilter filter;
    filter.search = parser.value(m_search);
    filter.state = parser.value(m_state);
    filter.roleName = parser.value(m_role);
    if (parser.isSet(m_can)
        && !UserFilter::parseCapability(
            parser.value(m_can), &filter.capabilityResource, &filter.capabilityAction))
        return fail(UsageError,
            QStringLiteral("--can takes ACTION:RESOURCE, e.g. finalize:org.invoice or finalize:*"));
    const QString path = parser.value(m_output);
    // Checked before fetching anything, so a typo costs no download.
    const QString problem = ReportWriter::checkOutputPath(path);
    if (!problem.isEmpty())
        return fail(CannotWriteOutput, problem);
    UserLoader model(&m_client);
    if (const int code = loadAll(parser, model))
        return code;
    const UserStore &store = model.store();
    std::vector<int> rows;
    UserFilterMatcher matcher(filter, store);
    for (int row = 0; row < store.size(); ++row) {
        if (matcher.matches(row))
            rows.push_back(row);
    }
    ReportContext context;
    context.source = m_client.settings().baseUrl;
    context.generatedAt = QDateTime::currentDateTimeUtc();
    context.filterDescription = filter.description();
    if (!m_quiet && m_terminal) {
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
    const bool written = ReportWriter::writeFile(path, format, store, rows, context, &error);
    if (context.progress) {
        if (written) // the last call came up to 255 users early
            context.progress(qsizetype(rows.size()));
        m_err << '\n';
    }
    if (!written)
        return fail(CannotWriteOutput, error);
    if (!m_quiet)
        m_err << "Wrote " << rows.size() << " of " << store.size() << " users to " << path << '\n';
    return Success;
}

int Run::diff(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return fail(UsageError, QStringLiteral("diff takes two json reports: diff OLD.json NEW.json"));
    const QString format = parser.isSet(m_format) ? parser.value(m_format) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return fail(UsageError, QStringLiteral("diff --format takes text or csv"));
    RoleRegistry registry;
    Snapshot older, newer;
    QString error;
    if (!loadSnapshot(positional.at(1), registry, &older, &error)
        || !loadSnapshot(positional.at(2), registry, &newer, &error))
        return fail(UsageError, error);
    const std::vector<SnapshotChange> changes = diffSnapshots(older, newer, registry);
    if (format == QLatin1String("csv")) {
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

} // namespace

int Run::profiles(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    ProfileStore store;
    if (action == QLatin1String("list") && positional.size() == 2) {
        const QList<Profile> all = store.profiles();
        if (all.isEmpty()) {
            m_err << "No profiles yet. Add one with: profiles add NAME --environment production --client-id "
                     "ID < secret\n";
            return Success;
        }
        m_out << QStringLiteral("NAME").leftJustified(24) << "  "
              << QStringLiteral("ENVIRONMENT").leftJustified(11) << "  "
              << QStringLiteral("BASE URL").leftJustified(40) << "  CLIENT ID\n";
        for (const Profile &profile : all)
            m_out << displaySafe(profile.name).leftJustified(24) << "  "
                  << Profile::environmentName(profile.environment).leftJustified(11) << "  "
                  << displaySafe(profile.baseUrl.toString(QUrl::RemoveUserInfo)).leftJustified(40) << "  "
                  << displaySafe(profile.clientId) << '\n';
        m_out.flush();
        return Success;
    }
    if (action == QLatin1String("add") && positional.size() == 3) {
        Profile profile = store.byName(positional.at(2)).value_or(Profile());
        profile.name = positional.at(2);
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
        int code = Success;
        if (!intOption(parser, m_pageSize, 1, 100, &profile.pageSize, &code))
            return code;
        // The secret comes from standard input only: arguments show up in
        // process lists and shell history.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(UsageError, QStringLiteral("cannot read the secret from standard input"));
        QString secret = QString::fromUtf8(in.readAll());
        while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
            secret.chop(1);
        if (secret.isEmpty())
            return fail(UsageError,
                QStringLiteral(
                    "give the client secret on standard input, e.g. profiles add %1 ... < secret-file")
                    .arg(profile.name));
        if (profile.id.isEmpty())
            profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        CredentialStore credentials;
        const CredentialStore::Result written = credentials.writeNow(profile.id, secret);
        secret.fill(QLatin1Char('\0'));
        if (written.status != CredentialStore::Status::Ok)
            return fail(
                CliTool::KeychainError, written.message + QStringLiteral(". The profile was not saved."));
        store.save(profile);
        if (!m_quiet)
            m_err << "Saved profile \"" << profile.name << "\"; its secret is in the system keychain.\n";
        return Success;
    }
    if (action == QLatin1String("remove") && positional.size() == 3) {
        const std::optional<Profile> profile = store.byName(positional.at(2));
        if (!profile)
            return fail(UsageError, QStringLiteral("no profile named \"%1\"").arg(positional.at(2)));
        CredentialStore credentials;
        const CredentialStore::Result removed = credentials.removeNow(profile->id);
        if (removed.status == CredentialStore::Status::Unavailable)
            return fail(CliTool::KeychainError, removed.message + QStringLiteral(". The profile was kept."));
        store.remove(profile->id);
        if (!m_quiet)
            m_err << "Removed profile \"" << profile->name << "\" and its secret.\n";
        return Success;
    }
    return fail(UsageError,
        QStringLiteral("use: profiles list | profiles add NAME (--environment E | --base-url URL) "
                       "--client-id ID < secret | profiles remove NAME"));
}

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
