// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultspane.h"

#include "chart/accountchart.h"
#include "io/inputerrorwords.h"
#include "present/formulawords.h"
#include "results/cardwidget.h"

#include <QChart>
#include <QChartView>
#include <QScopeGuard>

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace yibao {

namespace {

    // Cheap equality of what the explanation pane shows, so that typing in a field that does
    // not touch the selected card leaves the explanation alone.
    bool sameSteps(const QList<TraceStep> &a, const QList<TraceStep> &b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const TraceStep &x = a.at(i);
            const TraceStep &y = b.at(i);
            if (x.ruleId != y.ruleId || x.subject != y.subject || x.formula != y.formula
                || x.result != y.result || x.inputs != y.inputs || x.missing != y.missing
                || x.passages != y.passages || x.params.size() != y.params.size())
                return false;
            for (qsizetype j = 0; j < x.params.size(); ++j) {
                const TraceParam &p = x.params.at(j);
                const TraceParam &q = y.params.at(j);
                if (p.key != q.key || p.value != q.value || p.from != q.from || p.known != q.known
                    || p.profile != q.profile)
                    return false;
            }
        }
        return true;
    }

    bool sameYears(const QList<YearInflow> &a, const QList<YearInflow> &b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const YearInflow &x = a.at(i);
            const YearInflow &y = b.at(i);
            if (x.year != y.year || x.band != y.band || x.months != y.months || x.known != y.known
                || x.unknownMonths != y.unknownMonths)
                return false;
        }
        return true;
    }

    const QString AccountCardId = QStringLiteral("account");

} // namespace

ResultsPane::ResultsPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("计算结果"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("resultsContent"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(8);
    auto *placeholder = new QLabel(tr("填写个人信息和缴费记录后，这里显示计算结果。"), m_content);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder = placeholder;
    m_layout->addWidget(m_placeholder);
    m_layout->addStretch(1);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll);
}

void ResultsPane::setResult(const Result &result, const Case &c)
{
    m_result = result;
    m_case = c;
    m_hasResult = true;
    rebuild();
}

void ResultsPane::setInputErrors(const InputErrors &errors)
{
    if (errors.isEmpty() && m_errors.isEmpty())
        return;
    m_errors = errors;
    rebuild();
}

void ResultsPane::clear()
{
    m_result = Result();
    m_case = Case();
    m_hasResult = false;
    m_errors.clear();
    const bool hadSelection = !m_selected.isEmpty();
    m_selected.clear();
    m_selectedSteps.clear();
    rebuild();
    if (hadSelection)
        emit cardSelected(QString(), {});
}

void ResultsPane::setLanguage(const QString &lang)
{
    m_language = lang;
    m_chartYears.clear(); // the chart's names are in the old language: draw it again
    if (auto *l = qobject_cast<QLabel *>(m_placeholder))
        l->setText(tr("填写个人信息和缴费记录后，这里显示计算结果。"));
    setAccessibleName(tr("计算结果"));
    m_selectedSteps.clear(); // the explanation must follow the language too
    rebuild();
}

Card ResultsPane::errorsCard() const
{
    // a pasted or imported table can hold thousands of the same mistake: the first ones
    // say it, and laying out ten thousand lines would freeze the window
    constexpr qsizetype Shown = 20;
    const TextLanguage lang = languageFromId(m_language).value_or(TextLanguage::Chinese);
    Card card;
    card.id = errorsCardId();
    card.title = tr("输入有误");
    card.tone = Card::Tone::Bad;
    card.verdict = m_hasResult
        ? tr("请改正以下 %n 处输入；下面是基于上次有效输入的结果。", nullptr,
            static_cast<int>(m_errors.size()))
        : tr("请改正以下 %n 处输入。", nullptr, static_cast<int>(m_errors.size()));
    // The whole sentence in the label, which wraps: a long error never widens the column.
    for (const InputError &e : m_errors.mid(0, Shown)) {
        CardLine l;
        l.key = e.path;
        l.label = inputErrorLine(e, lang);
        card.lines << l;
    }
    if (m_errors.size() > Shown) {
        CardLine l;
        l.label = tr("……另有 %1 处问题，改正上面的问题后会列出").arg(m_errors.size() - Shown);
        card.lines << l;
    }
    return card;
}

Card ResultsPane::warningsCard() const
{
    Card card;
    card.id = warningsCardId();
    card.title = tr("请核对");
    card.tone = Card::Tone::Warning;
    card.verdict = tr("已按下列理解计算：");
    for (const Warning &w : m_result.warnings) {
        CardLine l;
        l.key = w.path;
        l.label = warningText(w, cardformat::language());
        if (w.code == QLatin1String("owed_after_retirement")) {
            // the engine's own words are Chinese; the pane says the same in the window's
            // language from the period and the retirement month
            const int row = w.path.mid(8).chopped(1).toInt(); // "periods[5]"
            if (row >= 0 && row < m_case.periods.size()) {
                const ContributionPeriod &p = m_case.periods.at(row);
                const YearMonth retired = m_result.retirement.month;
                l.label = tr("缴费记录第 %1 行：%2 至 %3 记为欠费，但 %4 起已退休——退休后的月份"
                             "不计欠费，也不用补缴")
                              .arg(row + 1)
                              .arg(std::max(p.from, retired).toString(), p.to.toString(),
                                  retired.toString());
            }
        }
        card.lines << l;
    }
    return card;
}

