// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <cstring>

namespace sa {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Eight ASCII bytes at a time: the common case by far.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr char32_t minimum[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

JsonReader::JsonReader(QByteArrayView data, int maxDepth)
    : m_data(data)
    , m_maxDepth(maxDepth)
{ }

void JsonReader::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = message;
    m_errorOffset = m_pos;
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_data.size() && isWhitespace(m_data[m_pos]))
        ++m_pos;
}

JsonReader::Type JsonReader::peek()
{
    if (m_failed)
        return Type::Invalid;
    skipWhitespace();
    if (m_pos >= m_data.size())
        return Type::End;
    switch (m_data[m_pos]) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return Type::Number;
    default:
        return Type::Invalid;
    }
}

bool JsonReader::expect(char c, const char *what)
{
    skipWhitespace();
    if (m_pos < m_data.size() && m_data[m_pos] == c) {
        ++m_pos;
        return true;
    }
    fail(m_pos >= m_data.size()
            ? QStringLiteral("unexpected end of data, expected %1").arg(QLatin1String(what))
            : QStringLiteral("expected %1").arg(QLatin1String(what)));
    return false;
}

bool JsonReader::descend()
{
    if (++m_depth > m_maxDepth) {
        fail(QStringLiteral("nested deeper than %1 levels").arg(m_maxDepth));
        return false;
    }
    return true;
}

bool JsonReader::enterObject()
{
    return !m_failed && expect('{', "'{'") && descend();
}

bool JsonReader::enterArray()
{
    return !m_failed && expect('[', "'['") && descend();
}

bool JsonReader::nextMember(bool &first, QByteArrayView &key)
{
    if (m_failed)
        return false;
    skipWhitespace();
    if (m_pos < m_data.size() && m_data[m_pos] == '}') {
        ++m_pos;
        --m_depth;
        return false;
    }
    if (!first && !expect(',', "',' or '}'"))
        return false;
    first = false;
    skipWhitespace();
    if (m_pos >= m_data.size() || m_data[m_pos] != '"') {
        fail(m_pos >= m_data.size() ? QStringLiteral("unexpected end of data, expected a member name")
                                    : QStringLiteral("expected a member name in double quotes"));
        return false;
    }
    QByteArrayView raw;
    bool hasEscapes = false;
    if (!readStringBytes(raw, hasEscapes))
        return false;
    if (hasEscapes) {
        m_keyBuffer.clear();
        if (!decodeEscapes(raw, m_keyBuffer))
            return false;
        key = m_keyBuffer;
    } else {
        key = raw;
    }
    return expect(':', "':'");
}

bool JsonReader::nextElement(bool &first)
{
    if (m_failed)
        return false;
    skipWhitespace();
    if (m_pos < m_data.size() && m_data[m_pos] == ']' && first) {
        ++m_pos;
        --m_depth;
        return false;
    }
    if (!first) {
        if (m_pos < m_data.size() && m_data[m_pos] == ']') {
            ++m_pos;
            --m_depth;
            return false;
        }
        if (!expect(',', "',' or ']'"))
            return false;
    }
    first = false;
    if (peek() == Type::End) {
        fail(QStringLiteral("unexpected end of data, expected a value"));
        return false;
    }
    return true;
}

// Reads a string token; raw is its content between the quotes, still escaped.
bool JsonReader::readStringBytes(QByteArrayView &raw, bool &hasEscapes)
{
    if (!expect('"', "a string"))
        return false;
    const qsizetype start = m_pos;
    const char *data = m_data.data();
    const qsizetype size = m_data.size();
    hasEscapes = false;
    while (m_pos < size) {
        const auto c = static_cast<unsigned char>(data[m_pos]);
        if (c == '"') {
            raw = m_data.sliced(start, m_pos - start);
            ++m_pos;
            if (!hasEscapes && !isValidUtf8(raw)) {
                m_pos = start;
                fail(QStringLiteral("string is not valid UTF-8"));
                return false;
            }
            return true;
        }
        if (c == '\\') {
            hasEscapes = true;
            m_pos += 2;
            continue;
        }
        if (c < 0x20) {
            fail(QStringLiteral("control character in string"));
            return false;
        }
        ++m_pos;
    }
    m_pos = size;
    fail(QStringLiteral("unexpected end of data inside a string"));
    return false;
}

bool JsonReader::decodeEscapes(QByteArrayView raw, QByteArray &out)
{
    out.reserve(raw.size());
    const qsizetype base = m_pos - raw.size() - 1;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out.append(c);
            continue;
        }
        if (++i >= raw.size()) {
            m_pos = base + i;
            fail(QStringLiteral("unfinished escape in string"));
            return false;
        }
        switch (raw[i]) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '/':
            out.append('/');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            auto readHex = [&](qsizetype at, char32_t &value) {
                if (at + 4 > raw.size())
                    return false;
                value = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(raw[at + k]);
                    if (h < 0)
                        return false;
                    value = (value << 4) | char32_t(h);
                }
                return true;
            };
            char32_t cp;
            if (!readHex(i + 1, cp)) {
                m_pos = base + i;
                fail(QStringLiteral("invalid \\u escape in string"));
                return false;
            }
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low;
                if (i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' && readHex(i + 3, low)
                    && low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                } else {
                    m_pos = base + i;
                    fail(QStringLiteral("unpaired surrogate in \\u escape"));
                    return false;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                m_pos = base + i;
                fail(QStringLiteral("unpaired surrogate in \\u escape"));
                return false;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            m_pos = base + i;
            fail(QStringLiteral("invalid escape in string"));
            return false;
        }
    }
    if (!isValidUtf8(out)) {
        m_pos = base;
        fail(QStringLiteral("string is not valid UTF-8"));
        return false;
    }
    return true;
}

