// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QtGlobal>
#include <deque>

namespace sa {

// At most `limit` requests in any window of `windowMs` (Sequence documents
// 1,500 per minute per API key). Pure arithmetic on a clock the caller
// passes in, so it is tested without waiting.
class RateLimiter
{
public:
    explicit RateLimiter(int limit = 1500, qint64 windowMs = 60000);

    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    bool isEnabled() const { return m_limit > 0; }

    // How long to wait at nowMs before the next request may go.
    qint64 delayBefore(qint64 nowMs);
    // Records a request sent at nowMs.
    void record(qint64 nowMs);

private:
    void forgetBefore(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_sent;
};

// A Retry-After header's wait in milliseconds from now: delay-seconds, or an
// HTTP-date in any of the three forms RFC 9110 asks recipients to accept
// (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday,
// 06-Nov-94 08:49:37 GMT", asctime "Sun Nov  6 08:49:37 1994"). A date in
// the past is 0. Not capped; -1 when absent or unreadable.
qint64 parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);

} // namespace sa
