// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/band.h"
#include "domain/case.h"
#include "domain/language.h"
#include "present/words.h"
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

// The words of the cards in one language: the shared names and units (present/words:
// money, months as dates, bands, unknown) and the cards' own forms — counts with their
// English plural, months with years in the compact card form ("29年（348个月）", "8个月"),
// "—" for a date not given, and kinds of care as headings ("Inpatient").
class CardWords : public Words
{
public:
    using Words::Words;
    using Words::operator();

    // "%n个月" / "%n month" / "%n months", %n replaced by n
    QString count(int n, const char16_t *zh, const char16_t *enOne, const char16_t *enMany) const;
    QString months(int n) const; // "29年（348个月）", "8个月"
    QString months(const std::optional<int> &n) const;
    QString date(const QDate &d) const; // "2031年10月12日"; "—" when invalid
    QString care(Care c) const; // "住院" / "Inpatient"
};

// The cards of a result, in reading order: retirement, years, one per gap, back-pay,
// account, lifelong, one per medical event, in the given language.
QList<Card> buildCards(const Case &c, const Result &r, TextLanguage language);

// The trace steps a card explains, in the order the engine took them.
QList<TraceStep> stepsForCard(const Card &card, const Trace &trace);

// The cards' display formats in the language of the installed translator (the window's),
// for widgets that draw next to the cards.
namespace cardformat {
    TextLanguage language(); // the installed translator's language
    CardWords words(); // in that language
    QString money(const Money &m);
    QString money(const std::optional<Money> &m);
    QString months(int n);
    QString date(const QDate &d);
    QString month(const YearMonth &m);
    QString bandName(Band band);
    QString unknownText();
    QString care(Care c);
} // namespace cardformat

} // namespace yibao
