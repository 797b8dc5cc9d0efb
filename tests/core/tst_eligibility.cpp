// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yibao;
using namespace yibao::test;

// The order of precedence of DOMAIN.md "eligibility.*", one row per branch and edge.
class TestEligibility : public QObject
{
    Q_OBJECT
private slots:
    void pooled_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<bool>("pooled");
        const QString longGap
            = QStringLiteral("2003-01..2023-06 employee 7000 paid; 2023-07..2024-02 resident - "
                             "paid; 2024-03..2026-10 flexible 5000 paid");
        QTest::newRow("first month of a gap is still covered") << longGap << "2023-07-20"
                                                               << "eligibility.covered" << true;
        QTest::newRow("second month of a gap") << longGap << "2023-08-01"
                                               << "eligibility.gap" << false;
        QTest::newRow("last month of a gap") << longGap << "2024-02-29"
                                             << "eligibility.gap" << false;
        QTest::newRow("paying again, waiting") << longGap << "2024-03-01"
                                               << "eligibility.waiting" << false;
        QTest::newRow("last waiting month") << longGap << "2024-08-31"
                                            << "eligibility.waiting" << false;
        QTest::newRow("resumed") << longGap << "2024-09-01"
                                 << "eligibility.covered" << true;
        const QString shortGap
            = QStringLiteral("2010-07..2025-12 employee 6000 paid; 2026-01..2026-02 flexible 4500 "
                             "backpaid@2026-04-20; 2026-03..2026-10 flexible 4500 paid");
        QTest::newRow("continuous gap: inside, not reimbursed") << shortGap << "2026-02-10"
                                                                << "eligibility.gap" << false;
        QTest::newRow("continuous gap: before last back-payment") << shortGap << "2026-04-30"
                                                                  << "eligibility.waiting" << false;
        QTest::newRow("continuous gap: month after back-payment") << shortGap << "2026-05-01"
                                                                  << "eligibility.covered" << true;
        QTest::newRow("first month of enrolment") << shortGap << "2010-07-15"
                                                  << "eligibility.not_enrolled" << false;
        QTest::newRow("month after first contribution") << shortGap << "2010-08-01"
                                                        << "eligibility.covered" << true;
        QTest::newRow("before any contribution") << shortGap << "2005-01-01"
                                                 << "eligibility.not_enrolled" << false;
        // after asOf nothing changes: unpaid from the asOf month on unless planned
        QTest::newRow("future without planned months") << shortGap << "2027-06-01"
                                                       << "eligibility.gap" << false;
        QTest::newRow("future with planned months")
            << shortGap + QStringLiteral("; 2026-11..2027-12 flexible 4500 planned") << "2027-06-01"
            << "eligibility.covered" << true;
        QTest::newRow("owed months")
            << "2014-09..2026-06 employee 5500 paid; 2026-07..2026-10 employee 5500 arrears"
            << "2026-09-03"
            << "eligibility.gap" << false;
    }
    void pooled()
    {
        QFETCH(QString, spec);
        QFETCH(QString, event);
        QFETCH(QString, ruleId);
        QFETCH(bool, pooled);
        Case c = person("1979-12-30", Category::Male);
        c.periods = periods(spec);
        c.events = { { *parseIsoDate(event), Care::Inpatient } };
        const Result r = run(c);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.first().ruleId, ruleId);
        QCOMPARE(r.events.first().pooledFund, pooled);
        QVERIFY(r.events.first().personalAccount);
        QVERIFY(!r.events.first().reason.isEmpty());
    }

    void futureEventListsTheGapItCreates()
    {
        Case c = person("1979-12-30", Category::Male);
        c.periods = periods("2010-07..2026-10 employee 6000 paid");
        c.events = { { day("2027-06-01"), Care::Outpatient } };
        const Result r = run(c);
        QCOMPARE(gapsText(r),
            QStringLiteral(
                "2026-11..2027-06 8m p=0.00 f=0.00 o=0.00 c=0 cd=0 r=null d=2027-02-28"));
    }

    void retiredDependsOnLifelong_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("pooled");
        QTest::newRow("qualifies") << "1990-01..2024-05 employee 6000 paid" << true;
        QTest::newRow("short") << "2004-01..2024-05 employee 6000 paid" << false;
    }
    void retiredDependsOnLifelong()
    {
        QFETCH(QString, spec);
        QFETCH(bool, pooled);
        Case c = person("1964-06-01", Category::Male);
        c.periods = periods(spec);
        c.events = { { day("2025-01-10"), Care::SpecialOutpatient } };
        const Result r = run(c);
        QCOMPARE(r.events.first().ruleId, QStringLiteral("eligibility.retired"));
        QCOMPARE(r.events.first().pooledFund, pooled);
    }

    void accountFrozenWhenOwedVariant()
    {
        // a profile in the 001 §四 variant: general with the frozen-account flag set
        QFile f(QStringLiteral(":/resources/profiles/general.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        root.insert(QStringLiteral("id"), QStringLiteral("frozen"));
        root.insert(QStringLiteral("inherits"), QStringLiteral("general"));
        root.insert(QStringLiteral("parameters"),
            QJsonObject { { QStringLiteral("eligibility.account_frozen_when_owed"),
                QJsonObject { { QStringLiteral("unit"), QStringLiteral("bool") },
                    { QStringLiteral("values"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("from"), QStringLiteral("1990-01-01") },
                            { QStringLiteral("value"), true },
                            { QStringLiteral("source"), QStringLiteral("001 §四") } } } } } } });
        ProfileSet set;
        QString error;
        f.seek(0);
        QVERIFY2(set.addFromJson(f.readAll(), QStringLiteral("general.json"), &error),
            qPrintable(error));
        QVERIFY2(
            set.addFromJson(QJsonDocument(root).toJson(), QStringLiteral("frozen.json"), &error),
            qPrintable(error));

        Case c = person("1990-01-15", Category::FemaleWorker);
        c.periods = periods(
            "2014-09..2026-06 employee 5500 paid; 2026-07..2026-10 employee 5500 arrears");
        c.events = { { day("2026-07-15"), Care::Pharmacy }, { day("2026-09-03"), Care::Pharmacy } };
        const Result r = compute(c, *set.find(u"frozen"));
        QVERIFY(r.events.at(0).personalAccount); // 2026-07 is not yet due on 07-15
        QVERIFY(!r.events.at(1).personalAccount); // 2026-07 was due 08-01 and is still owed
        QVERIFY(r.events.at(1).reason.contains(QStringLiteral("冻结")));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
