// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "policyreport.h"

#include "htmlreport.h"
#include "pdfreport.h"
#include "permissioncatalog.h"
#include "safetext.h"
#include "userjson.h"
#include "userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>
#include <QObject>
#include <QSaveFile>
#include <QStringEncoder>
#include <algorithm>

namespace sa {

QString ReportContext::partialNote() const
{
    if (!partial)
        return QString();
    const QLocale locale(QLocale::C);
    if (accountUsers < 0)
        return QObject::tr("Partial: only the %1 users loaded so far are included; the account has more.")
            .arg(locale.toString(loadedUsers));
    return QObject::tr("Partial: only %1 of the account's %2 users were loaded; %3 are not in this report.")
        .arg(locale.toString(loadedUsers), locale.toString(accountUsers),
            locale.toString(std::max<qint64>(0, accountUsers - loadedUsers)));
}

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

QByteArray csvField(const QString &value)
{
    QByteArray field;
    appendCsvField(field, value);
    return field;
}

class CsvWriter : public ReportWriter
{
protected:
    bool writeReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
        const ReportContext &context) override
    {
        // A user has dozens of rows that share most fields: each field is
        // encoded once (per user, role, resource, action) and rows are copies.
        const PermissionCatalog &catalog = store.registry().catalog();
        std::vector<QByteArray> resources(size_t(catalog.resourceCount()));
        std::vector<QByteArray> actions(size_t(catalog.actionCount()));
        for (size_t i = 0; i < resources.size(); ++i)
            resources[i] = csvField(catalog.resourceName(int(i))) + ',';
        for (size_t i = 0; i < actions.size(); ++i)
            actions[i] = csvField(catalog.actionName(int(i))) + '\n';
        QHash<const RoleDefinition *, QByteArray> roleFields;
        QByteArray out("id,email,state,role,resource,action\n");
        out.reserve(kFlushBytes + 65536);
        qsizetype done = 0;
        for (int r : rows) {
            if (!proceed(context, done++))
                return false;
            QByteArray user = csvField(store.id(r));
            user += ',';
            user += csvField(store.email(r));
            user += ',';
            user += csvField(store.state(r));
            user += ',';
            const auto &roles = store.roleSet(r).roles;
            if (roles.empty())
                out += user + ",,\n";
            for (const RoleDefinition *role : roles) {
                auto field = roleFields.find(role);
                if (field == roleFields.end())
                    field = roleFields.insert(role, csvField(role->name()) + ',');
                const QByteArray prefix = user + field.value();
                // A role without permissions, or a permission without
                // actions, still gets its row: nothing the server said is lost.
                if (role->permissions().empty())
                    out += prefix + ",\n";
                for (const Permission &permission : role->permissions()) {
                    const QByteArray &resource = resources[size_t(permission.resource)];
                    if (permission.actions.empty()) {
                        out += prefix;
                        out += resource;
                        out += '\n';
                    }
                    for (int action : permission.actions) {
                        out += prefix;
                        out += resource;
                        out += actions[size_t(action)];
                    }
                }
            }
            if (!flushWhenFull(device, out))
                return false;
        }
        return put(device, out);
    }
};

class MatrixCsvWriter : public ReportWriter
{
protected:
    bool writeReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
        const ReportContext &context) override
    {
        const RoleRegistry &registry = store.registry();
        const PermissionCatalog &catalog = registry.catalog();
        // Columns: every pair some exported user holds, in catalog order
        // (indices follow the catalog, unknown names after the known ones).
        std::vector<bool> setSeen(size_t(registry.roleSetCount()), false);
        std::vector<GrantKey> columns;
        for (int r : rows) {
            const quint32 set = store.roleSetIndex(r);
            if (setSeen[set])
                continue;
            setSeen[set] = true;
            const auto &grants = registry.roleSet(set).grants;
            columns.insert(columns.end(), grants.begin(), grants.end());
        }
        std::sort(columns.begin(), columns.end());
        columns.erase(std::unique(columns.begin(), columns.end()), columns.end());

        QByteArray out("id,email,state,roles");
        out.reserve(kFlushBytes + 65536);
        for (GrantKey key : columns) {
            out.append(',');
            appendCsvField(out,
                catalog.resourceName(grantResource(key)) + QLatin1Char(':')
                    + catalog.actionName(grantAction(key)));
        }
        out.append('\n');
        qsizetype done = 0;
        for (int r : rows) {
            if (!proceed(context, done++))
                return false;
            const RoleSet &set = store.roleSet(r);
            QStringList names;
            for (const RoleDefinition *role : set.roles)
                names << role->name();
            appendCsvField(out, store.id(r));
            out.append(',');
            appendCsvField(out, store.email(r));
            out.append(',');
            appendCsvField(out, store.state(r));
            out.append(',');
            appendCsvField(out, names.join(QLatin1Char(';')));
            for (GrantKey key : columns)
                out.append(set.has(key) ? ",1" : ",0");
            out.append('\n');
            if (!flushWhenFull(device, out))
                return false;
        }
        return put(device, out);
    }
};

