// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy.h"

#include "boundedread.h"
#include "roleregistry.h"

#include <QRegularExpression>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace sa {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

bool parseSeverity(const QString &text, Severity *out)
{
    for (Severity severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (text == severityName(severity)) {
            *out = severity;
            return true;
        }
    }
    return false;
}

QString PolicyRule::kindName() const
{
    switch (kind) {
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::MaxHolders:
        return QStringLiteral("maxHolders");
    case Kind::Forbid:
        return QStringLiteral("forbid");
    case Kind::Covers:
        return QStringLiteral("covers");
    }
    return QString();
}

const PolicyRule *Policy::rule(const QString &id) const
{
    for (const PolicyRule &rule : rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

namespace {

// Thrown inside the parser, caught once with its place in the file.
struct Problem
{
    YAML::Mark mark;
    QString message;
};

[[noreturn]] void fail(const YAML::Node &node, const QString &message)
{
    throw Problem {node.Mark(), message};
}

QString text(const YAML::Node &node, const char *what)
{
    if (!node.IsScalar())
        fail(node, QStringLiteral("%1 must be text").arg(QLatin1String(what)));
    return QString::fromStdString(node.Scalar());
}

void onlyKeys(const YAML::Node &map, const QStringList &allowed, const char *what)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = QString::fromStdString(it->first.Scalar());
        if (!allowed.contains(key))
            fail(it->first,
                QStringLiteral("unknown key \"%1\" in %2 (known: %3)")
                    .arg(key, QLatin1String(what), allowed.join(QStringLiteral(", "))));
    }
}

QStringList texts(const YAML::Node &node, const char *what)
{
    if (!node.IsSequence() || node.size() == 0)
        fail(node, QStringLiteral("%1 must be a non-empty list").arg(QLatin1String(what)));
    QStringList out;
    for (const YAML::Node &item : node)
        out << text(item, what);
    return out;
}

PermissionPattern permission(const YAML::Node &node)
{
    const QString value = text(node, "a permission");
    if (value == QLatin1String("*"))
        return {QStringLiteral("*"), QStringLiteral("*")};
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == value.size() - 1)
        fail(node,
            QStringLiteral("\"%1\" is not a permission: write RESOURCE:ACTION, e.g. org.invoice:create "
                           "(* for any resource or action)")
                .arg(value));
    return {value.left(colon), value.mid(colon + 1)};
}

std::vector<PermissionPattern> permissions(const YAML::Node &node)
{
    if (!node.IsSequence() || node.size() == 0)
        fail(node, QStringLiteral("permissions must be a non-empty list"));
    std::vector<PermissionPattern> out;
    for (const YAML::Node &item : node)
        out.push_back(permission(item));
    return out;
}

void parseRule(const YAML::Node &node, PolicyRule *rule, QSet<QString> *ids)
{
    if (!node.IsMap())
        fail(node,
            QStringLiteral("a rule must be a map with id, title, severity and one of conflict, "
                           "maxHolders, forbid or covers"));
    onlyKeys(node,
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("severity"), QStringLiteral("owner"),
            QStringLiteral("states"), QStringLiteral("conflict"), QStringLiteral("maxHolders"),
            QStringLiteral("forbid"), QStringLiteral("covers")},
        "a rule");
    rule->line = int(node.Mark().line) + 1;
    rule->column = int(node.Mark().column) + 1;
    if (!node["id"])
        fail(node, QStringLiteral("a rule needs an id"));
    rule->id = text(node["id"], "id");
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!idPattern.match(rule->id).hasMatch())
        fail(node["id"],
            QStringLiteral("the rule id \"%1\" may hold only letters, digits, '.', '_' and '-'")
                .arg(rule->id));
    if (ids->contains(rule->id))
        fail(node["id"], QStringLiteral("a second rule with the id \"%1\"").arg(rule->id));
    ids->insert(rule->id);
    if (!node["title"])
        fail(node, QStringLiteral("rule %1 needs a title").arg(rule->id));
    rule->title = text(node["title"], "title");
    if (!node["severity"])
        fail(node, QStringLiteral("rule %1 needs a severity: low, medium, high or critical").arg(rule->id));
    if (!parseSeverity(text(node["severity"], "severity"), &rule->severity))
        fail(node["severity"],
            QStringLiteral("severity must be low, medium, high or critical, not \"%1\"")
                .arg(text(node["severity"], "severity")));
    if (node["owner"])
        rule->owner = text(node["owner"], "owner");
    if (node["states"])
        rule->states = texts(node["states"], "states");
    int kinds = 0;
    if (const YAML::Node conflict = node["conflict"]) {
        ++kinds;
        rule->kind = PolicyRule::Kind::Conflict;
        if (!conflict.IsSequence() || conflict.size() < 2)
            fail(conflict,
                QStringLiteral("conflict must list at least two sides, each a list of permissions"));
        for (const YAML::Node &side : conflict)
            rule->sides.push_back(permissions(side));
    }
    if (const YAML::Node cap = node["maxHolders"]) {
        ++kinds;
        rule->kind = PolicyRule::Kind::MaxHolders;
        if (!cap.IsMap() || !cap["permissions"] || !cap["max"])
            fail(cap, QStringLiteral("maxHolders needs permissions and max"));
        onlyKeys(cap, {QStringLiteral("permissions"), QStringLiteral("max")}, "maxHolders");
        rule->permissions = permissions(cap["permissions"]);
        bool ok = false;
        rule->max = text(cap["max"], "max").toInt(&ok);
        if (!ok || rule->max < 0)
            fail(cap["max"], QStringLiteral("max must be a whole number, 0 or more"));
    }
    if (const YAML::Node forbid = node["forbid"]) {
        ++kinds;
        rule->kind = PolicyRule::Kind::Forbid;
        if (!forbid.IsMap() || !forbid["permissions"])
            fail(forbid, QStringLiteral("forbid needs permissions (and states)"));
        onlyKeys(forbid, {QStringLiteral("states"), QStringLiteral("permissions")}, "forbid");
        rule->permissions = permissions(forbid["permissions"]);
        if (forbid["states"])
            rule->states = texts(forbid["states"], "states");
    }
    if (const YAML::Node covers = node["covers"]) {
        ++kinds;
        rule->kind = PolicyRule::Kind::Covers;
        const YAML::Node role = covers.IsMap() ? covers["role"] : covers;
        if (!role)
            fail(covers,
                QStringLiteral("covers needs a role: one of %1")
                    .arg(RoleRegistry::standardRoleNames().join(QStringLiteral(", "))));
        if (covers.IsMap())
            onlyKeys(covers, {QStringLiteral("role")}, "covers");
        rule->role = text(role, "role");
        if (!RoleRegistry::standardRoleNames().contains(rule->role))
            fail(role,
                QStringLiteral("covers takes one of Sequence's standard roles (%1), not \"%2\"")
                    .arg(RoleRegistry::standardRoleNames().join(QStringLiteral(", ")), rule->role));
    }
    if (kinds != 1)
        fail(node,
            QStringLiteral("rule %1 needs exactly one of conflict, maxHolders, forbid or covers")
                .arg(rule->id));
}

