// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"

#include <QString>

#include <optional>

namespace yibao {

// An exact proportion in parts per million: 9.8 % is 98 000, the daily late fee of
// 0.05 % is 500. Four decimals of a percent cover every rate the sources give.
class Rate
{
public:
    static constexpr qint64 One = 1000000;

    constexpr Rate() = default;
    static constexpr Rate fromPpm(qint64 ppm) { return Rate(ppm); }
    // "9.8" (meaning 9.8 %), "0.05", "12": a percentage with at most four decimals.
    static std::optional<Rate> parsePercent(QStringView text);
    // "1", "0.5": a plain ratio with at most six decimals.
    static std::optional<Rate> parseRatio(QStringView text);

    constexpr qint64 ppm() const { return m_ppm; }
    // "9.8%", "0.05%": the shortest exact percentage.
    QString toPercentString() const;
    QString toRatioString() const;

    Rate operator+(Rate o) const { return Rate(m_ppm + o.m_ppm); }
    constexpr auto operator<=>(const Rate &) const = default;

    // amount × rate, rounded once.
    Money apply(Money amount, Rounding mode) const;
    // amount × rate × times, rounded once (a daily rate over a number of days).
    Money applyTimes(Money amount, qint64 times, Rounding mode) const;

private:
    constexpr explicit Rate(qint64 ppm)
        : m_ppm(ppm)
    { }
    qint64 m_ppm = 0;
};

} // namespace yibao
