// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace yibao {

// How a monthly amount is rounded to money. A profile parameter (rounding.monthly) picks
// one; the rule code never rounds on its own.
enum class Rounding
{
    HalfUpFen, // 四舍五入到分
    HalfUpJiao, // 四舍五入到角
    UpJiao, // 见分进角: any fen rounds the jiao up
};

std::optional<Rounding> roundingFromId(const QString &id);
QString roundingId(Rounding r);

// An exact amount of money in fen (1/100 yuan). Arithmetic is overflow-checked: an
// overflow throws std::overflow_error rather than wrapping into a wrong figure.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    // Parses a decimal amount in yuan with at most two decimals ("1234.56", "5000", "0.5").
    // No sign, no grouping, no exponent. Returns nullopt when the text is not such an amount.
    static std::optional<Money> parseYuan(QStringView text);

    constexpr qint64 fen() const { return m_fen; }
    // "1234.56": always two decimals, '-' for negative amounts.
    QString toYuanString() const;

    Money operator+(Money o) const;
    Money operator-(Money o) const;
    Money &operator+=(Money o) { return *this = *this + o; }
    Money operator*(qint64 n) const;

    // The amount numerator / denominator fen, rounded once with the given mode.
    static Money fromFraction(qint64 numerator, qint64 denominator, Rounding mode);

    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    { }
    qint64 m_fen = 0;
};

} // namespace yibao
