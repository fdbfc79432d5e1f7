// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <functional>

namespace sa {

// The longest freeze of the calling thread's event loop: a 1 ms timer whose
// largest gap between ticks is what a window would show as a stall.
// Benchmarks only; tests never time anything.
class StallMeter
{
public:
    // sample, when set, is read at the worst gap (e.g. rows loaded by then).
    explicit StallMeter(std::function<int()> sample = {})
        : m_sample(std::move(sample))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_beat.nsecsElapsed() > m_maxGapNs) {
                m_maxGapNs = m_beat.nsecsElapsed();
                m_sampleAtMax = m_sample ? m_sample() : 0;
            }
            m_beat.restart();
        });
    }
    void start()
    {
        m_beat.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    int sampleAtMaxGap() const { return m_sampleAtMax; }

private:
    std::function<int()> m_sample;
    QTimer m_timer;
    QElapsedTimer m_beat;
    qint64 m_maxGapNs = 0;
    int m_sampleAtMax = 0;
};

} // namespace sa
