// SPDX-License-Identifier: GPL-3.0-or-later
// The text report of `yibao-cli compute` (the README's example output) and --lang: the
// report states the figures of the result, quotes each source passage once, marks a
// passage that says something other than the value used, and in English holds no Chinese
// outside quotes. --lang changes free text only: every id, code and number stays.
#include "clitest.h"
#include "englishwords.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace clitest;

namespace {

QString example()
{
    return QStringLiteral(YIBAO_EXAMPLE_CASE);
}

QStringList caseFiles()
{
    QStringList out { example() };
    for (const char *dir : { YIBAO_CASES_PUBLIC, YIBAO_CASES_OWN }) {
        const QDir d(QString::fromUtf8(dir));
        for (const QString &name :
            d.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
            out << d.filePath(name);
    }
    return out;
}

// The lines with Chinese outside 「quotes」, where the sources' own words stay.
QStringList chineseOutsideQuotes(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!yibao::test::chineseOutsideQuotes(line).isEmpty())
            lines << line;
    return lines;
}

// The result without the fields whose words depend on the language.
QJsonValue withoutWords(const QJsonValue &v)
{
    static const QStringList words { QStringLiteral("reason"), QStringLiteral("message"),
        QStringLiteral("formula"), QStringLiteral("title"), QStringLiteral("result"),
        QStringLiteral("label"), QStringLiteral("inputs"), QStringLiteral("source") };
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (!words.contains(it.key()))
                o.insert(it.key(), withoutWords(it.value()));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(withoutWords(e));
        return a;
    }
    return v;
}

} // namespace

class TstCliTextReport : public QObject
{
    Q_OBJECT

private slots:
    // The example case of the README, figures by hand (DOMAIN.md): gap 2016-01..04, four
    // owed employee months at base 5000: principal 4 × round(5000 × 11.8 %) = 2360.00, late
    // fee capped at the principal: 2360.00; the individual owes 4 × round(5000 × 2 %) =
    // 400.00, the employer 4720.00 − 400.00 = 4320.00.
    void exampleFigures()
    {
        const CliRun run = runCli({ QStringLiteral("compute"), example() });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QString t = run.outText();
        for (const QString &line : {
                 QStringLiteral("【法定退休】2031-10-12，56 岁 5 个月（延迟 17 个月）"),
                 QStringLiteral(
                     "【缴费年限】累计 348 个月（29 年），其中实际 348 个月、视同 0 个月"),
                 QStringLiteral("【断缴】2 次"),
                 QStringLiteral(
                     "如在 2026-11-23 缴清，需 4720.00 元（单位 4320.00 元，个人 400.00 元）"),
                 QStringLiteral("视为连续缴费，宽限截止 2025-10-31"),
                 QStringLiteral("按时缴到退休预计 407 个月"),
             })
            QVERIFY2(t.contains(line), qPrintable(line + QStringLiteral("\n---\n") + t.left(3000)));
        // a projection is said as one, never as reached
        QVERIFY(!t.contains(QStringLiteral("已满足")));
    }

    void eachPassageQuotedOnce_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : caseFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void eachPassageQuotedOnce()
    {
        QFETCH(QString, path);
        const CliRun run = runCli({ QStringLiteral("compute"), path });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        static const QRegularExpression quoteHeader(
            QStringLiteral(R"(^   \[(\d+)\] (\S+) — )"), QRegularExpression::MultilineOption);
        QHash<QString, int> seen;
        int number = 0;
        auto it = quoteHeader.globalMatch(run.outText());
        while (it.hasNext()) {
            const auto m = it.next();
            QVERIFY2(!seen.contains(m.captured(2)), qPrintable(m.captured(2) + " quoted twice"));
            seen.insert(m.captured(2), m.captured(1).toInt());
            QCOMPARE(m.captured(1).toInt(), ++number); // numbered in the order quoted
        }
        QVERIFY(number > 0);
    }

