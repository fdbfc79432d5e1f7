// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the review's files share: hashing, atomic writes, bounded JSON reads.

#include "apiclient.h"
#include "sa_version.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

class QJsonObject;

namespace sa {

inline constexpr char kReviewFormat[] = "sequence-admin-review";
inline constexpr char kManifestFormat[] = "sequence-admin-review-manifest";

inline QString reviewToolVersion()
{
    return QStringLiteral(SA_APP_NAME " " SA_VERSION_STRING);
}

QString sha256Hex(QByteArrayView bytes);
// QSaveFile: on failure the old file stays as it was.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);
bool readJsonFile(const QString &path, qint64 maxBytes, QJsonObject *out, QString *error);
QString isoTime(const QDateTime &time);
struct Extraction;
// How the users were extracted, as review.json and confirm/result.json say it.
QJsonObject extractionJson(const Extraction &extraction);
QDateTime parseTime(const QJsonValue &value);

} // namespace sa
