// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/parameterkeys.h"
#include "policy/profileloader.h"
#include "testlibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yibao;

namespace {

QByteArray bundledGeneral()
{
    QFile f(QStringLiteral(":/resources/profiles/general.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("bundled general profile missing");
    return f.readAll();
}

// general.json with one edit applied at a JSON path of parameters.<key>.values[0].<field>
QByteArray edited(const QString &key, const QString &field, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(bundledGeneral()).object();
    root.insert(QStringLiteral("id"), QStringLiteral("edited"));
    QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
    QJsonObject param = params.value(key).toObject();
    if (field == QLatin1String("unit")) {
        param.insert(QStringLiteral("unit"), value);
    } else {
        QJsonArray values = param.value(QStringLiteral("values")).toArray();
        QJsonObject v0 = values.at(0).toObject();
        if (field == QLatin1String("append")) {
            values.append(value);
        } else {
            v0.insert(field, value);
            values.replace(0, v0);
        }
        param.insert(QStringLiteral("values"), values);
    }
    params.insert(key, param);
    root.insert(QStringLiteral("parameters"), params);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void bundledLoad()
    {
        const ProfileSet &set = yibao::test::library().profiles();
        QCOMPARE(set.ids(), (QStringList { QStringLiteral("general"), QStringLiteral("beijing") }));
        const PolicyProfile *bj = set.find(u"beijing");
        QVERIFY(bj);
        QCOMPARE(bj->inherits, QStringLiteral("general"));
        // inherited unchanged from general, and says so
        const Parameter *flex = bj->find(u"rate.flexible");
        QVERIFY(flex);
        QCOMPARE(flex->at(QDate(2026, 1, 1))->profile, QStringLiteral("general"));
        QCOMPARE(flex->at(QDate(2026, 1, 1))->rate.toPercentString(), QStringLiteral("11.8%"));
        // overridden by beijing, with its change of 2022-09
        const Parameter *share = bj->find(u"account.employer_share.45plus");
        QCOMPARE(share->at(QDate(2022, 8, 31))->rate.toPercentString(), QStringLiteral("2%"));
        QCOMPARE(share->at(QDate(2022, 9, 1))->rate.toPercentString(), QStringLiteral("0%"));
        QCOMPARE(share->at(QDate(2022, 9, 1))->profile, QStringLiteral("beijing"));
        // unknown stays unknown in general
        QVERIFY(!set.find(u"general")
                     ->find(u"account.employer_share.45plus")
                     ->at(QDate(2026, 1, 1))
                     ->known);
        QVERIFY(
            !set.find(u"general")->find(u"lifelong.backpay_rate")->at(QDate(2026, 1, 1))->known);
    }

    void labelsInBothLanguages()
    {
        for (const ParameterKey &k : parameterKeys()) {
            QVERIFY2(!k.label.isEmpty() && !k.labelEn.isEmpty(), qPrintable(k.key));
            QCOMPARE(parameterLabel(k.key, QStringLiteral("zh_CN")), k.label);
            QCOMPARE(parameterLabel(k.key, QStringLiteral("en")), k.labelEn);
            // the English label is English: no CJK character slipped in
            for (QChar c : k.labelEn)
                QVERIFY2(c.unicode() < 0x2E80, qPrintable(k.key));
        }
        QCOMPARE(parameterLabel(u"gap.grace_months", QStringLiteral("en")),
            QStringLiteral("Grace period for back-pay"));
        QCOMPARE(
            parameterLabel(u"no.such.key", QStringLiteral("en")), QStringLiteral("no.such.key"));
    }

    void backpayRateByRetirementDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("rate");
        QTest::newRow("2020-12-31") << QDate(2020, 12, 31) << "12%";
        QTest::newRow("2021-01-01") << QDate(2021, 1, 1) << "11%";
        QTest::newRow("2026-06-01") << QDate(2026, 6, 1) << "11%";
    }
    void backpayRateByRetirementDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, rate);
        const Parameter *p
            = yibao::test::library().profiles().find(u"beijing")->find(u"lifelong.backpay_rate");
        QCOMPARE(p->at(date)->rate.toPercentString(), rate);
    }

