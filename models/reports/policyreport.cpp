// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyreport.h"

#include "reportwriter.h"
#include "sa_version.h"
#include "safetext.h"
#include "userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace sa {

bool parsePolicyFormat(const QString &name, PolicyFormat *out)
{
    static const QList<std::pair<QString, PolicyFormat>> names {{QStringLiteral("text"), PolicyFormat::Text},
        {QStringLiteral("json"), PolicyFormat::Json}, {QStringLiteral("csv"), PolicyFormat::Csv},
        {QStringLiteral("sarif"), PolicyFormat::Sarif}, {QStringLiteral("junit"), PolicyFormat::Junit}};
    for (const auto &[text, format] : names) {
        if (text == name) {
            *out = format;
            return true;
        }
    }
    return false;
}

QString findingText(const Finding &finding)
{
    QStringList sides;
    for (const std::vector<HeldPermission> &side : finding.match->sides) {
        QStringList parts;
        for (const HeldPermission &held : side)
            parts << QStringLiteral("%1 (%2)").arg(held.permission, held.role);
        sides << parts.join(QStringLiteral(", "));
    }
    return sides.join(QStringLiteral(" + "));
}

namespace {

QJsonObject exceptionJson(const PolicyException &exception)
{
    QJsonObject object {{QStringLiteral("rule"), exception.rule}, {QStringLiteral("user"), exception.user},
        {QStringLiteral("reason"), exception.reason}, {QStringLiteral("approvedBy"), exception.approvedBy}};
    object.insert(QStringLiteral("expires"),
        exception.expires.isValid() ? QJsonValue(exception.expires.toString(Qt::ISODate)) : QJsonValue());
    return object;
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High:
        return QStringLiteral("error");
    case Severity::Medium:
        return QStringLiteral("warning");
    case Severity::Low:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QString ruleSummary(const RuleResult &rule)
{
    if (rule.rule->kind == PolicyRule::Kind::MaxHolders)
        return QStringLiteral("%1 holders, at most %2 allowed").arg(rule.holders).arg(rule.rule->max);
    const int open = rule.open();
    const int excepted = int(rule.findings.size()) - open;
    QString text = open == 1 ? QStringLiteral("1 user") : QStringLiteral("%1 users").arg(open);
    if (excepted > 0)
        text += QStringLiteral(" (and %1 with an exception in force)").arg(excepted);
    return text;
}

QByteArray text(const Policy &policy, const PolicyResult &result, const UserStore &store)
{
    QString out;
    QStringList counts;
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low}) {
        const int rules = result.violatedRules(severity);
        if (rules > 0)
            counts << QStringLiteral("%1 %2").arg(rules).arg(severityName(severity));
    }
    const int violated = result.violatedAtLeast(Severity::Low);
    out += QStringLiteral("Policy %1: %2 rules, %3 violated%4\n")
               .arg(displaySafe(policy.path))
               .arg(result.rules.size())
               .arg(violated)
               .arg(counts.isEmpty() ? QString()
                                     : QStringLiteral(" (%1)").arg(counts.join(QStringLiteral(", "))));
    for (const RuleResult &rule : result.rules) {
        const PolicyRule &r = *rule.rule;
        out += QStringLiteral("\n[%1] %2 %3 \u2014 %4\n")
                   .arg(rule.violated() ? severityName(r.severity).toUpper() : QStringLiteral("ok"), r.id,
                       displaySafe(r.title), ruleSummary(rule));
        if (!r.owner.isEmpty())
            out += QStringLiteral("  owner: %1\n").arg(displaySafe(r.owner));
        for (const Finding &finding : rule.findings) {
            out += QStringLiteral("  %1 (%2): %3")
                       .arg(displaySafe(store.email(finding.row)), displaySafe(store.id(finding.row)),
                           displaySafe(findingText(finding)));
            if (finding.exception)
                out += QStringLiteral(" [exception%1, approved by %2]")
                           .arg(finding.exception->expires.isValid()
                                   ? QStringLiteral(" until %1")
                                         .arg(finding.exception->expires.toString(Qt::ISODate))
                                   : QString(),
                               displaySafe(finding.exception->approvedBy));
            out += QLatin1Char('\n');
        }
    }
    if (!result.expired.empty()) {
        out += QStringLiteral("\nExpired exceptions (they no longer apply):\n");
        for (const PolicyException *exception : result.expired)
            out += QStringLiteral("  %1 for %2 expired on %3 (approved by %4: %5)\n")
                       .arg(exception->rule, displaySafe(exception->user),
                           exception->expires.toString(Qt::ISODate), displaySafe(exception->approvedBy),
                           displaySafe(exception->reason));
    }
    return out.toUtf8();
}

