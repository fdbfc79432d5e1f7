// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sa {

// Text that came from a server or a file, made harmless before it reaches a
// terminal, a log or a message box: ESC sequences (CSI, OSC, and the rest)
// removed whole, other C0 controls (tab kept; line feeds and carriage
// returns kept only when asked, for formats that quote them), DEL and C1
// controls removed, bidi embeddings, overrides and
// isolates (U+202A..U+202E, U+2066..U+2069) removed, and the line and
// paragraph separators turned into spaces. Everything printable is kept.
QString displaySafe(QStringView text, bool keepLineBreaks = false);

// True when displaySafe() would change text.
bool needsDisplaySafe(QStringView text, bool keepLineBreaks = false);

// text with every credential it may echo replaced by "[redacted]": each
// non-empty secret given (say the client secret, "id:secret" and its
// base64), and whatever follows "Basic " or "Bearer " (an Authorization
// header's value in any casing).
QString redactCredentials(QString text, const QStringList &secrets);

// Columns text takes on a terminal: East Asian wide and fullwidth
// characters (and most emoji) take 2, combining marks and zero-width
// characters 0, the rest 1. Expects displaySafe() text.
int displayWidth(QStringView text);

// text cut to at most width columns, ending in "…" when cut.
QString elideToWidth(const QString &text, int width);

// text padded with spaces to width columns (never cut).
QString padToWidth(const QString &text, int width);

} // namespace sa