class JsonWriter : public ReportWriter
{
protected:
    bool writeReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
        const ReportContext &context) override
    {
        const PermissionCatalog &catalog = store.registry().catalog();
        QByteArray out("{\"generatedAt\":");
        out.reserve(kFlushBytes + 65536);
        appendJsonString(out, context.generatedAt.toUTC().toString(Qt::ISODateWithMs));
        out.append(",\"source\":");
        appendJsonString(out, context.source.toString(QUrl::RemoveUserInfo));
        out.append(",\"apiVersion\":\"2024-07-30\",\"userCount\":");
        out.append(QByteArray::number(qsizetype(rows.size())));
        if (!context.snapshot.isEmpty()) {
            out.append(",\"snapshot\":");
            appendJsonString(out, context.snapshot);
        }
        if (context.partial) {
            // Only ever present when true: a reader that knows no "partial" still sees a complete report's
            // bytes.
            out.append(",\"partial\":{\"loadedUsers\":");
            out.append(QByteArray::number(context.loadedUsers));
            out.append(",\"accountUsers\":");
            out.append(
                context.accountUsers >= 0 ? QByteArray::number(context.accountUsers) : QByteArray("null"));
            out.append(",\"note\":");
            appendJsonString(out, context.partialNote());
            out.append('}');
        }
        out.append(",\"users\":[");
        bool first = true;
        qsizetype done = 0;
        for (int r : rows) {
            if (!proceed(context, done++))
                return false;
            out.append(first ? "\n" : ",\n");
            first = false;
            appendUserJson(out, store.user(r), catalog);
            if (!flushWhenFull(device, out))
                return false;
        }
        out.append("\n]");
        if (context.policy) {
            const PolicyResult result = PolicyResult::evaluate(
                *context.policy, store, rows, context.today.isValid() ? context.today : QDate::currentDate());
            out.append(",\"findings\":");
            out.append(QJsonDocument(policyResultJson(*context.policy, result, store))
                           .toJson(QJsonDocument::Compact));
        }
        out.append("}\n");
        return put(device, out);
    }
};

// One user per line, each as the API sends it: for scripts that stream.
class NdjsonWriter : public ReportWriter
{
protected:
    bool writeReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
        const ReportContext &context) override
    {
        const PermissionCatalog &catalog = store.registry().catalog();
        QByteArray out;
        out.reserve(kFlushBytes + 65536);
        qsizetype done = 0;
        for (int r : rows) {
            if (!proceed(context, done++))
                return false;
            appendUserJson(out, store.user(r), catalog);
            out.append('\n');
            if (!flushWhenFull(device, out))
                return false;
        }
        return put(device, out);
    }
};

class HtmlWriter : public ReportWriter
{
protected:
    bool writeReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
        const ReportContext &context) override
    {
        // UTF-8 into one buffer, reused: the document is never whole in memory.
        QStringEncoder utf8(QStringEncoder::Utf8);
        QByteArray buffer;
        bool writeFailed = false;
        const bool written = writeHtmlReport(store, rows, context, [&](QString &text) {
            buffer.resize(utf8.requiredSpace(text.size()));
            char *end = utf8.appendToBuffer(buffer.data(), text);
            buffer.resize(end - buffer.constData());
            text.resize(0);
            writeFailed = !put(device, buffer);
            return !writeFailed;
        });
        if (!written && !writeFailed)
            setError(cancelledError()); // stopped by context.progress
        return written;
    }
};

class PdfWriter : public ReportWriter
{
protected:
    bool writeReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
        const ReportContext &context) override
    {
        QString error;
        if (writePdfReport(device, store, rows, context, &error))
            return true;
        setError(error);
        return false;
    }
};

} // namespace

ReportWriter::~ReportWriter() = default;

QString ReportWriter::cancelledError()
{
    return QObject::tr("cancelled");
}

bool ReportWriter::proceed(const ReportContext &context, qsizetype done)
{
    if (context.keepGoing(done))
        return true;
    setError(cancelledError());
    return false;
}

std::unique_ptr<ReportWriter> ReportWriter::create(Format format)
{
    switch (format) {
    case Format::Csv:
        return std::make_unique<CsvWriter>();
    case Format::MatrixCsv:
        return std::make_unique<MatrixCsvWriter>();
    case Format::Json:
        return std::make_unique<JsonWriter>();
    case Format::Ndjson:
        return std::make_unique<NdjsonWriter>();
    case Format::Html:
        return std::make_unique<HtmlWriter>();
    case Format::Pdf:
        return std::make_unique<PdfWriter>();
    }
    return nullptr;
}

