// SPDX-License-Identifier: GPL-3.0-or-later
// The explanation pane (ui/explain): our words with the case's numbers, the trace tree
// without its zero lines, the quoted passages with the words that matter highlighted, the
// "资料说法不一" block exactly when a linked passage conflicts with the profile, and a
// passage click announced.
#include "explain/explanationpane.h"
#include "io/caseloader.h"
#include "present/cards.h"
#include "present/highlight.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QFile>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace yibao;

namespace {

struct Shown
{
    Card card;
    QList<TraceStep> steps;
    QString profile;
};

Shown cardOfCase(const QString &file, const QString &cardId)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    InputErrors errors;
    const auto lc = loadCase(
        f.readAll(), std::nullopt, std::nullopt, yibao::test::library().profiles(), &errors);
    if (!lc)
        qFatal("%s does not load", qPrintable(file));
    const Result r = compute(lc->c, *lc->profile);
    for (const Card &c : buildCards(lc->c, r, TextLanguage::Chinese)) {
        if (c.id == cardId)
            return { c, stepsForCard(c, r.trace), lc->c.profile };
    }
    qFatal("no card %s", qPrintable(cardId));
}

QTreeWidgetItem *stepItem(QTreeWidget *tree, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == title)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *childNamed(QTreeWidgetItem *parent, const QString &name)
{
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == name)
            return parent->child(i);
    }
    return nullptr;
}

const QString Example = QStringLiteral(YIBAO_EXAMPLE_CASE);
const QString BeijingBands = QStringLiteral(YIBAO_CASES_DIR "/06-beijing-account-bands.yibao.json");

} // namespace

class TstExplanationPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void explanation_has_case_numbers();
    void explanation_follows_language();
    void tree_hides_zero_lines();
    void tree_marks_unknown_parameter();
    void passages_quoted_with_highlights();
    void conflict_block_data();
    void conflict_block();
    void passage_click_emits_id();
    void highlight_respects_digits();
    void clear_shows_hint();
    void passages_before_the_tree_and_the_tree_folded();
    void conflicts_judged_against_the_value_each_step_read();
};

void TstExplanationPane::passages_before_the_tree_and_the_tree_folded()
{
    // State: the example's first gap shown in a narrow pane. Expected: the quoted
    // passages come right under the explanation, above the computation tree; the tree
    // shows each step's formula and result but not its parameters; a long formula wraps
    // (its row is taller than one line) instead of being cut off.
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    ExplanationPane pane(yibao::test::library());
    pane.resize(420, 900);
    pane.show();
    pane.showCard(s.card.title, s.steps, s.profile);
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCoreApplication::processEvents();
    QVERIFY(!pane.shownPassages().isEmpty());
    QVERIFY(pane.sourcesView()->isVisible());
    QVERIFY(pane.traceTree()->isVisible());
    QVERIFY(pane.sourcesView()->y() < pane.traceTree()->y());
    QTreeWidget *tree = pane.traceTree();
    QVERIFY(tree->wordWrap());
    QCOMPARE(tree->textElideMode(), Qt::ElideNone);
    bool sawFormula = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *step = tree->topLevelItem(i);
        QVERIFY(step->isExpanded());
        if (QTreeWidgetItem *params = childNamed(step, QStringLiteral("参数")))
            QVERIFY(!params->isExpanded());
        if (QTreeWidgetItem *inputs = childNamed(step, QStringLiteral("输入")))
            QVERIFY(!inputs->isExpanded());
        sawFormula = sawFormula || childNamed(step, QStringLiteral("公式"));
    }
    QVERIFY(sawFormula);
}

void TstExplanationPane::explanation_has_case_numbers()
{
    // State: the example's first gap (2016-01…04, 4 months, 2360.00 principal, resumes
    // 2016-11). Expected: our own words carry those numbers, and the heading is the card's.
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    ExplanationPane pane(yibao::test::library());
    pane.showCard(s.card.title, s.steps, s.profile);
    QCOMPARE(pane.title(), s.card.title);
    const QString text = pane.explanationText();
    QVERIFY2(text.contains(QStringLiteral("2360.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2016年11月")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("断缴 4 个月")), qPrintable(text));
    QCOMPARE(pane.traceTree()->topLevelItemCount(), s.steps.size());
}

