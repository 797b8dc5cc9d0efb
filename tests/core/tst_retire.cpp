// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/formulawords.h"
#include "testcase.h"

#include <QTest>

using namespace yibao;
using namespace yibao::test;

Q_DECLARE_METATYPE(yibao::Category)

class TestRetire : public QObject
{
    Q_OBJECT
private slots:
    void statutory_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<Category>("category");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("delay");
        QTest::addColumn<int>("ageYears");
        QTest::addColumn<int>("ageMonths");
        // DOMAIN.md's checks against the official schedule
        QTest::newRow("male 1965-01")
            << "1965-01-15" << Category::Male << "2025-02-15" << 1 << 60 << 1;
        QTest::newRow("male 1966-01")
            << "1966-01-15" << Category::Male << "2026-05-15" << 4 << 60 << 4;
        QTest::newRow("female_cadre 1970-06")
            << "1970-06-15" << Category::FemaleCadre << "2025-08-15" << 2 << 55 << 2;
        QTest::newRow("female_cadre 1971-06")
            << "1971-06-15" << Category::FemaleCadre << "2026-11-15" << 5 << 55 << 5;
        QTest::newRow("female_worker 1976-06")
            << "1976-06-15" << Category::FemaleWorker << "2027-03-15" << 9 << 50 << 9;
        QTest::newRow("female_worker 1977-01")
            << "1977-01-15" << Category::FemaleWorker << "2028-02-15" << 13 << 51 << 1;
        QTest::newRow("female_worker 1984-11 cap")
            << "1984-11-15" << Category::FemaleWorker << "2039-11-15" << 60 << 55 << 0;
        // edges of the reform
        QTest::newRow("male 1964-12 before reform")
            << "1964-12-31" << Category::Male << "2024-12-31" << 0 << 60 << 0;
        QTest::newRow("male 1976-12 cap 36")
            << "1976-12-01" << Category::Male << "2039-12-01" << 36 << 63 << 0;
        QTest::newRow("male 1990 cap")
            << "1990-03-01" << Category::Male << "2053-03-01" << 36 << 63 << 0;
        QTest::newRow("female_cadre 1969-12 none")
            << "1969-12-10" << Category::FemaleCadre << "2024-12-10" << 0 << 55 << 0;
        QTest::newRow("female_worker 1975-01 first")
            << "1975-01-20" << Category::FemaleWorker << "2025-02-20" << 1 << 50 << 1;
        // day clamped to the month's length: born on the 31st, retiring in a 30-day month
        QTest::newRow("day clamped")
            << "1965-07-31" << Category::Male << "2025-09-30" << 2 << 60 << 2;
        QTest::newRow("day clamped feb")
            << "1970-11-30" << Category::FemaleCadre << "2026-02-28" << 3 << 55 << 3;
    }
    void statutory()
    {
        QFETCH(QString, birth);
        QFETCH(Category, category);
        QFETCH(QString, date);
        QFETCH(int, delay);
        QFETCH(int, ageYears);
        QFETCH(int, ageMonths);
        Case c = person(birth.toLatin1().constData(), category, "2026-11-23");
        const Result r = run(c);
        QCOMPARE(r.retirement.statutoryDate.toString(Qt::ISODate), date);
        QCOMPARE(r.retirement.delayMonths, delay);
        QCOMPARE(r.retirement.ageYears, ageYears);
        QCOMPARE(r.retirement.ageMonths, ageMonths);
    }

    void givenDateMovesOnlyTheRulesMonth()
    {
        Case c = person("1966-01-15", Category::Male);
        c.retirement.date = day("2026-01-15");
        const Result r = run(c);
        QCOMPARE(r.retirement.statutoryDate, day("2026-05-15"));
        QCOMPARE(r.retirement.month, ym("2026-01"));
        QVERIFY(r.retirement.dateGiven);
    }

    void traceNamesTheDecision()
    {
        const Result r = run(person("1975-05-12", Category::FemaleCadre));
        const TraceStep &s = r.trace.first();
        QCOMPARE(s.ruleId, QStringLiteral("retire.statutory"));
        const QString formula = formulaText(s, TextLanguage::Chinese);
        QVERIFY2(formula.contains(QStringLiteral("⌈65 ÷ 4⌉")), qPrintable(formula));
        QCOMPARE(s.inputValue(QStringLiteral("delayMonths")), QStringLiteral("17"));
        bool cap = false;
        for (const auto &p : s.params)
            if (p.key == QLatin1String("retire.delay_cap.female_cadre")) {
                cap = true;
                QCOMPARE(p.value, QStringLiteral("36"));
                QCOMPARE(p.from, day("2025-01-01"));
                QVERIFY(p.source.contains(QStringLiteral("渐进式延迟法定退休年龄")));
            }
        QVERIFY(cap);
    }
};

QTEST_GUILESS_MAIN(TestRetire)
#include "tst_retire.moc"
