// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/inputerror.h"
#include "present/cards.h"
#include "rules/result.h"

#include <QList>
#include <QString>
#include <QWidget>

class QChartView;
class QScrollArea;
class QVBoxLayout;

namespace yibao {

class CardWidget;

// The middle pane: one card per Card of buildCards(), in a scroll area. A card is
// selected by a click or from the keyboard (Up/Down/Home/End between cards, Tab into the
// pane); the selection is announced with the trace steps the card explains, for the
// explanation pane. The pane only shows: the window's controller passes it every new
// result and every set of input errors.
class ResultsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPane(QWidget *parent = nullptr);

    // Runs on every keystroke: the card widgets are refilled in place, and the selected
    // card stays selected while its id exists. cardSelected is emitted again only when
    // the selected card's steps changed.
    void setResult(const Result &result, const Case &c);
    // Non-empty: an error card at the top lists them and the other cards (the last good
    // result) are marked stale. Empty: back to normal.
    void setInputErrors(const InputErrors &errors);
    // Forgets the result, the errors and the selection (a new or another client's case:
    // not even stale figures of the previous one may stay).
    void clear();

    bool selectCard(const QString &cardId);
    QString selectedCard() const { return m_selected; }
    QStringList cardIds() const;
    const QList<Card> &cards() const { return m_cards; }
    bool hasInputErrors() const { return !m_errors.isEmpty(); }
    // The card widget of an id (tests, screenshots); nullptr when there is none.
    CardWidget *cardWidget(const QString &cardId) const;
    // The personal-account chart shown under the account card while that card is
    // selected, as that card's detail; nullptr or hidden otherwise.
    QChartView *accountChart() const { return m_chart; }

    // "zh_CN" or "en": the translator is installed by the window; this rebuilds the texts.
    void setLanguage(const QString &lang);
    QString language() const { return m_language; }

    static QString errorsCardId() { return QStringLiteral("errors"); }
    // The engine's warnings (arrears after retirement …), first among the result cards.
    static QString warningsCardId() { return QStringLiteral("warnings"); }

signals:
    void cardSelected(const QString &cardId, const QList<yibao::TraceStep> &steps);
    // A line of the error card was clicked: path is the InputError's ("periods[1].base"),
    // for the window to put the cursor on that field.
    void inputErrorActivated(const QString &path);

private:
    void rebuild();
    void layoutWidgets();
    void select(const QString &cardId, bool focus, bool force);
    void move(CardWidget *from, int delta);
    Card errorsCard() const;
    Card warningsCard() const;
    QList<TraceStep> stepsOf(const QString &cardId) const;
    CardWidget *newCardWidget();
    void updateChart();

    Result m_result;
    Case m_case;
    bool m_hasResult = false;
    InputErrors m_errors;
    QList<Card> m_cards;
    QString m_selected;
    QList<TraceStep> m_selectedSteps;
    QString m_language = QStringLiteral("zh_CN");

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<CardWidget *> m_widgets; // in display order; the errors card first when shown
    QWidget *m_placeholder = nullptr;
    QChartView *m_chart = nullptr;
    QList<YearInflow> m_chartYears; // what m_chart shows, to redraw only on a change
};

} // namespace yibao
