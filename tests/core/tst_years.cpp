// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcase.h"

#include <QTest>

using namespace yibao;
using namespace yibao::test;

class TestYears : public QObject
{
    Q_OBJECT
private slots:
    void months_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("deemedMonths");
        QTest::addColumn<int>("actual");
        QTest::addColumn<int>("deemed");
        QTest::addColumn<int>("cumulative");
        QTest::newRow("one employee period")
            << "2000-01..2009-12 employee 5000 paid" << 0 << 120 << 0 << 120;
        QTest::newRow("arrears do not count")
            << "2000-01..2009-12 employee 5000 paid; 2010-01..2010-06 employee 5000 arrears" << 0
            << 120 << 0 << 120;
        QTest::newRow("backpaid counts") << "2000-01..2009-12 employee 5000 paid; 2010-01..2010-06 "
                                            "employee 5000 backpaid@2012-01-01"
                                         << 0 << 126 << 0 << 126;
        QTest::newRow("resident counts for nothing")
            << "2000-01..2009-12 resident - paid; 2010-01..2010-12 flexible 5000 paid" << 0 << 12
            << 0 << 12;
        QTest::newRow("deemed months and periods")
            << "1985-01..1992-12 deemed - paid; 1993-01..2002-12 employee 3000 paid" << 24 << 120
            << 120 << 240;
        QTest::newRow("planned months are not yet paid")
            << "2020-01..2026-10 employee 5000 paid; 2026-11..2027-12 flexible 5000 planned" << 0
            << 82 << 0 << 82;
    }
    void months()
    {
        QFETCH(QString, spec);
        QFETCH(int, deemedMonths);
        QFETCH(int, actual);
        QFETCH(int, deemed);
        QFETCH(int, cumulative);
        Case c = person("1970-03-01", Category::Male);
        c.periods = periods(spec);
        c.deemedMonths = deemedMonths;
        const Result r = run(c);
        QCOMPARE(r.years.actualMonths, actual);
        QCOMPARE(r.years.deemedMonths, deemed);
        QCOMPARE(r.years.cumulativeMonths, cumulative);
    }

    void monthsPaidAfterRetirementCount()
    {
        // retired 2024-06; pays on as a flexible participant to reach the minimum (社会保险法 art.
        // 27)
        Case c = person("1964-06-01", Category::Male);
        c.periods
            = periods("2000-01..2024-05 employee 5000 paid; 2024-06..2026-10 flexible 5000 paid");
        const Result r = run(c);
        QCOMPARE(r.years.actualMonths, 293 + 29);
    }
};

QTEST_GUILESS_MAIN(TestYears)
#include "tst_years.moc"
