// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include "policyreport.h"

#include "permissioncatalog.h"
#include "reportcontent.h"
#include "reportwriter.h"
#include "userstore.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <array>
#include <optional>

namespace sa {

namespace {

// Passes the PDF on to the real output in large blocks (QPdfWriter writes
// many small pieces) and remembers the first failed write with its cause:
// QPdfWriter itself does not report one. finish() writes what is left.
class CheckedOutput : public QIODevice
{
public:
    explicit CheckedOutput(QIODevice *target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    bool failed() const { return m_failed; }
    bool finish() { return pass(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failed)
            return -1;
        m_pending.append(data, qsizetype(size));
        if (m_pending.size() >= (1 << 20) && !pass())
            return -1;
        return size;
    }

private:
    bool pass()
    {
        if (m_failed)
            return false;
        QString error;
        if (!writeFully(m_target, m_pending.constData(), m_pending.size(), &error)) {
            m_failed = true;
            setErrorString(error);
            return false;
        }
        m_pending.clear();
        return true;
    }

    QIODevice *m_target;
    QByteArray m_pending;
    bool m_failed = false;
};

// Pages drawn top to bottom: a cursor (y) on the current page, a new page
// when the next block does not fit, the page number at the foot of each.
class PageFlow
{
public:
    enum class Style { Body, Small, Bold, Italic, Title, Section, UserHeading };

    explicit PageFlow(QPdfWriter &writer, const QString &footer)
        : m_writer(writer)
        , m_footer(footer)
        , m_painter(&writer)
        , m_dpi(writer.resolution())
    {
        const QRect page = writer.pageLayout().paintRectPixels(m_dpi);
        m_width = page.width();
        m_bottom = page.height() - lineHeight(Style::Small) * 2; // room for the page number
        m_pen = QPen(QColor(0x77, 0x77, 0x77), pt(0.5));
    }

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal width() const { return m_width; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    QPainter &painter() { return m_painter; }
    QPaintDevice *device() { return &m_writer; }

    const QFont &font(Style style)
    {
        Fonts &f = fonts(style);
        return f.font;
    }
    qreal lineHeight(Style style) { return fonts(style).metrics.lineSpacing(); }
    qreal ascent(Style style) { return fonts(style).metrics.ascent(); }
    qreal textWidth(Style style, const QString &text)
    {
        Fonts &f = fonts(style);
        auto it = f.widths.constFind(text);
        if (it == f.widths.constEnd())
            it = f.widths.insert(text, f.metrics.horizontalAdvance(text));
        return *it;
    }

    // Starts a new page unless height more fits on this one.
    void need(qreal height)
    {
        if (m_y > 0 && m_y + height > m_bottom)
            newPage();
    }
    void newPage()
    {
        drawPageNumber();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }
    void finish()
    {
        drawPageNumber();
        m_painter.end();
    }

    // A paragraph, wrapped at the page width.
    void paragraph(Style style, const QString &text, qreal spaceAfter = 0)
    {
        m_painter.setFont(font(style));
        const QRectF box = m_painter.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
        need(box.height());
        m_painter.drawText(QRectF(0, m_y, m_width, box.height()), Qt::TextWordWrap, text);
        m_y += box.height() + spaceAfter;
    }

    void text(Style style, qreal x, qreal top, const QString &text)
    {
        m_painter.setFont(font(style));
        m_painter.drawText(QPointF(x, top + ascent(style)), text);
    }

    void grid(const QRectF &cell, bool shaded)
    {
        if (shaded)
            m_painter.fillRect(cell, QColor(0xee, 0xee, 0xee));
        m_painter.setPen(m_pen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(cell);
        m_painter.setPen(Qt::black);
    }

private:
    struct Fonts
    {
        QFont font;
        QFontMetricsF metrics;
        QHash<QString, qreal> widths;
    };
    Fonts &fonts(Style style)
    {
        std::optional<Fonts> &slot = m_fonts[size_t(style)];
        if (slot)
            return *slot;
        QFont f = QGuiApplication::font();
        // No cosmetic ligatures: "fi" in an address must copy and search as f, i.
        f.setStyleStrategy(QFont::PreferNoShaping);
        switch (style) {
        case Style::Body:
            f.setPointSizeF(9);
            break;
        case Style::Small:
            f.setPointSizeF(7);
            break;
        case Style::Bold:
            f.setPointSizeF(9);
            f.setBold(true);
            break;
        case Style::Italic:
            f.setPointSizeF(9);
            f.setItalic(true);
            break;
        case Style::Title:
            f.setPointSizeF(18);
            f.setBold(true);
            break;
        case Style::Section:
            f.setPointSizeF(14);
            f.setBold(true);
            break;
        case Style::UserHeading:
            f.setPointSizeF(11);
            f.setBold(true);
            break;
        }
        return slot.emplace(Fonts {f, QFontMetricsF(f, &m_writer), {}});
    }
    void drawPageNumber()
    {
        m_painter.setFont(font(Style::Small));
        const QRectF foot(0, m_bottom + lineHeight(Style::Small), m_width, lineHeight(Style::Small));
        if (m_footer.isEmpty()) {
            m_painter.drawText(foot, Qt::AlignHCenter | Qt::AlignTop, QString::number(m_page));
        } else {
            m_painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, m_footer);
            m_painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, QString::number(m_page));
        }
    }

