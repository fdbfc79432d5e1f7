// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreport.h"

#include "policyreport.h"

#include "permissioncatalog.h"
#include "reportcontent.h"
#include "userstore.h"

#include <QLocale>

namespace sa {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString resourceLabel(const PermissionCatalog &catalog, int resource)
{
    return escaped(PermissionCatalog::shortResourceName(catalog.resourceName(resource)));
}

} // namespace

bool writeHtmlReport(const UserStore &store, const std::vector<int> &rows, const ReportContext &context,
    const std::function<bool(QString &text)> &sink)
{
    constexpr qsizetype kChunk = 256 * 1024; // characters
    const PermissionCatalog &catalog = store.registry().catalog();
    const QLocale locale;
    QString html;
    html.reserve(kChunk + 65536);
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                           "<style>body{font-family:sans-serif;font-size:10pt} h1{font-size:18pt} "
                           "h2{font-size:14pt;margin-top:18px} h3{font-size:11pt;margin:12px 0 2px 0} "
                           "table{border-collapse:collapse} td,th{border:1px solid #777;padding:2px 5px} "
                           "th{background:#eee} .num{text-align:right} .extra{font-weight:bold} "
                           ".missing{font-style:italic} table.grid td, table.grid "
                           "th{font-size:7pt;padding:1px 2px}</style></head><body>\n")
                .arg(QObject::tr("Sequence access report"));
    if (!context.coverTitle.isEmpty()) {
        html += QStringLiteral("<h1>%1</h1>\n<table class=\"cover\">\n").arg(escaped(context.coverTitle));
        for (const auto &[label, value] : context.coverFacts)
            html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n")
                        .arg(escaped(label), escaped(value));
        html += QStringLiteral("</table>\n");
        for (const QString &note : context.coverNotes)
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(note));
    }
    html += QStringLiteral("<h1>%1</h1>\n").arg(QObject::tr("Sequence access report"));
    html += QStringLiteral("<p>%1: %2<br>%3: %4<br>%5: %6</p>\n")
                .arg(QObject::tr("Source"), escaped(context.source.toString(QUrl::RemoveUserInfo)),
                    QObject::tr("Generated"), context.generatedAt.toUTC().toString(Qt::ISODate),
                    QObject::tr("Users"),
                    context.filterDescription.isEmpty()
                        ? locale.toString(qsizetype(rows.size()))
                        : QObject::tr("%1, %2").arg(
                            locale.toString(qsizetype(rows.size())), escaped(context.filterDescription)));

    if (!context.snapshot.isEmpty())
        html
            += QStringLiteral("<p>%1: %2</p>\n").arg(QObject::tr("From snapshot"), escaped(context.snapshot));
    if (context.partial)
        html += QStringLiteral("<p class=\"partial\"><strong>%1</strong></p>\n")
                    .arg(escaped(context.partialNote()));

    // Counts per role and per state, and holders of each permission.
    const ReportSummary summary = ReportSummary::of(store, rows);
    auto countTable = [&](const QString &title, const QString &column, const QMap<QString, int> &counts) {
        html += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"3\"><tr><th>%2</th><th>%3</th></tr>\n")
                    .arg(title, column, QObject::tr("Users"));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            html += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td></tr>\n")
                        .arg(escaped(it.key()), locale.toString(it.value()));
        html += QStringLiteral("</table>\n");
    };
    countTable(QObject::tr("Users per role"), QObject::tr("Role"), summary.perRole);
    countTable(QObject::tr("Users per state"), QObject::tr("State"), summary.perState);

    // The access overview: users holding each permission.
    const AccessCounts &access = summary.access;
    const int resources = access.resources;
    const int actions = access.actions;
    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table class=\"grid\" width=\"100%\" border=\"1\" "
                           "cellspacing=\"0\" cellpadding=\"1\"><tr><th></th>")
                .arg(QObject::tr("Access overview"), QObject::tr("Number of users holding each permission."));
    for (int a = 0; a < actions; ++a)
        html += QStringLiteral("<th>%1</th>").arg(escaped(catalog.actionName(a)));
    html += QStringLiteral("</tr>\n");
    for (int r = 0; r < resources; ++r) {
        html += QStringLiteral("<tr><th align=\"left\">%1</th>").arg(resourceLabel(catalog, r));
        for (int a = 0; a < actions; ++a) {
            const int n = access.count(r, a);
            html += n ? QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(n)
                      : QStringLiteral("<td></td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");

    // The access policy's findings over these users: a section per rule.
    if (context.policy) {
        const PolicyResult result = PolicyResult::evaluate(
            *context.policy, store, rows, context.today.isValid() ? context.today : QDate::currentDate());
        html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(QObject::tr("Access policy findings"),
                        escaped(QObject::tr("Policy %1: %2 of %3 rules violated.")
                                    .arg(context.policy->path)
                                    .arg(result.violatedAtLeast(Severity::Low))
                                    .arg(result.rules.size())));
        for (const RuleResult &rule : result.rules) {
            const PolicyRule &r = *rule.rule;
            html
                += QStringLiteral("<h3>[%1] %2: %3</h3>\n")
                       .arg(escaped(rule.violated() ? severityName(r.severity).toUpper() : QObject::tr("ok")),
                           escaped(r.id), escaped(r.title));
            if (r.kind == PolicyRule::Kind::MaxHolders)
                html += QStringLiteral("<p>%1</p>\n")
                            .arg(escaped(
                                QObject::tr("%1 holders; at most %2 allowed.").arg(rule.holders).arg(r.max)));
            if (rule.findings.empty())
                continue;
            html += QStringLiteral("<ul>\n");
            for (const Finding &finding : rule.findings) {
                html += QStringLiteral("<li>%1: %2%3</li>\n")
                            .arg(escaped(store.email(finding.row)), escaped(findingText(finding)),
                                finding.exception ? escaped(QObject::tr(" (exception approved by %1)")
                                                                .arg(finding.exception->approvedBy))
                                                  : QString());
            }
            html += QStringLiteral("</ul>\n");
        }
    }

    // Each user.
    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n<p>%2</p>\n")
                .arg(QObject::tr("Users"),
                    QObject::tr(
                        "Permissions per resource. <b>extra</b>: granted beyond the standard role of that "
                        "name. <i>missing</i>: the standard role grants it, this user's role does not."));
    qsizetype done = 0;
    for (int r : rows) {
        if (!context.keepGoing(done++))
            return false;
        if (html.size() > kChunk && !sink(html))
            return false;
        const ReportUser user = ReportUser::of(store, r);
        html += QStringLiteral("<h3>%1</h3>\n<p>%2: %3 &middot; %4: %5<br>%6: %7</p>\n")
                    .arg(escaped(store.email(r)), QObject::tr("State"), escaped(store.state(r)),
                        QObject::tr("ID"), escaped(store.id(r)), QObject::tr("Roles"),
                        user.roleNotes.isEmpty() ? QObject::tr("none")
                                                 : escaped(user.roleNotes.join(QStringLiteral(", "))));
        if (user.resources.empty())
            continue;
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n");
        for (const ReportUser::Resource &resource : user.resources) {
            QStringList cells;
            for (const ReportAction &action : resource.actions) {
                switch (action.mark) {
                case ReportAction::Mark::Missing:
                    cells << QStringLiteral("<span class=\"missing\"><i>%1 (%2)</i></span>")
                                 .arg(escaped(action.name), QObject::tr("missing"));
                    break;
                case ReportAction::Mark::Extra:
                    cells << QStringLiteral("<span class=\"extra\"><b>%1 (%2)</b></span>")
                                 .arg(escaped(action.name), QObject::tr("extra"));
                    break;
                case ReportAction::Mark::Granted:
                    cells << escaped(action.name);
                    break;
                }
            }
            html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n")
                        .arg(escaped(resource.name), cells.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return sink(html);
}

} // namespace sa
