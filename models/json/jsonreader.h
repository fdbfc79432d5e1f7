// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sa {

// A strict, allocation-light pull reader for JSON (RFC 8259) in UTF-8.
//
// The page parser walks the API's schema with it instead of building a
// QJsonDocument: a page of 100 users is ~100 KB of mostly repeated role
// lists, and reading it in place lets the parser recognise a role list it
// has seen before by its bytes and skip it, which is what keeps parsing well
// under the cost of the transfer. It also bounds nesting depth, and every
// failure keeps the byte offset where it happened.
class JsonReader
{
public:
    enum class Type { Object, Array, String, Number, Bool, Null, End, Invalid };

    JsonReader(QByteArrayView data, int maxDepth);

    Type peek();

    // Objects: enterObject(), then while (nextMember(first, key)) { read the value }.
    bool enterObject();
    bool nextMember(bool &first, QByteArrayView &key);
    // Arrays: enterArray(), then while (nextElement(first)) { read the value }.
    bool enterArray();
    bool nextElement(bool &first);

    bool readString(QString *out);
    bool readInt64(qint64 *out);
    bool readNull();
    bool skipValue();

    // Finds where the object or array starting here ends without validating it, so its
    // bytes can be looked up in a cache; returns -1 on unbalanced input.
    qsizetype scanValueEnd();
    qsizetype position() const { return m_pos; }
    void jumpTo(qsizetype position) { m_pos = position; }
    QByteArrayView data() const { return m_data; }

    // True when only white space is left.
    bool atEnd();

    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    void fail(const QString &message);

private:
    void skipWhitespace();
    bool expect(char c, const char *what);
    bool readStringBytes(QByteArrayView &raw, bool &hasEscapes);
    bool decodeEscapes(QByteArrayView raw, QByteArray &out);
    bool scanNumber(bool &isInteger);
    bool skipLiteral(const char *literal, qsizetype size);
    bool descend();

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_depth = 0;
    int m_maxDepth;
    bool m_failed = false;
    QString m_error;
    qsizetype m_errorOffset = -1;
    QByteArray m_keyBuffer;
};

// Validates UTF-8 strictly (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

} // namespace sa
