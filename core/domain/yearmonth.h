// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace yibao {

// A calendar month, stored as year × 12 + (month − 1) so that month arithmetic is integer
// arithmetic. Contribution months (所属期), retirement months and age bands all use it.
class YearMonth
{
public:
    constexpr YearMonth() = default;
    constexpr YearMonth(int year, int month)
        : m_index(year * 12 + (month - 1))
    { }
    static constexpr YearMonth fromIndex(int index)
    {
        YearMonth ym;
        ym.m_index = index;
        return ym;
    }
    static YearMonth of(QDate d) { return YearMonth(d.year(), d.month()); }
    // Strict "YYYY-MM" with month 01–12.
    static std::optional<YearMonth> parse(QStringView text);

    constexpr int year() const { return m_index / 12; }
    constexpr int month() const { return m_index % 12 + 1; }
    constexpr int index() const { return m_index; }

    constexpr YearMonth addMonths(int n) const { return fromIndex(m_index + n); }
    // Months from this to other (other − this); 2025-01 → 2025-03 is 2.
    constexpr int monthsUntil(YearMonth other) const { return other.m_index - m_index; }

    QDate firstDay() const { return QDate(year(), month(), 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    // The given day of this month, clamped to the month's length (31 → 30 in April).
    QDate dayClamped(int day) const;

    QString toString() const; // "2025-07"
    QString toChinese() const; // "2025年7月"

    constexpr auto operator<=>(const YearMonth &) const = default;

private:
    int m_index = 0;
};

// Strict "YYYY-MM-DD" that must name a real day (2025-02-29 is refused).
std::optional<QDate> parseIsoDate(QStringView text);
// YYYY-MM-DD, the same text as QDate::toString(Qt::ISODate) for years 0–9999 but several
// times faster (traces write thousands of dates); empty for an invalid date.
QString isoDate(QDate date);

} // namespace yibao
