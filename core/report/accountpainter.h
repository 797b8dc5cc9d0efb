// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/result.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace yibao {

// The personal account's inflow per year as stacked bars by age band, painted with
// QPainter only (the 明白纸 has no widgets). Years with months of unknown inflow are
// hatched under their bar; the legend names the bands. font: with a pixel size in the
// painter's units.
class AccountPainter
{
public:
    static void paint(QPainter *painter, const QRectF &rect, const AccountResult &account,
        const QFont &font, bool english);
};

} // namespace yibao
