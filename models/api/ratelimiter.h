// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QtGlobal>

namespace sa {

// Paces requests under `limit` per `windowMs` (Sequence documents 1,500 per
// minute per API key) as a steady stream: a token bucket that refills at
// 96% of the limit's rate and holds a burst of kBurst. At 1,500 a minute
// that is 24 a second: never more than 26 in any second, 1,442 in any
// minute, instead of 1,500 at once and then a minute's pause. Pure
// arithmetic on a clock the caller passes in, so it is tested without waiting.
class RateLimiter
{
public:
    static constexpr int kBurst = 2;

    explicit RateLimiter(int limit = 1500, qint64 windowMs = 60000);

    void setLimit(int limit);
    int limit() const { return m_limit; }
    bool isEnabled() const { return m_limit > 0; }
    // Milliseconds between requests in the steady state (0 when off).
    double intervalMs() const { return isEnabled() ? m_intervalMs : 0; }

    // How long to wait at nowMs before the next request may go.
    qint64 delayBefore(qint64 nowMs);
    // Records a request sent at nowMs.
    void record(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    double m_intervalMs = 0;
    double m_tokens = kBurst;
    qint64 m_lastMs = -1;
};

// A Retry-After header's wait in milliseconds from now: delay-seconds, or an
// HTTP-date in any of the three forms RFC 9110 asks recipients to accept
// (IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday,
// 06-Nov-94 08:49:37 GMT", asctime "Sun Nov  6 08:49:37 1994"). A date in
// the past is 0. Not capped; -1 when absent or unreadable.
qint64 parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);

} // namespace sa
