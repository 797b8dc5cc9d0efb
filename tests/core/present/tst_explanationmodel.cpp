// SPDX-License-Identifier: GPL-3.0-or-later
// The explanation model (core/present/explanationmodel): what it decides reaches every
// renderer that has no widget (the text report), conflicts are judged against the value
// each step read, Beijing examples are said to be examples, and English texts carry the
// English rendering of an article's title, and in English holds Chinese only inside the
// 「quotes」 of the sources.
#include "casefile.h"
#include "englishwords.h"
#include "explain/library.h"
#include "explain/passagelinker.h"
#include "io/caseloader.h"
#include "io/textreport.h"
#include "policy/policyprofile.h"
#include "policy/profileloader.h"
#include "present/explanationmodel.h"
#include "present/formulawords.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace yibao;

namespace {

struct Analysed
{
    Case c;
    Result r;
    const PolicyProfile *profile = nullptr;
};

Analysed analysed(const QString &path)
{
    const LoadedCase loaded = yibao::test::loadCaseFile(path);
    Analysed a { loaded.c, compute(loaded.c, *loaded.profile), loaded.profile };
    attachPassages(a.r.trace, yibao::test::library().links());
    return a;
}

QStringList caseFiles()
{
    return yibao::test::caseFilesIn({ YIBAO_CASES_PUBLIC, YIBAO_CASES_OWN });
}

TraceParam param(const char *key, const char *value, const char *unit)
{
    TraceParam p;
    p.key = QString::fromLatin1(key);
    p.value = QString::fromLatin1(value);
    p.unit = unitFromId(QString::fromLatin1(unit)).value_or(ParamUnit::Months);
    p.profile = QStringLiteral("general");
    p.from = QDate(1990, 1, 1);
    return p;
}

} // namespace

