// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "rules/result.h"
#include "rules/trace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace yibao {

// One figure of a card: "应补本金" — "2360.00 元". The value is already formatted for
// display; nothing downstream parses it back.
struct CardLine
{
    QString label;
    QString value;
    bool unknown = false; // the figure needs a parameter the profile does not know
    QString key; // stable name of the figure ("principal", "band.35to44"), for views and tests
    QString note; // a short remark under the line, e.g. which parameter is missing
};

// One result card as the results pane, the printed report and the tests see it. Built
// from a Result only: the cards format figures, they never compute one.
struct Card
{
    enum class Tone
    {
        Neutral,
        Good,
        Warning,
        Bad,
        Unknown,
    };

    QString id; // "retirement", "years", "gaps[0]", "backpay", "account", "lifelong", "events[1]"
    QString title;
    QString verdict; // one short sentence; tone says how good it is
    Tone tone = Tone::Neutral;
    QList<CardLine> lines;
    // The trace subjects this card explains. An entry is either a subject as the engine
    // writes it ("gaps[0]", "account.bands.35to44") or "subject@ruleId" when only one
    // rule's step of that subject belongs here (the back-pay card takes each gap's
    // principal and late fee, not its continuity).
    QStringList subjects;
    QString note; // a longer text below the figures (an event's reason)

    const CardLine *line(const QString &key) const;
};

QString toneId(Card::Tone tone); // "neutral", "good", "warning", "bad", "unknown"

// The cards of a result, in reading order: retirement, years, one per gap, back-pay,
// account, lifelong, one per medical event. Texts are translated in the context
// "yibao::Cards" (Chinese source strings).
QList<Card> buildCards(const Case &c, const Result &r);

// The trace steps a card explains, in the order the engine took them.
QList<TraceStep> stepsForCard(const Card &card, const Trace &trace);

// Display formats shared by the cards and whoever draws next to them.
namespace cardformat {
    QString money(const Money &m); // "2360.00 元"
    QString money(const std::optional<Money> &m); // "未知" when nullopt
    QString months(int n); // "29年（348个月）", "8个月"
    QString date(const QDate &d); // "2031年10月12日"
    QString month(const YearMonth &m); // "2031年10月"
    QString bandName(Band band); // "35岁以下"
    QString unknownText(); // "未知"
    QString care(Care c); // "住院"
} // namespace cardformat

} // namespace yibao
