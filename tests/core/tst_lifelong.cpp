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
            "expected"); // required counted projected totalShort actualShort shortfall qualifies
                         // qualifyingMonth backpay missing
        // retired 2024-06 with 245 months: 55 short; general has no back-pay rate
        QTest::newRow("general retired short, rate unknown")
            << "general"
            << "1964-06-01" << int(Category::Male) << "2004-01..2024-05 employee 6000 paid" << 0
            << "6000"
            << "300 245 245 55 0 55 0 null null lifelong.backpay_rate";
        // beijing: 55 × round(6000 × 11 %) = 55 × 660.00
        QTest::newRow("beijing retired short at 11%")
            << "beijing"
            << "1964-06-01" << int(Category::Male) << "2004-01..2024-05 employee 6000 paid" << 0
            << "6000"
            << "300 245 245 55 0 55 0 null 36300.00 ";
        // retired 2020-11 (before 2021): 12 %; 300 − 291 = 9 months × 1200.00
        QTest::newRow("beijing retired 2020 at 12%")
            << "beijing"
            << "1960-11-05" << int(Category::Male) << "1996-08..2020-10 employee 10000 paid" << 0
            << "10000"
            << "300 291 291 9 0 9 0 null 10800.00 ";
        // enough cumulative months through deemed years, but 98 actual < 180
        QTest::newRow("actual minimum decides")
            << "beijing"
            << "1969-03-01" << int(Category::FemaleCadre) << "2016-01..2024-02 employee 5000 paid"
            << 150 << "5000"
            << "240 248 248 0 82 82 0 null 45100.00 ";
        QTest::newRow("base at retirement unknown")
            << "beijing"
            << "1964-06-01" << int(Category::Male) << "2004-01..2024-05 employee 6000 paid" << 0
            << ""
            << "300 245 245 55 0 55 0 null null retirement.baseAtRetirement";
        // not retired: 82 months now + 2026-11 … 2039-11 (the current month included: 2 +
        // 144 + 11 = 157) would reach 239 < 300
        QTest::newRow("projection short before retirement")
            << "general"
            << "1976-12-01" << int(Category::Male) << "2020-01..2026-10 employee 5000 paid" << 0
            << "5000"
            << "300 82 239 61 0 61 0 null null lifelong.backpay_rate";
        QTest::newRow("qualifies by projection")
            << "general"
            << "1985-09-02" << int(Category::FemaleCadre) << "2010-07..2026-10 employee 6000 paid"
            << 0 << "6000"
            << "240 196 398 0 0 0 1 null 0.00 ";
        // 216 deemed + 160 actual = 376 ≥ 240, but 160 < 180 actual: short of the actual
        // minimum by 20, which binds (retired 2020-01, female_worker born 1970-01)
        QTest::newRow("actual minimum binds despite many deemed months")
            << "general"
            << "1970-01-10" << int(Category::FemaleWorker) << "2006-09..2019-12 employee 5000 paid"
            << 216 << "5000"
            << "240 376 376 0 20 20 0 null null lifelong.backpay_rate";
        // retired 2020-03 with 242 months; paying on from 2021-01: the 58th month after it,
        // 2025-10, reaches 300 → lifelong benefits from 2025-10; 242 + 70 = 312 by asOf
        QTest::newRow("retiree paying on reaches the minimum")
            << "beijing"
            << "1960-03-05" << int(Category::Male)
            << "2000-01..2020-02 employee 6000 paid; 2021-01..2026-10 flexible 6000 paid" << 0
            << "6000"
            << "300 312 312 0 0 0 1 2025-10 0.00 ";
        // 242 + 57 (2021-01..2025-09) = 299; the last 3 months, back-paid on 2026-03-10,
        // count from 2026-03 (not from their own months): 302 then
        QTest::newRow("back-paid months after retirement count from their paidOn")
            << "beijing"
            << "1960-03-05" << int(Category::Male)
            << "2000-01..2020-02 employee 6000 paid; 2021-01..2025-09 flexible 6000 paid; "
               "2025-10..2025-12 flexible 6000 backpaid@2026-03-10"
            << 0 << "6000"
            << "300 302 302 0 0 0 1 2026-03 0.00 ";
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
        const auto n = [](const std::optional<int> &v) {
            return v ? QString::number(*v) : QStringLiteral("null");
        };
        const LifelongResult &l = r.lifelong;
        const QString got
            = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                  .arg(n(l.requiredMonths))
                  .arg(l.countedMonths)
                  .arg(l.projectedMonths)
                  .arg(n(l.totalShortMonths), n(l.actualShortMonths), n(l.shortfallMonths))
                  .arg(l.qualifies ? int(*l.qualifies) : -1)
                  .arg(l.qualifyingMonth ? l.qualifyingMonth->toString() : QStringLiteral("null"),
                      money(r.backPay.retirementBackPay), r.backPay.missing.join(QLatin1Char(',')));
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
