// SPDX-License-Identifier: GPL-3.0-or-later
// The results pane (ui/results): the cards of a computed case on screen, selection by
// mouse, keyboard and API with the trace steps announced, updates in place, input errors.
#include "chart/accountchart.h"
#include "io/caseloader.h"
#include "present/formulawords.h"
#include "results/cardwidget.h"
#include "results/resultspane.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTest>

using namespace yibao;

Q_DECLARE_METATYPE(QList<yibao::TraceStep>)

namespace {

LoadedCase load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    InputErrors errors;
    auto loaded = loadCase(
        f.readAll(), std::nullopt, std::nullopt, yibao::test::library().profiles(), &errors);
    if (!loaded)
        qFatal("%s does not load", qPrintable(file));
    return *loaded;
}

// Every text a card widget shows, to check what a clerk would read.
QStringList shownTexts(const QWidget *w)
{
    QStringList texts;
    for (const QLabel *l : w->findChildren<QLabel *>()) {
        if (!l->isHidden())
            texts << l->text();
    }
    return texts;
}

QStringList ruleIds(const QList<TraceStep> &steps)
{
    QStringList ids;
    for (const TraceStep &s : steps)
        ids << s.subject + QLatin1Char('/') + s.ruleId;
    return ids;
}

} // namespace

class TstResultsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shows_case_figures_data();
    void shows_case_figures();
    void select_by_api_emits_steps();
    void click_selects_card();
    void keyboard_moves_selection();
    void update_keeps_selection_and_widgets();
    void vanished_card_clears_selection();
    void input_errors_mark_figures_stale();
    void clear_forgets_everything();
    void click_on_figure_selects_and_error_line_names_path();
    void account_card_shows_its_chart();

private:
    LoadedCase m_example;
};

void TstResultsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<QList<yibao::TraceStep>>();
    m_example = load(QStringLiteral(YIBAO_EXAMPLE_CASE));
}