void TstExplanationPane::explanation_follows_language()
{
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    ExplanationPane pane(yibao::test::library());
    pane.showCard(s.card.title, s.steps, s.profile);
    const QString zh = pane.explanationText();
    pane.setLanguage(QStringLiteral("en"));
    const QString en = pane.explanationText();
    QVERIFY(en != zh);
    QVERIFY2(en.contains(QStringLiteral("2360.00")), qPrintable(en));
    QVERIFY2(!en.contains(QStringLiteral("断缴")), qPrintable(en));
    // The trace's step titles come from the explanations in English.
    QVERIFY(stepItem(pane.traceTree(), QStringLiteral("Back-pay principal")));
}

void TstExplanationPane::tree_hides_zero_lines()
{
    // State: the principal step of gap 2016-01…04 has backpaidMonths 0 and
    // notEnrolledMonths 0 among its inputs. Expected: those two lines are not in the tree,
    // the non-zero ones (months 4, owedMonths 4) are; parameters carry date and source.
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    ExplanationPane pane(yibao::test::library());
    pane.showCard(s.card.title, s.steps, s.profile);
    QTreeWidgetItem *step
        = stepItem(pane.traceTree(), QStringLiteral("断缴 2016-01—2016-04 应补本金"));
    QVERIFY(step);
    QCOMPARE(step->text(1), QStringLiteral("2360.00"));
    QTreeWidgetItem *inputs = childNamed(step, QStringLiteral("输入"));
    QVERIFY(inputs);
    QVERIFY(!childNamed(inputs, QStringLiteral("已补缴月数")));
    QVERIFY(!childNamed(inputs, QStringLiteral("未参加职工医保月数")));
    QCOMPARE(childNamed(inputs, QStringLiteral("欠缴月数"))->text(1), QStringLiteral("4"));
    QCOMPARE(childNamed(inputs, QStringLiteral("月数"))->text(1), QStringLiteral("4"));
    QTreeWidgetItem *rate
        = childNamed(childNamed(step, QStringLiteral("参数")), QStringLiteral("单位缴费费率"));
    QVERIFY(rate);
    QCOMPARE(rate->text(1), QStringLiteral("9.8%"));
    QCOMPARE(childNamed(rate, QStringLiteral("生效日期"))->text(1), QStringLiteral("1990-01-01"));
    QVERIFY(childNamed(rate, QStringLiteral("来源"))->text(1).contains(QStringLiteral("004")));
    QVERIFY(childNamed(step, QStringLiteral("公式"))->childCount() > 0
        || !childNamed(step, QStringLiteral("公式"))->text(1).isEmpty());
}

void TstExplanationPane::tree_marks_unknown_parameter()
{
    // State: the example's 45plus band, whose employer share the general profile does not
    // know. Expected: the parameter reads 未知 in words and the step lists it as missing.
    const Shown s = cardOfCase(Example, QStringLiteral("account"));
    ExplanationPane pane(yibao::test::library());
    pane.showCard(s.card.title, s.steps, s.profile);
    QTreeWidgetItem *step
        = stepItem(pane.traceTree(), QStringLiteral("个人账户划入：45岁以上（在职）"));
    QVERIFY(step);
    QCOMPARE(step->text(1), QStringLiteral("未知"));
    QTreeWidgetItem *param = childNamed(
        childNamed(step, QStringLiteral("参数")), QStringLiteral("单位缴费划入比例（45岁以上）"));
    QVERIFY(param);
    QCOMPARE(param->text(1), QStringLiteral("未知（档案未给出）"));
    QCOMPARE(childNamed(step, QStringLiteral("缺少参数"))->text(1),
        QStringLiteral("account.employer_share.45plus"));
}

