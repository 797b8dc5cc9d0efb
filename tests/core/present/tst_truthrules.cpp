// SPDX-License-Identifier: GPL-3.0-or-later
// The truth rules of issue 9, each a named test: the words beside a figure never contradict
// it. They read what a person reads — our explanations (resources/explain, filled from the
// trace), the cards (core/present) and the text report (core/io) — on cases whose figures
// are worked by hand in the comments.
#include "casefile.h"
#include "explain/explanation.h"
#include "explain/passagelinker.h"
#include "io/caseloader.h"
#include "io/textreport.h"
#include "present/cards.h"
#include "present/explanationmodel.h"
#include "present/formulawords.h"
#include "present/summary.h"
#include "testcase.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace yibao;
using namespace yibao::test;

namespace {

Case load(const QString &path)
{
    return yibao::test::loadCaseFile(path).c;
}

Case publicCase(const char *name)
{
    return load(QStringLiteral(YIBAO_CASES_PUBLIC "/") + QString::fromLatin1(name)
        + QStringLiteral(".yibao.json"));
}

// every explanation of the result's steps with the given rule id, in one language
QStringList explanations(const Result &r, const QString &ruleId, const char *lang = "zh_CN")
{
    QStringList out;
    for (const TraceStep &s : r.trace)
        if (s.ruleId == ruleId)
            out << yibao::test::library().explanations().explain(s, QString::fromLatin1(lang));
    return out;
}

const Card *card(const QList<Card> &cards, const QString &id)
{
    for (const Card &c : cards)
        if (c.id == id)
            return &c;
    return nullptr;
}

// page 1 of the 明白纸: every sentence, item and brief of its summary
QString sheetWords(const Case &c, const Result &r, TextLanguage language = TextLanguage::Chinese)
{
    SummaryOptions options;
    options.language = language;
    options.issuedOn = c.asOf;
    const SheetSummary s
        = summarize(c, r, ExplanationModel::build(c, r, yibao::test::library(), language), options);
    QStringList out { s.title, s.computed, s.footer };
    out += s.who;
    for (const SummarySection &section : s.sections) {
        out << section.heading;
        for (const SummaryParagraph &p : section.paragraphs)
            out << p.text << p.items << p.brief;
    }
    return out.join(QLatin1Char('\n'));
}

QString allWords(const Case &c, const Result &r)
{
    QString text = textReport(
        c, r, ExplanationModel::build(c, r, yibao::test::library(), TextLanguage::Chinese));
    for (const Card &k : buildCards(c, r, TextLanguage::Chinese)) {
        text += k.title + k.verdict + k.note;
        for (const CardLine &l : k.lines)
            text += l.label + l.value + l.note;
    }
    return text + sheetWords(c, r);
}

// a pointer into a temporary list would dangle
const Card *card(QList<Card> &&, const QString &) = delete;

} // namespace

class TestTruthRules : public QObject
{
    Q_OBJECT
private slots:
    // female worker retired 2020-01 with 216 deemed + 160 actual months: 376 ≥ 240 in all,
    // but 160 < 180 actual — the actual minimum binds, short by 20
    void theBindingMinimumIsNamed()
    {
        Case c = person("1970-01-10", Category::FemaleWorker);
        c.periods = periods("2006-09..2019-12 employee 5000 paid");
        c.deemedMonths = 216;
        const Result r = run(c);
        QCOMPARE(r.lifelong.shortfallMonths, std::optional<int>(20));
        const QString words = explanations(r, QStringLiteral("lifelong.shortfall")).join(u' ');
        QVERIFY2(words.contains(QStringLiteral("少于要求的 180 个月实际缴费，还差 20 个月")),
            qPrintable(words));
        QVERIFY2(!words.contains(QStringLiteral("距 240")), qPrintable(words));
        const QList<Card> cards1 = buildCards(c, r, TextLanguage::Chinese);
        const Card *life = card(cards1, QStringLiteral("lifelong"));
        QVERIFY(life);
        bool named = false;
        for (const CardLine &l : life->lines)
            named = named || l.note.contains(QStringLiteral("实际缴费不足"));
        QVERIFY(named);
    }

