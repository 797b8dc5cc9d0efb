// SPDX-License-Identifier: GPL-3.0-or-later
// The trace tree's inputs in words (core/present/inputwords): every input name a rule
// records has a label in Chinese and in English (read from core/rules' source, so a new
// input without words fails here), a flag reads yes/no, a reason code its words, and the
// model leaves zero lines out.
#include "explain/explanation.h"
#include "io/caseloader.h"
#include "present/explanationmodel.h"
#include "present/inputwords.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace yibao;

namespace {

const QRegularExpression &han()
{
    static const QRegularExpression re(QStringLiteral("\\p{Han}"));
    return re;
}

// every name passed to TraceStep::input in core/rules
QSet<QString> engineInputNames()
{
    static const QRegularExpression call(
        QStringLiteral(R"re(\.input\(\s*QStringLiteral\("([A-Za-z]+)"\))re"));
    QSet<QString> names;
    const QDir dir(QStringLiteral(YIBAO_SOURCE_DIR "/core/rules"));
    for (const QString &f : dir.entryList({ QStringLiteral("*.cpp") }, QDir::Files)) {
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = call.globalMatch(text); it.hasNext();)
            names.insert(it.next().captured(1));
    }
    return names;
}

} // namespace

class TestInputWords : public QObject
{
    Q_OBJECT
private slots:
    void everyEngineInputHasWords()
    {
        const QSet<QString> names = engineInputNames();
        QVERIFY2(names.size() > 60, "the rules' inputs were not found");
        const Words zh(TextLanguage::Chinese), en(TextLanguage::English);
        for (const QString &name : names) {
            const QString z = inputLabel(name, zh), e = inputLabel(name, en);
            QVERIFY2(z != name && z.contains(han()), qPrintable(name));
            QVERIFY2(e != name && !e.contains(han()), qPrintable(name + QStringLiteral(": ") + e));
        }
    }

    void words_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("english");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("shown");
        QTest::newRow("months zh") << "owedMonths"
                                   << "4" << false << "欠缴月数"
                                   << "4";
        QTest::newRow("months en") << "owedMonths"
                                   << "4" << true << "Months in arrears"
                                   << "4";
        QTest::newRow("flag zh") << "continuous"
                                 << "false" << false << "视为连续"
                                 << "否";
        QTest::newRow("flag en") << "continuous"
                                 << "true" << true << "Counts as continuous"
                                 << "yes";
        QTest::newRow("reason zh") << "why"
                                   << "owed_before_deadline" << false << "不能视为连续的原因"
                                   << "仍欠费，截止日期未到";
        QTest::newRow("reason en") << "why"
                                   << "too_long" << true << "Why it does not count as continuous"
                                   << "longer than the grace period";
        QTest::newRow("date stays") << "graceDeadline"
                                    << "2026-10-31" << true << "Grace period ends"
                                    << "2026-10-31";
        QTest::newRow("unlisted name") << "somethingNew"
                                       << "7" << false << "somethingNew"
                                       << "7";
    }
    void words()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, english);
        QFETCH(QString, label);
        QFETCH(QString, shown);
        const Words w(english ? TextLanguage::English : TextLanguage::Chinese);
        QCOMPARE(inputLabel(name, w), label);
        QCOMPARE(inputValue(value, w, yibao::test::library().explanations()), shown);
    }

    // the example case in the model: every input of every step shown unless it is zero,
    // in the model's language
    void theModelShowsTheNonZeroInputs()
    {
        QFile f(QStringLiteral(YIBAO_EXAMPLE_CASE));
        QVERIFY(f.open(QIODevice::ReadOnly));
        InputErrors errors;
        const auto loaded = loadCase(
            f.readAll(), std::nullopt, std::nullopt, yibao::test::library().profiles(), &errors);
        QVERIFY(loaded);
        const Result r = compute(loaded->c, *loaded->profile);
        for (const TextLanguage language : { TextLanguage::Chinese, TextLanguage::English }) {
            const ExplanationModel m
                = ExplanationModel::build(loaded->c, r, yibao::test::library(), language);
            QCOMPARE(m.steps.size(), r.trace.size());
            int zeros = 0;
            for (qsizetype i = 0; i < r.trace.size(); ++i) {
                QStringList expected;
                for (const auto &[name, value] : r.trace.at(i).inputs) {
                    // an event's reason is the step's lines, worded by the model
                    if (name == QLatin1String("reason")) {
                        if (!r.trace.at(i).reason.isEmpty())
                            expected << name;
                    } else if (isZeroInput(value)) {
                        ++zeros;
                    } else {
                        expected << name;
                    }
                }
                QStringList shown;
                for (const InputLine &in : m.steps.at(i).inputs) {
                    shown << in.name;
                    if (language == TextLanguage::English)
                        QVERIFY2(!in.label.contains(han()), qPrintable(in.label));
                }
                QCOMPARE(shown, expected);
            }
            QVERIFY(zeros > 0); // the example has zero lines to leave out
        }
    }
};

QTEST_GUILESS_MAIN(TestInputWords)
#include "tst_inputwords.moc"
