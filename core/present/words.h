// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/band.h"
#include "domain/case.h"
#include "domain/language.h"
#include "domain/money.h"
#include "domain/yearmonth.h"

#include <QDate>
#include <QString>

#include <optional>

namespace yibao {

// The units and names every text of a result uses, in one language: the text report, the
// 明白纸 and the explanation model say "35至44岁", "3 个月", "2360.00 元" the same way.
// (The window's cards are translated by Qt's translator from the same Chinese words.)
class Words
{
public:
    explicit Words(TextLanguage language)
        : m_en(language == TextLanguage::English)
    { }

    bool english() const { return m_en; }
    TextLanguage language() const { return m_en ? TextLanguage::English : TextLanguage::Chinese; }
    QString operator()(const char16_t *zh, const char16_t *en) const
    {
        return QString::fromUtf16(m_en ? en : zh);
    }

    QString unknown() const; // 未知 / unknown — never "未知 元"
    QString money(const Money &m) const; // "2360.00 元" / "2360.00 yuan"
    QString money(const std::optional<Money> &m) const; // unknown() when nullopt
    QString months(int n) const; // "3 个月" / "1 month", "3 months"
    QString months(const std::optional<int> &n) const;
    QString monthsYears(int n) const; // "348 个月（29 年）" / "348 months (29 years)"
    QString date(const QDate &d) const; // "2031年10月12日" / "2031-10-12"; unknown() if invalid
    QString month(const YearMonth &m) const; // "2031年10月" / "2031-10"
    QString span(const YearMonth &from, const YearMonth &to) const; // "2024年3月—2024年5月"
    QString band(Band band) const; // "35岁以下" / "under 35"
    QString care(Care c) const;
    QString kind(PeriodKind k) const; // 单位职工 / employee
    QString category(Category c) const;

private:
    bool m_en;
};

} // namespace yibao
