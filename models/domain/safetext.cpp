// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetext.h"

#include <QRegularExpression>

namespace sa {

namespace {

constexpr char16_t kEsc = 0x1b;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Removed outright (ESC is handled with what follows it).
bool isDropped(char16_t c, bool keepLineBreaks)
{
    if (c == u'\t' || (keepLineBreaks && (c == u'\n' || c == u'\r')))
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
}

// Where the escape sequence that starts at text[i] (an ESC) ends, exclusive.
qsizetype escapeEnd(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j >= n)
        return j;
    const char16_t kind = text[j].unicode();
    if (kind == u'[') { // CSI: parameters and intermediates, then one final byte 0x40..0x7e
        ++j;
        while (j < n && text[j].unicode() >= 0x20 && text[j].unicode() <= 0x3f)
            ++j;
        return j < n && text[j].unicode() >= 0x40 && text[j].unicode() <= 0x7e ? j + 1 : j;
    }
    if (kind == u']' || kind == u'P' || kind == u'X' || kind == u'^' || kind == u'_') {
        // OSC, DCS, SOS, PM, APC: a string ended by BEL or ESC \ (or the text's end).
        ++j;
        while (j < n) {
            const char16_t c = text[j].unicode();
            if (c == 0x07)
                return j + 1;
            if (c == kEsc)
                return j + 1 < n && text[j + 1] == u'\\' ? j + 2 : j;
            if (c == 0x9c)
                return j + 1;
            ++j;
        }
        return j;
    }
    // Intermediates (0x20..0x2f), then one final byte.
    while (j < n && text[j].unicode() >= 0x20 && text[j].unicode() <= 0x2f)
        ++j;
    return j < n && text[j].unicode() >= 0x30 && text[j].unicode() <= 0x7e ? j + 1 : j;
}

} // namespace

bool needsDisplaySafe(QStringView text, bool keepLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == kEsc || isDropped(u, keepLineBreaks) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

QString displaySafe(QStringView text, bool keepLineBreaks)
{
    if (!needsDisplaySafe(text, keepLineBreaks))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const char16_t c = text[i].unicode();
        if (c == kEsc) {
            i = escapeEnd(text, i);
            continue;
        }
        if (c == 0x2028 || c == 0x2029)
            out.append(QLatin1Char(' '));
        else if (!isDropped(c, keepLineBreaks))
            out.append(text[i]);
        ++i;
    }
    return out;
}

QString redactCredentials(QString text, const QStringList &secrets)
{
    static const QString redacted = QStringLiteral("[redacted]");
    // Longest first: "id:secret" before "secret".
    QStringList sorted = secrets;
    std::sort(
        sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(sorted)) {
        if (!secret.isEmpty())
            text.replace(secret, redacted, Qt::CaseSensitive);
    }
    static const QRegularExpression token(
        QStringLiteral("\\b(Basic|Bearer)(\\s+)(?!\\[redacted\\])[^\\s\"',;]+"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(token, QStringLiteral("\\1\\2[redacted]"));
    return text;
}

namespace {

// Wide (W) and fullwidth (F) ranges of Unicode's EastAsianWidth.txt, merged
// where they touch, and the emoji blocks terminals draw two columns wide.
constexpr char32_t kWide[][2] = {
    {0x1100, 0x115f},
    {0x231a, 0x231b},
    {0x2329, 0x232a},
    {0x23e9, 0x23ec},
    {0x23f0, 0x23f0},
    {0x23f3, 0x23f3},
    {0x25fd, 0x25fe},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267f, 0x267f},
    {0x2693, 0x2693},
    {0x26a1, 0x26a1},
    {0x26aa, 0x26ab},
    {0x26bd, 0x26be},
    {0x26c4, 0x26c5},
    {0x26ce, 0x26ce},
    {0x26d4, 0x26d4},
    {0x26ea, 0x26ea},
    {0x26f2, 0x26f3},
    {0x26f5, 0x26f5},
    {0x26fa, 0x26fa},
    {0x26fd, 0x26fd},
    {0x2705, 0x2705},
    {0x270a, 0x270b},
    {0x2728, 0x2728},
    {0x274c, 0x274c},
    {0x274e, 0x274e},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27b0, 0x27b0},
    {0x27bf, 0x27bf},
    {0x2b1b, 0x2b1c},
    {0x2b50, 0x2b50},
    {0x2b55, 0x2b55},
    {0x2e80, 0x303e},
    {0x3041, 0x33ff},
    {0x3400, 0x4dbf},
    {0x4e00, 0x9fff},
    {0xa000, 0xa4cf},
    {0xa960, 0xa97f},
    {0xac00, 0xd7a3},
    {0xf900, 0xfaff},
    {0xfe10, 0xfe19},
    {0xfe30, 0xfe6f},
    {0xff00, 0xff60},
    {0xffe0, 0xffe6},
    {0x16fe0, 0x16fe4},
    {0x17000, 0x18cff},
    {0x1b000, 0x1b2ff},
    {0x1f004, 0x1f004},
    {0x1f0cf, 0x1f0cf},
    {0x1f18e, 0x1f18e},
    {0x1f191, 0x1f19a},
    {0x1f200, 0x1f251},
    {0x1f300, 0x1f64f},
    {0x1f680, 0x1f6ff},
    {0x1f7e0, 0x1f7eb},
    {0x1f90c, 0x1f9ff},
    {0x1fa70, 0x1faff},
    {0x20000, 0x2fffd},
    {0x30000, 0x3fffd},
};

int charWidth(char32_t c)
{
    if (c == 0 || c == 0x200b || c == 0x200c || c == 0x200d || c == 0x2060 || c == 0xfeff
        || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef))
        return 0;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    for (const auto &range : kWide) {
        if (c < range[0])
            break;
        if (c <= range[1])
            return 2;
    }
    return 1;
}

template<typename Visit> void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        if (!visit(c, i, length))
            return;
        i += length;
    }
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    forEachCodePoint(text, [&](char32_t c, qsizetype, qsizetype) {
        width += charWidth(c);
        return true;
    });
    return width;
}

QString elideToWidth(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    // Room for the ellipsis, which takes one column.
    int used = 0;
    qsizetype end = 0;
    forEachCodePoint(text, [&](char32_t c, qsizetype at, qsizetype length) {
        const int w = charWidth(c);
        if (used + w > width - 1)
            return false;
        used += w;
        end = at + length;
        return true;
    });
    return text.left(end) + QChar(0x2026);
}

QString padToWidth(const QString &text, int width)
{
    const int have = displayWidth(text);
    return have >= width ? text : text + QString(width - have, QLatin1Char(' '));
}

} // namespace sa
