// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersparser.h"

#include "jsonreader.h"
#include "roleregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sa {

namespace {

using Type = JsonReader::Type;

QString typeName(Type type)
{
    switch (type) {
    case Type::Object:
        return QStringLiteral("an object");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Null:
        return QStringLiteral("null");
    case Type::End:
        return QStringLiteral("the end of data");
    case Type::Invalid:
        break;
    }
    return QStringLiteral("invalid JSON");
}

// Walks one document against the schema, keeping the path for messages.
class Walker
{
public:
    Walker(QByteArrayView body, RoleRegistry *registry, ParseError *error, const ParseLimits &limits)
        : m_reader(body, limits.maxDepth)
        , m_registry(registry)
        , m_error(error)
        , m_limits(limits)
    { }

    bool checkSize(QByteArrayView body)
    {
        if (body.size() > m_limits.maxBodyBytes) {
            return fail(QStringLiteral("response body of %1 bytes exceeds the limit of %2 bytes")
                            .arg(body.size())
                            .arg(m_limits.maxBodyBytes));
        }
        if (body.isEmpty())
            return fail(QStringLiteral("empty response body, expected JSON"));
        return true;
    }

    bool usersPage(UsersPage *out)
    {
        bool sawItems = false;
        bool sawPagination = false;
        UsersPage page;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "items") {
                sawItems = true;
                return array([&](int) {
                    User user;
                    if (!this->user(&user))
                        return false;
                    page.users.push_back(std::move(user));
                    return true;
                });
            }
            if (key == "pagination") {
                sawPagination = true;
                return pagination(&page.pagination);
            }
            return skip();
        });
        if (!ok || !required(sawItems, "items") || !required(sawPagination, "pagination") || !end())
            return false;
        *out = std::move(page);
        return true;
    }

    // sink, when given, takes each user as it is read (and out gets none):
    // it returns an error message to stop with, or an empty string.
    bool snapshot(Snapshot *out, const SnapshotUserSink &sink = {})
    {
        Snapshot result;
        bool sawUsers = false;
        qint64 declared = -1;
        qint64 count = 0;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "users") {
                // A second "users" would append to the first: refused like a duplicate id.
                if (sawUsers)
                    return fail(QStringLiteral("appears twice"));
                sawUsers = true;
                // A report lists each user once: a second entry with an id
                // would make any diff of it invent changes.
                QHash<QString, int> seen;
                return array([&](int index) {
                    User user;
                    if (!this->user(&user))
                        return false;
                    ++count;
                    if (sink) {
                        const QString problem = sink(std::move(user), m_reader.position());
                        if (problem.isEmpty())
                            return true;
                        m_path.push_back({QByteArray("id"), -1});
                        return fail(problem);
                    }
                    const auto earlier = seen.constFind(user.id);
                    if (earlier != seen.constEnd()) {
                        m_path.push_back({QByteArray("id"), -1});
                        return fail(QStringLiteral("duplicate id \u201c%1\u201d, already at users[%2]")
                                        .arg(user.id)
                                        .arg(*earlier));
                    }
                    seen.insert(user.id, index);
                    result.users.push_back(std::move(user));
                    return true;
                });
            }
            if (key == "generatedAt")
                return string(&result.generatedAt);
            if (key == "source")
                return string(&result.source);
            if (key == "apiVersion")
                return string(&result.apiVersion);
            if (key == "partial") {
                result.partial = true;
                return skip();
            }
            if (key == "userCount") {
                if (!expectType(Type::Number))
                    return false;
                return m_reader.readInt64(&declared) || syntaxFailed();
            }
            return skip();
        });
        if (!ok || !required(sawUsers, "users") || !end())
            return false;
        if (declared >= 0 && declared != count) {
            m_path.push_back({QByteArray("userCount"), -1});
            return fail(QStringLiteral("says %1 users, the file holds %2").arg(declared).arg(count));
        }
        *out = std::move(result);
        return true;
    }

    bool peekPagination(Pagination *out)
    {
        bool found = false;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "pagination") {
                found = true;
                return pagination(out);
            }
            const Type type = m_reader.peek();
            if (type == Type::Object || type == Type::Array) {
                const qsizetype end = m_reader.scanValueEnd();
                if (end < 0)
                    return false;
                m_reader.jumpTo(end);
                return true;
            }
            return skip();
        });
        return ok && found;
    }

    bool singleUser(User *out)
    {
        User user;
        if (!this->user(&user) || !end())
            return false;
        *out = std::move(user);
        return true;
    }

    bool accountsPage(AccountsPage *out)
    {
        bool sawItems = false;
        AccountsPage page;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "items") {
                sawItems = true;
                return array([&](int) {
                    SequenceAccount account;
                    if (!this->account(&account))
                        return false;
                    page.accounts.push_back(std::move(account));
                    return true;
                });
            }
            if (key == "pagination")
                return pagination(&page.pagination);
            return skip();
        });
        if (!ok || !required(sawItems, "items") || !end())
            return false;
        *out = std::move(page);
        return true;
    }

    bool singleRole(const RoleDefinition **out)
    {
        const RoleDefinition *role = nullptr;
        if (!this->role(&role) || !end())
            return false;
        *out = role;
        return true;
    }

