// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/sheetwords.h"

namespace yibao {

QString SheetWords::money(const Money &m) const
{
    return en ? QStringLiteral("CNY ") + m.toYuanString()
              : m.toYuanString() + QStringLiteral(" 元");
}

QString SheetWords::payer(
    const std::optional<Money> &employer, const std::optional<Money> &individual) const
{
    const bool e = employer && employer->fen() > 0;
    const bool i = individual && individual->fen() > 0;
    if (e && i)
        return en
            ? QStringLiteral("employer pays %1, the individual %2")
                  .arg(money(*employer), money(*individual))
            : QStringLiteral("单位缴 %1，个人缴 %2").arg(money(*employer), money(*individual));
    if (e)
        return (*this)("全部由单位缴纳", "paid by the employer");
    if (i)
        return (*this)("全部由个人缴纳", "paid by the individual");
    return (*this)("缴费方未知", "who pays is unknown");
}

} // namespace yibao
