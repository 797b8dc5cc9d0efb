// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearmonth.h"

#include "digits.h"

#include <cstdlib>

namespace yibao {

namespace {

    std::optional<int> digits(QStringView s)
    {
        int v = 0;
        for (QChar c : s) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
            v = v * 10 + (c.unicode() - '0');
        }
        return v;
    }

} // namespace

std::optional<YearMonth> YearMonth::parse(QStringView text)
{
    if (text.size() != 7 || text[4] != QLatin1Char('-'))
        return std::nullopt;
    const auto y = digits(text.first(4));
    const auto m = digits(text.sliced(5, 2));
    if (!y || !m || *y < 1 || *m < 1 || *m > 12)
        return std::nullopt;
    return YearMonth(*y, *m);
}

QDate YearMonth::dayClamped(int day) const
{
    const QDate first = firstDay();
    return QDate(year(), month(), std::min(day, first.daysInMonth()));
}

QString YearMonth::toString() const
{
    char16_t buf[16];
    char16_t *p = buf;
    if (year() < 0)
        *p++ = u'-';
    p = fmt::write(p, quint64(std::abs(year())), 4);
    *p++ = u'-';
    p = fmt::write(p, quint64(month()), 2);
    return fmt::toString(buf, p);
}

QString YearMonth::toChinese() const
{
    return QStringLiteral("%1年%2月").arg(year()).arg(month());
}

QString isoDate(QDate date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    char16_t buf[16];
    char16_t *p = fmt::write(buf, quint64(date.year()), 4);
    *p++ = u'-';
    p = fmt::write(p, quint64(date.month()), 2);
    *p++ = u'-';
    p = fmt::write(p, quint64(date.day()), 2);
    return fmt::toString(buf, p);
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    const auto y = digits(text.first(4));
    const auto m = digits(text.sliced(5, 2));
    const auto d = digits(text.sliced(8, 2));
    if (!y || !m || !d)
        return std::nullopt;
    const QDate date(*y, *m, *d);
    if (!date.isValid() || *y < 1)
        return std::nullopt;
    return date;
}

} // namespace yibao
