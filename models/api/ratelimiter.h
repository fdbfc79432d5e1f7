#pragma once

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

} // namespace sa
