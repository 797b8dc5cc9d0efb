// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/formulawords.h"
#include "testcase.h"

#include <QTest>

using namespace yibao;
using namespace yibao::test;

// Every expected figure below is worked by hand from DOMAIN.md "gap.*" (profile general:
// employee 9.8 % + 2 %, flexible 11.8 %, late fee 0.05 % a day capped at the principal,
// grace 3 months, waiting 6 months).
class TestGap : public QObject
{
    Q_OBJECT
private slots:
    void gaps_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("expected");
        // one month owed for 30 days: 5000 × 11.8 % = 590.00; 590 × 0.05 % × 30 = 8.85
        QTest::newRow("one month owed 30 days")
            << "2020-01..2026-08 employee 5000 paid; 2026-09..2026-09 employee 5000 arrears"
            << "2026-10-31"
            << "2026-09..2026-09 1m p=590.00 f=8.85 o=598.85 c=0 cd=1 r=null d=2026-12-31";
        // paid 2024-06-15: 135 and 106 days (2024 is a leap year) → 39.83 + 31.27
        QTest::newRow("backpaid after grace")
            << "2020-01..2023-12 employee 5000 paid; 2024-01..2024-02 employee 5000 "
               "backpaid@2024-06-15; 2024-03..2026-10 employee 5000 paid"
            << "2026-11-23"
            << "2024-01..2024-02 2m p=1180.00 f=71.10 o=0.00 c=0 cd=0 r=2024-09 d=2024-04-30";
        // 6000 × 11.8 % = 708.00 × 3; 88, 60, 29 days → 31.15 + 21.24 + 10.27
        QTest::newRow("three months backpaid on the deadline")
            << "2020-01..2024-12 employee 6000 paid; 2025-01..2025-03 employee 6000 "
               "backpaid@2025-04-30; 2025-04..2026-10 employee 6000 paid"
            << "2026-11-23"
            << "2025-01..2025-03 3m p=2124.00 f=62.66 o=0.00 c=1 cd=1 r=2025-05 d=2025-04-30";
        QTest::newRow("four months backpaid in time is too long")
            << "2020-01..2024-12 flexible 5000 paid; 2025-01..2025-04 flexible 5000 "
               "backpaid@2025-05-20; 2025-05..2026-10 flexible 5000 paid"
            << "2026-11-23"
            << "2025-01..2025-04 4m p=2360.00 f=75.53 o=0.00 c=0 cd=0 r=2025-11 d=2025-04-30";
        QTest::newRow("paid by the due date is on time")
            << "2020-01..2024-12 employee 5000 paid; 2025-01..2025-01 employee 5000 "
               "backpaid@2025-02-01; 2025-02..2026-10 employee 5000 paid"
            << "2026-11-23"
            << "";
        QTest::newRow("not enrolled for a year")
            << "2010-01..2017-12 employee 5000 paid; 2019-01..2026-10 employee 5000 paid"
            << "2026-11-23"
            << "2018-01..2018-12 12m p=0.00 f=0.00 o=0.00 c=0 cd=0 r=2019-07 d=2018-04-30";
        QTest::newRow("resident months are a gap")
            << "2010-01..2017-12 employee 5000 paid; 2018-01..2018-02 resident - paid; "
               "2018-03..2026-10 flexible 5000 paid"
            << "2026-11-23"
            << "2018-01..2018-02 2m p=0.00 f=0.00 o=0.00 c=0 cd=0 r=2018-09 d=2018-04-30";
        // 2010-02-01 to 2026-11-23 is 6140 days: the fee would be 1811.30, capped at 590.00
        QTest::newRow("old arrears capped at the principal")
            << "2009-01..2009-12 employee 5000 paid; 2010-01..2010-01 employee 5000 arrears; "
               "2010-02..2026-10 employee 5000 paid"
            << "2026-11-23"
            << "2010-01..2010-01 1m p=590.00 f=590.00 o=1180.00 c=0 cd=0 r=2010-08 d=2010-04-30";
        QTest::newRow("stopped paying: open gap to the month before asOf")
            << "2015-01..2020-06 employee 5000 paid"
            << "2026-11-23"
            << "2020-07..2026-10 76m p=0.00 f=0.00 o=0.00 c=0 cd=0 r=null d=2020-10-31";
        QTest::newRow("owed months before the first payment are a gap")
            << "2015-01..2015-02 flexible 5000 arrears; 2015-03..2026-10 flexible 5000 paid"
            << "2026-11-23"
            << "2015-01..2015-02 2m p=1180.00 f=1180.00 o=2360.00 c=0 cd=0 r=2015-09 d=2015-04-30";
        QTest::newRow("two gaps")
            << "2010-01..2010-12 employee 4000 paid; 2011-02..2011-12 employee 4000 paid; "
               "2012-01..2012-01 employee 4000 backpaid@2012-02-20; 2012-02..2026-10 employee 4000 "
               "paid"
            << "2026-11-23"
            << "2011-01..2011-01 1m p=0.00 f=0.00 o=0.00 c=0 cd=0 r=2011-08 d=2011-04-30 | "
               "2012-01..2012-01 1m p=472.00 f=4.48 o=0.00 c=1 cd=1 r=2012-03 d=2012-04-30";
    }
    void gaps()
    {
        QFETCH(QString, spec);
        QFETCH(QString, asOf);
        QFETCH(QString, expected);
        Case c = person("1980-06-15", Category::Male, asOf.toLatin1().constData());
        c.periods = periods(spec);
        QCOMPARE(gapsText(run(c)), expected);
    }

    void gapTotalsSumEveryGap()
    {
        Case c = person("1975-05-12", Category::FemaleCadre);
        c.periods = periods(
            "1997-07..2015-12 employee 5000.00 paid; 2016-01..2016-04 employee 5000.00 arrears; "
            "2016-05..2025-06 flexible 6326.00 paid; 2025-07..2025-08 flexible 6326.00 "
            "backpaid@2025-09-10; "
            "2025-09..2026-10 flexible 6326.00 paid");
        const Result r = run(c);
        // ARCHITECTURE.md's example: 4720.00 + 1511.23
        QCOMPARE(money(r.backPay.gapTotal), QStringLiteral("6231.23"));
        QCOMPARE(money(r.backPay.gapOwed), QStringLiteral("4720.00"));
        QCOMPARE(r.gaps.at(1).principal->toYuanString(),
            QStringLiteral("1492.94")); // 2 × round(6326 × 11.8 %) = 2 × 746.47
    }

    void gapsStopAtRetirement()
    {
        // retired 2024-06 (male born 1964-06, no delay); nothing paid after 2020: the open gap ends
        // 2024-05
        Case c = person("1964-06-01", Category::Male);
        c.periods = periods("1990-01..2019-12 employee 5000 paid");
        const Result r = run(c);
        QCOMPARE(gapsText(r),
            QStringLiteral(
                "2020-01..2024-05 53m p=0.00 f=0.00 o=0.00 c=0 cd=0 r=null d=2020-04-30"));
    }

    void traceShowsTheNumbers()
    {
        Case c = person("1980-06-15", Category::Male, "2026-10-31");
        c.periods = periods(
            "2020-01..2026-08 employee 5000 paid; 2026-09..2026-09 employee 5000 arrears");
        const Result r = run(c);
        const auto fee = std::find_if(r.trace.cbegin(), r.trace.cend(),
            [](const TraceStep &s) { return s.ruleId == QLatin1String("gap.late_fee"); });
        QVERIFY(fee != r.trace.cend());
        const QString formula = formulaText(*fee, TextLanguage::Chinese);
        QVERIFY2(
            formula.contains(QStringLiteral("590.00 元 × 0.05% × 30 天")), qPrintable(formula));
        QCOMPARE(resultText(*fee, TextLanguage::Chinese), QStringLiteral("8.85"));
        QCOMPARE(fee->subject, QStringLiteral("gaps[0]"));
    }

    // A capped late fee records the product and the cap it is cut to, as numbers (fen,
    // ppm), so that its formula is an equality that holds; no text is made by the rule.
    void cappedFeeRecordsTheProductAndTheCap()
    {
        Case c = person("1980-06-15", Category::Male);
        c.periods = periods("2010-01..2015-12 employee 5000 paid; 2016-01..2016-01 employee "
                            "5000 arrears; 2016-02..2026-10 employee 5000 paid");
        const Result r = run(c);
        const auto fee = std::find_if(r.trace.cbegin(), r.trace.cend(),
            [](const TraceStep &s) { return s.ruleId == QLatin1String("gap.late_fee"); });
        QVERIFY(fee != r.trace.cend());
        const FormulaLine &line = fee->formula.first();
        QCOMPARE(line.id, FormulaId::FeeMonthCapped);
        QCOMPARE(line.args.size(), 10);
        const Money principal = line.args.at(1).toMoney();
        const Money product = line.args.at(7).toMoney();
        const Money cap = line.args.at(9).toMoney();
        QCOMPARE(principal, *Money::parseYuan(u"590.00"));
        // 2016-02-01 to 2026-11-23: 3948 days; 590.00 × 0.05 % × 3948 = 1164.66
        QCOMPARE(line.args.at(3).number(), 3948);
        QCOMPARE(product, *Money::parseYuan(u"1164.66"));
        QCOMPARE(line.args.at(8).toRate(), Rate::fromPpm(Rate::One));
        QCOMPARE(cap, principal);
        QCOMPARE(resultText(*fee, TextLanguage::Chinese), QStringLiteral("590.00"));
    }

    // Batch work keeps no trace: no step, no formula.
    void noTraceWithoutTracing()
    {
        Case c = person("1980-06-15", Category::Male);
        c.periods = periods("2010-01..2026-10 employee 5000 paid");
        const Result r = compute(c, profile(c.profile), ComputeOptions { .trace = false });
        QVERIFY(r.trace.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGap)
#include "tst_gap.moc"