QByteArray csv(const PolicyResult &result, const UserStore &store)
{
    QByteArray out("rule,severity,id,email,state,permissions,exception\n");
    for (const RuleResult &rule : result.rules) {
        for (const Finding &finding : rule.findings) {
            appendCsvField(out, rule.rule->id);
            out += ',';
            appendCsvField(out, severityName(rule.rule->severity));
            out += ',';
            appendCsvField(out, store.id(finding.row));
            out += ',';
            appendCsvField(out, store.email(finding.row));
            out += ',';
            appendCsvField(out, store.state(finding.row));
            out += ',';
            appendCsvField(out, findingText(finding));
            out += ',';
            appendCsvField(out,
                finding.exception ? QStringLiteral("approved by %1 until %2")
                                        .arg(finding.exception->approvedBy,
                                            finding.exception->expires.isValid()
                                                ? finding.exception->expires.toString(Qt::ISODate)
                                                : QStringLiteral("no end"))
                                  : QString());
            out += '\n';
        }
    }
    return out;
}

QByteArray sarif(const Policy &policy, const PolicyResult &result, const UserStore &store)
{
    QJsonArray rules, results;
    for (const RuleResult &rule : result.rules) {
        const PolicyRule &r = *rule.rule;
        QJsonObject descriptor {{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.id},
            {QStringLiteral("shortDescription"), QJsonObject {{QStringLiteral("text"), r.title}}},
            {QStringLiteral("defaultConfiguration"),
                QJsonObject {{QStringLiteral("level"), sarifLevel(r.severity)}}},
            {QStringLiteral("properties"),
                QJsonObject {{QStringLiteral("severity"), severityName(r.severity)},
                    {QStringLiteral("kind"), r.kindName()}, {QStringLiteral("owner"), r.owner}}}};
        rules.append(descriptor);
        if (!rule.violated())
            continue;
        const QJsonObject location {{QStringLiteral("physicalLocation"),
            QJsonObject {
                {QStringLiteral("artifactLocation"), QJsonObject {{QStringLiteral("uri"), policy.path}}},
                {QStringLiteral("region"),
                    QJsonObject {{QStringLiteral("startLine"), std::max(1, r.line)},
                        {QStringLiteral("startColumn"), std::max(1, r.column)}}}}}};
        if (r.kind == PolicyRule::Kind::MaxHolders) {
            results.append(QJsonObject {{QStringLiteral("ruleId"), r.id},
                {QStringLiteral("level"), sarifLevel(r.severity)},
                {QStringLiteral("message"),
                    QJsonObject {
                        {QStringLiteral("text"), QStringLiteral("%1: %2").arg(r.title, ruleSummary(rule))}}},
                {QStringLiteral("locations"), QJsonArray {location}}});
            continue;
        }
        for (const Finding &finding : rule.findings) {
            if (finding.exception)
                continue;
            results.append(QJsonObject {{QStringLiteral("ruleId"), r.id},
                {QStringLiteral("level"), sarifLevel(r.severity)},
                {QStringLiteral("message"),
                    QJsonObject {{QStringLiteral("text"),
                        QStringLiteral("%1 (%2): %3")
                            .arg(store.email(finding.row), store.id(finding.row), findingText(finding))}}},
                {QStringLiteral("locations"), QJsonArray {location}},
                {QStringLiteral("partialFingerprints"),
                    QJsonObject {{QStringLiteral("userId/v1"), store.id(finding.row)}}}});
        }
    }
    const QJsonObject driver {{QStringLiteral("name"), QStringLiteral("sequence-admin-cli")},
        {QStringLiteral("version"), QStringLiteral(SA_VERSION_STRING)},
        {QStringLiteral("informationUri"), QStringLiteral(SA_HOMEPAGE_URL)},
        {QStringLiteral("rules"), rules}};
    const QJsonObject root {
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"),
            QJsonArray {
                QJsonObject {{QStringLiteral("tool"), QJsonObject {{QStringLiteral("driver"), driver}}},
                    {QStringLiteral("results"), results}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray junit(const PolicyResult &result, const UserStore &store)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("access policy"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(result.rules.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(result.violatedAtLeast(Severity::Low)));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    for (const RuleResult &rule : result.rules) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(
            QStringLiteral("classname"), QStringLiteral("policy.") + severityName(rule.rule->severity));
        xml.writeAttribute(QStringLiteral("name"), rule.rule->id + QStringLiteral(": ") + rule.rule->title);
        if (rule.violated()) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("type"), severityName(rule.rule->severity));
            xml.writeAttribute(QStringLiteral("message"), ruleSummary(rule));
            QString details;
            for (const Finding &finding : rule.findings) {
                if (!finding.exception)
                    details
                        += QStringLiteral("%1 (%2): %3\n")
                               .arg(store.email(finding.row), store.id(finding.row), findingText(finding));
            }
            // XML 1.0 cannot carry most control characters: they go.
            xml.writeCharacters(displaySafe(details));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QJsonObject policyResultJson(const Policy &policy, const PolicyResult &result, const UserStore &store)
{
    QJsonArray rules;
    QJsonObject bySeverity;
    for (Severity severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        bySeverity.insert(severityName(severity), result.violatedRules(severity));
    for (const RuleResult &rule : result.rules) {
        const PolicyRule &r = *rule.rule;
        QJsonArray findings;
        for (const Finding &finding : rule.findings) {
            QJsonArray sides;
            for (const std::vector<HeldPermission> &side : finding.match->sides) {
                QJsonArray held;
                for (const HeldPermission &permission : side)
                    held.append(QJsonObject {{QStringLiteral("permission"), permission.permission},
                        {QStringLiteral("role"), permission.role}});
                sides.append(held);
            }
            QJsonObject object {{QStringLiteral("id"), store.id(finding.row)},
                {QStringLiteral("email"), store.email(finding.row)},
                {QStringLiteral("state"), store.state(finding.row)}, {QStringLiteral("sides"), sides}};
            if (finding.exception)
                object.insert(QStringLiteral("exception"), exceptionJson(*finding.exception));
            findings.append(object);
        }
        QJsonObject object {{QStringLiteral("id"), r.id}, {QStringLiteral("title"), r.title},
            {QStringLiteral("severity"), severityName(r.severity)}, {QStringLiteral("kind"), r.kindName()},
            {QStringLiteral("owner"), r.owner}, {QStringLiteral("violated"), rule.violated()},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("unmatched"), QJsonArray::fromStringList(rule.unmatched)}};
        if (r.kind == PolicyRule::Kind::MaxHolders) {
            object.insert(QStringLiteral("holders"), rule.holders);
            object.insert(QStringLiteral("max"), r.max);
        }
        rules.append(object);
    }
    QJsonArray expired;
    for (const PolicyException *exception : result.expired)
        expired.append(exceptionJson(*exception));
    return QJsonObject {{QStringLiteral("policy"), policy.path},
        {QStringLiteral("summary"),
            QJsonObject {{QStringLiteral("rules"), int(result.rules.size())},
                {QStringLiteral("violated"), result.violatedAtLeast(Severity::Low)},
                {QStringLiteral("violatedBySeverity"), bySeverity}}},
        {QStringLiteral("rules"), rules}, {QStringLiteral("expiredExceptions"), expired},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
}

QByteArray writePolicyResult(
    PolicyFormat format, const Policy &policy, const PolicyResult &result, const UserStore &store)
{
    switch (format) {
    case PolicyFormat::Text:
        return text(policy, result, store);
    case PolicyFormat::Json:
        return QJsonDocument(policyResultJson(policy, result, store)).toJson(QJsonDocument::Indented);
    case PolicyFormat::Csv:
        return csv(result, store);
    case PolicyFormat::Sarif:
        return sarif(policy, result, store);
    case PolicyFormat::Junit:
        return junit(result, store);
    }
    return QByteArray();
}

} // namespace sa
