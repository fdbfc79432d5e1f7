// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over what `diff` and the window's snapshot comparison
// read: a json report (parseSnapshot), then the diff and the text and CSV
// made of it. Any crash, sanitizer report or broken invariant fails the run:
// a report that parses lists each id once and differs from itself in
// nothing; diff text holds no control character but line feeds; no CSV
// cell of any split at , or ; starts a formula.
#include "fuzzsupport.h"
#include "reportwriter.h"
#include "roleregistry.h"
#include "safetext.h"
#include "snapshotdiff.h"
#include "usersparser.h"

#include <QSet>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

using safuzz::require;

bool startsFormula(QByteArray cell)
{
    cell.replace('"', "");
    // What a spreadsheet skips: ASCII and UTF-8 spaces (NBSP, ideographic...).
    QString text = QString::fromUtf8(cell);
    qsizetype i = 0;
    while (i < text.size() && (text[i].isSpace() || text[i] == QChar(0xfeff) || text[i] == QChar(0x200b)))
        ++i;
    if (i == text.size())
        return false;
    const char16_t c = text[i].unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == 0xff1d || c == 0xff0b || c == 0xff0d
        || c == 0xff20;
}

void checkCsvField(const QString &value)
{
    QByteArray field;
    sa::appendCsvField(field, value);
    QByteArray cells = field;
    cells.replace(';', ',');
    for (const QByteArray &cell : cells.split(','))
        require(cell.startsWith('\'') || cell.startsWith("\"'") || !startsFormula(cell));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    sa::ParseLimits limits;
    limits.maxBodyBytes = 1 << 20;
    sa::RoleRegistry &registry = safuzz::sharedRegistry();

    sa::Snapshot snapshot;
    sa::ParseError error;
    if (!sa::parseSnapshot(body, registry, &snapshot, &error, limits)) {
        require(!error.message.isEmpty());
        return 0;
    }
    QSet<QString> ids;
    for (const sa::User &user : snapshot.users) {
        require(!ids.contains(user.id));
        ids.insert(user.id);
        checkCsvField(user.id);
        checkCsvField(user.email);
        checkCsvField(user.state);
    }
    require(sa::diffSnapshots(snapshot, snapshot, registry).empty());

    // Against the report without its first user: one removal, nothing invented.
    sa::Snapshot fewer = snapshot;
    if (!fewer.users.empty())
        fewer.users.erase(fewer.users.begin());
    const std::vector<sa::SnapshotChange> changes = sa::diffSnapshots(snapshot, fewer, registry);
    require(changes.size() == (snapshot.users.empty() ? 0u : 1u));
    const QString text = sa::snapshotDiffText(changes, snapshot, fewer);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        require(u == u'\n' || u == u'\t'
            || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f) && !(u >= 0x202a && u <= 0x202e)
                && !(u >= 0x2066 && u <= 0x2069)));
    }
    sa::snapshotDiffCsv(changes);
    return 0;
}
