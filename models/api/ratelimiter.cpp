// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QList>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace sa {

namespace {

int monthNumber(QByteArrayView name)
{
    static constexpr std::array<const char *, 12> months
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(months[size_t(i)]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

bool number(QByteArrayView text, int digitsMin, int digitsMax, int *out)
{
    if (text.size() < digitsMin || text.size() > digitsMax)
        return false;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

// "08:49:37"
bool timeOfDay(QByteArrayView text, QTime *out)
{
    int h = 0, m = 0, s = 0;
    if (text.size() != 8 || text[2] != ':' || text[5] != ':' || !number(text.sliced(0, 2), 2, 2, &h)
        || !number(text.sliced(3, 2), 2, 2, &m) || !number(text.sliced(6, 2), 2, 2, &s))
        return false;
    // 60: a leap second, as the grammar allows.
    *out = QTime(h, m, std::min(s, 59));
    return out->isValid();
}

QDateTime httpDate(QByteArrayView value, const QDateTime &nowUtc)
{
    QList<QByteArrayView> tokens;
    for (qsizetype i = 0; i < value.size();) {
        while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == ','))
            ++i;
        const qsizetype start = i;
        while (i < value.size() && value[i] != ' ' && value[i] != '\t' && value[i] != ',')
            ++i;
        if (i > start)
            tokens.append(value.sliced(start, i - start));
    }
    int day = 0, month = 0, year = 0;
    QTime time;
    const bool gmt = !tokens.isEmpty() && tokens.last() == "GMT";
    if (tokens.size() == 6 && gmt) { // IMF-fixdate: Sun 06 Nov 1994 08:49:37 GMT
        month = monthNumber(tokens[2]);
        if (!number(tokens[1], 1, 2, &day) || !number(tokens[3], 4, 4, &year) || !timeOfDay(tokens[4], &time))
            return {};
    } else if (tokens.size() == 4 && gmt) { // RFC 850: Sunday 06-Nov-94 08:49:37 GMT
        const QByteArrayView dayMonthYear = tokens[1]; // 06-Nov-94
        if (dayMonthYear.size() != 9 || dayMonthYear[2] != '-' || dayMonthYear[6] != '-')
            return {};
        month = monthNumber(dayMonthYear.sliced(3, 3));
        if (!number(dayMonthYear.sliced(0, 2), 2, 2, &day) || !number(dayMonthYear.sliced(7, 2), 2, 2, &year)
            || !timeOfDay(tokens[2], &time))
            return {};
        // Two digits: the year of that century nearest the past, never
        // more than 50 years ahead (RFC 9110, 5.6.7).
        year += nowUtc.date().year() / 100 * 100;
        if (year > nowUtc.date().year() + 50)
            year -= 100;
    } else if (tokens.size() == 5) { // asctime: Sun Nov 6 08:49:37 1994
        month = monthNumber(tokens[1]);
        if (!number(tokens[2], 1, 2, &day) || !timeOfDay(tokens[3], &time) || !number(tokens[4], 4, 4, &year))
            return {};
    } else {
        return {};
    }
    const QDate date(year, month, day);
    if (month == 0 || !date.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

qint64 parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    value = value.trimmed();
    if (value.isEmpty())
        return -1;
    int digits = 0;
    while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9')
        ++digits;
    if (digits == value.size()) {
        // delay-seconds; an absurd count of digits is still "very long".
        if (digits > 9)
            return std::numeric_limits<qint64>::max();
        return value.toLongLong() * 1000;
    }
    const QDateTime when = httpDate(value, nowUtc);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

RateLimiter::RateLimiter(int limit, qint64 windowMs)
    : m_limit(0)
    , m_windowMs(windowMs)
{
    setLimit(limit);
}

void RateLimiter::setLimit(int limit)
{
    m_limit = limit;
    // A little under the limit, so a burst on top never takes a window past it.
    m_intervalMs = limit > 0 ? double(m_windowMs) / (limit * 0.96) : 0;
    m_tokens = kBurst;
    m_lastMs = -1;
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs < 0)
        m_lastMs = nowMs;
    if (nowMs > m_lastMs) {
        m_tokens = std::min<double>(kBurst, m_tokens + double(nowMs - m_lastMs) / m_intervalMs);
        m_lastMs = nowMs;
    }
}

qint64 RateLimiter::delayBefore(qint64 nowMs)
{
    if (!isEnabled())
        return 0;
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - m_tokens) * m_intervalMs));
}

void RateLimiter::record(qint64 nowMs)
{
    if (!isEnabled())
        return;
    refill(nowMs);
    m_tokens -= 1.0;
}

} // namespace sa