void TstResultsPane::shows_case_figures_data()
{
    QTest::addColumn<QString>("caseFile");
#ifdef YIBAO_CASES_SHARED
    const QDir d(QStringLiteral(YIBAO_CASES_SHARED));
    for (const QString &name :
        d.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
        QTest::addRow("%s", qPrintable(name.left(name.size() - 11))) << d.filePath(name);
#endif
    QTest::addRow("example") << QStringLiteral(YIBAO_EXAMPLE_CASE);
}

void TstResultsPane::shows_case_figures()
{
    // State: a computed case. Action: show it. Expected: one card widget per card, in
    // order, each showing its title, verdict and every figure; the gap cards show the
    // worked principal and late fee.
    QFETCH(QString, caseFile);
    const LoadedCase lc = load(caseFile);
    const Result r = compute(lc.c, *lc.profile);
    ResultsPane pane;
    pane.resize(420, 800);
    pane.setResult(r, lc.c);
    const QList<Card> cards = buildCards(lc.c, r, TextLanguage::Chinese);
    QStringList ids;
    // the engine's warnings (arrears after retirement) come first, as a card of their own
    if (!r.warnings.isEmpty())
        ids << ResultsPane::warningsCardId();
    for (const Card &c : cards)
        ids << c.id;
    QCOMPARE(pane.cardIds(), ids);
    for (const Card &c : cards) {
        const CardWidget *w = pane.cardWidget(c.id);
        QVERIFY(w);
        const QStringList texts = shownTexts(w);
        QVERIFY2(texts.contains(c.title), qPrintable(c.id));
        QVERIFY2(texts.contains(c.verdict), qPrintable(c.id));
        for (const CardLine &l : c.lines) {
            QVERIFY2(texts.contains(l.label), qPrintable(c.id + QLatin1Char(' ') + l.label));
            QVERIFY2(texts.contains(l.value), qPrintable(c.id + QLatin1Char(' ') + l.value));
        }
        QVERIFY(w->accessibleName().startsWith(c.title));
        QCOMPARE(w->focusPolicy(), Qt::StrongFocus);
    }
    QFile ef(
        QString(caseFile).replace(QStringLiteral(".yibao.json"), QStringLiteral(".expected.json")));
    if (ef.open(QIODevice::ReadOnly)) {
        const QJsonArray gaps
            = QJsonDocument::fromJson(ef.readAll()).object().value(QLatin1String("gaps")).toArray();
        for (qsizetype i = 0; i < gaps.size(); ++i) {
            const QJsonObject g = gaps.at(i).toObject();
            const QStringList texts
                = shownTexts(pane.cardWidget(QStringLiteral("gaps[%1]").arg(i)));
            QVERIFY(texts.contains(
                g.value(QLatin1String("principal")).toString() + QStringLiteral(" 元")));
            QVERIFY(texts.contains(
                g.value(QLatin1String("lateFee")).toString() + QStringLiteral(" 元")));
        }
    }
}

void TstResultsPane::select_by_api_emits_steps()
{
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.setResult(r, m_example.c);
    QSignalSpy spy(&pane, &ResultsPane::cardSelected);
    QVERIFY(!pane.selectCard(QStringLiteral("gaps[7]")));
    QCOMPARE(spy.count(), 0);
    QVERIFY(pane.selectCard(QStringLiteral("gaps[1]")));
    QCOMPARE(pane.selectedCard(), QStringLiteral("gaps[1]"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("gaps[1]"));
    const auto steps = spy.at(0).at(1).value<QList<TraceStep>>();
    QCOMPARE(ruleIds(steps),
        QStringList({ QStringLiteral("gaps/gap.detect"), QStringLiteral("gaps[1]/gap.principal"),
            QStringLiteral("gaps[1]/gap.late_fee"), QStringLiteral("gaps[1]/gap.grace"),
            QStringLiteral("gaps[1]/gap.resume"), QStringLiteral("gaps[1]/gap.suspend") }));
    QCOMPARE(resultText(steps.at(1), TextLanguage::Chinese), QStringLiteral("1492.94"));
    QVERIFY(pane.cardWidget(QStringLiteral("gaps[1]"))->isSelected());
    QVERIFY(!pane.cardWidget(QStringLiteral("gaps[0]"))->isSelected());
}

void TstResultsPane::click_selects_card()
{
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.resize(420, 900);
    pane.show();
    pane.setResult(r, m_example.c);
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &ResultsPane::cardSelected);
    CardWidget *w = pane.cardWidget(QStringLiteral("events[0]"));
    QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(20, 10));
    QCOMPARE(pane.selectedCard(), QStringLiteral("events[0]"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(ruleIds(spy.at(0).at(1).value<QList<TraceStep>>()),
        QStringList({ QStringLiteral("events[0]/eligibility.personal_account"),
            QStringLiteral("events[0]/eligibility.gap") }));
}

void TstResultsPane::keyboard_moves_selection()
{
    // State: the first card has focus. Action: Down, Down, End, Up, Home.
    // Expected: the selection and the focus follow, each move announced once.
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.resize(420, 600);
    pane.show();
    pane.setResult(r, m_example.c);
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &ResultsPane::cardSelected);
    QWidget *first = pane.cardWidget(QStringLiteral("retirement"));
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    QCOMPARE(pane.selectedCard(), QStringLiteral("retirement"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(pane.selectedCard(), QStringLiteral("years"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(pane.selectedCard(), QStringLiteral("gaps[0]"));
    QCOMPARE(QApplication::focusWidget(), pane.cardWidget(QStringLiteral("gaps[0]")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QCOMPARE(pane.selectedCard(), QStringLiteral("events[1]"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // at the end: stays
    QCOMPARE(pane.selectedCard(), QStringLiteral("events[1]"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(pane.selectedCard(), QStringLiteral("events[0]"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QCOMPARE(pane.selectedCard(), QStringLiteral("retirement"));
    QCOMPARE(spy.count(), 6);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("years"));
    QCOMPARE(ruleIds(spy.at(1).at(1).value<QList<TraceStep>>()),
        QStringList({ QStringLiteral("years.actualMonths/years.actual"),
            QStringLiteral("years.deemedMonths/years.deemed"),
            QStringLiteral("years.cumulativeMonths/years.cumulative") }));
}

void TstResultsPane::update_keeps_selection_and_widgets()
{
    // State: gaps[1] selected. Action: the same result again, then a changed base in the
    // second gap's period. Expected: the same widgets, gaps[1] still selected; no signal
    // for the unchanged result, one with the new principal for the changed one.
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.setResult(r, m_example.c);
    pane.selectCard(QStringLiteral("gaps[1]"));
    const CardWidget *before = pane.cardWidget(QStringLiteral("account"));
    QSignalSpy spy(&pane, &ResultsPane::cardSelected);
    pane.setResult(r, m_example.c);
    QCOMPARE(spy.count(), 0);
    Case changed = m_example.c;
    for (ContributionPeriod &p : changed.periods) {
        if (p.status == PeriodStatus::Backpaid)
            p.base = Money::fromFen(700000);
    }
    const Result r2 = compute(changed, *m_example.profile);
    pane.setResult(r2, changed);
    QCOMPARE(pane.cardWidget(QStringLiteral("account")), before);
    QCOMPARE(pane.selectedCard(), QStringLiteral("gaps[1]"));
    QCOMPARE(spy.count(), 1);
    const auto steps = spy.at(0).at(1).value<QList<TraceStep>>();
    QCOMPARE(resultText(steps.at(1), TextLanguage::Chinese),
        QStringLiteral("1652.00")); // 2 × 7000 × 11.8 %
    QVERIFY(shownTexts(pane.cardWidget(QStringLiteral("gaps[1]")))
                .contains(QStringLiteral("1652.00 元")));
}

void TstResultsPane::vanished_card_clears_selection()
{
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.setResult(r, m_example.c);
    pane.selectCard(QStringLiteral("gaps[1]"));
    QSignalSpy spy(&pane, &ResultsPane::cardSelected);
    Case filled = m_example.c;
    for (ContributionPeriod &p : filled.periods) {
        if (p.status == PeriodStatus::Backpaid) {
            p.status = PeriodStatus::Paid;
            p.paidOn.reset();
        }
    }
    pane.setResult(compute(filled, *m_example.profile), filled);
    QVERIFY(!pane.cardIds().contains(QStringLiteral("gaps[1]")));
    QCOMPARE(pane.selectedCard(), QString());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString());
}

void TstResultsPane::input_errors_mark_figures_stale()
{
    // State: a good result shown. Action: input errors, then none. Expected: an error card
    // first listing each path and message, the old cards kept but stale; then back.
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.setResult(r, m_example.c);
    InputErrors errors;
    errors << InputError::coded(QStringLiteral("periods[8].to"), QStringLiteral("to_before_from"),
        { QStringLiteral("2020-05"), QStringLiteral("2021-03") },
        QStringLiteral("2020-05 is before from 2021-03"));
    errors << InputError { QStringLiteral("person.birth"),
        QStringLiteral("2025-02-29 is not a date") };
    pane.setInputErrors(errors);
    QVERIFY(pane.hasInputErrors());
    QCOMPARE(pane.cardIds().value(0), ResultsPane::errorsCardId());
    QCOMPARE(
        pane.cardIds().mid(1).size(), buildCards(m_example.c, r, TextLanguage::Chinese).size());
    const QStringList texts = shownTexts(pane.cardWidget(ResultsPane::errorsCardId()));
    // the row and field as the clerk sees them, in the window's language
    QVERIFY2(
        texts.contains(QStringLiteral("缴费记录第 9 行：截止月份 2020-05 早于起始月份 2021-03")),
        qPrintable(texts.join(QLatin1Char('|'))));
    // an error without a code keeps its message, placed in the form
    QVERIFY(texts.contains(QStringLiteral("个人信息：2025-02-29 is not a date")));
    QVERIFY(pane.cardWidget(QStringLiteral("gaps[0]"))->isStale());
    QVERIFY(!pane.cardWidget(ResultsPane::errorsCardId())->isStale());
    QVERIFY(shownTexts(pane.cardWidget(QStringLiteral("gaps[0]")))
                .contains(QStringLiteral("2360.00 元")));
    QVERIFY(shownTexts(pane.cardWidget(QStringLiteral("gaps[0]")))
                .contains(QStringLiteral("基于上次有效输入")));
    QVERIFY(pane.cardWidget(QStringLiteral("gaps[0]"))
                ->accessibleName()
                .contains(QStringLiteral("基于上次有效输入")));

    // a very long error wraps: the pane's width does not grow with it
    const int before = pane.sizeHint().width();
    const int minBefore = pane.minimumSizeHint().width();
    errors << InputError { QStringLiteral("periods[1].base"), QString(400, QChar(0x957F)) };
    pane.setInputErrors(errors);
    QVERIFY(pane.minimumSizeHint().width() <= std::max(minBefore, 400));
    QVERIFY(pane.sizeHint().width() <= std::max(before, 600));

    pane.setLanguage(QStringLiteral("en"));
    QVERIFY(shownTexts(pane.cardWidget(ResultsPane::errorsCardId()))
                .contains(QStringLiteral(
                    "Contributions, row 9: End month 2020-05 is before start month 2021-03")));
    pane.setLanguage(QStringLiteral("zh_CN"));

    pane.setInputErrors({});
    QVERIFY(!pane.hasInputErrors());
    QVERIFY(!pane.cardIds().contains(ResultsPane::errorsCardId()));
    QVERIFY(!pane.cardWidget(QStringLiteral("gaps[0]"))->isStale());
}

void TstResultsPane::clear_forgets_everything()
{
    // State: a result with errors and a selection. Action: clear. Expected: no card at
    // all, the selection dropped and announced as such.
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.setResult(r, m_example.c);
    pane.selectCard(QStringLiteral("account"));
    pane.setInputErrors({ InputError { QStringLiteral("person.birth"), QStringLiteral("bad") } });
    QSignalSpy spy(&pane, &ResultsPane::cardSelected);
    pane.clear();
    QVERIFY(pane.cardIds().isEmpty());
    QVERIFY(pane.cards().isEmpty());
    QCOMPARE(pane.selectedCard(), QString());
    QVERIFY(!pane.hasInputErrors());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString());
}

void TstResultsPane::click_on_figure_selects_and_error_line_names_path()
{
    // State: a result and two input errors shown. Action: click a figure of the account
    // card, then the second line of the error card. Expected: the account card selected;
    // the error's path announced for the form.
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.resize(420, 900);
    pane.show();
    pane.setResult(r, m_example.c);
    InputErrors errors;
    errors << InputError { QStringLiteral("periods[1].base"), QStringLiteral("bad amount") };
    errors << InputError { QStringLiteral("person.birth"), QStringLiteral("bad date") };
    pane.setInputErrors(errors);
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy errorSpy(&pane, &ResultsPane::inputErrorActivated);
    CardWidget *account = pane.cardWidget(QStringLiteral("account"));
    pane.selectCard(QStringLiteral("account")); // scrolls it into view
    QLabel *figure = nullptr;
    for (QLabel *l : account->findChildren<QLabel *>()) {
        if (l->text() == QStringLiteral("47937.68 元"))
            figure = l;
    }
    QVERIFY(figure);
    pane.selectCard(QStringLiteral("retirement"));
    QTest::mouseClick(figure, Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(pane.selectedCard(), QStringLiteral("account"));
    QCOMPARE(errorSpy.count(), 0);

    CardWidget *errorsCard = pane.cardWidget(ResultsPane::errorsCardId());
    pane.selectCard(ResultsPane::errorsCardId());
    QLabel *second = nullptr;
    for (QLabel *l : errorsCard->findChildren<QLabel *>()) {
        if (l->text() == QStringLiteral("个人信息：bad date"))
            second = l;
    }
    QVERIFY(second);
    QTest::mouseClick(second, Qt::LeftButton, {}, QPoint(4, 4));
    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(errorSpy.at(0).at(0).toString(), QStringLiteral("person.birth"));
}

QTEST_MAIN(TstResultsPane)
#include "tst_resultspane.moc"

void TstResultsPane::account_card_shows_its_chart()
{
    // State: the example case, a gap card selected. Action: select the account card, then
    // change a base, then go back to the gap. Expected: the chart appears right under the
    // account card with one stacked value per year, follows the new figures, and hides.
    const Result r = compute(m_example.c, *m_example.profile);
    ResultsPane pane;
    pane.resize(500, 900);
    pane.show();
    pane.setResult(r, m_example.c);
    pane.selectCard(QStringLiteral("gaps[0]"));
    QVERIFY(!pane.accountChart() || pane.accountChart()->isHidden());
    QVERIFY(pane.selectCard(QStringLiteral("account")));
    QChartView *view = pane.accountChart();
    QVERIFY(view);
    QVERIFY(!view->isHidden());
    // placed right under the account card
    const QWidget *card = pane.cardWidget(QStringLiteral("account"));
    const auto *layout = view->parentWidget()->layout();
    QCOMPARE(layout->indexOf(view), layout->indexOf(const_cast<QWidget *>(card)) + 1);
    // the stacked bars hold each year's known inflow of each band: their sum is the total
    auto knownSum = [](const QChart *chart) {
        double sum = 0;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *bars = qobject_cast<QStackedBarSeries *>(s)) {
                for (QBarSet *set : bars->barSets()) {
                    if (set->label() == AccountChart::unknownSeriesName())
                        continue;
                    for (int i = 0; i < set->count(); ++i)
                        sum += set->at(i);
                }
            }
        }
        return qRound64(sum * 100);
    };
    QCOMPARE(knownSum(view->chart()), r.account.total.fen());
    // a new base redraws it
    Case changed = m_example.c;
    changed.periods.first().base = Money::fromFen(600000);
    const Result r2 = compute(changed, *m_example.profile);
    QVERIFY(r2.account.total != r.account.total);
    pane.setResult(r2, changed);
    QCOMPARE(knownSum(pane.accountChart()->chart()), r2.account.total.fen());
    QCOMPARE(
        layout->indexOf(pane.accountChart()), layout->indexOf(const_cast<QWidget *>(card)) + 1);
    // another card: hidden
    pane.selectCard(QStringLiteral("gaps[0]"));
    QVERIFY(pane.accountChart()->isHidden());
}
