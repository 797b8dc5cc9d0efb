// SPDX-License-Identifier: GPL-3.0-or-later
#include "rate.h"

#include "digits.h"

#include <QtNumeric>

#include <stdexcept>

namespace yibao {

namespace {

    // Parses an unsigned decimal with at most maxDecimals decimals into value × 10^maxDecimals.
    std::optional<qint64> parseScaled(QStringView text, int maxDecimals)
    {
        if (text.isEmpty() || text.size() > 16)
            return std::nullopt;
        qint64 v = 0;
        int decimals = -1;
        int intDigits = 0;
        for (QChar c : text) {
            if (c == QLatin1Char('.')) {
                if (decimals >= 0)
                    return std::nullopt;
                decimals = 0;
                continue;
            }
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
            if (decimals >= 0 && ++decimals > maxDecimals)
                return std::nullopt;
            if (decimals < 0)
                ++intDigits;
            v = v * 10 + (c.unicode() - '0');
        }
        if (intDigits == 0 || decimals == 0)
            return std::nullopt;
        for (int i = std::max(decimals, 0); i < maxDecimals; ++i)
            v *= 10;
        return v;
    }

    QString scaledToString(qint64 v, int decimals)
    {
        quint64 scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        const bool negative = v < 0;
        const quint64 abs = negative ? quint64(0) - quint64(v) : quint64(v);
        char16_t buf[48];
        char16_t *p = buf;
        if (negative)
            *p++ = u'-';
        p = fmt::write(p, abs / scale);
        quint64 frac = abs % scale;
        int width = decimals;
        while (width > 0 && frac % 10 == 0 && frac != 0) {
            frac /= 10;
            --width;
        }
        if (frac != 0) {
            *p++ = u'.';
            p = fmt::write(p, frac, width);
        }
        return fmt::toString(buf, p);
    }

} // namespace

std::optional<Rate> Rate::parsePercent(QStringView text)
{
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    if (auto v = parseScaled(text, 4))
        return Rate(*v); // 1 % = 10 000 ppm = percent × 10^4
    return std::nullopt;
}

std::optional<Rate> Rate::parseRatio(QStringView text)
{
    if (auto v = parseScaled(text, 6))
        return Rate(*v);
    return std::nullopt;
}

QString Rate::toPercentString() const
{
    return scaledToString(m_ppm, 4) + QLatin1Char('%');
}

QString Rate::toRatioString() const
{
    return scaledToString(m_ppm, 6);
}

Money Rate::apply(Money amount, Rounding mode) const
{
    return applyTimes(amount, 1, mode);
}

Money Rate::applyTimes(Money amount, qint64 times, Rounding mode) const
{
    qint64 n;
    if (qMulOverflow(amount.fen(), m_ppm, &n) || qMulOverflow(n, times, &n))
        throw std::overflow_error("money overflow");
    return Money::fromFraction(n, One, mode);
}

} // namespace yibao
