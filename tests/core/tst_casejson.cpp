// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/casejson.h"
#include "io/casevalidator.h"
#include "testcase.h"

#include <QTest>

using namespace yibao;
using namespace yibao::test;

class TestCaseJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        Case c = person("1975-05-12", Category::FemaleCadre);
        c.periods = { period("1997-07", "2015-12", PeriodKind::Employee, "5000.00"),
            period("2016-01", "2016-04", PeriodKind::Employee, "5000.00", PeriodStatus::Arrears),
            period("2016-05", "2016-06", PeriodKind::Flexible, "6326.5", PeriodStatus::Backpaid,
                "2016-09-10"),
            period("2016-07", "2016-12", PeriodKind::Resident, nullptr),
            period("2027-01", "2027-12", PeriodKind::Flexible, "6326.00", PeriodStatus::Planned) };
        c.deemedMonths = 14;
        c.retirement.date = day("2031-01-31");
        c.retirement.baseAtRetirement = yuan("7000");
        c.events = { { day("2016-03-15"), Care::Inpatient },
            { day("2025-08-02"), Care::SpecialOutpatient } };
        const QByteArray bytes = CaseJson::serialize(c);
        InputErrors errors;
        const auto back = CaseJson::parse(bytes, &errors);
        QVERIFY2(back, qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        QVERIFY(*back == c);
        QCOMPARE(CaseJson::serialize(*back), bytes);
    }

    void errorsCarryLineAndColumn()
    {
        InputErrors errors;
        QVERIFY(!CaseJson::parse("{\n  \"schema\": \"yibao-case/1\",\n  \"asOf\": \n", &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().line, 4);
        QVERIFY(errors.first().toString().startsWith(QLatin1String("line 4")));
    }

    void reportsEveryBadField()
    {
        InputErrors errors;
        const QByteArray json = R"({"schema":"yibao-case/1","asOf":"2026-11-23",
            "person":{"birth":"1980-01-01","sex":"male","category":"female_worker"},
            "periods":[{"from":"2020-13","to":"2021-01","kind":"employee","base":"五千","status":"paid"},
                       {"from":"2020-01","to":"2020-02","kind":"farmer","base":"1","status":"paid"}],
            "events":[{"date":"2025-02-29","care":"dental"}]})";
        QVERIFY(!CaseJson::parse(json, &errors));
        QStringList paths;
        for (const auto &e : errors)
            paths.append(e.path);
        for (const char *p : { "person.category", "periods[0].from", "periods[0].base",
                 "periods[1].kind", "events[0].date", "events[0].care" })
            QVERIFY2(
                paths.contains(QString::fromLatin1(p)), qPrintable(paths.join(QLatin1Char(' '))));
    }

    void validatorNamesBothOverlappingPeriods()
    {
        Case c = person("1980-01-01", Category::Male);
        c.periods = { period("2010-01", "2015-12", PeriodKind::Employee, "5000"),
            period("2015-06", "2016-12", PeriodKind::Flexible, "5000") };
        const InputErrors errors = validateCase(c, profile(QStringLiteral("general")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().path, QStringLiteral("periods[1]"));
        QVERIFY2(errors.first().message.contains(QLatin1String("periods[0]")),
            qPrintable(errors.first().message));
    }
};

QTEST_GUILESS_MAIN(TestCaseJson)
#include "tst_casejson.moc"
