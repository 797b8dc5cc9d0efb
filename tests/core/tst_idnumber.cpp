// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/idnumber.h"

#include <QTest>

using namespace yibao;

Q_DECLARE_METATYPE(yibao::IdNumberStatus)

class TestIdNumber : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<IdNumberStatus>("status");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        // The check characters below were computed by hand with GB 11643's weights.
        QTest::newRow("11010519491231002X") << "11010519491231002X" << IdNumberStatus::Valid
                                            << "11010519491231002X" << QDate(1949, 12, 31);
        QTest::newRow("11010519491231002x lower x") << "11010519491231002x" << IdNumberStatus::Valid
                                                    << "11010519491231002X" << QDate(1949, 12, 31);
        QTest::newRow("110101199003071233") << "110101199003071233" << IdNumberStatus::Valid
                                            << "110101199003071233" << QDate(1990, 3, 7);
        QTest::newRow("110101 19900307 1233 spaced")
            << "110101 19900307 1233" << IdNumberStatus::Valid << "110101199003071233"
            << QDate(1990, 3, 7);
        QTest::newRow("440304200002291017 leap day")
            << "440304200002291017" << IdNumberStatus::Valid << "440304200002291017"
            << QDate(2000, 2, 29);
        QTest::newRow("110101199003071234 check 4 not 3")
            << "110101199003071234" << IdNumberStatus::WrongCheckDigit << "110101199003071234"
            << QDate(1990, 3, 7);
        QTest::newRow("11010519491231002 1 instead of X")
            << "110105194912310021" << IdNumberStatus::WrongCheckDigit << "110105194912310021"
            << QDate(1949, 12, 31);
        QTest::newRow("empty") << "" << IdNumberStatus::Empty << "" << QDate();
        QTest::newRow("spaces only") << "   " << IdNumberStatus::Empty << "" << QDate();
        QTest::newRow("17 digits")
            << "11010119900307123" << IdNumberStatus::Malformed << "11010119900307123" << QDate();
        QTest::newRow("19 digits") << "1101011990030712333" << IdNumberStatus::Malformed
                                   << "1101011990030712333" << QDate();
        QTest::newRow("15 digit old card")
            << "110101900307123" << IdNumberStatus::Malformed << "110101900307123" << QDate();
        QTest::newRow("letter inside")
            << "1101011990O3071233" << IdNumberStatus::Malformed << "1101011990O3071233" << QDate();
        QTest::newRow("Y at the end")
            << "11010519491231002Y" << IdNumberStatus::Malformed << "11010519491231002Y" << QDate();
        QTest::newRow("X not at the end")
            << "1101051949123100X2" << IdNumberStatus::Malformed << "1101051949123100X2" << QDate();
        QTest::newRow("region 00")
            << "000101199003071233" << IdNumberStatus::Malformed << "000101199003071233" << QDate();
        QTest::newRow("20010229 not a leap year")
            << "440304200102291017" << IdNumberStatus::Malformed << "440304200102291017" << QDate();
        QTest::newRow("month 13") << "110101199013071233" << IdNumberStatus::Malformed
                                  << "110101199013071233" << QDate();
        QTest::newRow("born 1899")
            << "110101189903071233" << IdNumberStatus::Malformed << "110101189903071233" << QDate();
        QTest::newRow("born after today")
            << "110101203003071233" << IdNumberStatus::Malformed << "110101203003071233" << QDate();
    }
    void check()
    {
        QFETCH(QString, text);
        QFETCH(IdNumberStatus, status);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        const IdNumberCheck r = checkIdNumber(text, QDate(2026, 11, 28));
        QCOMPARE(idNumberStatusId(r.status), idNumberStatusId(status));
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.birth, birth);
        QCOMPARE(r.message.isEmpty(),
            status == IdNumberStatus::Valid || status == IdNumberStatus::Empty);
        QCOMPARE(idNumberStatusFromId(idNumberStatusId(status)), status);
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("digits17");
        QTest::addColumn<QString>("check");
        QTest::newRow("11010519491231002") << "11010519491231002"
                                           << "X";
        QTest::newRow("11010119900307123") << "11010119900307123"
                                           << "3";
        QTest::newRow("44030420000229101") << "44030420000229101"
                                           << "7";
        QTest::newRow("32010219850615001") << "32010219850615001"
                                           << "4";
        QTest::newRow("11010119900307999") << "11010119900307999"
                                           << "9";
        QTest::newRow("16 digits") << "1101011990030712"
                                   << "";
        QTest::newRow("a letter") << "1101011990030712A"
                                  << "";
    }
    void checkDigit()
    {
        QFETCH(QString, digits17);
        QFETCH(QString, check);
        const QChar c = idNumberCheckDigit(digits17);
        QCOMPARE(c.isNull() ? QString() : QString(c), check);
    }

    void wrongCheckDigitSaysWhich()
    {
        const IdNumberCheck r = checkIdNumber(u"110101199003071234", QDate(2026, 11, 28));
        QCOMPARE(r.expectedCheckDigit, QLatin1Char('3'));
        QVERIFY2(r.message.contains(QLatin1Char('3')), qPrintable(r.message));
    }

    void mask_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("last4");
        QTest::newRow("110101199003071234") << "110101199003071234"
                                            << "110***********1234"
                                            << "1234";
        QTest::newRow("11010519491231002x") << "11010519491231002x"
                                            << "110***********002X"
                                            << "002X";
        QTest::newRow("spaced") << "110101 19900307 1234"
                                << "110***********1234"
                                << "1234";
        QTest::newRow("8 chars") << "12345678"
                                 << "123*5678"
                                 << "5678";
        QTest::newRow("7 chars") << "1234567"
                                 << "*******"
                                 << "4567";
        QTest::newRow("3 chars") << "123"
                                 << "***"
                                 << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void mask()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QFETCH(QString, last4);
        QCOMPARE(maskIdNumber(text), masked);
        QCOMPARE(idNumberLast4(text), last4);
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
