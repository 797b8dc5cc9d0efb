// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcase.h"

#include <QTest>

using namespace yibao;
using namespace yibao::test;

// Expected figures by hand from DOMAIN.md "lifelong.*".
class TestLifelong : public QObject
{
    Q_OBJECT
private slots:
    void shortfall_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("deemed");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>(
            "expected"); // required counted projected shortfall qualifies backpay missing
        // retired 2024-06 with 245 months: 55 short; general has no back-pay rate
        QTest::newRow("general retired short, rate unknown")
            << "general"
            << "1964-06-01" << int(Category::Male) << "2004-01..2024-05 employee 6000 paid" << 0
            << "6000"
            << "300 245 245 55 0 null lifelong.backpay_rate";
        // beijing: 55 × round(6000 × 11 %) = 55 × 660.00
        QTest::newRow("beijing retired short at 11%")
            << "beijing"
            << "1964-06-01" << int(Category::Male) << "2004-01..2024-05 employee 6000 paid" << 0
            << "6000"
            << "300 245 245 55 0 36300.00 ";
        // retired 2020-11 (before 2021): 12 %; 300 − 291 = 9 months × 1200.00
        QTest::newRow("beijing retired 2020 at 12%")
            << "beijing"
            << "1960-11-05" << int(Category::Male) << "1996-08..2020-10 employee 10000 paid" << 0
            << "10000"
            << "300 291 291 9 0 10800.00 ";
        // enough cumulative months through deemed years, but 98 actual < 180
        QTest::newRow("actual minimum decides")
            << "beijing"
            << "1969-03-01" << int(Category::FemaleCadre) << "2016-01..2024-02 employee 5000 paid"
            << 150 << "5000"
            << "240 248 248 82 0 45100.00 ";
        QTest::newRow("base at retirement unknown")
            << "beijing"
            << "1964-06-01" << int(Category::Male) << "2004-01..2024-05 employee 6000 paid" << 0
            << ""
            << "300 245 245 55 0 null retirement.baseAtRetirement";
        // not retired: 82 months now + 2026-12 … 2039-11 (156) would reach 238 < 300
        QTest::newRow("projection short before retirement")
            << "general"
            << "1976-12-01" << int(Category::Male) << "2020-01..2026-10 employee 5000 paid" << 0
            << "5000"
            << "300 82 238 62 0 null lifelong.backpay_rate";
        QTest::newRow("qualifies by projection")
            << "general"
            << "1985-09-02" << int(Category::FemaleCadre) << "2010-07..2026-10 employee 6000 paid"
            << 0 << "6000"
            << "240 196 397 0 1 0.00 ";
    }
    void shortfall()
    {
        QFETCH(QString, profile);
        QFETCH(QString, birth);
        QFETCH(int, category);
        QFETCH(QString, spec);
        QFETCH(int, deemed);
        QFETCH(QString, base);
        QFETCH(QString, expected);
        Case c = person(birth.toLatin1().constData(), Category(category), "2026-11-23",
            profile.toLatin1().constData());
        c.periods = periods(spec);
        c.deemedMonths = deemed;
        if (!base.isEmpty())
            c.retirement.baseAtRetirement = *Money::parseYuan(base);
        const Result r = run(c);
        const QString got = QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                .arg(r.lifelong.requiredMonths)
                                .arg(r.lifelong.countedMonths)
                                .arg(r.lifelong.projectedMonths)
                                .arg(r.lifelong.shortfallMonths)
                                .arg(int(r.lifelong.qualifies))
                                .arg(money(r.backPay.retirementBackPay),
                                    r.backPay.missing.join(QLatin1Char(',')));
        QCOMPARE(got, expected);
        QCOMPARE(r.backPay.shortfallMonths, r.lifelong.shortfallMonths);
    }

    void cheapestPath()
    {
        Case c = person("1964-06-01", Category::Male, "2026-11-23", "beijing");
        c.periods = periods("2004-01..2024-05 employee 6000 paid");
        c.retirement.baseAtRetirement = yuan("6000");
        const Result r = run(c);
        QCOMPARE(r.lifelong.paths.size(), 2);
        const LifelongPath &one = r.lifelong.paths.at(0);
        const LifelongPath &keep = r.lifelong.paths.at(1);
        QCOMPARE(one.id, QStringLiteral("one_time"));
        QCOMPARE(money(one.cost), QStringLiteral("36300.00"));
        QCOMPARE(one.benefitsFrom->toString(), QStringLiteral("2026-11"));
        // 55 × round(6000 × 11.8 %) = 55 × 708.00, benefits after the 55th month
        QCOMPARE(money(keep.cost), QStringLiteral("38940.00"));
        QCOMPARE(keep.benefitsFrom->toString(), QStringLiteral("2031-06"));
        QCOMPARE(*r.lifelong.cheapest, QStringLiteral("one_time"));
    }
};

QTEST_GUILESS_MAIN(TestLifelong)
#include "tst_lifelong.moc"
