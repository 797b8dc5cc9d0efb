// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcase.h"

#include <QTest>

using namespace yibao;
using namespace yibao::test;

namespace {
QString bandsText(const Result &r)
{
    QStringList out;
    for (const auto &b : r.account.bands)
        out.append(QStringLiteral("%1 %2m %3/%4")
                       .arg(bandId(b.band))
                       .arg(b.months)
                       .arg(money(b.monthly), money(b.total)));
    return out.join(QStringLiteral(" | ")) + QStringLiteral(" = ") + r.account.total.toYuanString()
        + QStringLiteral(" missing:") + r.account.missing.join(QLatin1Char(','));
}
} // namespace

// Expected figures by hand from DOMAIN.md "account.*".
class TestAccount : public QObject
{
    Q_OBJECT
private slots:
    void bands_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        // general: 8000 × 2 % = 160 plus 8000 × 1.3 % = 104 (under 35) or × 1.5 % = 120 (35–44);
        // 45+ unknown
        QTest::newRow("general three bands")
            << "general"
            << "1968-03-20" << int(Category::Male) << "1992-07..2026-10 employee 8000 paid"
            << "under35 128m 264.00/33792.00 | 35to44 120m 280.00/33600.00 | 45plus 164m null/null "
               "= 67392.00 missing:account.employer_share.45plus";
        // rounding per month: 6326 × 2 % = 126.52, 6326 × 1.3 % = 82.238 → 82.24
        QTest::newRow("general rounding per part")
            << "general"
            << "1995-01-01" << int(Category::Male) << "2020-01..2020-12 flexible 6326 paid"
            << "under35 12m 208.76/2505.12 = 2505.12 missing:";
        // arrears are not credited; back-paid months are
        QTest::newRow("only paid and backpaid")
            << "general"
            << "1995-01-01" << int(Category::Male)
            << "2020-01..2020-06 employee 5000 paid; 2020-07..2020-09 employee 5000 arrears; "
               "2020-10..2020-12 employee 5000 backpaid@2021-02-01"
            << "under35 9m 165.00/1485.00 = 1485.00 missing:";
        // beijing: 0.8 / 1 / 2 % to 2022-08, then only the 2 % individual share
        QTest::newRow("beijing 2022-09 reform")
            << "beijing"
            << "1975-04-01" << int(Category::FemaleCadre) << "2002-01..2026-10 employee 10000 paid"
            << "under35 99m 280.00/27720.00 | 35to44 120m 300.00/36000.00 | 45plus 79m "
               "200.00/21600.00 = 85320.00 missing:";
        // beijing retiree: 100 a month from 2022-09 (unknown before), 110 from age 70
        QTest::newRow("beijing retiree crossing 70")
            << "beijing"
            << "1955-06-10" << int(Category::Male) << "1990-01..2015-05 employee 8000 paid"
            << "under35 5m 224.00/1120.00 | 35to44 120m 240.00/28800.00 | 45plus 180m "
               "320.00/57600.00 | retired_under70 120m 100.00/null | "
               "retired_70plus 18m 110.00/1980.00 = 89500.00 "
               "missing:account.retiree.retired_under70";
        // retired 2024-06 with 353 months (qualifying month = the retirement month): the
        // general profile gives no retiree amount, so the 30 retiree months are unknown
        QTest::newRow("general retiree unknown")
            << "general"
            << "1964-06-01" << int(Category::Male) << "1995-01..2024-05 employee 5000 paid"
            << "under35 53m 165.00/8745.00 | 35to44 120m 175.00/21000.00 | 45plus 180m "
               "null/null | retired_under70 30m null/null = 29745.00 "
               "missing:account.employer_share.45plus,account.retiree.retired_under70";
        // retired 2024-06 with 293 < 300 months: not yet a retiree of this insurance, so no
        // retiree inflow at all (DOMAIN.md, December revision)
        QTest::newRow("retired short of years: no retiree inflow")
            << "general"
            << "1964-06-01" << int(Category::Male) << "2000-01..2024-05 employee 5000 paid"
            << "35to44 113m 175.00/19775.00 | 45plus 180m null/null = 19775.00 "
               "missing:account.employer_share.45plus";
    }
    void bands()
    {
        QFETCH(QString, profile);
        QFETCH(QString, birth);
        QFETCH(int, category);
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        Case c = person(birth.toLatin1().constData(), Category(category), "2026-11-23",
            profile.toLatin1().constData());
        c.periods = periods(spec);
        QCOMPARE(bandsText(run(c)), expected);
    }

    void perYearSumsToTheTotal()
    {
        Case c = person("1975-04-01", Category::FemaleCadre, "2026-11-23", "beijing");
        c.periods = periods("2002-01..2026-10 employee 10000 paid");
        const Result r = run(c);
        Money sum;
        int months = 0;
        for (const auto &y : r.account.perYear) {
            sum += y.known;
            months += y.months;
        }
        QCOMPARE(sum.toYuanString(), QStringLiteral("85320.00"));
        QCOMPARE(months, 298);
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