    // case 08: owed 2026-09..10, grace deadline 2026-12-31, asOf 2026-11-23: still ahead
    void aDeadlineAheadIsACondition()
    {
        const Case c = publicCase("08-stopped-payer-future-event");
        const Result r = run(c);
        const QString grace = explanations(r, QStringLiteral("gap.grace")).join(u' ');
        QVERIFY2(grace.contains(QStringLiteral("如在此之前补齐欠费，可视为连续缴费")),
            qPrintable(grace));
        QVERIFY2(!grace.contains(QStringLiteral("未能")), qPrintable(grace));
        const QList<Card> cards2 = buildCards(c, r, TextLanguage::Chinese);
        const Card *gap = card(cards2, QStringLiteral("gaps[0]"));
        QVERIFY(gap);
        QVERIFY2(gap->verdict.startsWith(QStringLiteral("如在")), qPrintable(gap->verdict));
        QVERIFY(textReport(
            c, r, ExplanationModel::build(c, r, yibao::test::library(), TextLanguage::Chinese))
                    .contains(QStringLiteral("如在 2026-12-31 前缴清欠费，视为连续缴费")));
    }

    // case 07: 140 months today, 361 by retirement in 2045: a projection, not a fact
    void aProjectionIsAProjection()
    {
        const Case c = publicCase("07-future-events-active-payer");
        const Result r = run(c);
        const QString words = explanations(r, QStringLiteral("lifelong.shortfall")).join(u' ');
        QVERIFY2(
            words.contains(QStringLiteral("按时缴到退休预计可达 361 个月")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("预计")), qPrintable(words));
        for (const QString &claim : { QStringLiteral("已满足"), QStringLiteral("已达到"),
                 QStringLiteral("如一直缴到退休") })
            QVERIFY2(!allWords(c, r).contains(claim), qPrintable(claim));
    }

    // case 05: retired 2024-06 short of the minimum: told when they retired, never "until
    // retirement"
    void aRetireeIsToldWhenTheyRetired()
    {
        const Case c = publicCase("05-beijing-retired-shortfall");
        const Result r = run(c);
        const QString words = explanations(r, QStringLiteral("lifelong.shortfall")).join(u' ');
        QVERIFY2(words.contains(QStringLiteral("退休")), qPrintable(words));
        QVERIFY2(words.contains(r.retirement.month.toChinese()), qPrintable(words));
        for (const QString &claim :
            { QStringLiteral("如一直缴到退休"), QStringLiteral("缴到退休预计") })
            QVERIFY2(!words.contains(claim), qPrintable(words));
    }

    // the example's gap 2025-07..08 is continuous, yet the fund was suspended 2025-08..09
    // and the costs then are not reimbursed: the words say exactly that
    void aContinuousGapWhoseWindowWasNotReimbursedSaysSo()
    {
        const Case c = load(QStringLiteral(YIBAO_EXAMPLE_CASE));
        const Result r = run(c);
        QCOMPARE(r.gaps.at(1).continuous, std::optional<bool>(true));
        const QList<Card> cards3 = buildCards(c, r, TextLanguage::Chinese);
        const Card *gap = card(cards3, QStringLiteral("gaps[1]"));
        QVERIFY(gap);
        QVERIFY2(gap->verdict.contains(QStringLiteral("不予报销")), qPrintable(gap->verdict));
        QVERIFY(!allWords(c, r).contains(QStringLiteral("待遇不受影响")));
        const QString suspend = explanations(r, QStringLiteral("gap.suspend")).join(u' ');
        QVERIFY2(suspend.contains(QStringLiteral("即使视为连续缴费也是如此")), qPrintable(suspend));
    }

    // case 10's first gap is 18 resident months: nothing owed, nothing back-paid — it is
    // never said to be "back-paid" or settled
    void notEnrolledMonthsAreNotSaidBackPaid()
    {
        const Result r = run(publicCase("10-employee-arrears-resident-months"));
        const QString fee = explanations(r, QStringLiteral("gap.late_fee")).value(0);
        QVERIFY2(fee.contains(QStringLiteral("不能补缴")), qPrintable(fee));
        QVERIFY2(!fee.contains(QStringLiteral("补缴已经完成")), qPrintable(fee));
    }

