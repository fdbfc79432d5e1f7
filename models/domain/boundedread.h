// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sa {

// The largest report file any reader takes: a json report of a million
// of the emulator's users is 1.13 GiB. Readers of whole reports map them
// (MappedFile) and let the parsed pages go, so the bound is on the disk's
// bytes, not on memory.
constexpr qint64 kMaxReportFileBytes = qint64(4) << 30;

// Reads a whole file that must be a regular file of at most maxBytes.
// Never blocks on a FIFO or a device (they are refused before any read),
// refuses a file larger than maxBytes before reading it, and reads at most
// maxBytes + 1 bytes even when the file grows meanwhile. False with *error
// in words a person can act on.
bool readBoundedFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error);

// The same checks, then the file mapped read-only instead of read: a
// sequential reader calls release() behind itself so the pages it is done
// with leave memory. Where mapping is not available the file is read.
class MappedFile
{
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    bool open(const QString &path, qint64 maxBytes, QString *error);
    QByteArrayView bytes() const;
    // Lets the pages before offset go (they are read again if touched).
    void release(qsizetype offset);

private:
    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_released = 0;
    QByteArray m_read; // where nothing is mapped
};

} // namespace sa