private:
    struct Segment
    {
        QByteArray key; // empty for an array index
        int index = -1;
    };

    bool fail(const QString &message)
    {
        if (m_error) {
            QString path;
            for (const Segment &segment : m_path) {
                if (segment.index >= 0) {
                    path += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
                } else {
                    if (!path.isEmpty())
                        path += QLatin1Char('.');
                    path += QString::fromUtf8(segment.key);
                }
            }
            m_error->path = path;
            m_error->message = message;
            m_error->offset = m_reader.failed() ? m_reader.errorOffset() : -1;
        }
        return false;
    }

    bool syntaxFailed()
    {
        return fail(QStringLiteral("malformed JSON at byte %1: %2")
                        .arg(m_reader.errorOffset())
                        .arg(m_reader.errorMessage()));
    }

    bool expectType(Type want)
    {
        const Type got = m_reader.peek();
        if (got == want)
            return true;
        if (got == Type::Invalid || got == Type::End) {
            m_reader.fail(got == Type::End ? QStringLiteral("unexpected end of data, expected a value")
                                           : QStringLiteral("expected a value"));
            return syntaxFailed();
        }
        return fail(QStringLiteral("expected %1, got %2")
                        .arg(typeName(want).section(QLatin1Char(' '), 1), typeName(got)));
    }

    bool end()
    {
        if (m_reader.failed())
            return syntaxFailed();
        if (!m_reader.atEnd()) {
            m_reader.fail(QStringLiteral("unexpected data after the JSON value"));
            return syntaxFailed();
        }
        return true;
    }

    bool required(bool seen, const char *key)
    {
        if (seen)
            return true;
        m_path.push_back({QByteArray(key), -1});
        return fail(QStringLiteral("missing"));
    }

    bool skip() { return m_reader.skipValue() || syntaxFailed(); }

    template<typename OnMember> bool object(OnMember onMember)
    {
        if (!expectType(Type::Object) || !m_reader.enterObject())
            return m_reader.failed() ? syntaxFailed() : false;
        bool first = true;
        QByteArrayView key;
        while (m_reader.nextMember(first, key)) {
            m_path.push_back({key.toByteArray(), -1});
            if (!onMember(key))
                return false;
            m_path.pop_back();
        }
        return !m_reader.failed() || syntaxFailed();
    }

    template<typename OnElement> bool array(OnElement onElement)
    {
        if (!expectType(Type::Array) || !m_reader.enterArray())
            return m_reader.failed() ? syntaxFailed() : false;
        bool first = true;
        int index = 0;
        while (m_reader.nextElement(first)) {
            m_path.push_back({QByteArray(), index});
            if (!onElement(index))
                return false;
            m_path.pop_back();
            ++index;
        }
        return !m_reader.failed() || syntaxFailed();
    }

    bool string(QString *out)
    {
        return expectType(Type::String) && (m_reader.readString(out) || syntaxFailed());
    }

    bool optionalString(std::optional<QString> *out)
    {
        if (m_reader.peek() == Type::Null) {
            out->reset();
            return m_reader.readNull() || syntaxFailed();
        }
        QString value;
        if (!string(&value))
            return false;
        *out = std::move(value);
        return true;
    }

    bool pagination(Pagination *out)
    {
        if (m_reader.peek() == Type::Null)
            return m_reader.readNull() || syntaxFailed();
        return object([&](QByteArrayView key) {
            if (key == "after")
                return optionalString(&out->after);
            if (key == "before")
                return optionalString(&out->before);
            if (key == "totalResultSize") {
                if (m_reader.peek() == Type::Null)
                    return m_reader.readNull() || syntaxFailed();
                qint64 total = 0;
                if (!expectType(Type::Number))
                    return false;
                if (!m_reader.readInt64(&total))
                    return syntaxFailed();
                if (total < 0)
                    return fail(QStringLiteral("expected a count, got %1").arg(total));
                out->totalResultSize = total;
                return true;
            }
            return skip();
        });
    }

    bool user(User *out)
    {
        bool sawId = false, sawEmail = false, sawAccounts = false, sawState = false, sawRoles = false;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "id") {
                sawId = true;
                return string(&out->id);
            }
            if (key == "email") {
                sawEmail = true;
                return string(&out->email);
            }
            if (key == "state") {
                sawState = true;
                QString state;
                if (!string(&state))
                    return false;
                out->state = m_registry->internText(state);
                return true;
            }
            if (key == "sequenceAccountIds") {
                sawAccounts = true;
                out->sequenceAccountIds.clear();
                return array([&](int) {
                    QString id;
                    if (!string(&id))
                        return false;
                    out->sequenceAccountIds.append(m_registry->internText(id));
                    return true;
                });
            }
            if (key == "roles") {
                sawRoles = true;
                return roles(&out->roles);
            }
            return skip();
        });
        return ok && required(sawId, "id") && required(sawEmail, "email")
            && required(sawAccounts, "sequenceAccountIds") && required(sawState, "state")
            && required(sawRoles, "roles");
    }

    bool roles(std::vector<const RoleDefinition *> *out)
    {
        // Most users share a role list byte for byte: look it up before reading it.
        const qsizetype end = m_reader.peek() == Type::Array ? m_reader.scanValueEnd() : -1;
        QByteArrayView raw;
        if (end > 0) {
            raw = m_reader.data().sliced(m_reader.position(), end - m_reader.position());
            if (const auto *cached = m_registry->cachedRoles(raw)) {
                *out = *cached;
                m_reader.jumpTo(end);
                return true;
            }
        }
        out->clear();
        const bool ok = array([&](int) {
            const RoleDefinition *role = nullptr;
            if (!this->role(&role))
                return false;
            out->push_back(role);
            return true;
        });
        if (ok && !raw.isEmpty())
            m_registry->cacheRoles(raw, *out);
        return ok;
    }

    bool role(const RoleDefinition **out)
    {
        bool sawName = false, sawPermissions = false;
        QString name;
        std::vector<Permission> permissions;
        PermissionCatalog &catalog = m_registry->catalog();
        const bool ok = object([&](QByteArrayView key) {
            if (key == "roleName") {
                sawName = true;
                return string(&name);
            }
            if (key == "permissions") {
                sawPermissions = true;
                permissions.clear();
                return array([&](int) {
                    Permission permission;
                    bool sawResource = false, sawActions = false;
                    const bool permissionOk = object([&](QByteArrayView member) {
                        if (member == "resource") {
                            sawResource = true;
                            QString resource;
                            if (!string(&resource))
                                return false;
                            permission.resource = catalog.internResource(resource);
                            return true;
                        }
                        if (member == "actions") {
                            sawActions = true;
                            permission.actions.clear();
                            return array([&](int) {
                                QString action;
                                if (!string(&action))
                                    return false;
                                permission.actions.push_back(catalog.internAction(action));
                                return true;
                            });
                        }
                        return skip();
                    });
                    if (!permissionOk || !required(sawResource, "resource")
                        || !required(sawActions, "actions"))
                        return false;
                    permissions.push_back(std::move(permission));
                    return true;
                });
            }
            return skip();
        });
        if (!ok || !required(sawName, "roleName") || !required(sawPermissions, "permissions"))
            return false;
        *out = m_registry->intern(RoleDefinition(name, std::move(permissions)));
        return true;
    }

    bool account(SequenceAccount *out)
    {
        bool sawId = false;
        std::optional<QString> text;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "id") {
                sawId = true;
                return string(&out->id);
            }
            if (key == "companyName") {
                if (!optionalString(&text))
                    return false;
                out->companyName = text.value_or(QString());
                return true;
            }
            if (key == "country") {
                if (!optionalString(&text))
                    return false;
                out->country = text.value_or(QString());
                return true;
            }
            return skip();
        });
        return ok && required(sawId, "id");
    }

    JsonReader m_reader;
    RoleRegistry *m_registry;
    ParseError *m_error;
    ParseLimits m_limits;
    std::vector<Segment> m_path;
};

} // namespace

