// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

class QIODevice;

namespace sa {

// SHA-256 at the processor's speed: OpenSSL's libcrypto where the build
// found it (SHA extensions, about 2 GB/s), Qt's QCryptographicHash
// otherwise (about 150 MB/s). A review hashes every byte it records.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // Reads device to its end; false when a read fails.
    bool addData(QIODevice *device);
    QByteArray result(); // 32 bytes; call once

    static QString hex(QByteArrayView bytes);
    // Lower-case hex of a regular file's SHA-256; empty when it cannot be
    // read or is not a regular file (a FIFO, a device).
    static QString hexOfFile(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sa
