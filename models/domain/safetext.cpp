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

} // namespace sa
