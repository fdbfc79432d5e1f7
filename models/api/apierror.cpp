// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

namespace sa {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::InvalidData:
        return QStringLiteral("invalid-data");
    case Kind::Request:
        return QStringLiteral("request");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString ApiError::toString() const
{
    if (serverMessage.isEmpty() || message.contains(serverMessage))
        return message;
    return message + QStringLiteral(" Server said: \u201c%1\u201d").arg(serverMessage);
}

} // namespace sa
