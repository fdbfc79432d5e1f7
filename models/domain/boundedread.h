// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sa {

// The largest report file any reader takes: a json report of a million
// users is about 0.6 GiB.
constexpr qint64 kMaxReportFileBytes = qint64(1) << 30;

// Reads a whole file that must be a regular file of at most maxBytes.
// Never blocks on a FIFO or a device (they are refused before any read),
// refuses a file larger than maxBytes before reading it, and reads at most
// maxBytes + 1 bytes even when the file grows meanwhile. False with *error
// in words a person can act on.
bool readBoundedFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error);

} // namespace sa