CardWidget *ResultsPane::newCardWidget()
{
    auto *w = new CardWidget(m_content);
    connect(w, &CardWidget::clicked, this, [this, w] { select(w->cardId(), true, true); });
    connect(w, &CardWidget::moveRequested, this, [this, w](int delta) { move(w, delta); });
    connect(w, &CardWidget::lineActivated, this, [this, w](const QString &key) {
        if (w->cardId() == errorsCardId())
            emit inputErrorActivated(key);
    });
    return w;
}

void ResultsPane::rebuild()
{
    // the chart sits between card widgets; out of the layout while they are counted
    if (m_chart)
        m_layout->removeWidget(m_chart);
    const auto placeChart = qScopeGuard([this] { updateChart(); });
    QList<Card> shown;
    if (!m_errors.isEmpty())
        shown << errorsCard();
    m_cards = m_hasResult ? buildCards(m_case, m_result, cardformat::language()) : QList<Card>();
    if (m_hasResult && !m_result.warnings.isEmpty())
        m_cards.prepend(warningsCard());
    shown << m_cards;

    // Widgets are reused by position: a card widget is a generic frame, so only the count
    // changes the layout. New widgets go before the stretch at the end.
    while (m_widgets.size() < shown.size()) {
        CardWidget *w = newCardWidget();
        m_layout->insertWidget(static_cast<int>(m_widgets.size()) + 1, w);
        m_widgets << w;
    }
    while (m_widgets.size() > shown.size())
        delete m_widgets.takeLast();
    const bool stale = !m_errors.isEmpty();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        CardWidget *w = m_widgets.at(i);
        w->setStale(stale && shown.at(i).id != errorsCardId());
        w->setCard(shown.at(i));
        w->setSelected(shown.at(i).id == m_selected);
    }
    m_placeholder->setVisible(shown.isEmpty());

    if (m_selected.isEmpty())
        return;
    if (!cardWidget(m_selected)) {
        // The selected card is gone (its gap was filled): nothing is selected now.
        m_selected.clear();
        m_selectedSteps.clear();
        emit cardSelected(QString(), {});
        return;
    }
    const QList<TraceStep> steps = stepsOf(m_selected);
    if (!sameSteps(steps, m_selectedSteps)) {
        m_selectedSteps = steps;
        emit cardSelected(m_selected, m_selectedSteps);
    }
}

QStringList ResultsPane::cardIds() const
{
    QStringList ids;
    for (const CardWidget *w : m_widgets)
        ids << w->cardId();
    return ids;
}

CardWidget *ResultsPane::cardWidget(const QString &cardId) const
{
    for (CardWidget *w : m_widgets) {
        if (w->cardId() == cardId)
            return w;
    }
    return nullptr;
}

QList<TraceStep> ResultsPane::stepsOf(const QString &cardId) const
{
    for (const Card &c : m_cards) {
        if (c.id == cardId)
            return stepsForCard(c, m_result.trace);
    }
    return {};
}

bool ResultsPane::selectCard(const QString &cardId)
{
    if (!cardWidget(cardId))
        return false;
    select(cardId, false, true);
    return true;
}

void ResultsPane::select(const QString &cardId, bool focus, bool force)
{
    CardWidget *target = cardWidget(cardId);
    if (!target)
        return;
    const bool changed = cardId != m_selected;
    m_selected = cardId;
    for (CardWidget *w : m_widgets)
        w->setSelected(w == target);
    if (focus)
        target->setFocus(Qt::OtherFocusReason);
    updateChart();
    m_scroll->ensureWidgetVisible(target, 0, 8);
    if (changed || force) {
        m_selectedSteps = stepsOf(cardId);
        emit cardSelected(cardId, m_selectedSteps);
    }
}

void ResultsPane::updateChart()
{
    CardWidget *account = m_selected == AccountCardId ? cardWidget(AccountCardId) : nullptr;
    if (!account || !m_hasResult || m_result.account.perYear.isEmpty()) {
        if (m_chart)
            m_chart->hide();
        return;
    }
    // Qt Charts is the slowest thing in the pane: built when first needed, redrawn only
    // when the yearly figures change, never for a keystroke elsewhere
    if (!m_chart) {
        m_chart = AccountChart::createView(m_result.account, m_content);
        m_chart->setObjectName(QStringLiteral("accountChart"));
        m_chart->setAccessibleName(tr("个人账户划入图"));
        m_chart->setMinimumHeight(280);
        m_chartYears = m_result.account.perYear;
    } else if (!sameYears(m_chartYears, m_result.account.perYear)) {
        QChart *old = m_chart->chart();
        m_chart->setChart(AccountChart::createChart(m_result.account, font()));
        delete old;
        m_chartYears = m_result.account.perYear;
    }
    m_layout->removeWidget(m_chart);
    m_layout->insertWidget(m_layout->indexOf(account) + 1, m_chart);
    m_chart->setEnabled(m_errors.isEmpty());
    m_chart->show();
}

void ResultsPane::move(CardWidget *from, int delta)
{
    const qsizetype at = m_widgets.indexOf(from);
    if (at < 0 || m_widgets.isEmpty())
        return;
    const qsizetype to = std::clamp<qsizetype>(at + delta, 0, m_widgets.size() - 1);
    if (to == at)
        return;
    select(m_widgets.at(to)->cardId(), true, false);
}

} // namespace yibao
