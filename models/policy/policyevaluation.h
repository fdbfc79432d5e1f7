// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy.h"

#include <QDate>
#include <QHash>
#include <memory>
#include <vector>

namespace sa {

class RoleDefinition;
class RoleRegistry;
class UserStore;

// A permission a user holds, and the role that grants it.
struct HeldPermission
{
    QString permission; // "org.invoice:finalize"
    QString role;
};

// What a role set holds of one rule: per side, the permissions and their roles.
struct RuleMatch
{
    bool holds = false;
    std::vector<std::vector<HeldPermission>> sides;
};

struct Finding
{
    int row = -1; // in the store evaluated
    const RuleMatch *match = nullptr; // shared by every user with the same role set
    const PolicyException *exception = nullptr; // an exception in force: approved, not open
};

struct RuleResult
{
    const PolicyRule *rule = nullptr;
    std::vector<Finding> findings; // the violators (MaxHolders: every holder, once over the cap)
    int holders = 0; // MaxHolders: users counted against the cap (exceptions aside)
    QStringList unmatched; // permissions of the rule this account's catalog has nothing for
    int open() const; // findings without an exception
    bool violated() const;
    std::shared_ptr<std::vector<RuleMatch>> matches; // per role-set index; findings point in here
};

// A policy evaluated over rows of a store: rules are compiled once against
// the store's catalog and decided once per interned role set, so the rows
// cost one pass.
struct PolicyResult
{
    std::vector<RuleResult> rules; // in the policy's order
    std::vector<const PolicyException *> expired; // no longer applying, and reported as such
    QStringList warnings;
    // Rules violated at or above severity.
    int violatedAtLeast(Severity severity) const;
    // Rules violated of exactly this severity, for summaries.
    int violatedRules(Severity severity) const;

    static PolicyResult evaluate(
        const Policy &policy, const UserStore &store, const std::vector<int> &rows, const QDate &today);
};

// The rules a user in state would break holding these roles: conflicts,
// forbidden permissions and covered roles, and caps whose permission they
// would hold (as "ID (counts toward the cap)"). Exceptions aside. The role
// set is interned in registry.
QStringList rulesBrokenBy(const Policy &policy, RoleRegistry &registry,
    const std::vector<const RoleDefinition *> &roles, const QString &state);
// The permissions ("resource:action") of one evaluated row that take part in
// breaking rules, with the rules' ids.
QHash<QString, QStringList> policyMarks(const PolicyResult &result, int row);

// For one user: each rule, whether it holds and why (the CLI's --explain).
QString explainPolicy(const Policy &policy, const UserStore &store, int row, const QDate &today);

} // namespace sa
