// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include "digits.h"

#include <QtNumeric>

#include <stdexcept>

namespace yibao {

std::optional<Rounding> roundingFromId(const QString &id)
{
    if (id == QLatin1String("half_up_fen"))
        return Rounding::HalfUpFen;
    if (id == QLatin1String("half_up_jiao"))
        return Rounding::HalfUpJiao;
    if (id == QLatin1String("up_jiao"))
        return Rounding::UpJiao;
    return std::nullopt;
}

QString roundingId(Rounding r)
{
    switch (r) {
    case Rounding::HalfUpFen:
        return QStringLiteral("half_up_fen");
    case Rounding::HalfUpJiao:
        return QStringLiteral("half_up_jiao");
    case Rounding::UpJiao:
        return QStringLiteral("up_jiao");
    }
    return {};
}

std::optional<Money> Money::parseYuan(QStringView text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    qint64 yuan = 0;
    qint64 frac = 0;
    int fracDigits = -1; // -1: no point seen
    int intDigits = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('.')) {
            if (fracDigits >= 0)
                return std::nullopt;
            fracDigits = 0;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int d = c.unicode() - '0';
        if (fracDigits >= 0) {
            if (++fracDigits > 2)
                return std::nullopt;
            frac = frac * 10 + d;
        } else {
            if (++intDigits > 15)
                return std::nullopt;
            yuan = yuan * 10 + d;
        }
    }
    if (intDigits == 0 || fracDigits == 0) // ".5" and "5." are typos, not amounts
        return std::nullopt;
    if (fracDigits == 1)
        frac *= 10;
    return Money(yuan * 100 + frac);
}

QString Money::toYuanString() const
{
    const bool negative = m_fen < 0;
    // qint64 min has no positive counterpart; work in unsigned.
    const quint64 abs = negative ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    char16_t buf[32];
    char16_t *p = buf;
    if (negative)
        *p++ = u'-';
    p = fmt::write(p, abs / 100);
    *p++ = u'.';
    p = fmt::write(p, abs % 100, 2);
    return fmt::toString(buf, p);
}

Money Money::operator+(Money o) const
{
    qint64 r;
    if (qAddOverflow(m_fen, o.m_fen, &r))
        throw std::overflow_error("money overflow");
    return Money(r);
}

Money Money::operator-(Money o) const
{
    qint64 r;
    if (qSubOverflow(m_fen, o.m_fen, &r))
        throw std::overflow_error("money overflow");
    return Money(r);
}

Money Money::operator*(qint64 n) const
{
    qint64 r;
    if (qMulOverflow(m_fen, n, &r))
        throw std::overflow_error("money overflow");
    return Money(r);
}

Money Money::fromFraction(qint64 numerator, qint64 denominator, Rounding mode)
{
    if (denominator <= 0)
        throw std::domain_error("non-positive denominator");
    if (numerator < 0) // rounding is symmetric: half-up means half away from zero
        return Money(0) - fromFraction(-numerator, denominator, mode);
    const qint64 halfUpFen
        = numerator / denominator + ((numerator % denominator) * 2 >= denominator ? 1 : 0);
    switch (mode) {
    case Rounding::HalfUpFen:
        return Money(halfUpFen);
    case Rounding::HalfUpJiao: {
        const qint64 jiao = numerator / (denominator * 10);
        const qint64 rem = numerator % (denominator * 10);
        return Money((jiao + (rem * 2 >= denominator * 10 ? 1 : 0)) * 10);
    }
    case Rounding::UpJiao:
        // 见分进角: the amount is first taken to the fen, then any fen left lifts the jiao.
        return Money((halfUpFen + 9) / 10 * 10);
    }
    return Money(halfUpFen);
}

} // namespace yibao
