#include "ratelimiter.h"

namespace sa {

RateLimiter::RateLimiter(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{ }

void RateLimiter::forgetBefore(qint64 nowMs)
{
    while (!m_sent.empty() && m_sent.front() <= nowMs - m_windowMs)
        m_sent.pop_front();
}

qint64 RateLimiter::delayBefore(qint64 nowMs)
{
    if (!isEnabled())
        return 0;
    forgetBefore(nowMs);
    if (qsizetype(m_sent.size()) < m_limit)
        return 0;
    // The oldest request in the window must age out first.
    return m_sent[m_sent.size() - size_t(m_limit)] + m_windowMs - nowMs;
}

void RateLimiter::record(qint64 nowMs)
{
    if (!isEnabled())
        return;
    m_sent.push_back(nowMs);
    while (qsizetype(m_sent.size()) > m_limit)
        m_sent.pop_front();
}

} // namespace sa
