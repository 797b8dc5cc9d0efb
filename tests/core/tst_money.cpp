// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/money.h"
#include "domain/rate.h"

#include <QTest>

#include <limits>
#include <stdexcept>

using namespace yibao;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("5000.00") << QStringLiteral("5000.00") << true << qint64(500000);
        QTest::newRow("5000") << QStringLiteral("5000") << true << qint64(500000);
        QTest::newRow("0.5") << QStringLiteral("0.5") << true << qint64(50);
        QTest::newRow("1234.56") << QStringLiteral("1234.56") << true << qint64(123456);
        QTest::newRow("0.01") << QStringLiteral("0.01") << true << qint64(1);
        QTest::newRow("three decimals") << QStringLiteral("1.234") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
        QTest::newRow("chinese") << QStringLiteral("五千") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("leading dot") << QStringLiteral(".5") << false << qint64(0);
        QTest::newRow("trailing dot") << QStringLiteral("5.") << false << qint64(0);
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << false << qint64(0);
        QTest::newRow("grouping") << QStringLiteral("5,000") << false << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("5e3") << false << qint64(0);
        QTest::newRow("space") << QStringLiteral(" 5") << false << qint64(0);
        QTest::newRow("16 digits") << QStringLiteral("1234567890123456") << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const auto m = Money::parseYuan(text);
        QCOMPARE(m.has_value(), ok);
        if (ok)
            QCOMPARE(m->fen(), fen);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("1") << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("123456") << qint64(123456) << QStringLiteral("1234.56");
        QTest::newRow("-5") << qint64(-5) << QStringLiteral("-0.05");
        QTest::newRow("min") << std::numeric_limits<qint64>::min()
                             << QStringLiteral("-92233720368547758.08");
    }
    void format()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(Money::fromFen(fen).toYuanString(), text);
    }

    void rounding_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        // 6326 × 11.8 % = 746.468 → 746.47
        QTest::newRow("6326 × 11.8% half-up fen") << "6326.00"
                                                  << "11.8"
                                                  << "half_up_fen"
                                                  << "746.47";
        // 4500 × 0.05 % × 1 = 2.25 exactly
        QTest::newRow("exact stays") << "4500.00"
                                     << "0.05"
                                     << "half_up_fen"
                                     << "2.25";
        // 0.1 × 5 % = 0.005 → half-up 0.01
        QTest::newRow("half rounds up") << "0.10"
                                        << "5"
                                        << "half_up_fen"
                                        << "0.01";
        QTest::newRow("just under half") << "0.10"
                                         << "4.9"
                                         << "half_up_fen"
                                         << "0.00";
        // 见分进角: 746.468 → 746.47 → 746.50
        QTest::newRow("up jiao") << "6326.00"
                                 << "11.8"
                                 << "up_jiao"
                                 << "746.50";
        QTest::newRow("up jiao exact jiao") << "1000.00"
                                            << "1.5"
                                            << "up_jiao"
                                            << "15.00";
        QTest::newRow("half-up jiao down") << "6326.00"
                                           << "11.8"
                                           << "half_up_jiao"
                                           << "746.50";
        QTest::newRow("half-up jiao") << "1000.00"
                                      << "0.123"
                                      << "half_up_jiao"
                                      << "1.20";
    }
    void rounding()
    {
        QFETCH(QString, base);
        QFETCH(QString, percent);
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        const Rate r = *Rate::parsePercent(percent);
        QCOMPARE(r.apply(*Money::parseYuan(base), *roundingFromId(mode)).toYuanString(), expected);
    }

    void lateFeeExampleFrom001()
    {
        // 001 related "医保有一个月没交上怎么办": 500 yuan owed for 30 days at 0.05 % a day = 7.50
        const Rate daily = *Rate::parsePercent(u"0.05");
        QCOMPARE(
            daily.applyTimes(*Money::parseYuan(u"500"), 30, Rounding::HalfUpFen).toYuanString(),
            QStringLiteral("7.50"));
    }

    void percentText_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<QString>("out");
        QTest::newRow("9.8") << "9.8" << qint64(98000) << "9.8%";
        QTest::newRow("0.05%") << "0.05%" << qint64(500) << "0.05%";
        QTest::newRow("12") << "12" << qint64(120000) << "12%";
        QTest::newRow("0") << "0" << qint64(0) << "0%";
    }
    void percentText()
    {
        QFETCH(QString, in);
        QFETCH(qint64, ppm);
        QFETCH(QString, out);
        const auto r = Rate::parsePercent(in);
        QVERIFY(r);
        QCOMPARE(r->ppm(), ppm);
        QCOMPARE(r->toPercentString(), out);
    }

    void rejectsBadPercent()
    {
        QVERIFY(!Rate::parsePercent(u"9.80001"));
        QVERIFY(!Rate::parsePercent(u"abc"));
        QVERIFY(!Rate::parsePercent(u"-1"));
    }

    void overflowThrows()
    {
        const Money big = Money::fromFen(std::numeric_limits<qint64>::max() - 1);
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, big + Money::fromFen(2));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, big * 2);
        QVERIFY_THROWS_EXCEPTION(std::overflow_error,
            Money::fromFen(std::numeric_limits<qint64>::min()) - Money::fromFen(1));
        QCOMPARE((big + Money::fromFen(1)).fen(), std::numeric_limits<qint64>::max());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