    QPdfWriter &m_writer;
    QString m_footer;
    QPainter m_painter;
    int m_dpi;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_page = 1;
    QPen m_pen;
    // One slot per Style; references to them stay valid.
    std::array<std::optional<Fonts>, size_t(Style::UserHeading) + 1> m_fonts;
};

using Style = PageFlow::Style;

// A table of single-line cells; the header row comes again on each new page.
void drawTable(PageFlow &flow, Style style, const std::vector<qreal> &widths, const QStringList &header,
    const std::vector<QStringList> &rows, const std::vector<bool> &rightAligned)
{
    const qreal pad = flow.pt(2);
    const qreal height = flow.lineHeight(style) + 2 * pad;
    auto drawRow = [&](const QStringList &cells, bool isHeader) {
        qreal x = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const qreal w = widths[size_t(c)];
            flow.grid(QRectF(x, flow.y(), w, height), isHeader || c == 0);
            const QString &text = cells[c];
            const bool right = !isHeader && rightAligned[size_t(c)];
            const qreal tx = right ? x + w - pad - flow.textWidth(style, text) : x + pad;
            flow.text(isHeader || c == 0 ? (style == Style::Small ? Style::Small : Style::Bold) : style, tx,
                flow.y() + pad, text);
            x += w;
        }
        flow.advance(height);
    };
    flow.need(2 * height);
    drawRow(header, true);
    for (const QStringList &cells : rows) {
        const qreal before = flow.y();
        flow.need(height);
        if (flow.y() < before) // a new page: the header again
            drawRow(header, true);
        drawRow(cells, false);
    }
    flow.advance(flow.pt(6));
}

// labelWidth: the resource column, wide enough for every resource's name.
void drawUser(PageFlow &flow, const UserStore &store, int row, const ReportUser &user, qreal labelWidth)
{
    const qreal pad = flow.pt(2);
    const qreal space = flow.textWidth(Style::Body, QStringLiteral(" "));
    const qreal actionsWidth = flow.width() - labelWidth;

    // Lays out one resource's actions in lines; returns the row's height.
    struct Placed
    {
        qreal x;
        int line;
        Style style;
        QString text;
    };
    std::vector<Placed> placed;
    auto layout = [&](const ReportUser::Resource &resource) {
        placed.clear();
        qreal x = 0;
        int line = 0;
        for (size_t i = 0; i < resource.actions.size(); ++i) {
            const ReportAction &action = resource.actions[i];
            Style style = Style::Body;
            QString text = action.name;
            if (action.mark == ReportAction::Mark::Extra) {
                style = Style::Bold;
                text = QStringLiteral("%1 (%2)").arg(action.name, QObject::tr("extra"));
            } else if (action.mark == ReportAction::Mark::Missing) {
                style = Style::Italic;
                text = QStringLiteral("%1 (%2)").arg(action.name, QObject::tr("missing"));
            }
            if (i + 1 < resource.actions.size())
                text += QLatin1Char(',');
            const qreal w = flow.textWidth(style, text);
            if (x > 0 && x + space + w > actionsWidth - 2 * pad) {
                ++line;
                x = 0;
            } else if (x > 0) {
                x += space;
            }
            placed.push_back({x, line, style, text});
            x += w;
        }
        return (line + 1) * flow.lineHeight(Style::Body) + 2 * pad;
    };

    const QString info = QStringLiteral("%1: %2 \u00b7 %3: %4")
                             .arg(QObject::tr("State"), store.state(row), QObject::tr("ID"), store.id(row));
    const QString roles = QStringLiteral("%1: %2").arg(QObject::tr("Roles"),
        user.roleNotes.isEmpty() ? QObject::tr("none") : user.roleNotes.join(QStringLiteral(", ")));
    const qreal headingHeight = flow.pt(8) + flow.lineHeight(Style::UserHeading);
    const qreal firstRow = user.resources.empty() ? 0 : layout(user.resources.front());
    // Keeps the heading with the user's first lines.
    flow.need(headingHeight + 2 * flow.lineHeight(Style::Body) + firstRow);
    flow.advance(flow.pt(8));
    flow.paragraph(Style::UserHeading, store.email(row));
    flow.paragraph(Style::Body, info);
    flow.paragraph(Style::Body, roles, flow.pt(2));

    for (const ReportUser::Resource &resource : user.resources) {
        const qreal height = layout(resource);
        flow.need(height);
        const qreal top = flow.y();
        flow.grid(QRectF(0, top, labelWidth, height), true);
        flow.grid(QRectF(labelWidth, top, actionsWidth, height), false);
        flow.text(Style::Bold, pad, top + pad, resource.name);
        for (const Placed &p : placed)
            flow.text(
                p.style, labelWidth + pad + p.x, top + pad + p.line * flow.lineHeight(Style::Body), p.text);
        flow.advance(height);
    }
}

} // namespace

bool writePdfReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
    const ReportContext &context, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QObject::tr("A PDF report needs fonts, so it needs a QGuiApplication.");
        return false;
    }
    CheckedOutput output(device);
    QPdfWriter writer(&output);
    writer.setTitle(QObject::tr("Sequence access report"));
    writer.setCreator(QStringLiteral("Sequence Admin"));
    writer.setResolution(300);
    writer.setPageSize(
        QPageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                     : QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    PageFlow flow(writer, context.footer);
    const QLocale locale;
    const PermissionCatalog &catalog = store.registry().catalog();

    if (!context.coverTitle.isEmpty()) {
        flow.paragraph(Style::Title, context.coverTitle, flow.pt(8));
        for (const auto &[name, value] : context.coverFacts)
            flow.paragraph(Style::Body, QStringLiteral("%1: %2").arg(name, value), flow.pt(2));
        flow.advance(flow.pt(6));
        for (const QString &note : context.coverNotes)
            flow.paragraph(Style::Body, note, flow.pt(3));
        flow.newPage();
    }
    flow.paragraph(Style::Title, QObject::tr("Sequence access report"), flow.pt(6));
    const QString users = context.filterDescription.isEmpty()
        ? locale.toString(qsizetype(rows.size()))
        : QObject::tr("%1, %2").arg(locale.toString(qsizetype(rows.size())), context.filterDescription);
    flow.paragraph(Style::Body,
        QStringLiteral("%1: %2").arg(QObject::tr("Source"), context.source.toString(QUrl::RemoveUserInfo)));
    flow.paragraph(Style::Body,
        QStringLiteral("%1: %2").arg(
            QObject::tr("Generated"), context.generatedAt.toUTC().toString(Qt::ISODate)));
    if (!context.snapshot.isEmpty())
        flow.paragraph(
            Style::Body, QStringLiteral("%1: %2").arg(QObject::tr("From snapshot"), context.snapshot));
    flow.paragraph(Style::Body, QStringLiteral("%1: %2").arg(QObject::tr("Users"), users), flow.pt(6));
    if (context.partial)
        flow.paragraph(Style::Bold, context.partialNote(), flow.pt(6));

    const ReportSummary summary = ReportSummary::of(store, rows);
    auto countTable = [&](const QString &title, const QString &column, const QMap<QString, int> &counts) {
        flow.need(flow.lineHeight(Style::Section) * 3);
        flow.paragraph(Style::Section, title, flow.pt(4));
        std::vector<QStringList> cells;
        qreal first = flow.textWidth(Style::Bold, column);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            cells.push_back({it.key(), locale.toString(it.value())});
            first = std::max(first, flow.textWidth(Style::Bold, it.key()));
        }
        first = std::min(first + flow.pt(8), flow.width() * 0.7);
        drawTable(
            flow, Style::Body, {first, flow.pt(60)}, {column, QObject::tr("Users")}, cells, {false, true});
    };
    countTable(QObject::tr("Users per role"), QObject::tr("Role"), summary.perRole);
    countTable(QObject::tr("Users per state"), QObject::tr("State"), summary.perState);

    // The access policy's findings over these users: a section per rule.
    if (context.policy) {
        const PolicyResult result = PolicyResult::evaluate(
            *context.policy, store, rows, context.today.isValid() ? context.today : QDate::currentDate());
        flow.need(flow.lineHeight(Style::Section) * 3);
        flow.paragraph(Style::Section, QObject::tr("Access policy findings"), flow.pt(2));
        flow.paragraph(Style::Body,
            QObject::tr("Policy %1: %2 of %3 rules violated.")
                .arg(context.policy->path)
                .arg(result.violatedAtLeast(Severity::Low))
                .arg(result.rules.size()),
            flow.pt(4));
        for (const RuleResult &rule : result.rules) {
            const PolicyRule &r = *rule.rule;
            flow.paragraph(Style::Bold,
                QStringLiteral("[%1] %2: %3")
                    .arg(rule.violated() ? severityName(r.severity).toUpper() : QObject::tr("ok"), r.id,
                        r.title));
            if (r.kind == PolicyRule::Kind::MaxHolders)
                flow.paragraph(
                    Style::Body, QObject::tr("%1 holders; at most %2 allowed.").arg(rule.holders).arg(r.max));
            for (const Finding &finding : rule.findings)
                flow.paragraph(Style::Small,
                    QStringLiteral("%1: %2%3")
                        .arg(store.email(finding.row), findingText(finding),
                            finding.exception ? QObject::tr(" (exception approved by %1)")
                                                    .arg(finding.exception->approvedBy)
                                              : QString()));
            flow.paragraph(Style::Body, QString(), flow.pt(2));
        }
    }

    // The access overview: users holding each permission.
    const AccessCounts &access = summary.access;
    flow.need(flow.lineHeight(Style::Section) * 4);
    flow.paragraph(Style::Section, QObject::tr("Access overview"), flow.pt(2));
    flow.paragraph(Style::Body, QObject::tr("Number of users holding each permission."), flow.pt(4));
    QStringList header {QString()};
    qreal label = 0;
    std::vector<QStringList> grid;
    for (int r = 0; r < access.resources; ++r) {
        QStringList cells {PermissionCatalog::shortResourceName(catalog.resourceName(r))};
        label = std::max(label, flow.textWidth(Style::Small, cells.front()));
        for (int a = 0; a < access.actions; ++a) {
            const int n = access.count(r, a);
            cells << (n ? locale.toString(n) : QString());
        }
        grid.push_back(cells);
    }
    label += flow.pt(6);
    std::vector<qreal> widths {label};
    std::vector<bool> right {false};
    for (int a = 0; a < access.actions; ++a) {
        header << catalog.actionName(a);
        widths.push_back((flow.width() - label) / std::max(1, access.actions));
        right.push_back(true);
    }
    drawTable(flow, Style::Small, widths, header, grid, right);

    // Each user, from a new page.
    flow.newPage();
    flow.paragraph(Style::Section, QObject::tr("Users"), flow.pt(2));
    {
        // The legend carries markup (<b>extra</b>, <i>missing</i>): one small document.
        QTextDocument legend;
        legend.documentLayout()->setPaintDevice(flow.device()); // points at the PDF's resolution
        legend.setDefaultFont(flow.font(Style::Body));
        legend.setDocumentMargin(0);
        legend.setTextWidth(flow.width());
        legend.setHtml(
            QObject::tr("Permissions per resource. <b>extra</b>: granted beyond the standard role of that "
                        "name. <i>missing</i>: the standard role grants it, this user's role does not."));
        flow.painter().save();
        flow.painter().translate(0, flow.y());
        legend.drawContents(&flow.painter());
        flow.painter().restore();
        flow.advance(legend.size().height() + flow.pt(4));
    }
    qreal resourceColumn = 0;
    for (int r = 0; r < catalog.resourceCount(); ++r)
        resourceColumn = std::max(resourceColumn,
            flow.textWidth(Style::Bold, PermissionCatalog::shortResourceName(catalog.resourceName(r))));
    resourceColumn = std::min(resourceColumn + flow.pt(6), flow.width() / 3);
    bool cancelled = false;
    qsizetype done = 0;
    for (int r : rows) {
        if (output.failed())
            break; // no use drawing pages that cannot be written
        if (!context.keepGoing(done++)) {
            cancelled = true;
            break;
        }
        drawUser(flow, store, r, ReportUser::of(store, r), resourceColumn);
    }
    flow.finish();
    if (!cancelled)
        output.finish();
    if (output.failed() || cancelled) {
        *error = cancelled ? ReportWriter::cancelledError() : output.errorString();
        return false;
    }
    return true;
}

} // namespace sa
