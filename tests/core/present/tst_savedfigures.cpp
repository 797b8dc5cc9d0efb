// SPDX-License-Identifier: GPL-3.0-or-later
// The figures kept with a saved consultation (core/io ResultJson::readFigures) and the
// comparison of a reopened one (core/present/savedfigures.h): a saved result reads back
// into the same card texts as the result it was written from, for every public and own
// case; under an older version of the profile the changed figures are said with both
// values; a damaged text is refused naming the field.
#include "casefile.h"
#include "io/caseloader.h"
#include "io/resultjson.h"
#include "policy/profileloader.h"
#include "present/cards.h"
#include "present/savedfigures.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace yibao;

namespace {

const FigureComparison *figure(const QList<FigureComparison> &figures, const QString &key)
{
    for (const FigureComparison &f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

// The general profile as it might have been before: the employer's rate 8 % instead of
// 9.8 %, under another version.
PolicyProfile olderGeneral()
{
    PolicyProfile p = *yibao::test::library().profiles().find(u"general");
    p.version = QStringLiteral("2025.06");
    Parameter &rate = p.params[QStringLiteral("rate.employee.employer")];
    for (ParamValue &v : rate.values)
        v.rate = *Rate::parsePercent(u"8");
    return p;
}

} // namespace

class TestSavedFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatTheCardsShow_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *dir : { YIBAO_CASES_PUBLIC, YIBAO_CASES_OWN }) {
            const QDir d(QString::fromUtf8(dir));
            for (const QString &name :
                d.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name)) << d.filePath(name);
        }
        QTest::newRow("example") << QStringLiteral(YIBAO_EXAMPLE_CASE);
    }

    // Every line of the five cards the comparison reads, and their verdicts (but the
    // back-pay card's, which names the payment day of the gaps, not kept), the same.
    void readsBackWhatTheCardsShow()
    {
        QFETCH(QString, file);
        const LoadedCase loaded = yibao::test::loadCaseFile(file);
        const Result now = compute(loaded.c, *loaded.profile);
        QString error;
        const auto saved = ResultJson::readFigures(ResultJson::toCompactJson(now, false), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->profileId, now.profileId);
        QCOMPARE(saved->profileVersion, now.profileVersion);
        QCOMPARE(saved->asOf, now.asOf);
        const QList<Card> before = buildCards(loaded.c, *saved, TextLanguage::Chinese);
        const QList<Card> after = buildCards(loaded.c, now, TextLanguage::Chinese);
        int compared = 0;
        for (const Card &a : after) {
            if (!QStringList {
                    u"retirement"_qs, u"years"_qs, u"backpay"_qs, u"account"_qs, u"lifelong"_qs }
                     .contains(a.id))
                continue;
            const auto b = std::find_if(
                before.cbegin(), before.cend(), [&](const Card &c) { return c.id == a.id; });
            QVERIFY2(b != before.cend(), qPrintable(a.id));
            QCOMPARE(b->lines.size(), a.lines.size());
            for (qsizetype i = 0; i < a.lines.size(); ++i) {
                QCOMPARE(b->lines.at(i).key, a.lines.at(i).key);
                QCOMPARE(b->lines.at(i).label, a.lines.at(i).label);
                QCOMPARE(b->lines.at(i).value, a.lines.at(i).value);
                ++compared;
            }
            if (a.id != QLatin1String("backpay"))
                QCOMPARE(b->verdict, a.verdict);
        }
        QVERIFY(compared >= 10);
        for (const FigureComparison &f :
            compareHeadlineFigures(loaded.c, *saved, now, TextLanguage::Chinese))
            QVERIFY2(!f.changed(), qPrintable(f.key + QLatin1Char(' ') + f.saved));
    }

    void olderProfileVersionShowsBothFigures()
    {
        const LoadedCase loaded = yibao::test::loadCaseFile(QStringLiteral(YIBAO_EXAMPLE_CASE));
        const Result then = compute(loaded.c, olderGeneral());
        QCOMPARE(then.profileVersion, QStringLiteral("2025.06"));
        QString error;
        const auto saved = ResultJson::readFigures(ResultJson::toCompactJson(then, false), &error);
        QVERIFY2(saved, qPrintable(error));
        const Result now = compute(loaded.c, *loaded.profile);
        const QList<FigureComparison> figures
            = compareHeadlineFigures(loaded.c, *saved, now, TextLanguage::Chinese);

        // State: 4 months of employee arrears in 2016 at a base of 5000.00.
        // Expected: principal 4 × 5000 × (8 % + 2 %) = 2000.00 then, × 11.8 % = 2360.00 now,
        // each with its late fee; the back-paid flexible gap of 2025 is the same.
        const FigureComparison *total = figure(figures, u"backpay.gapTotal"_qs);
        QVERIFY(total);
        QCOMPARE(total->card, QStringLiteral("补缴费用"));
        QCOMPARE(total->label, QStringLiteral("断缴补缴合计（本金＋滞纳金）"));
        QCOMPARE(total->now, QStringLiteral("6231.23 元"));
        QCOMPARE(total->saved, QStringLiteral("5511.23 元"));
        QVERIFY(total->changed());
        const FigureComparison *owed = figure(figures, u"backpay.gapOwed"_qs);
        QVERIFY(owed);
        QCOMPARE(owed->now, QStringLiteral("4720.00 元"));
        QCOMPARE(owed->saved, QStringLiteral("4000.00 元"));
        // what does not depend on the rate is the same on both sides
        const FigureComparison *date = figure(figures, u"retirement.statutoryDate"_qs);
        QVERIFY(date);
        QCOMPARE(date->saved, QStringLiteral("2031年10月12日"));
        QVERIFY(!date->changed());
        const FigureComparison *years = figure(figures, u"years.cumulativeMonths"_qs);
        QVERIFY(years);
        QCOMPARE(years->now, QStringLiteral("29年（348个月）"));
        QVERIFY(!years->changed());
        const FigureComparison *verdict = figure(figures, u"lifelong.verdict"_qs);
        QVERIFY(verdict);
        QCOMPARE(verdict->label, QStringLiteral("结论"));
        QCOMPARE(verdict->card, QStringLiteral("终身医保待遇"));
        // no retirement date was given: no line for it on either side
        QVERIFY(!figure(figures, u"retirement.month"_qs));
        int changed = 0;
        for (const FigureComparison &f : figures)
            changed += f.changed() ? 1 : 0;
        QCOMPARE(changed, 2);
    }

    void badTextIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("said");
        QTest::newRow("not JSON") << QByteArray("{\"schema\": ") << QStringLiteral("not JSON");
        QTest::newRow("another schema")
            << QByteArray("{\"schema\": \"yibao-case/1\"}") << QStringLiteral("schema");
        const LoadedCase loaded = yibao::test::loadCaseFile(QStringLiteral(YIBAO_EXAMPLE_CASE));
        const QByteArray good
            = ResultJson::toCompactJson(compute(loaded.c, *loaded.profile), false);
        QByteArray money = good;
        money.replace("\"gapTotal\":\"6231.23\"", "\"gapTotal\":\"62.3.1\"");
        QVERIFY(money != good);
        QTest::newRow("money") << money << QStringLiteral("backPay.gapTotal");
        QByteArray months = good;
        months.replace("\"cumulativeMonths\":348", "\"cumulativeMonths\":\"348\"");
        QVERIFY(months != good);
        QTest::newRow("months") << months << QStringLiteral("years.cumulativeMonths");
    }

    void badTextIsRefusedNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, said);
        QString error;
        QVERIFY(!ResultJson::readFigures(json, &error));
        QVERIFY2(error.contains(said), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSavedFigures)
#include "tst_savedfigures.moc"
