// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/language.h"
#include "rules/result.h"

#include <QList>
#include <QString>

namespace yibao {

// One headline figure of a reopened consultation: as its card showed it when the
// consultation was saved, and as the card shows it now. Both texts are the cards' own
// (buildCards), so a figure reads the same here as on the card.
struct FigureComparison
{
    QString key; // "backpay.gapTotal": the card's id and the line's key ("lifelong.verdict")
    QString card; // the card's title: "补缴费用"
    QString label; // the line's label: "断缴补缴合计（本金＋滞纳金）"
    QString saved; // "4720.00 元"; savedFigureMissing() when that card had no such line
    QString now;

    bool changed() const { return saved != now; }
};

// The headline figures of the retirement, years, back-pay, account and lifelong cards,
// in the cards' order: the retirement date, the months paid, what is owed and what
// retirement will cost, the account inflow, the lifelong minimum and the verdict on it.
// saved is the result kept with the consultation (ResultJson::readFigures), now today's;
// c is the case both were computed from; the texts are the cards' in the given language.
QList<FigureComparison> compareHeadlineFigures(
    const Case &c, const Result &saved, const Result &now, TextLanguage language);

// What stands for a figure one of the two results has no line for: "—".
QString savedFigureMissing();

} // namespace yibao