class TestExplanationModel : public QObject
{
    Q_OBJECT

private slots:
    void everyConflictReachesTheTextReport_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("english");
        for (const QString &p : caseFiles()) {
            QTest::newRow(qPrintable(QFileInfo(p).fileName() + QStringLiteral(" zh")))
                << p << false;
            QTest::newRow(qPrintable(QFileInfo(p).fileName() + QStringLiteral(" en"))) << p << true;
        }
    }
    void everyConflictReachesTheTextReport()
    {
        QFETCH(QString, path);
        QFETCH(bool, english);
        const Analysed a = analysed(path);
        const TextLanguage lang = english ? TextLanguage::English : TextLanguage::Chinese;
        const ExplanationModel m
            = ExplanationModel::build(a.c, a.r, yibao::test::library(), lang, a.profile);
        QCOMPARE(m.steps.size(), a.r.trace.size());
        const QString text = textReport(a.c, a.r, m);
        for (const SourceConflict &sc : m.conflicts) {
            QVERIFY2(text.contains(sc.passage), qPrintable(sc.passage));
            QVERIFY2(text.contains(sc.stated), qPrintable(sc.stated));
            QVERIFY2(!sc.heading.isEmpty(), qPrintable(sc.subject));
        }
        if (!m.conflicts.isEmpty())
            QVERIFY(text.contains(english
                    ? QStringLiteral("Where the sources disagree (%1)").arg(m.conflicts.size())
                    : QStringLiteral("资料说法不一（%1 处）").arg(m.conflicts.size())));
        // every passage a step cites is quoted or referred to by number, with its stance
        for (const StepExplanation &s : m.steps)
            for (const PassageCitation &p : s.passages) {
                QVERIFY2(p.found, qPrintable(p.id));
                QVERIFY2(text.contains(p.id), qPrintable(p.id));
                // a quote holds the words it is quoted for, never stops before them
                if (!p.claim.isEmpty())
                    QVERIFY2(
                        p.quote.contains(p.claim), qPrintable(p.id + QLatin1Char(' ') + p.quote));
            }
        QVERIFY(text.endsWith(m.disclaimer + QLatin1Char('\n')));
    }

    // The model keeps what each sentence states and how: every argument is in the words,
    // and the cases reach facts, conditions (a deadline ahead) and projections alike.
    void sentencesCarryTheirTypedArguments()
    {
        QSet<QString> modalities;
        for (const QString &path : caseFiles()) {
            const Analysed a = analysed(path);
            for (const TextLanguage lang : { TextLanguage::Chinese, TextLanguage::English }) {
                const ExplanationModel m
                    = ExplanationModel::build(a.c, a.r, yibao::test::library(), lang, a.profile);
                for (const StepExplanation &s : m.steps)
                    for (const FilledArgument &arg : s.arguments) {
                        QVERIFY2(s.inShort.contains(arg.text),
                            qPrintable(s.ruleId + QLatin1Char(' ') + arg.name));
                        modalities.insert(arg.modality);
                    }
            }
        }
        QCOMPARE(modalities,
            (QSet<QString> { QStringLiteral("fact"), QStringLiteral("condition"),
                QStringLiteral("projection") }));
    }

    // A parameter's conflicts are judged against the value the step read: the same link
    // supports a step that read the passage's value and conflicts with one that did not.
    void conflictsJudgedAgainstTheValueTheStepRead()
    {
        const Library &lib = yibao::test::library();
        TraceStep step;
        step.ruleId = QStringLiteral("gap.resume");
        step.params << param("gap.waiting_months", "6", "months");
        const QList<SourceConflict> six
            = conflictsOf({ step }, QStringLiteral("general"), lib, TextLanguage::Chinese);
        step.params.first().value = QStringLiteral("3");
        const QList<SourceConflict> three
            = conflictsOf({ step }, QStringLiteral("general"), lib, TextLanguage::Chinese);
        const auto passagesOf = [](const QList<SourceConflict> &l, const QString &key) {
            QStringList ids;
            for (const SourceConflict &sc : l)
                if (sc.subject == key)
                    ids << sc.passage;
            return ids;
        };
        const QStringList againstSix = passagesOf(six, QStringLiteral("gap.waiting_months"));
        const QStringList againstThree = passagesOf(three, QStringLiteral("gap.waiting_months"));
        QVERIFY(!againstSix.isEmpty());
        QVERIFY(!againstThree.isEmpty());
        // a passage stating 3 months conflicts with 6 and not with 3
        bool found = false;
        for (const SourceConflict &sc : six)
            if (sc.subject == QLatin1String("gap.waiting_months") && sc.statedValue
                && sc.statedValue->low == 3 && sc.statedValue->high == 3) {
                found = true;
                QVERIFY2(!againstThree.contains(sc.passage), qPrintable(sc.passage));
                QVERIFY(sc.heading.contains(QStringLiteral("6 个月")));
            }
        QVERIFY(found);
    }

    // A Beijing item cited for the general profile is said to be an example; for the
    // Beijing profile it is not.
    void beijingExamplesAreMarked()
    {
        const Library &lib = yibao::test::library();
        TraceStep step;
        step.ruleId = QStringLiteral("lifelong.required");
        step.passages << QStringLiteral("004#r4");
        step.stances << qMakePair(QStringLiteral("004#r4"), QStringLiteral("supports"));
        const StepExplanation general
            = explainStep(step, QStringLiteral("general"), lib, TextLanguage::Chinese);
        const StepExplanation beijing
            = explainStep(step, QStringLiteral("beijing"), lib, TextLanguage::Chinese);
        QCOMPARE(general.passages.size(), 1);
        QVERIFY(general.passages.first().beijingExample);
        QVERIFY(!beijing.passages.first().beijingExample);

        TraceStep rate;
        rate.ruleId = QStringLiteral("gap.principal");
        TraceParam p = param("rate.employee.employer", "9.8%", "percent");
        p.source
            = QStringLiteral("004 相关推荐「北京退休医保补交费用怎么算的」: 单位补缴比例为9.8%");
        rate.params << p;
        QVERIFY(explainStep(rate, QStringLiteral("general"), lib, TextLanguage::Chinese)
                    .params.first()
                    .beijingExample);
        QVERIFY(!explainStep(rate, QStringLiteral("beijing"), lib, TextLanguage::Chinese)
                     .params.first()
                     .beijingExample);

        // a profile a user built on Beijing's is Beijing's too: its Beijing sources are no
        // examples
        ProfileSet profiles = lib.profiles();
        QString error;
        QVERIFY2(profiles.addFromJson(R"({"schema": "yibao-profile/1", "id": "beijing-mine",
            "name": "北京（本窗口）", "version": "1", "inherits": "beijing",
            "validFrom": "1990-01-01", "parameters": {}})",
                     QStringLiteral("beijing-mine.json"), &error),
            qPrintable(error));
        const Library mine(
            profiles, lib.corpus(), lib.links(), lib.explanations(), lib.searchTerms());
        QVERIFY(!explainStep(step, QStringLiteral("beijing-mine"), mine, TextLanguage::Chinese)
                     .passages.first()
                     .beijingExample);
        QVERIFY(!explainStep(rate, QStringLiteral("beijing-mine"), mine, TextLanguage::Chinese)
                     .params.first()
                     .beijingExample);
    }

    void englishCaptionsNameTheArticleInEnglish()
    {
        const Library &lib = yibao::test::library();
        TraceStep step;
        step.ruleId = QStringLiteral("gap.resume");
        step.passages << QStringLiteral("002#s1");
        const StepExplanation en
            = explainStep(step, QStringLiteral("general"), lib, TextLanguage::English);
        QCOMPARE(en.passages.size(), 1);
        QVERIFY2(en.passages.first().caption.contains(lib.articleTitleEn(QStringLiteral("002"))),
            qPrintable(en.passages.first().caption));
        QVERIFY(!lib.articleTitleEn(QStringLiteral("002")).isEmpty());
        const StepExplanation zh
            = explainStep(step, QStringLiteral("general"), lib, TextLanguage::Chinese);
        QVERIFY(zh.passages.first().caption.startsWith(
            QStringLiteral("《职工医保断了是不是就白交了》")));
    }

    // "English everywhere except the quotes themselves": a model built in English holds
    // Chinese only inside 「」 (and a caption's “titles”) in every field our words fill:
    // names, values, sources, meanings, what each passage is quoted for, the conflicts and
    // the citations. Not checked: the engine's formula and result (empty in English), and
    // the passages' own words (claim, quote, a conflict's stated), which are quotes: the
    // renderers put them in 「」, and they are checked to be the passage's words.
    void englishHasNoChineseOutsideQuotes_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : caseFiles())
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void englishHasNoChineseOutsideQuotes()
    {
        QFETCH(QString, path);
        const Analysed a = analysed(path);
        const Library &lib = yibao::test::library();
        const ExplanationModel m
            = ExplanationModel::build(a.c, a.r, lib, TextLanguage::English, a.profile);
        QStringList bad;
        const auto check = [&](const QString &what, const QString &text, bool titles = false) {
            if (!yibao::test::chineseOutsideQuotes(text, titles).isEmpty())
                bad << what + QStringLiteral(": ") + text;
        };
        const auto passageWords = [&](const QString &id, const QString &words) {
            const Passage *p = lib.corpus().passage(id);
            if (!words.isEmpty() && (!p || !p->text.simplified().contains(words.simplified())))
                bad << id + QStringLiteral(" does not say: ") + words;
        };
        check(QStringLiteral("profile"), m.profileName);
        check(QStringLiteral("disclaimer"), m.disclaimer);
        int sources = 0;
        int reasons = 0;
        for (const StepExplanation &s : m.steps) {
            const QString at = s.ruleId + QLatin1Char(' ');
            check(at + QStringLiteral("title"), s.title);
            check(at + QStringLiteral("formula"), s.formula);
            check(at + QStringLiteral("result"), s.result);
            for (const InputLine &in : s.inputs) {
                check(at + in.name + QStringLiteral(" input label"), in.label);
                check(at + in.name + QStringLiteral(" input value"), in.value);
                // an event's reason, worded in the model's language from the Chinese result
                if (in.name == QLatin1String("reason")) {
                    ++reasons;
                    const int i = s.subject.mid(7).chopped(1).toInt(); // events[i]
                    QCOMPARE(in.value, reasonText(a.r.events.at(i), TextLanguage::English));
                }
            }
            check(at + QStringLiteral("in short"), s.inShort);
            check(at + QStringLiteral("rule text"), s.ruleText);
            for (const ParameterLine &l : s.params) {
                const QString p = at + l.key + QLatin1Char(' ');
                check(p + QStringLiteral("label"), l.label);
                check(p + QStringLiteral("value"), l.value);
                check(p + QStringLiteral("source"), l.source);
                check(p + QStringLiteral("note"), l.note);
                check(p + QStringLiteral("meaning"), l.meaning);
                // the bundled profiles give every source in English
                if (l.source.contains(QLatin1String("given in Chinese only")))
                    bad << p + QStringLiteral("source without English: ") + l.source;
                ++sources;
            }
            for (const PassageCitation &c : s.passages) {
                const QString p = at + c.id + QLatin1Char(' ');
                check(p + QStringLiteral("stance"), c.stanceText);
                check(p + QStringLiteral("caption"), c.caption);
                check(p + QStringLiteral("quoted for"), c.quotedFor);
                passageWords(c.id, c.claim);
            }
            for (const QString &citation : s.citations)
                check(at + QStringLiteral("citation"), citation);
        }
        QVERIFY(sources > 0);
        // the tree shows every event's reason
        QCOMPARE(qsizetype(reasons),
            std::count_if(a.r.events.cbegin(), a.r.events.cend(),
                [](const EventResult &e) { return !e.reason.isEmpty(); }));
        for (const SourceConflict &sc : m.conflicts) {
            const QString at = sc.subject + QLatin1Char(' ') + sc.passage + QLatin1Char(' ');
            check(at + QStringLiteral("label"), sc.label);
            check(at + QStringLiteral("heading"), sc.heading);
            check(at + QStringLiteral("used"), sc.used);
            check(at + QStringLiteral("note"), sc.note);
            check(at + QStringLiteral("caption"), sc.citation.caption);
            check(at + QStringLiteral("quoted for"), sc.citation.quotedFor);
            for (const QString &change : sc.changes)
                check(at + QStringLiteral("change"), change);
            passageWords(sc.passage, sc.stated);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 8).join(QLatin1Char('\n'))));
    }

    // Units are worded, never "1 months" or "未知 元".
    void parameterValuesAsAPersonReadsThem_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("1 month") << "1"
                                 << "months" << true << "1 个月"
                                 << "1 month";
        QTest::newRow("6 months") << "6"
                                  << "months" << true << "6 个月"
                                  << "6 months";
        QTest::newRow("unknown") << ""
                                 << "yuan_per_month" << false << "未知（档案未给出）"
                                 << "unknown (the profile does not give it)";
        QTest::newRow("yes") << "true"
                             << "bool" << true << "是"
                             << "yes";
        QTest::newRow("rate") << "9.8%"
                              << "percent" << true << "9.8%"
                              << "9.8%";
        QTest::newRow("rounding") << "half_up_fen"
                                  << "rounding" << true << "四舍五入到分"
                                  << "rounded half up to the fen";
        QTest::newRow("kinds") << "employee, flexible"
                               << "kinds" << true << "单位职工、灵活就业"
                               << "employee, flexible employment";
    }
    void parameterValuesAsAPersonReadsThem()
    {
        QFETCH(QString, value);
        QFETCH(QString, unit);
        QFETCH(bool, known);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        TraceStep step;
        step.ruleId = QStringLiteral("gap.resume");
        TraceParam p = param("gap.waiting_months", "", "months");
        p.value = value;
        const auto parsed = unitFromId(unit);
        QVERIFY2(parsed, qPrintable(unit));
        p.unit = *parsed;
        p.known = known;
        step.params << p;
        const Library &lib = yibao::test::library();
        QCOMPARE(explainStep(step, QStringLiteral("general"), lib, TextLanguage::Chinese)
                     .params.first()
                     .value,
            zh);
        QCOMPARE(explainStep(step, QStringLiteral("general"), lib, TextLanguage::English)
                     .params.first()
                     .value,
            en);
    }
};

QTEST_GUILESS_MAIN(TestExplanationModel)
#include "tst_explanationmodel.moc"
