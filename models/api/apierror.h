// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace sa {

// A failed API call, typed by what the user or the client should do next.
struct ApiError
{
    enum class Kind {
        None,
        Authentication, // 401/403: the credentials are wrong or lack access; never retried
        RateLimited, // 429: retried after Retry-After or a backoff
        Server, // 5xx: retried with backoff
        Network, // unreachable, refused, reset, TLS: retried with backoff
        Timeout, // no data within the transfer timeout
        InvalidData, // a body that breaks the schema, is too large, or pages that loop; not retried
        Request, // another 4xx (bad limit, unknown version, not found): not retried
        // The client refused before sending: plain http, a redirect elsewhere,
        // a refused certificate or CA file.
        Configuration,
        Cancelled, // the user or the app abandoned the request
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // what went wrong, in words a person can act on
    QString serverMessage; // the server's own message, when its body had one

    bool isError() const { return kind != Kind::None; }
    bool isRetryable() const
    {
        return kind == Kind::RateLimited || kind == Kind::Server || kind == Kind::Network;
    }
    QString toString() const;
    static QString kindName(Kind kind);
};

} // namespace sa

Q_DECLARE_METATYPE(sa::ApiError)