    // A passage that states another value than the profile's is marked, in the text report
    // and in --json's stances (the example reads gap.waiting_months = 6; some sources say 3)
    void conflictsAreMarked()
    {
        const CliRun text = runCli({ QStringLiteral("compute"), example() });
        QVERIFY(text.outText().contains(QStringLiteral("另一说法")));
        const CliRun json
            = runCli({ QStringLiteral("compute"), example(), QStringLiteral("--json") });
        QJsonObject o;
        QString why;
        QVERIFY2(parseObject(json.out, &o, &why), qPrintable(why));
        int conflicts = 0;
        for (const QJsonValue &step : o.value(QStringLiteral("trace")).toArray()) {
            const QJsonObject stances = step.toObject().value(QStringLiteral("stances")).toObject();
            const QJsonArray passages = step.toObject().value(QStringLiteral("passages")).toArray();
            QCOMPARE(stances.size(), passages.size()); // a stance for every passage cited
            for (const QJsonValue &s : stances)
                conflicts += s.toString() == QLatin1String("conflicts") ? 1 : 0;
        }
        QVERIFY(conflicts > 0);
    }

    void englishHasNoChineseOutsideQuotes_data() { eachPassageQuotedOnce_data(); }
    void englishHasNoChineseOutsideQuotes()
    {
        QFETCH(QString, path);
        const CliRun text = runCli(
            { QStringLiteral("compute"), path, QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        const QStringList bad = chineseOutsideQuotes(text.outText());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY2(!text.outText().contains(
                     QRegularExpression(QStringLiteral(R"(\b1 months\b|\b1 years\b|gap\(s\))"))),
            qPrintable(text.outText().left(2000)));
        // JSON: the free-text fields in English, a parameter's source too (the titles and
        // words it quotes alone in Chinese, inside 「」)
        const CliRun json = runCli({ QStringLiteral("compute"), path, QStringLiteral("--json"),
            QStringLiteral("--lang=en") });
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        int sources = 0;
        for (const QString &line : json.outText().split(QLatin1Char('\n'))) {
            QVERIFY2(yibao::test::chineseOutsideQuotes(line).isEmpty(), qPrintable(line));
            sources += line.trimmed().startsWith(QLatin1String("\"source\"")) ? 1 : 0;
        }
        QVERIFY(sources > 0);
        // the same ids, codes and numbers as in Chinese
        const CliRun zh = runCli({ QStringLiteral("compute"), path, QStringLiteral("--json") });
        QJsonObject a, b;
        QString why;
        QVERIFY2(parseObject(json.out, &a, &why), qPrintable(why));
        QVERIFY2(parseObject(zh.out, &b, &why), qPrintable(why));
        QCOMPARE(withoutWords(a), withoutWords(b));
        // the formulas in English are formulas: the Chinese ones' numbers in the same order
        // (not our explanation sentence), and the text report shows them
        static const QRegularExpression digits(QStringLiteral("[0-9]+"));
        auto numbers = [](const QString &t) {
            QStringList out;
            for (auto it = digits.globalMatch(t); it.hasNext();)
                out << it.next().captured(0);
            return out;
        };
        const QJsonArray enSteps = a.value(QStringLiteral("trace")).toArray();
        const QJsonArray zhSteps = b.value(QStringLiteral("trace")).toArray();
        QCOMPARE(enSteps.size(), zhSteps.size());
        for (qsizetype i = 0; i < enSteps.size(); ++i) {
            const QString en = enSteps.at(i).toObject().value(QStringLiteral("formula")).toString();
            const QString zhFormula
                = zhSteps.at(i).toObject().value(QStringLiteral("formula")).toString();
            QVERIFY2(!en.isEmpty() && numbers(en) == numbers(zhFormula),
                qPrintable(en + QLatin1Char('\n') + zhFormula));
            for (const QString &line : en.split(QLatin1Char('\n')))
                QVERIFY2(text.outText().contains(line), qPrintable(line));
        }
        QVERIFY(!text.outText().contains(QStringLiteral("in the Chinese report")));
    }

    void unknownLanguageIsRefused()
    {
        const CliRun run = runCli({ QStringLiteral("compute"), example(), QStringLiteral("--lang"),
            QStringLiteral("fr") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.errText().contains(QStringLiteral("--lang")));
    }
};

QTEST_GUILESS_MAIN(TstCliTextReport)
#include "tst_cli_textreport.moc"