    // Catala-style sweep: every month of every bundled profile has a value for every key —
    // a number or an explicit "unknown" with a source — and never falls between values.
    void sweep_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString &id : yibao::test::library().profiles().ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void sweep()
    {
        QFETCH(QString, profile);
        const PolicyProfile *p = yibao::test::library().profiles().find(profile);
        int checked = 0;
        for (const ParameterKey &k : parameterKeys()) {
            const Parameter *param = p->find(k.key);
            QVERIFY2(param, qPrintable(k.key));
            QCOMPARE(param->unit, k.unit);
            for (YearMonth m(1999, 1); m <= YearMonth(2040, 12); m = m.addMonths(1)) {
                for (const QDate d : { m.firstDay(), m.lastDay() }) {
                    const ParamValue *v = param->at(d);
                    QVERIFY2(v, qPrintable(k.key + QLatin1Char(' ') + d.toString(Qt::ISODate)));
                    QVERIFY2(!v->source.isEmpty(), qPrintable(k.key));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, parameterKeys().size() * 42 * 12 * 2);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
        QTest::newRow("wrong schema") << QByteArray(R"({"schema":"x"})") << "schema";
        QTest::newRow("unknown key") << [] {
            QJsonObject root
                = QJsonDocument::fromJson(edited(QStringLiteral("rate.flexible"),
                                              QStringLiteral("note"), QStringLiteral("x")))
                      .object();
            QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
            params.insert(
                QStringLiteral("rate.flexibel"), params.value(QStringLiteral("rate.flexible")));
            root.insert(QStringLiteral("parameters"), params);
            return QJsonDocument(root).toJson();
        }() << "parameters.rate.flexibel: unknown parameter";
        QTest::newRow("bad date")
            << edited(QStringLiteral("rate.flexible"), QStringLiteral("from"),
                   QStringLiteral("1990-02-30"))
            << "parameters.rate.flexible.values[0].from: \"1990-02-30\" is not a date";
        QTest::newRow("first value late") << edited(
            QStringLiteral("rate.flexible"), QStringLiteral("from"), QStringLiteral("1995-01-01"))
                                          << "values[0].from: the first value must start";
        QTest::newRow("overlap") << edited(QStringLiteral("rate.flexible"),
            QStringLiteral("append"),
            QJsonObject { { QStringLiteral("from"), QStringLiteral("1990-01-01") },
                { QStringLiteral("value"), QStringLiteral("10") },
                { QStringLiteral("source"), QStringLiteral("test") } })
                                 << "values[1].from: 1990-01-01 overlaps";
        QTest::newRow("wrong unit")
            << edited(QStringLiteral("rate.flexible"), QStringLiteral("unit"),
                   QStringLiteral("months"))
            << "parameters.rate.flexible.unit: \"months\" is the wrong unit";
        QTest::newRow("value not percent") << edited(QStringLiteral("rate.flexible"),
            QStringLiteral("value"), 11.8) << "values[0].value: 11.8 is not a percentage";
        QTest::newRow("months not whole")
            << edited(QStringLiteral("gap.grace_months"), QStringLiteral("value"), 2.5)
            << "gap.grace_months.values[0].value: 2.5 is not a whole number";
        QTest::newRow("no source")
            << edited(QStringLiteral("gap.grace_months"), QStringLiteral("source"), QString())
            << "values[0].source: every value needs a source";
        QTest::newRow("bad kinds") << edited(QStringLiteral("gap.late_fee_kinds"),
            QStringLiteral("value"), QJsonArray { QStringLiteral("resident") })
                                   << "gap.late_fee_kinds.values[0].value";
        QTest::newRow("missing key") << [] {
            QJsonObject root = QJsonDocument::fromJson(bundledGeneral()).object();
            root.insert(QStringLiteral("id"), QStringLiteral("partial"));
            QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
            params.remove(QStringLiteral("gap.grace_months"));
            root.insert(QStringLiteral("parameters"), params);
            return QJsonDocument(root).toJson();
        }() << "missing parameter gap.grace_months";
        QTest::newRow("unknown parent") << [] {
            QJsonObject root = QJsonDocument::fromJson(bundledGeneral()).object();
            root.insert(QStringLiteral("id"), QStringLiteral("child"));
            root.insert(QStringLiteral("inherits"), QStringLiteral("shanghai"));
            return QJsonDocument(root).toJson();
        }() << "inherits: unknown profile \"shanghai\"";
        QTest::newRow("duplicate id")
            << bundledGeneral() << "a profile \"general\" is already loaded";
    }
    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ProfileSet set;
        QString error;
        QVERIFY(set.addFromJson(bundledGeneral(), QStringLiteral("general.json"), &error));
        QVERIFY(!set.addFromJson(json, QStringLiteral("test.json"), &error));
        QVERIFY2(error.startsWith(QLatin1String("test.json: ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
