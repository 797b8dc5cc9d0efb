// SPDX-License-Identifier: GPL-3.0-or-later
// Golden cases: `yibao-cli compute CASE --json` for every case file of
// tests/cli/cases/public (the examples given with the design), tests/cli/cases/own (ours,
// figures worked by hand in cases/own/README.md) and, when it existed at configure time,
// the shared case folder (rows "shared/…", so that new shared cases are picked up without
// touching this file). The NAME.expected.json next to each NAME.yibao.json is a subset of
// the output: every field it has must be there with the same value.
#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace clitest;

namespace {

const QString CaseSuffix = QStringLiteral(".yibao.json");
const QString ExpectedSuffix = QStringLiteral(".expected.json");

// The case files of a folder, sorted by name.
QStringList caseFiles(const QString &dir)
{
    const QDir d(dir);
    QStringList files;
    for (const QString &name :
        d.entryList({ QStringLiteral("*") + CaseSuffix }, QDir::Files, QDir::Name))
        files << d.filePath(name);
    return files;
}

QString expectedFileOf(const QString &caseFile)
{
    return caseFile.left(caseFile.size() - CaseSuffix.size()) + ExpectedSuffix;
}

void addCaseRows(const QString &dir, const QString &prefix)
{
    for (const QString &file : caseFiles(dir)) {
        const QString name = QFileInfo(file).fileName();
        const QString tag = prefix + name.left(name.size() - CaseSuffix.size());
        QTest::addRow("%s", qPrintable(tag)) << file << expectedFileOf(file);
    }
}

QJsonValue parsed(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("v"));
}

} // namespace

class TstCliGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compute_data();
    void compute();
    void subsetComparator_data();
    void subsetComparator();
};

void TstCliGolden::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(),
        qPrintable(QStringLiteral("yibao-cli not found at ") + cliPath()));
    // A folder that lost its cases would make compute() pass vacuously.
    QVERIFY2(caseFiles(QStringLiteral(YIBAO_CASES_PUBLIC)).size() >= 6,
        qPrintable(QStringLiteral("expected the 6 public example cases in ")
            + QStringLiteral(YIBAO_CASES_PUBLIC)));
    QVERIFY2(caseFiles(QStringLiteral(YIBAO_CASES_OWN)).size() >= 6,
        qPrintable(
            QStringLiteral("expected at least 6 own cases in ") + QStringLiteral(YIBAO_CASES_OWN)));
}

void TstCliGolden::compute_data()
{
    QTest::addColumn<QString>("caseFile");
    QTest::addColumn<QString>("expectedFile");
    addCaseRows(QStringLiteral(YIBAO_CASES_PUBLIC), QStringLiteral("public/"));
    addCaseRows(QStringLiteral(YIBAO_CASES_OWN), QStringLiteral("own/"));
#ifdef YIBAO_CASES_SHARED
    // Configured when the folder existed; if it has gone since, there are simply no rows.
    addCaseRows(QStringLiteral(YIBAO_CASES_SHARED), QStringLiteral("shared/"));
#endif
}

void TstCliGolden::compute()
{
    QFETCH(QString, caseFile);
    QFETCH(QString, expectedFile);

    QFile ef(expectedFile);
    QVERIFY2(ef.open(QIODevice::ReadOnly),
        qPrintable(expectedFile + QStringLiteral(": no expected figures for this case (")
            + ef.errorString() + QLatin1Char(')')));
    QJsonObject expected;
    QString why;
    QVERIFY2(parseObject(ef.readAll(), &expected, &why),
        qPrintable(expectedFile + QStringLiteral(": ") + why));
    QVERIFY2(!expected.isEmpty(),
        qPrintable(expectedFile + QStringLiteral(": an empty expectation checks nothing")));

    const CliRun run = runCli({ QStringLiteral("compute"), caseFile, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QJsonObject actual;
    QVERIFY2(parseObject(run.out, &actual, &why),
        qPrintable(QStringLiteral("stdout of compute --json: ") + why));
    QCOMPARE(actual.value(QLatin1String("schema")).toString(), QStringLiteral("yibao-result/1"));

    const QStringList mismatches = subsetMismatches(expected, actual);
    if (!mismatches.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 figure(s) differ from %2:\n  ")
                             .arg(mismatches.size())
                             .arg(QFileInfo(expectedFile).fileName())
            + mismatches.join(QStringLiteral("\n  "))));

    // The text report of the same case says the same statutory date.
    const QString statutory = actual.value(QLatin1String("retirement"))
                                  .toObject()
                                  .value(QLatin1String("statutoryDate"))
                                  .toString();
    const CliRun text = runCli({ QStringLiteral("compute"), caseFile });
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY2(!statutory.isEmpty() && text.outText().contains(statutory),
        qPrintable(
            QStringLiteral("the text report does not show the statutory date ") + statutory));
}

// The comparator itself must catch what it is there to catch; otherwise compute() could
// pass whatever the program prints.
void TstCliGolden::subsetComparator_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("failingPath"); // empty: must match

    const QString full = QStringLiteral(
        R"({"v": {"a": "1.00", "n": 3, "b": [{"x": true}, {"x": null}], "extra": 1}})");
    QTest::newRow("equal subset") << QStringLiteral(
        R"({"v": {"a": "1.00", "b": [{"x": true}, {}]}})")
                                  << full << QString();
    QTest::newRow("keys only in actual are free")
        << QStringLiteral(R"({"v": {}})") << full << QString();
    QTest::newRow("different string")
        << QStringLiteral(R"({"v": {"a": "1.01"}})") << full << QStringLiteral("$.a:");
    QTest::newRow("string vs number")
        << QStringLiteral(R"({"v": {"n": "3"}})") << full << QStringLiteral("$.n:");
    QTest::newRow("number differs")
        << QStringLiteral(R"({"v": {"n": 4}})") << full << QStringLiteral("$.n:");
    QTest::newRow("missing key") << QStringLiteral(R"({"v": {"gone": 0}})") << full
                                 << QStringLiteral("$.gone:");
    QTest::newRow("null vs value") << QStringLiteral(R"({"v": {"b": [{"x": true}, {"x": false}]}})")
                                   << full << QStringLiteral("$.b[1].x:");
    QTest::newRow("value vs null") << QStringLiteral(R"({"v": {"b": [{"x": null}, {}]}})") << full
                                   << QStringLiteral("$.b[0].x:");
    QTest::newRow("shorter list") << QStringLiteral(R"({"v": {"b": [{}]}})") << full
                                  << QStringLiteral("$.b:");
    QTest::newRow("longer list") << QStringLiteral(R"({"v": {"b": [{}, {}, {}]}})") << full
                                 << QStringLiteral("$.b:");
    QTest::newRow("empty list vs elements")
        << QStringLiteral(R"({"v": {"b": []}})") << full << QStringLiteral("$.b:");
}

void TstCliGolden::subsetComparator()
{
    QFETCH(QString, expected);
    QFETCH(QString, actual);
    QFETCH(QString, failingPath);
    const QStringList m = subsetMismatches(parsed(expected), parsed(actual));
    if (failingPath.isEmpty()) {
        QVERIFY2(m.isEmpty(), qPrintable(m.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(m.size(), 1);
        QVERIFY2(m.first().startsWith(failingPath), qPrintable(m.first()));
        QVERIFY2(m.first().contains(QLatin1String("expected")), qPrintable(m.first()));
    }
}

QTEST_GUILESS_MAIN(TstCliGolden)
#include "tst_cli_golden.moc"