bool JsonReader::readString(QString *out)
{
    QByteArrayView raw;
    bool hasEscapes = false;
    if (!readStringBytes(raw, hasEscapes))
        return false;
    if (!out)
        return true;
    if (!hasEscapes) {
        *out = QString::fromUtf8(raw);
        return true;
    }
    QByteArray decoded;
    if (!decodeEscapes(raw, decoded))
        return false;
    *out = QString::fromUtf8(decoded);
    return true;
}

bool JsonReader::scanNumber(bool &isInteger)
{
    const char *d = m_data.data();
    const qsizetype size = m_data.size();
    auto isDigit = [&](qsizetype at) { return at < size && d[at] >= '0' && d[at] <= '9'; };
    isInteger = true;
    if (m_pos < size && d[m_pos] == '-')
        ++m_pos;
    if (!isDigit(m_pos)) {
        fail(QStringLiteral("invalid number"));
        return false;
    }
    if (d[m_pos] == '0') {
        ++m_pos;
        if (isDigit(m_pos)) {
            fail(QStringLiteral("invalid number (leading zero)"));
            return false;
        }
    } else {
        while (isDigit(m_pos))
            ++m_pos;
    }
    if (m_pos < size && d[m_pos] == '.') {
        isInteger = false;
        ++m_pos;
        if (!isDigit(m_pos)) {
            fail(QStringLiteral("invalid number"));
            return false;
        }
        while (isDigit(m_pos))
            ++m_pos;
    }
    if (m_pos < size && (d[m_pos] == 'e' || d[m_pos] == 'E')) {
        isInteger = false;
        ++m_pos;
        if (m_pos < size && (d[m_pos] == '+' || d[m_pos] == '-'))
            ++m_pos;
        if (!isDigit(m_pos)) {
            fail(QStringLiteral("invalid number"));
            return false;
        }
        while (isDigit(m_pos))
            ++m_pos;
    }
    return true;
}

bool JsonReader::readInt64(qint64 *out)
{
    if (peek() != Type::Number) {
        fail(QStringLiteral("expected a number"));
        return false;
    }
    const qsizetype start = m_pos;
    bool isInteger = false;
    if (!scanNumber(isInteger))
        return false;
    bool ok = false;
    const qint64 value = m_data.sliced(start, m_pos - start).toByteArray().toLongLong(&ok);
    if (!isInteger || !ok) {
        m_pos = start;
        fail(QStringLiteral("expected a whole number within 64 bits"));
        return false;
    }
    if (out)
        *out = value;
    return true;
}

bool JsonReader::skipLiteral(const char *literal, qsizetype size)
{
    if (m_data.size() - m_pos >= size && std::memcmp(m_data.data() + m_pos, literal, size_t(size)) == 0) {
        m_pos += size;
        return true;
    }
    fail(QStringLiteral("invalid literal"));
    return false;
}

bool JsonReader::readNull()
{
    skipWhitespace();
    return skipLiteral("null", 4);
}

bool JsonReader::skipValue()
{
    bool first = true;
    QByteArrayView key;
    bool isInteger = false;
    switch (peek()) {
    case Type::Object:
        if (!enterObject())
            return false;
        while (nextMember(first, key)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    case Type::Array:
        if (!enterArray())
            return false;
        while (nextElement(first)) {
            if (!skipValue())
                return false;
        }
        return !m_failed;
    case Type::String:
        return readString(nullptr);
    case Type::Number:
        return scanNumber(isInteger);
    case Type::Bool:
        return m_data[m_pos] == 't' ? skipLiteral("true", 4) : skipLiteral("false", 5);
    case Type::Null:
        return skipLiteral("null", 4);
    case Type::End:
        fail(QStringLiteral("unexpected end of data, expected a value"));
        return false;
    case Type::Invalid:
        fail(QStringLiteral("expected a value"));
        return false;
    }
    return false;
}

qsizetype JsonReader::scanValueEnd()
{
    skipWhitespace();
    const char *d = m_data.data();
    const char *const end = d + m_data.size();
    const char *p = d + m_pos;
    if (p >= end || (*p != '{' && *p != '['))
        return -1;
    int depth = 0;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            // Jump to the closing quote: one not preceded by an odd run of backslashes.
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(p + 1, '"', size_t(end - p - 1)));
                if (!quote)
                    return -1;
                const char *back = quote;
                while (back > p + 1 && back[-1] == '\\')
                    --back;
                p = quote;
                if ((quote - back) % 2 == 0)
                    break;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return p + 1 - d;
            if (depth < 0)
                return -1;
        }
        ++p;
    }
    return -1;
}

bool JsonReader::atEnd()
{
    skipWhitespace();
    return m_pos >= m_data.size();
}

} // namespace sa
