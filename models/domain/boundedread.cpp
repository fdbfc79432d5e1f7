// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedread.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sa {

namespace {

QString tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    const QLocale locale;
    return QObject::tr("%1 is %2, larger than the limit of %3; it was not read.")
        .arg(path, locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
}

QString notRegular(const QString &path)
{
    return QObject::tr("%1 is not a regular file (a folder, pipe or device); give the path of a report file.")
        .arg(path);
}

#ifdef Q_OS_UNIX
// Opens path for reading if it is a regular file of at most maxBytes: the
// descriptor (with *size), or -1 with *error. O_NONBLOCK: opening a FIFO
// nobody writes to returns at once instead of waiting for a writer; fstat on
// the open file then refuses it, with no window between the check and the read.
int openBounded(const QString &path, qint64 maxBytes, qint64 *size, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = QObject::tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    struct stat info;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error = notRegular(path);
        return -1;
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        *error = tooLarge(path, info.st_size, maxBytes);
        return -1;
    }
    *size = info.st_size;
    return fd;
}
#endif

} // namespace

bool readBoundedFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error)
{
#ifdef Q_OS_UNIX
    qint64 fileSize = 0;
    const int fd = openBounded(path, maxBytes, &fileSize, error);
    if (fd < 0)
        return false;
    QByteArray bytes;
    bytes.resize(qsizetype(fileSize) + 1);
    qint64 have = 0;
    for (;;) {
        if (have == bytes.size()) {
            if (have > maxBytes)
                break;
            bytes.resize(qsizetype(std::min<qint64>(maxBytes + 1, have * 2 + 4096)));
        }
        const ssize_t n = ::read(fd, bytes.data() + have, size_t(bytes.size() - have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int code = errno;
            ::close(fd);
            *error = QObject::tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(code)));
            return false;
        }
        if (n == 0)
            break;
        have += n;
    }
    ::close(fd);
    if (have > maxBytes) {
        *error = tooLarge(path, have, maxBytes);
        return false;
    }
    bytes.truncate(qsizetype(have));
    *out = std::move(bytes);
    return true;
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = notRegular(path);
        return false;
    }
    if (info.size() > maxBytes) {
        *error = tooLarge(path, info.size(), maxBytes);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = tooLarge(path, bytes.size(), maxBytes);
        return false;
    }
    *out = std::move(bytes);
    return true;
#endif
}

MappedFile::~MappedFile()
{
#ifdef Q_OS_UNIX
    if (m_data)
        ::munmap(const_cast<char *>(m_data), size_t(m_size));
#endif
}

bool MappedFile::open(const QString &path, qint64 maxBytes, QString *error)
{
#ifdef Q_OS_UNIX
    qint64 fileSize = 0;
    const int fd = openBounded(path, maxBytes, &fileSize, error);
    if (fd < 0)
        return false;
    m_size = qsizetype(fileSize);
    if (m_size > 0) {
        void *mapped = ::mmap(nullptr, size_t(m_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapped == MAP_FAILED) {
            const int code = errno;
            ::close(fd);
            *error = QObject::tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(code)));
            return false;
        }
        ::madvise(mapped, size_t(m_size), MADV_SEQUENTIAL);
        m_data = static_cast<const char *>(mapped);
    }
    ::close(fd);
    return true;
#else
    if (!readBoundedFile(path, maxBytes, &m_read, error))
        return false;
    m_data = m_read.constData();
    m_size = m_read.size();
    return true;
#endif
}

QByteArrayView MappedFile::bytes() const
{
    return QByteArrayView(m_data, m_size);
}

void MappedFile::release(qsizetype offset)
{
#ifdef Q_OS_UNIX
    const qsizetype page = qsizetype(::sysconf(_SC_PAGESIZE));
    const qsizetype upTo = std::min(offset, m_size) / page * page;
    if (m_data && upTo > m_released) {
        ::madvise(const_cast<char *>(m_data) + m_released, size_t(upTo - m_released), MADV_DONTNEED);
        m_released = upTo;
    }
#else
    Q_UNUSED(offset)
#endif
}

} // namespace sa
