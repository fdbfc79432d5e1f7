// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyevaluation.h"

#include "roleregistry.h"
#include "userstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <algorithm>

namespace sa {

int RuleResult::open() const
{
    return int(std::count_if(findings.begin(), findings.end(),
        [](const Finding &finding) { return finding.exception == nullptr; }));
}

bool RuleResult::violated() const
{
    if (rule->kind == PolicyRule::Kind::MaxHolders)
        return holders > rule->max;
    return open() > 0;
}

int PolicyResult::violatedAtLeast(Severity severity) const
{
    return int(std::count_if(rules.begin(), rules.end(), [severity](const RuleResult &result) {
        return result.violated() && result.rule->severity >= severity;
    }));
}

int PolicyResult::violatedRules(Severity severity) const
{
    return int(std::count_if(rules.begin(), rules.end(), [severity](const RuleResult &result) {
        return result.violated() && result.rule->severity == severity;
    }));
}

namespace {

// A rule's permissions as grant keys of one catalog.
struct CompiledSide
{
    std::vector<GrantKey> keys; // sorted
};

CompiledSide compile(
    const std::vector<PermissionPattern> &patterns, const PermissionCatalog &catalog, QStringList *unmatched)
{
    CompiledSide side;
    for (const PermissionPattern &pattern : patterns) {
        bool any = false;
        for (int r = 0; r < catalog.resourceCount(); ++r) {
            if (pattern.resource != QLatin1String("*") && pattern.resource != catalog.resourceName(r))
                continue;
            for (int a = 0; a < catalog.actionCount(); ++a) {
                if (pattern.action != QLatin1String("*") && pattern.action != catalog.actionName(a))
                    continue;
                side.keys.push_back(grantKey(r, a));
                any = true;
            }
        }
        if (!any)
            *unmatched << pattern.text();
    }
    std::sort(side.keys.begin(), side.keys.end());
    side.keys.erase(std::unique(side.keys.begin(), side.keys.end()), side.keys.end());
    return side;
}

QString permissionText(const PermissionCatalog &catalog, GrantKey key)
{
    return catalog.resourceName(grantResource(key)) + QLatin1Char(':') + catalog.actionName(grantAction(key));
}

// Which of the side's permissions the roles grant, each with the first role granting it.
std::vector<HeldPermission> held(
    const CompiledSide &side, const RoleSet &set, const PermissionCatalog &catalog)
{
    std::vector<HeldPermission> out;
    for (const GrantKey key : side.keys) {
        if (!set.has(key))
            continue;
        for (const RoleDefinition *role : set.roles) {
            if (std::binary_search(role->grants().begin(), role->grants().end(), key)) {
                out.push_back({permissionText(catalog, key), role->name()});
                break;
            }
        }
    }
    return out;
}

struct Compiled
{
    std::vector<CompiledSide> sides; // Conflict: each side; MaxHolders, Forbid: one
    std::vector<GrantKey> covered; // Covers: the standard role's grants
};

RuleMatch decide(
    const PolicyRule &rule, const Compiled &compiled, const RoleSet &set, const PermissionCatalog &catalog)
{
    RuleMatch match;
    if (rule.kind == PolicyRule::Kind::Covers) {
        const bool all = !compiled.covered.empty()
            && std::includes(
                set.grants.begin(), set.grants.end(), compiled.covered.begin(), compiled.covered.end());
        if (all) {
            match.holds = true;
            std::vector<HeldPermission> roles;
            for (const RoleDefinition *role : set.roles)
                roles.push_back({QStringLiteral("every permission of %1").arg(rule.role), role->name()});
            match.sides.push_back(std::move(roles));
        }
        return match;
    }
    match.holds = true;
    for (const CompiledSide &side : compiled.sides) {
        std::vector<HeldPermission> permissions = held(side, set, catalog);
        if (permissions.empty()) {
            match.holds = false;
            match.sides.clear();
            return match;
        }
        match.sides.push_back(std::move(permissions));
    }
    return match;
}

Compiled compileRule(const PolicyRule &rule, const RoleRegistry &registry, QStringList *unmatched)
{
    Compiled compiled;
    const PermissionCatalog &catalog = registry.catalog();
    switch (rule.kind) {
    case PolicyRule::Kind::Conflict:
        for (const auto &side : rule.sides)
            compiled.sides.push_back(compile(side, catalog, unmatched));
        break;
    case PolicyRule::Kind::MaxHolders:
    case PolicyRule::Kind::Forbid:
        compiled.sides.push_back(compile(rule.permissions, catalog, unmatched));
        break;
    case PolicyRule::Kind::Covers:
        if (const RoleDefinition *standard = registry.standardRole(rule.role))
            compiled.covered = standard->grants();
        break;
    }
    return compiled;
}

} // namespace

PolicyResult PolicyResult::evaluate(
    const Policy &policy, const UserStore &store, const std::vector<int> &rows, const QDate &today)
{
    PolicyResult result;
    const RoleRegistry &registry = store.registry();
    const PermissionCatalog &catalog = registry.catalog();
    // Exceptions in force, resolved to rows once: by id through the store's
    // index, by e-mail (any case) in one pass. The expired ones are reported.
    QHash<QString, QHash<int, const PolicyException *>> exceptions; // rule -> row -> exception
    QHash<QByteArray, std::vector<const PolicyException *>> byEmail; // lower-cased UTF-8
    for (const PolicyException &exception : policy.exceptions) {
        if (exception.expiredOn(today)) {
            result.expired.push_back(&exception);
            continue;
        }
        const int row = store.rowOfId(exception.user);
        if (row >= 0)
            exceptions[exception.rule].insert(row, &exception);
        else
            byEmail[UserStore::searchKeyFor(exception.user)].push_back(&exception);
    }
    if (!byEmail.isEmpty()) {
        // The store's search key is the lower-cased "e-mail<US>id": no string
        // is made for a row unless its e-mail has the length of one sought.
        QSet<qsizetype> lengths;
        for (auto it = byEmail.cbegin(); it != byEmail.cend(); ++it)
            lengths.insert(it.key().size());
        for (const int row : rows) {
            const QByteArrayView key = store.searchKey(row);
            const qsizetype end = key.indexOf('\x1f');
            const QByteArrayView email = end < 0 ? key : key.first(end);
            if (!lengths.contains(email.size()))
                continue;
            const auto found = byEmail.constFind(email.toByteArray());
            if (found == byEmail.constEnd())
                continue;
            for (const PolicyException *exception : *found)
                exceptions[exception->rule].insert(row, exception);
        }
    }
    const int roleSets = registry.roleSetCount();
    for (const PolicyRule &rule : policy.rules) {
        RuleResult ruleResult;
        ruleResult.rule = &rule;
        const Compiled compiled = compileRule(rule, registry, &ruleResult.unmatched);
        for (const QString &pattern : std::as_const(ruleResult.unmatched))
            result.warnings << QStringLiteral("%1:%2: rule %3: %4 matches nothing this account uses (yet)")
                                   .arg(policy.path)
                                   .arg(rule.line)
                                   .arg(rule.id, pattern);
        // Decided once per role set, looked up per row.
        ruleResult.matches = std::make_shared<std::vector<RuleMatch>>(size_t(roleSets));
        std::vector<char> decided(size_t(roleSets), 0);
        const QHash<int, const PolicyException *> excepted = exceptions.value(rule.id);
        ruleResult.findings.reserve(rows.size() / 8);
        std::vector<char> stateCounts(size_t(store.stateCount()));
        for (int s = 0; s < store.stateCount(); ++s)
            stateCounts[size_t(s)] = rule.counts(store.stateName(quint32(s))) ? 1 : 0;
        for (const int row : rows) {
            if (!stateCounts[store.stateIndex(row)])
                continue;
            const quint32 set = store.roleSetIndex(row);
            RuleMatch &match = (*ruleResult.matches)[set];
            if (!decided[set]) {
                match = decide(rule, compiled, registry.roleSet(set), catalog);
                decided[set] = 1;
            }
            if (!match.holds)
                continue;
            ruleResult.findings.push_back({row, &match, excepted.isEmpty() ? nullptr : excepted.value(row)});
        }
        if (rule.kind == PolicyRule::Kind::MaxHolders) {
            ruleResult.holders = ruleResult.open();
            if (ruleResult.holders <= rule.max)
                ruleResult.findings.clear(); // under the cap: nobody violates it
        }
        result.rules.push_back(std::move(ruleResult));
    }
    return result;
}

QStringList rulesBrokenBy(const Policy &policy, RoleRegistry &registry,
    const std::vector<const RoleDefinition *> &roles, const QString &state)
{
    const RoleSet &set = registry.roleSet(registry.internRoleSet(roles));
    QStringList broken;
    for (const PolicyRule &rule : policy.rules) {
        if (!rule.counts(state))
            continue;
        QStringList unmatched;
        const Compiled compiled = compileRule(rule, registry, &unmatched);
        if (!decide(rule, compiled, set, registry.catalog()).holds)
            continue;
        broken << (rule.kind == PolicyRule::Kind::MaxHolders
                ? QObject::tr("%1 (counts toward its cap of %2)").arg(rule.id).arg(rule.max)
                : rule.id);
    }
    return broken;
}

QHash<QString, QStringList> policyMarks(const PolicyResult &result, int row)
{
    QHash<QString, QStringList> marks;
    for (const RuleResult &rule : result.rules) {
        if (!rule.violated())
            continue;
        // Findings come in row order.
        const auto at = std::lower_bound(rule.findings.begin(), rule.findings.end(), row,
            [](const Finding &finding, int wanted) { return finding.row < wanted; });
        if (at == rule.findings.end() || at->row != row || at->exception)
            continue;
        for (const std::vector<HeldPermission> &side : at->match->sides) {
            for (const HeldPermission &held : side) {
                if (rule.rule->kind != PolicyRule::Kind::Covers)
                    marks[held.permission] << rule.rule->id;
            }
        }
    }
    return marks;
}

QString explainPolicy(const Policy &policy, const UserStore &store, int row, const QDate &today)
{
    const PolicyResult result = PolicyResult::evaluate(policy, store, {row}, today);
    const RoleSet &set = store.roleSet(row);
    QStringList roles;
    for (const RoleDefinition *role : set.roles)
        roles << role->name();
    QString text = QStringLiteral("%1 (%2), state %3, roles: %4\n")
                       .arg(store.email(row), store.id(row), store.state(row),
                           roles.isEmpty() ? QStringLiteral("none") : roles.join(QStringLiteral(", ")));
    for (const RuleResult &rule : result.rules) {
        const PolicyRule &r = *rule.rule;
        text += QStringLiteral("\n[%1] %2: %3\n").arg(severityName(r.severity).toUpper(), r.id, r.title);
        if (!r.counts(store.state(row))) {
            text += QStringLiteral("  does not apply: the rule counts users in state %1, this user is %2\n")
                        .arg(r.states.isEmpty() ? QStringLiteral("active")
                                                : r.states.join(QStringLiteral(", ")),
                            store.state(row));
            continue;
        }
        const RuleMatch &match = (*rule.matches)[store.roleSetIndex(row)];
        if (!match.holds) {
            switch (r.kind) {
            case PolicyRule::Kind::Conflict: {
                text
                    += QStringLiteral("  holds: no; the user lacks every permission of at least one side:\n");
                for (size_t side = 0; side < r.sides.size(); ++side) {
                    QStringList patterns;
                    for (const PermissionPattern &pattern : r.sides[side])
                        patterns << pattern.text();
                    text += QStringLiteral("    side %1: %2\n")
                                .arg(side + 1)
                                .arg(patterns.join(QStringLiteral(", ")));
                }
                break;
            }
            case PolicyRule::Kind::Covers:
                text += QStringLiteral("  holds: no; the user's roles do not grant every permission of %1\n")
                            .arg(r.role);
                break;
            default:
                text += QStringLiteral("  holds: no; the user has none of its permissions\n");
            }
            continue;
        }
        text += QStringLiteral("  holds: yes\n");
        for (size_t side = 0; side < match.sides.size(); ++side) {
            QStringList parts;
            for (const HeldPermission &held : match.sides[side])
                parts << QStringLiteral("%1 (role %2)").arg(held.permission, held.role);
            text += QStringLiteral("    %1%2\n")
                        .arg(match.sides.size() > 1 ? QStringLiteral("side %1: ").arg(side + 1) : QString(),
                            parts.join(QStringLiteral(", ")));
        }
        if (r.kind == PolicyRule::Kind::MaxHolders)
            text += QStringLiteral("    (counted against the cap of %1 holders across the account)\n")
                        .arg(r.max);
        for (const PolicyException &exception : policy.exceptions) {
            if (exception.rule != r.id
                || (exception.user.compare(store.email(row), Qt::CaseInsensitive) != 0
                    && exception.user != store.id(row)))
                continue;
            text += exception.expiredOn(today)
                ? QStringLiteral("    exception EXPIRED on %1 (approved by %2: %3)\n")
                      .arg(exception.expires.toString(Qt::ISODate), exception.approvedBy, exception.reason)
                : QStringLiteral("    exception in force%1, approved by %2: %3\n")
                      .arg(exception.expires.isValid()
                              ? QStringLiteral(" until %1").arg(exception.expires.toString(Qt::ISODate))
                              : QString(),
                          exception.approvedBy, exception.reason);
        }
    }
    return text;
}

} // namespace sa
