// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/savedfigures.h"

#include "present/cards.h"

#include <QCoreApplication>

#include <array>

namespace yibao {

// The translation context of the comparison's own words ("yibao::SavedFigures").

namespace {

    struct Headline
    {
        const char *card;
        const char *line; // a line key of that card, or "verdict"
    };

    // The figures a clerk tells the client, one or two per card; the rest of a card
    // follows from them, and the whole card is one click away in the window.
    constexpr std::array<Headline, 14> Headlines { {
        { "retirement", "statutoryDate" },
        { "retirement", "month" },
        { "years", "cumulativeMonths" },
        { "backpay", "gapTotal" },
        { "backpay", "gapOwed" },
        { "backpay", "shortfallMonths" },
        { "backpay", "retirementBackPay" },
        { "account", "total" },
        { "lifelong", "requiredMonths" },
        { "lifelong", "countedMonths" },
        { "lifelong", "projectedMonths" },
        { "lifelong", "shortfallMonths" },
        { "lifelong", "qualifyingMonth" },
        { "lifelong", "verdict" },
    } };

    const Card *cardOf(const QList<Card> &cards, const QString &id)
    {
        for (const Card &c : cards)
            if (c.id == id)
                return &c;
        return nullptr;
    }

    // The label and value of a headline in one result's cards; false when it has none.
    bool figureOf(const CardWords &w, const QList<Card> &cards, const Headline &h, QString *label,
        QString *value)
    {
        const Card *card = cardOf(cards, QLatin1String(h.card));
        if (!card)
            return false;
        if (qstrcmp(h.line, "verdict") == 0) {
            *label = w(u"结论", u"Verdict");
            *value = card->verdict;
            return true;
        }
        const CardLine *line = card->line(QLatin1String(h.line));
        if (!line)
            return false;
        *label = line->label;
        *value = line->value;
        return true;
    }

} // namespace

QString savedFigureMissing()
{
    return QStringLiteral("—");
}

QList<FigureComparison> compareHeadlineFigures(
    const Case &c, const Result &saved, const Result &now, TextLanguage language)
{
    const QList<Card> before = buildCards(c, saved, language);
    const QList<Card> after = buildCards(c, now, language);
    const CardWords w(language);
    QList<FigureComparison> out;
    for (const Headline &h : Headlines) {
        FigureComparison f;
        f.key = QLatin1String(h.card) + QLatin1Char('.') + QLatin1String(h.line);
        QString savedLabel, nowLabel;
        const bool hadIt = figureOf(w, before, h, &savedLabel, &f.saved);
        const bool hasIt = figureOf(w, after, h, &nowLabel, &f.now);
        if (!hadIt && !hasIt)
            continue; // e.g. no retirement month was given either time
        if (!hadIt)
            f.saved = savedFigureMissing();
        if (!hasIt)
            f.now = savedFigureMissing();
        f.label = hasIt ? nowLabel : savedLabel;
        const Card *card = cardOf(hasIt ? after : before, QLatin1String(h.card));
        f.card = card->title;
        out << f;
    }
    return out;
}

} // namespace yibao