    // Page 1 of the 明白纸 says the result's figures: what is owed and by whom, a deadline
    // ahead as a condition and one past as past, a projection as a projection, a retiree
    // when they retired. Each row: a public case, the language, a sentence the sheet must
    // hold and one it must not.
    void theSheetSaysTheFigures_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<bool>("english");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("never");
        // 04: 4 months owed, principal 2596.00 + late fee 88.26 = 2684.26, employer 2244.26
        // + individual 440.00; the grace deadline 2026-10-31 is before asOf 2026-11-23
        QTest::newRow("04 owed, split") << "04-arrears-owed-today" << false
                                        << "现在需补缴：共 2684.26 元（单位缴 2244.26 元，个人缴 "
                                           "440.00 元）。"
                                        << "没有欠缴";
        QTest::newRow("04 deadline past")
            << "04-arrears-owed-today" << false << "宽限期已于 2026年10月31日 结束"
            << "请在 2026年10月31日 前补缴";
        QTest::newRow("04 en owed") << "04-arrears-owed-today" << true
                                    << "Owed now: CNY 2684.26 in all (employer pays CNY 2244.26, "
                                       "the individual CNY 440.00)."
                                    << "单位";
        // 08: owed 1202.13 by the individual; the deadline 2026-12-31 is still ahead
        QTest::newRow("08 deadline ahead") << "08-stopped-payer-future-event" << false
                                           << "请在 2026年12月31日 前补缴，缴费记录可视为连续。"
                                           << "宽限期已于";
        QTest::newRow("08 en deadline ahead")
            << "08-stopped-payer-future-event" << true
            << "Pay by 2026-12-31 and the history counts as continuous."
            << "ended on";
        // 07: 140 months today, 361 by retirement in 2045-04
        QTest::newRow("07 projection") << "07-future-events-active-payer" << false
                                       << "这是预测：按时缴到退休（2045年4月），可达到累计 361 "
                                          "个月、实际 361 个月，可达到最低要求。"
                                       << "已达到最低要求";
        // 05: retired 2026-06, 19 months short of 300 cumulative
        QTest::newRow("05 retired")
            << "05-beijing-retired-shortfall" << false << "已于 2026年6月 退休。"
            << "这是预测";
        QTest::newRow("05 shortfall")
            << "05-beijing-retired-shortfall" << false << "还差 19 个月（累计缴费年限不足）"
            << "按时缴到退休";
        QTest::newRow("05 fund today") << "05-beijing-retired-shortfall" << false
                                       << "统筹基金：已于 2026年6月 退休，缴费年限还差 19 个月"
                                       << "统筹基金：正常支付";
        QTest::newRow("05 next step")
            << "05-beijing-retired-shortfall" << false
            << "到医保经办机构核定缴费年限，在一次性补缴和继续缴费之间选择"
            << "临近退休时";
        QTest::newRow("05 en retired")
            << "05-beijing-retired-shortfall" << true << "Retired in 2026-06."
            << "This is a projection";
    }
    void theSheetSaysTheFigures()
    {
        QFETCH(QString, caseName);
        QFETCH(bool, english);
        QFETCH(QString, says);
        QFETCH(QString, never);
        const Case c = publicCase(caseName.toLatin1().constData());
        const QString words
            = sheetWords(c, run(c), english ? TextLanguage::English : TextLanguage::Chinese);
        QVERIFY2(words.contains(says), qPrintable(words));
        QVERIFY2(!words.contains(never), qPrintable(words));
    }

    // A resumption still ahead depends on paying on time until then: a condition, not a
    // fact; one already past is told as past. Case 10's second gap (owed 2026-07..09, asOf
    // 2026-11-23) resumes 2027-04 if paid on; case 03's gap resumed 2024-09.
    void aResumptionAheadIsACondition_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("report");
        QTest::newRow("ahead") << "10-employee-arrears-resident-months"
                               << "gaps[1]"
                               << "缴费中断，如按时缴费不断，2027年4月起恢复统筹待遇"
                               << "如按时缴费不断，2027-04 起恢复统筹待遇";
        QTest::newRow("past") << "03-long-gap-waiting-period"
                              << "gaps[0]"
                              << "缴费中断，2024年9月起恢复统筹待遇"
                              << "；2024-09 起恢复统筹待遇";
    }
    void aResumptionAheadIsACondition()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, card);
        QFETCH(QString, verdict);
        QFETCH(QString, report);
        const Case c = publicCase(caseName.toLatin1().constData());
        const Result r = run(c);
        const QList<Card> cards = buildCards(c, r, TextLanguage::Chinese);
        const Card *gap = ::card(cards, card);
        QVERIFY(gap);
        QCOMPARE(gap->verdict.left(verdict.size()), verdict);
        QCOMPARE(gap->tone, Card::Tone::Bad); // an interruption, whether cover is back or not
        const QString text = textReport(
            c, r, ExplanationModel::build(c, r, yibao::test::library(), TextLanguage::Chinese));
        QVERIFY2(text.contains(report), qPrintable(text.left(1500)));
    }

    // the revision's own rules have their own words (cases 10 and 09)
    void newRulesHaveTheirOwnWords_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("words");
        QTest::newRow("first month of a gap") << "10-employee-arrears-resident-months"
                                              << "eligibility.gap_first_month"
                                              << "第一个月";
        QTest::newRow("resident month") << "10-employee-arrears-resident-months"
                                        << "eligibility.resident"
                                        << "城乡居民医保";
        QTest::newRow("retiree paying on") << "09-retired-paying-on"
                                           << "eligibility.retired_paying"
                                           << "续缴";
    }
    void newRulesHaveTheirOwnWords()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, ruleId);
        QFETCH(QString, words);
        const Result r = run(publicCase(caseName.toLatin1().constData()));
        bool found = false;
        for (const EventResult &e : r.events) {
            if (e.ruleId != ruleId)
                continue;
            found = true;
            const QString reason = reasonText(e, TextLanguage::Chinese);
            QVERIFY2(reason.contains(words), qPrintable(reason));
            QVERIFY2(!reason.contains(QStringLiteral("不予报销")) || !e.pooledFund.value_or(false),
                qPrintable(reason));
        }
        QVERIFY(found);
        const QString explained = explanations(r, ruleId).join(u' ');
        QVERIFY2(explained.contains(words), qPrintable(explained));
    }

    // over every case file: an unknown amount has no unit, and every "a × n = b" in a
    // formula holds
    void unknownHasNoUnitAndFormulasHold_data()
    {
        QTest::addColumn<QString>("path");
        QStringList paths { QStringLiteral(YIBAO_EXAMPLE_CASE) };
        for (const char *dir : { YIBAO_CASES_PUBLIC, YIBAO_CASES_OWN }) {
            const QDir d(QString::fromUtf8(dir));
            for (const QString &n : d.entryList({ QStringLiteral("*.yibao.json") }))
                paths << d.filePath(n);
        }
        for (const QString &p : paths)
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void unknownHasNoUnitAndFormulasHold()
    {
        QFETCH(QString, path);
        const Case c = load(path);
        Result r = run(c);
        attachPassages(r.trace, yibao::test::library().links());
        QString text = allWords(c, r);
        for (const TraceStep &s : r.trace)
            text += formulaText(s, TextLanguage::Chinese) + formulaText(s, TextLanguage::English)
                + resultText(s, TextLanguage::Chinese) + resultText(s, TextLanguage::English)
                + yibao::test::library().explanations().explain(s, QStringLiteral("zh_CN"))
                + yibao::test::library().explanations().explain(s, QStringLiteral("en"));
        for (const QString &bad :
            { QStringLiteral("未知 元"), QStringLiteral("未知元"), QStringLiteral("unknown yuan") })
            QVERIFY2(!text.contains(bad), qPrintable(bad));
        static const QRegularExpression singular(
            QStringLiteral("(?<![0-9])1 (months|years|gaps)\\b"));
        QVERIFY2(!text.contains(singular), qPrintable(singular.match(text).captured(0)));
        // "590.00 元/月，× 4 个月 = 2360.00 元"
        static const QRegularExpression product(QStringLiteral(
            "= ([0-9]+\\.[0-9]{2}) 元/月，× ([0-9]+) 个月 = ([0-9]+\\.[0-9]{2}) 元"));
        int checked = 0;
        for (const TraceStep &s : r.trace) {
            auto it = product.globalMatch(formulaText(s, TextLanguage::Chinese));
            while (it.hasNext()) {
                const auto m = it.next();
                const Money monthly = *Money::parseYuan(m.captured(1));
                const Money total = *Money::parseYuan(m.captured(3));
                QVERIFY2(monthly * m.captured(2).toInt() == total, qPrintable(m.captured(0)));
                ++checked;
            }
        }
        QVERIFY(checked > 0 || r.account.bands.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTruthRules)
#include "tst_truthrules.moc"