void TstExplanationPane::passages_quoted_with_highlights()
{
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    ExplanationPane pane(yibao::test::library());
    pane.showCard(s.card.title, s.steps, s.profile);
    QVERIFY(!pane.shownPassages().isEmpty());
    // The grace rule's own passage (001#r7, "3个月内办理续保") is quoted, with 3个月 and
    // 断缴 highlighted: the grace period's value and a key term of the gap rules.
    QVERIFY(pane.shownPassages().contains(QStringLiteral("001#r7")));
    const QString html = pane.sourcesHtml();
    const qsizetype at = html.indexOf(QStringLiteral("passage:001#r7"));
    QVERIFY(at >= 0);
    const qsizetype next = html.indexOf(QStringLiteral("passage:"), at + 10);
    const QString quoted = html.mid(at, next < 0 ? -1 : next - at);
    QVERIFY2(quoted.contains(QStringLiteral("<b>3个月</b>")), qPrintable(quoted));
    QVERIFY2(quoted.contains(QStringLiteral("<b>断缴</b>")), qPrintable(quoted));
    const QStringList terms = highlightTerms(s.steps);
    QVERIFY(terms.contains(QStringLiteral("9.8%")));
    QVERIFY(terms.contains(QStringLiteral("6个月"))); // the waiting period
    // No passage is both quoted as support and listed as a conflicting variant.
    for (const QString &id : pane.conflictPassages())
        QVERIFY2(!pane.shownPassages().contains(id), qPrintable(id));
}

void TstExplanationPane::conflict_block_data()
{
    QTest::addColumn<QString>("caseFile");
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<bool>("conflicts");
    QTest::addColumn<QString>("passage"); // a conflicting passage expected in the block
    QTest::addColumn<QString>("uses"); // what the block says the profile uses
    // 004#r19 gives 1.3 % / 1.5 % as employer shares: the general profile's own values,
    // Beijing's differ. Same link, conflicting for one profile only.
    QTest::newRow("general-account")
        << Example << QStringLiteral("account") << false << QString() << QString();
    QTest::newRow("beijing-account")
        << BeijingBands << QStringLiteral("account") << true << QStringLiteral("004#r19")
        << QStringLiteral("「单位缴费划入比例（35岁以下）」本程序采用：");
    // The waiting period after a gap: the articles give 3 months, 1 year, none…
    QTest::newRow("general-gap") << Example << QStringLiteral("gaps[0]") << true
                                 << QStringLiteral("003#s2.2")
                                 << QStringLiteral("「断缴后的等待期」本程序采用：6 个月");
    QTest::newRow("general-lifelong")
        << Example << QStringLiteral("lifelong") << false << QString() << QString();
}

void TstExplanationPane::conflict_block()
{
    QFETCH(QString, caseFile);
    QFETCH(QString, cardId);
    QFETCH(bool, conflicts);
    QFETCH(QString, passage);
    QFETCH(QString, uses);
    const Shown s = cardOfCase(caseFile, cardId);
    ExplanationPane pane(yibao::test::library());
    pane.showCard(s.card.title, s.steps, s.profile);
    QCOMPARE(pane.hasConflicts(), conflicts);
    QCOMPARE(pane.sourcesHtml().contains(QStringLiteral("<a name=\"conflicts\">")), conflicts);
    if (!conflicts) {
        QVERIFY(pane.conflictText().isEmpty());
        return;
    }
    QVERIFY2(pane.conflictPassages().contains(passage),
        qPrintable(pane.conflictPassages().join(QLatin1Char(' '))));
    QVERIFY(pane.conflictText().startsWith(QStringLiteral("⚠ 资料说法不一")));
    QVERIFY2(pane.conflictText().contains(uses), qPrintable(pane.conflictText()));
}