bool ReportWriter::parseFormat(const QString &name, Format *format)
{
    for (Format f :
        {Format::Csv, Format::MatrixCsv, Format::Json, Format::Ndjson, Format::Html, Format::Pdf}) {
        if (formatName(f) == name) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString ReportWriter::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::MatrixCsv:
        return QStringLiteral("matrix-csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Ndjson:
        return QStringLiteral("ndjson");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}

QString ReportWriter::fileSuffix(Format format)
{
    switch (format) {
    case Format::Csv:
    case Format::MatrixCsv:
        return QStringLiteral("csv");
    default:
        return formatName(format);
    }
}

bool ReportWriter::write(
    QIODevice *device, const UserStore &store, const std::vector<int> &rows, const ReportContext &context)
{
    m_error.clear();
    if (!device->isWritable()) {
        m_error = QObject::tr("The output is not open for writing.");
        return false;
    }
    return writeReport(device, store, rows, context);
}

QString ReportWriter::checkOutputPath(const QString &path)
{
    const QFileInfo target(path);
    if (path.isEmpty())
        return QObject::tr("no output file given");
    if (!target.absoluteDir().exists())
        return QObject::tr("cannot write %1: the folder %2 does not exist").arg(path, target.absolutePath());
    if (target.isDir())
        return QObject::tr("cannot write %1: it is a folder").arg(path);
    return QString();
}

bool ReportWriter::writeFile(const QString &path, Format format, const UserStore &store,
    const std::vector<int> &rows, const ReportContext &context, QString *error)
{
    *error = checkOutputPath(path);
    if (!error->isEmpty())
        return false;
    // Written beside the target and renamed over it only when complete.
    // Unbuffered: every writer hands over large blocks, and a write that
    // fails (no space left, file too large) fails then, with its cause.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    auto writer = create(format);
    if (!writer->write(&file, store, rows, context)) {
        file.cancelWriting();
        *error = QObject::tr("cannot write %1: %2").arg(path, writer->errorString());
        return false;
    }
    if (!file.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::flushWhenFull(QIODevice *device, QByteArray &out)
{
    if (out.size() <= kFlushBytes)
        return true;
    if (!put(device, out))
        return false;
    // resize(0), not clear(): clear() frees the buffer, and growing a new
    // one takes fresh pages from the kernel after every flush (glibc serves
    // large blocks with mmap, depending on its dynamic threshold): 285,000
    // page faults and a quarter of the speed in some runs of a 100k-user csv.
    out.resize(0);
    return true;
}

bool ReportWriter::put(QIODevice *device, const QByteArray &bytes)
{
    return writeFully(device, bytes.constData(), bytes.size(), &m_error);
}

bool writeFully(QIODevice *device, const char *data, qint64 size, QString *error)
{
    // A short write (the disk filled up mid-block) reports no error; the
    // next write of the rest does, with its cause (no space left, file too large).
    while (size > 0) {
        const qint64 written = device->write(data, size);
        if (written <= 0) {
            *error = device->errorString().isEmpty() ? QObject::tr("Could not write the report.")
                                                     : device->errorString();
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

namespace {

bool isFormulaTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case 0xff1d: // fullwidth = + - @: spreadsheets fold them to the ASCII ones
    case 0xff0b:
    case 0xff0d:
    case 0xff20:
        return true;
    default:
        return false;
    }
}

// What a spreadsheet skips before it looks for a formula.
bool isLeadingSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xfeff) || c == QChar(0x200b);
}

// Where the first character after whitespace from i is a formula trigger.
bool triggerAfterSpace(const QString &value, qsizetype i)
{
    while (i < value.size() && isLeadingSpace(value[i]))
        ++i;
    return i < value.size() && isFormulaTrigger(value[i]);
}

} // namespace

void appendCsvField(QByteArray &out, const QString &raw)
{
    // Control characters other than tab and line breaks have no place in a
    // cell (the json report keeps every character).
    const QString value = displaySafe(raw, true);
    // A single quote (OWASP's prefix) goes before the field when it starts
    // a formula, even after whitespace, and after every ; or , that a
    // spreadsheet splitting the line there would read as a formula's start.
    const bool leading = !value.isEmpty()
        && (value.front() == QLatin1Char('\t') || value.front() == QLatin1Char('\r')
            || triggerAfterSpace(value, 0));
    bool inner = false;
    for (qsizetype i = 0; i < value.size() && !inner; ++i)
        inner = (value[i] == QLatin1Char(';') || value[i] == QLatin1Char(','))
            && triggerAfterSpace(value, i + 1);
    QByteArray bytes;
    if (!inner) {
        bytes = value.toUtf8();
    } else {
        QString defused;
        defused.reserve(value.size() + 8);
        for (qsizetype i = 0; i < value.size(); ++i) {
            defused.append(value[i]);
            if ((value[i] == QLatin1Char(';') || value[i] == QLatin1Char(','))
                && triggerAfterSpace(value, i + 1))
                defused.append(QLatin1Char('\''));
        }
        bytes = defused.toUtf8();
    }
    if (leading)
        bytes.prepend('\'');
    bool quote = inner;
    for (const char c : std::as_const(bytes)) {
        if (c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(bytes);
        return;
    }
    out.append('"');
    for (const char c : std::as_const(bytes)) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

} // namespace sa
