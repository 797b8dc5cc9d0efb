// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/formulawords.h"
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
        // a resident month is judged by rule 3 before the gap rules: resident insurance pays
        QTest::newRow("resident month: first of the gap") << longGap << "2023-07-20"
                                                          << "eligibility.resident" << false;
        QTest::newRow("resident month: inside the gap") << longGap << "2023-08-01"
                                                        << "eligibility.resident" << false;
        QTest::newRow("resident month: last of the gap") << longGap << "2024-02-29"
                                                         << "eligibility.resident" << false;
        // the same gap with no period at all (not enrolled): rules 4 and 5
        const QString hole = QStringLiteral(
            "2003-01..2023-06 employee 7000 paid; 2024-03..2026-10 flexible 5000 paid");
        QTest::newRow("first month of a gap is still covered")
            << hole << "2023-07-20"
            << "eligibility.gap_first_month" << true;
        QTest::newRow("second month of a gap") << hole << "2023-08-01"
                                               << "eligibility.gap" << false;
        QTest::newRow("last month of a gap") << hole << "2024-02-29"
                                             << "eligibility.gap" << false;
        QTest::newRow("after a hole, waiting") << hole << "2024-08-31"
                                               << "eligibility.waiting" << false;
        // gap 1: 2020-01..2020-06 (resident), paid again 2020-07 → resumes 2021-01, window
        // 2020-02..2020-12; gap 2 starts 2020-10 inside that window: rule 6 names gap 1
        QTest::newRow("first month of a later gap inside an earlier window")
            << "2010-01..2019-12 employee 5000 paid; 2020-01..2020-06 resident - paid; "
               "2020-07..2020-09 employee 5000 paid; 2020-10..2020-11 employee 5000 "
               "backpaid@2021-03-01; 2020-12..2026-10 employee 5000 paid"
            << "2020-10-05"
            << "eligibility.waiting" << false;
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
        // after asOf: a person paying now (2026-10 paid on time) is assumed to keep paying
        QTest::newRow("future, paying now: assumed paid") << shortGap << "2027-06-01"
                                                          << "eligibility.covered" << true;
        QTest::newRow("asOf month, paying now: not yet due") << shortGap << "2026-11-20"
                                                             << "eligibility.covered" << true;
        // stopped after 2026-06: listed gap 2026-07..2026-10 open; the scenario extends it
        // with assumed not-enrolled months, so a later unpaid month is inside it
        const QString stopped = QStringLiteral("2014-09..2026-06 employee 5500 paid");
        QTest::newRow("future, stopped paying: still in the gap") << stopped << "2027-01-10"
                                                                  << "eligibility.gap" << false;
        QTest::newRow("asOf month, stopped paying: in the gap") << stopped << "2026-11-20"
                                                                << "eligibility.gap" << false;
        // planned from 2026-12: scenario gap 2026-07..2026-11 (5 months) resumes 2026-12 + 6
        // = 2027-06; 2027-03 is after it and before that → waiting
        QTest::newRow("future, paying again as planned: waiting")
            << stopped + QStringLiteral("; 2026-12..2027-12 employee 5500 planned") << "2027-03-10"
            << "eligibility.waiting" << false;
        QTest::newRow("future, planned, after the waiting period")
            << stopped + QStringLiteral("; 2026-12..2027-12 employee 5500 planned") << "2027-06-10"
            << "eligibility.covered" << true;
        // the month right after an open gap, paid as planned: waiting (rule for a month past
        // the end of the history)
        QTest::newRow("future, first planned month after an open gap")
            << stopped + QStringLiteral("; 2027-01..2027-12 employee 5500 planned") << "2027-01-15"
            << "eligibility.waiting" << false;
        QTest::newRow("future, planned resident months")
            << shortGap + QStringLiteral("; 2026-11..2027-12 resident - planned") << "2027-02-01"
            << "eligibility.resident" << false;
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
        QCOMPARE(r.events.first().pooledFund, std::optional<bool>(pooled));
        QVERIFY(r.events.first().personalAccount);
        QVERIFY(!r.events.first().reason.isEmpty());
    }

    // DOMAIN.md, December revision: an event after asOf is judged on a scenario; the listed
    // gaps stay those of the history to the month before asOf
    void futureEventNeverChangesTheListedGaps()
    {
        Case c = person("1979-12-30", Category::Male);
        c.periods = periods("2010-07..2026-06 employee 6000 paid");
        const QString without = gapsText(run(c));
        c.events = { { day("2027-06-01"), Care::Outpatient } };
        const Result r = run(c);
        QCOMPARE(gapsText(r), without);
        QCOMPARE(gapsText(r),
            QStringLiteral(
                "2026-07..2026-10 4m p=0.00 f=0.00 o=0.00 c=0 cd=0 r=null d=2026-10-31"));
        QCOMPARE(r.events.first().ruleId, QStringLiteral("eligibility.gap"));
        QVERIFY(r.events.first().scenario);
        const QString reason = reasonText(r.events.first(), TextLanguage::Chinese);
        QVERIFY2(reason.contains(QStringLiteral("如2026年11月起仍不缴费")), qPrintable(reason));
    }

    // retired 2020-03 (male born 1960-03-05) with 242 months before retirement
    void retiree_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<bool>("pooled");
        const QString qualified = QStringLiteral("1995-01..2020-02 employee 6000 paid");
        QTest::newRow("qualified at retirement") << qualified << "2021-05-01"
                                                 << "eligibility.retired" << true;
        // 242 + 2021-01.. : the 58th month, 2025-10, reaches 300
        const QString payingOn = QStringLiteral(
            "2000-01..2020-02 employee 6000 paid; 2021-01..2026-10 flexible 6000 paid");
        QTest::newRow("paying on toward the minimum") << payingOn << "2025-09-20"
                                                      << "eligibility.retired_paying" << true;
        QTest::newRow("paying on, minimum reached") << payingOn << "2025-10-02"
                                                    << "eligibility.retired" << true;
        QTest::newRow("retired short, a month not paid") << payingOn << "2020-08-01"
                                                         << "eligibility.retired" << false;
        // 242 + 2024-01..2026-10 (34) = 276: never reached by asOf
        const QString short_ = QStringLiteral(
            "2000-01..2020-02 employee 6000 paid; 2024-01..2026-10 flexible 6000 paid");
        QTest::newRow("future month, still paying: assumed paid")
            << short_ << "2027-02-01"
            << "eligibility.retired_paying" << true;
        // arrears after retirement are not owed (a warning), and such a month is not paid
        QTest::newRow("retired, month in arrears")
            << short_ + QStringLiteral("; 2021-01..2021-06 flexible 6000 arrears") << "2021-03-01"
            << "eligibility.retired" << false;
    }
    void retiree()
    {
        QFETCH(QString, spec);
        QFETCH(QString, event);
        QFETCH(QString, ruleId);
        QFETCH(bool, pooled);
        Case c = person("1960-03-05", Category::Male, "2026-11-23", "beijing");
        c.periods = periods(spec);
        c.events = { { *parseIsoDate(event), Care::Inpatient } };
        const Result r = run(c);
        QCOMPARE(r.events.first().ruleId, ruleId);
        QCOMPARE(r.events.first().pooledFund, std::optional<bool>(pooled));
    }

    void arrearsAfterRetirementAreAWarningNotAGap()
    {
        Case c = person("1960-03-05", Category::Male, "2026-11-23", "beijing");
        c.periods = periods("2000-01..2020-02 employee 6000 paid; 2024-01..2024-06 flexible 6000 "
                            "paid; 2024-07..2024-09 flexible 6000 arrears");
        const Result r = run(c);
        QVERIFY(r.gaps.isEmpty());
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().code, QStringLiteral("owed_after_retirement"));
        QCOMPARE(r.warnings.first().path, QStringLiteral("periods[2]"));
        QCOMPARE(money(r.backPay.gapOwed), QStringLiteral("0.00"));
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
        QCOMPARE(r.events.first().pooledFund, std::optional<bool>(pooled));
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
        c.events = { { day("2026-06-20"), Care::Pharmacy }, { day("2026-07-15"), Care::Pharmacy },
            { day("2026-09-03"), Care::Pharmacy } };
        const Result r = compute(c, *set.find(u"frozen"));
        // DOMAIN.md: frozen when an arrears month lies at or before the event's month
        QVERIFY(r.events.at(0).personalAccount); // no arrears month up to 2026-06
        QVERIFY(!r.events.at(1).personalAccount); // 2026-07 is an arrears month
        QVERIFY(!r.events.at(2).personalAccount);
        QVERIFY(reasonText(r.events.at(2), TextLanguage::Chinese).contains(QStringLiteral("冻结")));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
