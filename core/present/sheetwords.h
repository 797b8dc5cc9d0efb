// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/words.h"

namespace yibao {

// The 明白纸's words in its language: the shared names and units (present/words), the
// sheet's own phrases written "中文", "English", and money as a client's sheet writes it
// in English ("CNY 2360.00").
struct SheetWords : Words
{
    explicit SheetWords(TextLanguage language)
        : Words(language)
        , en(language == TextLanguage::English)
    { }

    bool en = false;
    using Words::operator();
    QString operator()(const char *zh, const char *english) const
    {
        return en ? QString::fromUtf8(english) : QString::fromUtf8(zh);
    }

    // the phrase for a count n: zh, or English in the singular or the plural (each with %1)
    QString counted(int n, const char *zh, const char *enOne, const char *enMany) const
    {
        return QString::fromUtf8(!en ? zh : n == 1 ? enOne : enMany);
    }

    QString money(const Money &m) const;
    QString money(const std::optional<Money> &m) const { return m ? money(*m) : unknown(); }
    // who pays what is owed: "单位缴 A，个人缴 B" / "employer pays A, the individual B"
    QString payer(
        const std::optional<Money> &employer, const std::optional<Money> &individual) const;
};

} // namespace yibao
