// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yibao {

// A passage's text as a person reads it: formulas the source wrote in LaTeX
// ("$$ \text{补缴金额} = \text{基数} \times 12% $$") become plain text
// ("补缴金额 = 基数 × 12%"). Every other character is kept. Applied where articles are
// parsed, so every view, search and quote sees the same text.
QString plainPassageText(const QString &text);

// The words of a passage to show for a link: the sentence(s) holding the claim (the
// link's `states` words), on one line. A sentence longer than maxLength is cut around
// the claim, at a clause boundary where one is near, with "…" on each cut side only; the
// claim itself is never cut, so a quote is longer than maxLength only when the claim is.
struct Quote
{
    QString text; // the quote, "…" where cut
    qsizetype claimAt = -1; // where the claim starts in text; -1 when not found
    qsizetype claimLength = 0;

    bool cutBefore() const { return text.startsWith(QChar(0x2026)); }
    bool cutAfter() const { return text.endsWith(QChar(0x2026)); }
};

// claim empty or not in the text: the passage's beginning, cut at maxLength.
Quote quoteAround(const QString &passageText, const QString &claim, int maxLength = 120);

} // namespace yibao
