// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "yearmonth.h"

namespace yibao::bounds {

// What a case may hold, shared by the case file, the CSV import and the forms, so that
// none of them accepts what another refuses (DOMAIN.md "Bad input").

// The first contribution month the bundled profiles have values for (employee, flexible
// and resident months; deemed months may be earlier).
inline constexpr YearMonth FirstContributionMonth(1990, 1);
// The last month the program computes: later dates are typing mistakes (9999-12-31).
inline constexpr YearMonth LastMonth(2100, 12);
// Largest monthly base: far above any real 缴费基数 cap, small enough that a typo of three
// extra zeros is caught.
inline constexpr Money MaxBase = Money::fromFen(100000000); // 1 000 000.00 yuan
// How much of an offending value a message quotes: a 10 MB cell is not echoed whole.
inline constexpr qsizetype QuotedChars = 80;

inline bool baseInRange(Money m)
{
    return m > Money() && m <= MaxBase;
}

// The value as a message quotes it: in quotes, cut to QuotedChars with "…".
QString quoted(const QString &value);

} // namespace yibao::bounds