bool parseUsersPage(
    QByteArrayView body, RoleRegistry &registry, UsersPage *out, ParseError *error, const ParseLimits &limits)
{
    Walker walker(body, &registry, error, limits);
    return walker.checkSize(body) && walker.usersPage(out);
}

bool parseSnapshot(
    QByteArrayView body, RoleRegistry &registry, Snapshot *out, ParseError *error, const ParseLimits &limits)
{
    Walker walker(body, &registry, error, limits);
    return walker.checkSize(body) && walker.snapshot(out);
}

bool parseSnapshot(QByteArrayView body, RoleRegistry &registry, Snapshot *meta, const SnapshotUserSink &sink,
    ParseError *error, const ParseLimits &limits)
{
    Walker walker(body, &registry, error, limits);
    return walker.checkSize(body) && walker.snapshot(meta, sink);
}

bool peekUsersPagePagination(QByteArrayView body, Pagination *out)
{
    Pagination pagination;
    const ParseLimits limits;
    Walker walker(body, nullptr, nullptr, limits);
    if (!walker.checkSize(body) || !walker.peekPagination(&pagination))
        return false;
    *out = pagination;
    return true;
}

std::optional<QString> guessNextCursor(QByteArrayView body)
{
    constexpr qsizetype kTail = 4096;
    const QByteArrayView tail = body.size() > kTail ? body.last(kTail) : body;
    const qsizetype key = tail.lastIndexOf(QByteArrayView("\"after\""));
    // Inside a string the quotes would be escaped: \"after\".
    if (key < 0 || (key > 0 && tail.at(key - 1) == '\\'))
        return std::nullopt;
    qsizetype at = key + 7;
    auto skipSpace = [&] {
        while (at < tail.size()
            && (tail.at(at) == ' ' || tail.at(at) == '\n' || tail.at(at) == '\r' || tail.at(at) == '\t'))
            ++at;
    };
    skipSpace();
    if (at >= tail.size() || tail.at(at) != ':')
        return std::nullopt;
    ++at;
    skipSpace();
    JsonReader reader(tail.sliced(at), 4);
    QString after;
    if (reader.peek() != JsonReader::Type::String || !reader.readString(&after) || after.isEmpty())
        return std::nullopt;
    return after;
}

