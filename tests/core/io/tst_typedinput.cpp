// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvimport.h"
#include "io/typedinput.h"

#include <QTest>

using namespace yibao;

class TestTypedInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("yuan"); // empty: not an amount
        QTest::addColumn<bool>("words"); // flagged as Chinese number words
        QTest::newRow("plain") << "4500"
                               << "4500.00" << false;
        QTest::newRow("decimals") << "4500.5"
                                  << "4500.50" << false;
        QTest::newRow("full-width digits") << QString::fromUtf8("４５００") << "4500.00" << false;
        QTest::newRow("full-width with point")
            << QString::fromUtf8("４５００．２５") << "4500.25" << false;
        QTest::newRow("grouped") << "4,500"
                                 << "4500.00" << false;
        QTest::newRow("full-width comma") << QString::fromUtf8("4，500") << "4500.00" << false;
        QTest::newRow("yuan after") << QString::fromUtf8("4500元") << "4500.00" << false;
        QTest::newRow("yuan after, space") << QString::fromUtf8("4500 元") << "4500.00" << false;
        QTest::newRow("yen sign") << QString::fromUtf8("¥4500") << "4500.00" << false;
        QTest::newRow("full-width yen sign") << QString::fromUtf8("￥4500") << "4500.00" << false;
        QTest::newRow("spaces") << " 4 500 "
                                << "4500.00" << false;
        QTest::newRow("number words") << QString::fromUtf8("4千5") << "" << true;
        QTest::newRow("number words and letters") << QString::fromUtf8("4千5abc") << "" << true;
        QTest::newRow("wan") << QString::fromUtf8("1万") << "" << true;
        QTest::newRow("all words") << QString::fromUtf8("四千五") << "" << true;
        QTest::newRow("letters") << "45abc"
                                 << "" << false;
        QTest::newRow("yuan in the middle") << QString::fromUtf8("45元00") << "" << false;
        QTest::newRow("three decimals") << "4500.123"
                                        << "" << false;
        QTest::newRow("empty") << ""
                               << "" << false;
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, yuan);
        QFETCH(bool, words);
        const auto m = parseTypedAmount(text);
        QCOMPARE(m ? m->toYuanString() : QString(), yuan);
        QCOMPARE(amountHasNumberWords(text), words);
        // the CSV import reads cells the same way
        const auto csv = parseCsvAmount(text);
        QCOMPARE(csv ? csv->toYuanString() : QString(), yuan);
    }

    void months_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("month"); // empty: not a month
        QTest::newRow("iso") << "2020-03"
                             << "2020-03";
        QTest::newRow("compact") << "202003"
                                 << "2020-03";
        QTest::newRow("dot") << "2020.3"
                             << "2020-03";
        QTest::newRow("slash") << "2020/3"
                               << "2020-03";
        QTest::newRow("chinese") << QString::fromUtf8("2020年3月") << "2020-03";
        QTest::newRow("chinese no 月") << QString::fromUtf8("2020年3") << "2020-03";
        QTest::newRow("full-width") << QString::fromUtf8("２０２０／３") << "2020-03";
        QTest::newRow("with day") << "2016/6/1"
                                  << "2016-06";
        QTest::newRow("with time") << "2016-01-05 10:21:07"
                                   << "2016-01";
        QTest::newRow("spaces") << " 2020 - 03 "
                                << "2020-03";
        QTest::newRow("month 13") << "2020-13"
                                  << "";
        QTest::newRow("month 0") << "202000"
                                 << "";
        QTest::newRow("five digits") << "20203"
                                     << "";
        QTest::newRow("words") << "March 2020"
                               << "";
        QTest::newRow("bad day") << "2021-02-30"
                                 << "";
    }
    void months()
    {
        QFETCH(QString, text);
        QFETCH(QString, month);
        const auto m = parseTypedMonth(text);
        QCOMPARE(m ? m->toString() : QString(), month);
        const auto csv = parseCsvMonth(text);
        QCOMPARE(csv ? csv->toString() : QString(), month);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::newRow("iso") << "2024-03-15"
                             << "2024-03-15";
        QTest::newRow("compact") << "20240315"
                                 << "2024-03-15";
        QTest::newRow("chinese") << QString::fromUtf8("2024年3月15日") << "2024-03-15";
        QTest::newRow("slash") << "2024/3/5"
                               << "2024-03-05";
        QTest::newRow("full-width") << QString::fromUtf8("２０２４－０３－１５") << "2024-03-15";
        QTest::newRow("month only") << "2024-03"
                                    << "";
        QTest::newRow("30 February") << "2024-02-30"
                                     << "";
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, date);
        const auto d = parseTypedDate(text);
        QCOMPARE(d ? d->toString(Qt::ISODate) : QString(), date);
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("id") << "employee"
                            << "employee";
        QTest::newRow("id upper") << "Flexible"
                                  << "flexible";
        QTest::newRow("职工") << QString::fromUtf8("职工") << "employee";
        QTest::newRow("在职") << QString::fromUtf8("在职") << "employee";
        QTest::newRow("单位") << QString::fromUtf8("单位") << "employee";
        QTest::newRow("单位职工") << QString::fromUtf8("单位职工") << "employee";
        QTest::newRow("城镇职工") << QString::fromUtf8("城镇职工") << "employee";
        QTest::newRow("灵活就业") << QString::fromUtf8("灵活就业") << "flexible";
        QTest::newRow("职工医保（灵活就业）")
            << QString::fromUtf8("职工医保（灵活就业）") << "flexible";
        QTest::newRow("个体") << QString::fromUtf8("个体") << "flexible";
        QTest::newRow("城乡居民医保") << QString::fromUtf8("城乡居民医保") << "resident";
        QTest::newRow("视同缴费") << QString::fromUtf8("视同缴费") << "deemed";
        QTest::newRow("unknown") << QString::fromUtf8("商业保险") << "";
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const auto k = parseTypedKind(text);
        QCOMPARE(k ? kindId(*k) : QString(), kind);
        const auto csv = parseCsvKind(text);
        QCOMPARE(csv ? kindId(*csv) : QString(), kind);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::newRow("id") << "paid"
                            << "paid";
        QTest::newRow("已缴") << QString::fromUtf8("已缴") << "paid";
        QTest::newRow("正常") << QString::fromUtf8("正常") << "paid";
        QTest::newRow("欠缴") << QString::fromUtf8("欠缴") << "arrears";
        QTest::newRow("欠费") << QString::fromUtf8("欠费") << "arrears";
        QTest::newRow("未缴") << QString::fromUtf8("未缴") << "arrears";
        QTest::newRow("补缴") << QString::fromUtf8("补缴") << "backpaid";
        QTest::newRow("已补缴") << QString::fromUtf8("已补缴") << "backpaid";
        QTest::newRow("计划") << QString::fromUtf8("计划") << "planned";
        QTest::newRow("计划缴费") << QString::fromUtf8("计划缴费") << "planned";
        QTest::newRow("待缴") << QString::fromUtf8("待缴") << "planned";
        QTest::newRow("unknown") << QString::fromUtf8("退保") << "";
    }
    void statuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        const auto s = parseTypedStatus(text);
        QCOMPARE(s ? statusId(*s) : QString(), status);
        const auto csv = parseCsvStatus(text);
        QCOMPARE(csv ? statusId(*csv) : QString(), status);
    }
};

QTEST_APPLESS_MAIN(TestTypedInput)
#include "tst_typedinput.moc"
