// SPDX-License-Identifier: GPL-3.0-or-later
#include "englishwords.h"
#include "io/casejson.h"
#include "io/textreport.h"
#include "io/tracewords.h"
#include "policy/parameterkeys.h"
#include "policy/profileloader.h"
#include "present/explanationmodel.h"
#include "rules/engine.h"
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

// general.json as a user may have written it before profiles had English: no source_en,
// note_en or descriptionEn.
QByteArray withoutEnglish()
{
    QJsonObject root = QJsonDocument::fromJson(bundledGeneral()).object();
    root.insert(QStringLiteral("id"), QStringLiteral("mine"));
    root.remove(QStringLiteral("descriptionEn"));
    QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        QJsonObject param = it.value().toObject();
        QJsonArray values;
        for (const QJsonValue &v : param.value(QStringLiteral("values")).toArray()) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("source_en"));
            o.remove(QStringLiteral("note_en"));
            values.append(o);
        }
        param.insert(QStringLiteral("values"), values);
        it.value() = param;
    }
    root.insert(QStringLiteral("parameters"), params);
    return QJsonDocument(root).toJson();
}

// A client with a gap, a retirement and events: reads most parameters.
const char *const ExampleCase = R"({
  "schema": "yibao-case/1", "profile": "general", "asOf": "2026-11-23",
  "person": { "birth": "1975-05-12", "sex": "female", "category": "female_cadre" },
  "periods": [
    { "from": "1997-07", "to": "2015-12", "kind": "employee", "base": "5000.00", "status": "paid" },
    { "from": "2016-01", "to": "2016-04", "kind": "employee", "base": "5000.00", "status": "arrears" },
    { "from": "2016-05", "to": "2026-10", "kind": "flexible", "base": "6326.00", "status": "paid" } ],
  "deemedMonths": 0,
  "retirement": { "date": null, "baseAtRetirement": "6326.00" },
  "events": [ { "date": "2016-03-15", "care": "inpatient" } ]
})";

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

    // Every value of the bundled profiles has its source in English too (source_en), and a
    // note its note_en: Chinese only in the 「quotes」 of a source's words or titles.
    void everySourceHasEnglish_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("index");
        for (const PolicyProfile &p : yibao::test::library().profiles().profiles())
            for (const Parameter *param : p.parameters())
                for (qsizetype i = 0; i < param->values.size(); ++i)
                    if (param->values.at(i).profile == p.id) // a parent's value is its row
                        QTest::addRow("%s %s[%d]", qPrintable(p.id), qPrintable(param->key), int(i))
                            << p.id << param->key << int(i);
    }
    void everySourceHasEnglish()
    {
        QFETCH(QString, profile);
        QFETCH(QString, key);
        QFETCH(int, index);
        const ParamValue &v
            = yibao::test::library().profiles().find(profile)->find(key)->values.at(index);
        QVERIFY2(!v.sourceEn.isEmpty(),
            qPrintable(QStringLiteral("no source_en for 「%1」").arg(v.source)));
        QVERIFY2(yibao::test::chineseOutsideQuotes(v.sourceEn).isEmpty(), qPrintable(v.sourceEn));
        QCOMPARE(v.sourceIn(TextLanguage::English), v.sourceEn);
        QCOMPARE(v.sourceIn(TextLanguage::Chinese), v.source);
        QCOMPARE(v.noteEn.isEmpty(), v.note.isEmpty());
        QVERIFY2(yibao::test::chineseOutsideQuotes(v.noteEn).isEmpty(), qPrintable(v.noteEn));
    }

    void descriptionsInBothLanguages()
    {
        for (const PolicyProfile &p : yibao::test::library().profiles().profiles()) {
            QVERIFY2(!p.description.isEmpty() && !p.descriptionEn.isEmpty(), qPrintable(p.id));
            QVERIFY2(!hasChinese(p.descriptionEn), qPrintable(p.descriptionEn));
            QVERIFY2(!hasChinese(p.nameEn), qPrintable(p.nameEn));
        }
    }

    // A profile written without the English loads; every renderer then shows each source
    // as the Chinese in 「」, said to be given in Chinese only, never bare Chinese.
    void profileWithoutEnglishLoads()
    {
        ProfileSet set;
        QString error;
        QVERIFY2(set.addFromJson(withoutEnglish(), QStringLiteral("mine.json"), &error),
            qPrintable(error));
        const PolicyProfile *mine = set.find(u"mine");
        QVERIFY(mine);
        QVERIFY(mine->descriptionEn.isEmpty());
        const ParamValue &grace = mine->find(u"gap.grace_months")->values.first();
        QVERIFY(grace.sourceEn.isEmpty());
        QCOMPARE(grace.sourceIn(TextLanguage::Chinese), grace.source);
        QCOMPARE(grace.sourceIn(TextLanguage::English),
            QStringLiteral("「%1」 (source given in Chinese only)").arg(grace.source));
        QCOMPARE(grace.noteIn(TextLanguage::English),
            QStringLiteral("「%1」 (note given in Chinese only)").arg(grace.note));

        InputErrors errors;
        const auto c = CaseJson::parse(QByteArray(ExampleCase), &errors);
        QVERIFY(c);
        Result r = compute(*c, *mine, { .trace = true });
        QVERIFY(!r.trace.isEmpty());
        const ExplanationModel m
            = ExplanationModel::build(*c, r, yibao::test::library(), TextLanguage::English, mine);
        int lines = 0;
        for (const StepExplanation &s : m.steps)
            for (const ParameterLine &l : s.params) {
                QVERIFY2(l.source.startsWith(QStringLiteral("「"))
                        && l.source.endsWith(QStringLiteral("」 (source given in Chinese only)")),
                    qPrintable(l.source));
                QVERIFY2(
                    yibao::test::chineseOutsideQuotes(l.source).isEmpty(), qPrintable(l.source));
                ++lines;
            }
        QVERIFY(lines > 20);
        QVERIFY(textReport(*c, r, m).contains(
            QStringLiteral("source: 「%1」 (source given in Chinese only)").arg(grace.source)));
        // the JSON's trace: the same words
        wordTrace(r.trace, TextLanguage::English, yibao::test::library().explanations());
        for (const TraceStep &s : r.trace)
            for (const TraceParam &p : s.params)
                QVERIFY2(p.source.endsWith(QLatin1String(" (source given in Chinese only)")),
                    qPrintable(p.source));
        // in Chinese nothing changes
        const Result zh = compute(*c, *mine);
        const Result bundled = compute(*c, *yibao::test::library().profiles().find(u"general"));
        for (qsizetype i = 0; i < zh.trace.size(); ++i)
            for (qsizetype j = 0; j < zh.trace.at(i).params.size(); ++j)
                QCOMPARE(
                    zh.trace.at(i).params.at(j).source, bundled.trace.at(i).params.at(j).source);
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