bool parseUser(
    QByteArrayView body, RoleRegistry &registry, User *out, ParseError *error, const ParseLimits &limits)
{
    Walker walker(body, &registry, error, limits);
    return walker.checkSize(body) && walker.singleUser(out);
}

bool parseAccountsPage(QByteArrayView body, AccountsPage *out, ParseError *error, const ParseLimits &limits)
{
    Walker walker(body, nullptr, error, limits);
    return walker.checkSize(body) && walker.accountsPage(out);
}

bool parseRole(QByteArrayView body, RoleRegistry &registry, const RoleDefinition **out, ParseError *error)
{
    const ParseLimits limits;
    Walker walker(body, &registry, error, limits);
    return walker.checkSize(body) && walker.singleRole(out);
}

QString ApiErrorBody::toString() const
{
    QString text = message;
    if (text.isEmpty() && !details.isEmpty())
        return details.join(QStringLiteral("; "));
    for (const QString &detail : details) {
        if (detail != message)
            text += QStringLiteral("; ") + detail;
    }
    return text;
}

ApiErrorBody parseErrorBody(QByteArrayView body)
{
    ApiErrorBody result;
    // Error bodies are small; a huge one is not worth reading for a message.
    if (body.isEmpty() || body.size() > 1024 * 1024)
        return result;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    const QJsonObject root = document.object();
    auto describe = [](const QJsonValue &entry) {
        if (entry.isString())
            return entry.toString();
        const QJsonObject object = entry.toObject();
        QString text = object.value(QLatin1String("message")).toString();
        const QString key = object.value(QLatin1String("key")).toString();
        const QString code = object.value(QLatin1String("code")).toString();
        if (text.isEmpty())
            text = code;
        if (!key.isEmpty())
            text = key + QStringLiteral(": ") + text;
        return text;
    };
    auto collect = [&](const QJsonArray &errors) {
        for (const QJsonValue &entry : errors) {
            const QString text = describe(entry);
            if (!text.isEmpty())
                result.details.append(text);
        }
    };
    if (root.value(QLatin1String("error")).isObject()) {
        const QJsonObject error = root.value(QLatin1String("error")).toObject();
        result.type = error.value(QLatin1String("type")).toString();
        result.message = error.value(QLatin1String("message")).toString();
        collect(error.value(QLatin1String("errors")).toArray());
    } else if (root.value(QLatin1String("error")).isString()) {
        result.message = root.value(QLatin1String("error")).toString();
    }
    if (root.value(QLatin1String("errors")).isArray())
        collect(root.value(QLatin1String("errors")).toArray());
    if (result.message.isEmpty())
        result.message = root.value(QLatin1String("message")).toString();
    if (document.isArray())
        collect(document.array());
    return result;
}

} // namespace sa
