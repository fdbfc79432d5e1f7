// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QFile>
#include <QFileInfo>

#ifdef SA_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace sa {

#ifdef SA_HAVE_OPENSSL
struct Sha256::Private
{
    Private()
        : context(EVP_MD_CTX_new())
    {
        if (!context || EVP_DigestInit_ex(context, EVP_sha256(), nullptr) != 1)
            qFatal("OpenSSL cannot compute SHA-256");
    }
    ~Private() { EVP_MD_CTX_free(context); }
    EVP_MD_CTX *context;
};

void Sha256::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(d->context, reinterpret_cast<unsigned char *>(digest.data()), &size);
    digest.resize(int(size));
    return digest;
}
#else
struct Sha256::Private
{
    QCryptographicHash hash {QCryptographicHash::Sha256};
};

void Sha256::addData(QByteArrayView bytes)
{
    d->hash.addData(bytes);
}

QByteArray Sha256::result()
{
    return d->hash.result();
}
#endif

Sha256::Sha256()
    : d(std::make_unique<Private>())
{ }

Sha256::~Sha256() = default;

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(buffer.data(), buffer.size());
        if (read < 0)
            return false;
        if (read == 0)
            return device->atEnd();
        addData(QByteArrayView(buffer.constData(), read));
    }
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

QString Sha256::hexOfFile(const QString &path)
{
    // A FIFO or a device would block or never end: regular files only.
    if (!QFileInfo(path).isFile())
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    Sha256 hash;
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sa