void parseException(const YAML::Node &node, const Policy &policy, PolicyException *exception)
{
    if (!node.IsMap())
        fail(node, QStringLiteral("an exception must be a map with rule, user, reason and approvedBy"));
    onlyKeys(node,
        {QStringLiteral("rule"), QStringLiteral("user"), QStringLiteral("reason"),
            QStringLiteral("approvedBy"), QStringLiteral("expires")},
        "an exception");
    exception->line = int(node.Mark().line) + 1;
    for (const char *key : {"rule", "user", "reason", "approvedBy"}) {
        if (!node[key])
            fail(node, QStringLiteral("an exception needs %1").arg(QLatin1String(key)));
    }
    exception->rule = text(node["rule"], "rule");
    if (!policy.rule(exception->rule))
        fail(node["rule"], QStringLiteral("no rule has the id \"%1\"").arg(exception->rule));
    exception->user = text(node["user"], "user");
    exception->reason = text(node["reason"], "reason");
    exception->approvedBy = text(node["approvedBy"], "approvedBy");
    if (node["expires"]) {
        const QString date = text(node["expires"], "expires");
        exception->expires = QDate::fromString(date, Qt::ISODate);
        if (!exception->expires.isValid())
            fail(node["expires"], QStringLiteral("expires must be a date, YYYY-MM-DD, not \"%1\"").arg(date));
    }
}

} // namespace

bool Policy::parse(
    const QByteArray &yaml, const QString &path, Policy *out, QString *error, QStringList *warnings)
{
    Policy policy;
    policy.path = path;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            fail(root, QStringLiteral("a policy is a map with version, rules and (optionally) exceptions"));
        onlyKeys(root, {QStringLiteral("version"), QStringLiteral("rules"), QStringLiteral("exceptions")},
            "the policy");
        if (!root["version"] || text(root["version"], "version") != QLatin1String("1"))
            fail(root["version"] ? root["version"] : root,
                QStringLiteral("version: 1 is the only version there is"));
        const YAML::Node rules = root["rules"];
        if (!rules || !rules.IsSequence() || rules.size() == 0)
            fail(rules ? rules : root, QStringLiteral("rules must be a non-empty list"));
        QSet<QString> ids;
        for (const YAML::Node &node : rules) {
            PolicyRule rule;
            parseRule(node, &rule, &ids);
            policy.rules.push_back(std::move(rule));
        }
        if (const YAML::Node exceptions = root["exceptions"]) {
            if (!exceptions.IsSequence())
                fail(exceptions, QStringLiteral("exceptions must be a list"));
            for (const YAML::Node &node : exceptions) {
                PolicyException exception;
                parseException(node, policy, &exception);
                if (!exception.expires.isValid() && warnings)
                    *warnings << QStringLiteral("%1:%2: the exception for %3 on %4 never expires")
                                     .arg(path)
                                     .arg(exception.line)
                                     .arg(exception.user, exception.rule);
                policy.exceptions.push_back(std::move(exception));
            }
        }
    } catch (const Problem &problem) {
        if (error)
            *error = QStringLiteral("%1:%2:%3: %4")
                         .arg(path)
                         .arg(problem.mark.line + 1)
                         .arg(problem.mark.column + 1)
                         .arg(problem.message);
        return false;
    } catch (const YAML::Exception &exception) {
        if (error)
            *error = QStringLiteral("%1:%2:%3: %4")
                         .arg(path)
                         .arg(exception.mark.line + 1)
                         .arg(exception.mark.column + 1)
                         .arg(QString::fromStdString(exception.msg));
        return false;
    }
    *out = std::move(policy);
    return true;
}

bool Policy::load(const QString &path, Policy *out, QString *error, QStringList *warnings)
{
    QByteArray bytes;
    if (!readBoundedFile(path, 1024 * 1024, &bytes, error))
        return false;
    return parse(bytes, path, out, error, warnings);
}

} // namespace sa