void TstExplanationPane::passage_click_emits_id()
{
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    ExplanationPane pane(yibao::test::library());
    pane.resize(600, 900);
    pane.show();
    pane.showCard(s.card.title, s.steps, s.profile);
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &ExplanationPane::passageActivated);
    // The first link of the sources: the title line of the first quoted passage.
    QTextBrowser *view = pane.sourcesView();
    const QString first = pane.shownPassages().first();
    int linkAt = -1;
    for (QTextBlock b = view->document()->begin(); b.isValid() && linkAt < 0; b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == QStringLiteral("passage:") + first) {
                linkAt = it.fragment().position();
                break;
            }
        }
    }
    QVERIFY(linkAt >= 0);
    QTextCursor c(view->document());
    c.setPosition(linkAt + 1);
    pane.findChild<QScrollArea *>()->ensureWidgetVisible(view);
    const QPoint point = view->cursorRect(c).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), first);
    // From the keyboard: Tab to the first link, Enter.
    view->setFocus();
    view->setTextCursor(QTextCursor(view->document()));
    QTest::keyClick(view, Qt::Key_Tab);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), first);
}

void TstExplanationPane::highlight_respects_digits()
{
    const QString html = ExplanationPane::highlightedHtml(
        QStringLiteral("断缴超过3个月，满13个月<"), { QStringLiteral("3个月") });
    QCOMPARE(html,
        QStringLiteral("断缴超过<span style=\"background-color:#ffe27a; "
                       "color:#000;\"><b>3个月</b></span>，满13个月&lt;"));
}

void TstExplanationPane::clear_shows_hint()
{
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    ExplanationPane pane(yibao::test::library());
    pane.showCard(s.card.title, s.steps, s.profile);
    pane.clear();
    QCOMPARE(pane.traceTree()->topLevelItemCount(), 0);
    QVERIFY(pane.shownPassages().isEmpty());
    QVERIFY(!pane.hasConflicts());
    QVERIFY(pane.explanationText().isEmpty());
}

void TstExplanationPane::conflicts_judged_against_the_value_each_step_read()
{
    // State: the example's first gap, whose steps read the general profile's 6-month
    // waiting period; then the same steps as if they had read 3 months. Expected: a
    // passage stating 3 months is a conflict of the first and not of the second — the pane
    // judges the value the step read, not the profile's latest value.
    const Shown s = cardOfCase(Example, QStringLiteral("gaps[0]"));
    QList<TraceStep> read3 = s.steps;
    int changed = 0;
    for (TraceStep &step : read3)
        for (TraceParam &p : step.params)
            if (p.key == QLatin1String("gap.waiting_months")) {
                QCOMPARE(p.value, QStringLiteral("6"));
                p.value = QStringLiteral("3");
                ++changed;
            }
    QVERIFY(changed > 0);
    TraceParam three;
    three.key = QStringLiteral("gap.waiting_months");
    three.value = QStringLiteral("6");
    QStringList statesThree; // passages that conflict with 6 and agree with 3
    for (const Link &l : yibao::test::library().conflictsFor(three))
        if (l.value && l.value->low == 3 && l.value->high == 3)
            statesThree << l.passage;
    QVERIFY(!statesThree.isEmpty());

    ExplanationPane six(yibao::test::library());
    six.showCard(s.card.title, s.steps, s.profile);
    ExplanationPane threeMonths(yibao::test::library());
    threeMonths.showCard(s.card.title, read3, s.profile);
    for (const QString &id : statesThree) {
        QVERIFY2(six.conflictPassages().contains(id), qPrintable(id));
        QVERIFY2(!threeMonths.conflictPassages().contains(id), qPrintable(id));
    }
    // and what the block says the result used is the step's own value
    QVERIFY(threeMonths.conflictText().contains(
        QStringLiteral("「断缴后的等待期」本程序采用：3 个月")));
    QVERIFY(six.conflictText().contains(QStringLiteral("「断缴后的等待期」本程序采用：6 个月")));
}

QTEST_MAIN(TstExplanationPane)
#include "tst_explanationpane.moc"
