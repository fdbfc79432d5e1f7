// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace sa {

// An access policy (YAML, version 1): separation-of-duties conflicts, caps on
// how many users hold a permission, permissions forbidden in some states,
// and users whose roles add up to a standard role; exceptions approved for a
// user until a date. See resources/policies/billing-baseline.yaml.
enum class Severity { Low, Medium, High, Critical };

QString severityName(Severity severity);
bool parseSeverity(const QString &text, Severity *out);

// "org.invoice:create"; "*" stands for any resource or any action.
struct PermissionPattern
{
    QString resource;
    QString action;
    QString text() const { return resource + QLatin1Char(':') + action; }
};

struct PolicyRule
{
    enum class Kind {
        Conflict, // a user holds at least one permission from every side
        MaxHolders, // more than max users hold any of the permissions
        Forbid, // a user in one of the states holds any of the permissions
        Covers, // a user's roles together grant everything a standard role grants
    };
    QString id;
    QString title;
    Severity severity = Severity::Medium;
    QString owner;
    Kind kind = Kind::Conflict;
    std::vector<std::vector<PermissionPattern>> sides; // Conflict
    std::vector<PermissionPattern> permissions; // MaxHolders, Forbid
    int max = 0; // MaxHolders
    QString role; // Covers: the standard role's name
    QStringList states; // the states that count; empty: active only
    int line = 0; // 1-based, in the policy file
    int column = 0;

    QString kindName() const;
    bool counts(const QString &state) const
    {
        return states.isEmpty() ? state == QLatin1String("active") : states.contains(state);
    }
};

struct PolicyException
{
    QString rule;
    QString user; // e-mail (any case) or user id
    QString reason;
    QString approvedBy;
    QDate expires; // invalid: no end
    int line = 0;
    bool expiredOn(const QDate &today) const { return expires.isValid() && expires < today; }
};

struct Policy
{
    QString path; // the file it came from, for messages
    std::vector<PolicyRule> rules;
    std::vector<PolicyException> exceptions;

    const PolicyRule *rule(const QString &id) const;

    // False with "FILE:LINE:COLUMN: what is wrong" in *error. warnings gets
    // what is suspicious but allowed (unknown keys are errors: a typo must
    // not silently disable a rule).
    static bool parse(const QByteArray &yaml, const QString &path, Policy *out, QString *error,
        QStringList *warnings = nullptr);
    // At most 1 MiB; the same errors, and the file's own.
    static bool load(const QString &path, Policy *out, QString *error, QStringList *warnings = nullptr);
};

} // namespace sa
