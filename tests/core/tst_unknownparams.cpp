// SPDX-License-Identifier: GPL-3.0-or-later
// A value the sources do not give is unknown, and so is every figure that needs it
// (DOMAIN.md, ARCHITECTURE.md "missing"): a profile that leaves one parameter unknown must
// never make the engine fall back on a default. Each row blanks one parameter of general.
#include "io/resultjson.h"
#include "testcase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yibao;
using namespace yibao::test;

namespace {

// general with one parameter unknown from 1990 on, as a profile "blank" inheriting it
std::unique_ptr<ProfileSet> profilesWithout(const QString &key)
{
    QFile f(QStringLiteral(":/resources/profiles/general.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("general.json not in the resources");
    const QByteArray general = f.readAll();
    const QJsonObject blank { { QStringLiteral("schema"), QStringLiteral("yibao-profile/1") },
        { QStringLiteral("id"), QStringLiteral("blank") },
        { QStringLiteral("name"), QStringLiteral("blank") },
        { QStringLiteral("version"), QStringLiteral("test") },
        { QStringLiteral("inherits"), QStringLiteral("general") },
        { QStringLiteral("validFrom"), QStringLiteral("1990-01-01") },
        { QStringLiteral("parameters"),
            QJsonObject { { key,
                QJsonObject { { QStringLiteral("unit"),
                                  QJsonDocument::fromJson(general)
                                      .object()
                                      .value(QStringLiteral("parameters"))
                                      .toObject()
                                      .value(key)
                                      .toObject()
                                      .value(QStringLiteral("unit")) },
                    { QStringLiteral("values"),
                        QJsonArray {
                            QJsonObject { { QStringLiteral("from"), QStringLiteral("1990-01-01") },
                                { QStringLiteral("value"), QJsonValue::Null },
                                { QStringLiteral("source"),
                                    QStringLiteral("test: unknown") } } } } } } } } };
    auto set = std::make_unique<ProfileSet>();
    QString error;
    if (!set->addFromJson(general, QStringLiteral("general.json"), &error)
        || !set->addFromJson(QJsonDocument(blank).toJson(), QStringLiteral("blank.json"), &error))
        qFatal("%s", qPrintable(error));
    return set;
}

bool namedMissing(const QJsonValue &v, const QString &key)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            if (namedMissing(e, key))
                return true;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("missing")).toArray().contains(key))
            return true;
        for (const QJsonValue &e : o)
            if (namedMissing(e, key))
                return true;
    }
    return false;
}

} // namespace

class TestUnknownParams : public QObject
{
    Q_OBJECT
private slots:
    void figuresStayUnknown_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("nullField"); // a field of the result JSON that must be null
        QTest::addColumn<QString>("birth"); // a man born then; 1975-06-15 retires 2038-02
        // 2026-01..02 back-paid 2026-03-10: only the grace period can say whether it is
        // continuous, so without it that verdict, the deadline and the resumption are unknown
        const QString backpaid
            = QStringLiteral("2010-01..2025-12 employee 5000 paid; 2026-01..2026-02 employee 5000 "
                             "backpaid@2026-03-10; 2026-03..2026-10 employee 5000 paid");
        QTest::newRow("grace: continuity") << "gap.grace_months" << backpaid << "2026-02-10"
                                           << "gaps.0.continuous"
                                           << "1975-06-15";
        QTest::newRow("grace: deadline") << "gap.grace_months" << backpaid << "2026-02-10"
                                         << "gaps.0.graceDeadline"
                                         << "1975-06-15";
        QTest::newRow("grace: the event in the gap")
            << "gap.grace_months" << backpaid << "2026-04-10"
            << "events.0.pooledFund"
            << "1975-06-15";
        // 2025-01..05 not enrolled, paid again from 2025-06: waits an unknown time
        const QString hole = QStringLiteral(
            "2010-01..2024-12 employee 5000 paid; 2025-06..2026-10 employee 5000 paid");
        QTest::newRow("waiting: resumption") << "gap.waiting_months" << hole << "2025-08-10"
                                             << "events.0.pooledFund"
                                             << "1975-06-15";
        QTest::newRow("suspension: the window")
            << "gap.suspend_after_months" << hole << "2025-03-10"
            << "gaps.0.suspendedFrom"
            << "1975-06-15";
        QTest::newRow("suspension: the event") << "gap.suspend_after_months" << hole << "2025-03-10"
                                               << "events.0.pooledFund"
                                               << "1975-06-15";
        QTest::newRow("first cover") << "enrol.first_cover_offset_months" << hole << "2010-03-10"
                                     << "events.0.pooledFund"
                                     << "1975-06-15";
        QTest::newRow("minimum years: required")
            << "lifelong.min_months.male" << hole << "2025-08-10"
            << "lifelong.requiredMonths"
            << "1975-06-15";
        QTest::newRow("minimum years: qualifies")
            << "lifelong.min_months.male" << hole << "2025-08-10"
            << "lifelong.qualifies"
            << "1975-06-15";
        QTest::newRow("minimum years: back-pay")
            << "lifelong.min_months.male" << hole << "2025-08-10"
            << "backPay.retirementBackPay"
            << "1975-06-15";
        // retired 2020-03 with 240 months, paying on from 2021-01: 300 reached in 2025-12;
        // 2025-03 is paid toward the minimum, and whether the fund pays then is unknown
        QTest::newRow("retiree paying on")
            << "eligibility.retired_paying_covered"
            << "1995-01..2014-12 employee 5000 paid; 2021-01..2026-10 flexible 5000 paid"
            << "2025-03-10"
            << "events.0.pooledFund"
            << "1960-03-05";
    }
    void figuresStayUnknown()
    {
        QFETCH(QString, key);
        QFETCH(QString, spec);
        QFETCH(QString, event);
        QFETCH(QString, nullField);
        QFETCH(QString, birth);
        const auto set = profilesWithout(key);
        Case c = person(birth.toLatin1().constData(), Category::Male, "2026-11-23", "blank");
        c.periods = periods(spec);
        c.retirement.baseAtRetirement = yuan("5000");
        c.events = { { *parseIsoDate(event), Care::Inpatient } };
        const Result r = compute(c, *set->find(u"blank"));
        const QJsonObject o = ResultJson::toJson(r, false);
        QJsonValue v = o;
        for (const QString &part : nullField.split(QLatin1Char('.'))) {
            bool isIndex = false;
            const int i = part.toInt(&isIndex);
            v = isIndex ? v.toArray().at(i) : v.toObject().value(part);
        }
        QVERIFY2(v.isNull(),
            qPrintable(nullField + QStringLiteral(" is ")
                + QString::fromUtf8(QJsonDocument(o).toJson()).left(3000)));
        // and the key is named in a missing list of the result
        QVERIFY2(
            namedMissing(o, key), qPrintable(key + QStringLiteral(" named in no missing list")));
    }
};

QTEST_GUILESS_MAIN(TestUnknownParams)
#include "tst_unknownparams.moc"
