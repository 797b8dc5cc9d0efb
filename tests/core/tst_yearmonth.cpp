// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/yearmonth.h"

#include <QTest>

using namespace yibao;

class TestYearMonth : public QObject
{
    Q_OBJECT
private slots:
    void parseMonth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("2025-07") << "2025-07" << true;
        QTest::newRow("2025-12") << "2025-12" << true;
        QTest::newRow("month 13") << "2025-13" << false;
        QTest::newRow("month 00") << "2025-00" << false;
        QTest::newRow("2025-7") << "2025-7" << false;
        QTest::newRow("2025/07") << "2025/07" << false;
        QTest::newRow("with day") << "2025-07-01" << false;
    }
    void parseMonth()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto m = YearMonth::parse(text);
        QCOMPARE(m.has_value(), ok);
        if (ok)
            QCOMPARE(m->toString(), text);
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("2024-02-29 leap") << "2024-02-29" << true;
        QTest::newRow("2025-02-29 not leap") << "2025-02-29" << false;
        QTest::newRow("2025-04-31") << "2025-04-31" << false;
        QTest::newRow("2025-13-01") << "2025-13-01" << false;
        QTest::newRow("2025-1-1") << "2025-1-1" << false;
        QTest::newRow("text") << "yesterday" << false;
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(parseIsoDate(text).has_value(), ok);
    }

    void arithmetic()
    {
        const YearMonth a(2025, 11);
        QCOMPARE(a.addMonths(3).toString(), QStringLiteral("2026-02"));
        QCOMPARE(a.addMonths(-11).toString(), QStringLiteral("2024-12"));
        QCOMPARE(a.monthsUntil(YearMonth(2026, 2)), 3);
        QCOMPARE(YearMonth(2025, 2).lastDay(), QDate(2025, 2, 28));
        QCOMPARE(YearMonth(2024, 2).dayClamped(31), QDate(2024, 2, 29));
        QCOMPARE(YearMonth(2025, 7).toChinese(), QStringLiteral("2025年7月"));
        QVERIFY(YearMonth(2025, 12) < YearMonth(2026, 1));
    }
};

QTEST_GUILESS_MAIN(TestYearMonth)
#include "tst_yearmonth.moc"
