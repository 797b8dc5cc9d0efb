// SPDX-License-Identifier: GPL-3.0-or-later
// `yibao-cli batch` (one result line per case line, bad lines reported and the run goes
// on, exit 2 if any line was bad) and `yibao-cli profiles --json` (every parameter with its
// values, dates, units and sources).
#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// A case file as one JSON Lines line (compact, no newline).
QByteArray asLine(const QString &caseFile)
{
    return QJsonDocument::fromJson(readFile(caseFile)).toJson(QJsonDocument::Compact);
}

QString publicCase(const char *name)
{
    return QDir(QStringLiteral(YIBAO_CASES_PUBLIC))
        .filePath(QString::fromLatin1(name) + QStringLiteral(".yibao.json"));
}

QString ownCase(const char *name)
{
    return QDir(QStringLiteral(YIBAO_CASES_OWN))
        .filePath(QString::fromLatin1(name) + QStringLiteral(".yibao.json"));
}

// A bad case: case 04 with its first period's base "abc".
QByteArray badBaseLine()
{
    QJsonObject c = QJsonDocument::fromJson(readFile(publicCase("04-arrears-owed-today"))).object();
    QJsonArray periods = c.value(QLatin1String("periods")).toArray();
    QJsonObject p0 = periods.at(0).toObject();
    p0.insert(QLatin1String("base"), QStringLiteral("abc"));
    periods.replace(0, p0);
    c.insert(QLatin1String("periods"), periods);
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

QList<QByteArray> nonEmptyLines(const QByteArray &out)
{
    QList<QByteArray> lines;
    for (const QByteArray &l : out.split('\n'))
        if (!l.trimmed().isEmpty())
            lines << l;
    return lines;
}

// Finds the parameter `key` of profile `id` in the output of `profiles --json`.
QJsonObject parameterOf(const QJsonObject &doc, const QString &id, const QString &key)
{
    for (const QJsonValue &p : doc.value(QLatin1String("profiles")).toArray())
        if (p.toObject().value(QLatin1String("id")).toString() == id)
            for (const QJsonValue &param :
                p.toObject().value(QLatin1String("parameters")).toArray())
                if (param.toObject().value(QLatin1String("key")).toString() == key)
                    return param.toObject();
    return {};
}

} // namespace

class TstCliBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batchJson();
    void batchText();
    void batchAllGood();
    void batchCrlf();
    void profilesJson();
    void profilesValues_data();
    void profilesValues();

private:
    QString writeJsonl(const QString &name, const QList<QByteArray> &lines,
        const QByteArray &eol = QByteArray("\n"));
    QTemporaryDir m_dir;
    // Line number → the case file it holds, for the mixed file below.
    QList<QPair<int, QString>> m_good;
    QString m_mixed;
};

QString TstCliBatch::writeJsonl(
    const QString &name, const QList<QByteArray> &lines, const QByteArray &eol)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    for (const QByteArray &l : lines)
        f.write(l + eol);
    return path;
}

void TstCliBatch::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(),
        qPrintable(QStringLiteral("yibao-cli not found at ") + cliPath()));
    // lines: 1 good, 2 good, 3 bad base, 4 blank, 5 good (beijing), 6 good (own case with gaps)
    m_good = { { 1, publicCase("01-continuous-career-male") },
        { 2, publicCase("02-short-gap-backpaid-in-time") },
        { 5, publicCase("05-beijing-retired-shortfall") },
        { 6, ownCase("09-arrears-within-grace") } };
    m_mixed = writeJsonl(QStringLiteral("mixed.jsonl"),
        { asLine(m_good.at(0).second), asLine(m_good.at(1).second), badBaseLine(),
            QByteArray("   "), asLine(m_good.at(2).second), asLine(m_good.at(3).second) });
}

void TstCliBatch::batchJson()
{
    const CliRun run = runCli({ QStringLiteral("batch"), m_mixed, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 2, run.describe().constData());

    const QList<QByteArray> lines = nonEmptyLines(run.out);
    QVERIFY2(lines.size() == 5,
        qPrintable(QStringLiteral("expected one output line per non-blank input line (5), got %1\n")
                       .arg(lines.size())
            + run.outText()));
    const QList<int> expectedLineNumbers { 1, 2, 3, 5, 6 };
    QList<QJsonObject> objects;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject o;
        QString why;
        QVERIFY2(parseObject(lines.at(i), &o, &why),
            qPrintable(QStringLiteral("output line %1: ").arg(i + 1) + why));
        QVERIFY2(o.value(QLatin1String("line")).isDouble(),
            qPrintable(
                QStringLiteral("output line %1 has no \"line\": ").arg(i + 1) + shownJson(o)));
        QCOMPARE(o.value(QLatin1String("line")).toInt(), expectedLineNumbers.at(i));
        objects << o;
    }

    // The bad line: errors naming the field, no figures.
    const QJsonObject bad = objects.at(2);
    QVERIFY2(bad.value(QLatin1String("errors")).isArray(), qPrintable(shownJson(bad)));
    const QJsonArray errors = bad.value(QLatin1String("errors")).toArray();
    QVERIFY2(!errors.isEmpty(), qPrintable(shownJson(bad)));
    QCOMPARE(errors.at(0).toObject().value(QLatin1String("path")).toString(),
        QStringLiteral("periods[0].base"));
    QVERIFY2(errors.at(0)
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .contains(QLatin1String("abc")),
        qPrintable(shownJson(bad)));
    QVERIFY2(!bad.contains(QLatin1String("gaps")) && !bad.contains(QLatin1String("years")),
        qPrintable(shownJson(bad)));

    const QString err = run.errText();
    QVERIFY2(err.contains(QLatin1String("line 3")),
        qPrintable(QStringLiteral("stderr does not name line 3:\n") + err));
    QVERIFY2(err.contains(QLatin1String("periods[0].base")),
        qPrintable(QStringLiteral("stderr does not name the field:\n") + err));
    QVERIFY2(err.contains(QLatin1String("mixed.jsonl")),
        qPrintable(QStringLiteral("stderr does not name the file:\n") + err));
    QVERIFY2(!err.contains(QLatin1String("line 1,")) && !err.contains(QLatin1String("line 5,")),
        qPrintable(QStringLiteral("a good line reported as bad:\n") + err));

    // The good lines: the same figures as `compute` of the same case.
    const QList<qsizetype> goodIndexes { 0, 1, 3, 4 };
    for (qsizetype g = 0; g < m_good.size(); ++g) {
        const auto &[lineNo, caseFile] = m_good.at(g);
        const CliRun single
            = runCli({ QStringLiteral("compute"), caseFile, QStringLiteral("--json") });
        QVERIFY2(single.exitCode == 0, single.describe().constData());
        QJsonObject computed;
        QString why;
        QVERIFY2(parseObject(single.out, &computed, &why), qPrintable(why));
        computed.remove(QLatin1String("trace")); // batch leaves the trace out unless --trace
        QJsonObject batched = objects.at(goodIndexes.at(g));
        QVERIFY2(!batched.contains(QLatin1String("errors")), qPrintable(shownJson(batched)));
        batched.remove(QLatin1String("line"));
        batched.remove(QLatin1String("trace"));
        const QStringList m
            = subsetMismatches(computed, batched) + subsetMismatches(batched, computed);
        QVERIFY2(m.isEmpty(),
            qPrintable(QStringLiteral("batch line %1 (%2) differs from compute:\n  ")
                           .arg(lineNo)
                           .arg(QFileInfo(caseFile).fileName())
                + m.join(QStringLiteral("\n  "))));
        QVERIFY2(batched.value(QLatin1String("years")).isObject()
                && batched.value(QLatin1String("account")).isObject(),
            qPrintable(QStringLiteral("batch line %1 carries no figures").arg(lineNo)));
    }
}

void TstCliBatch::batchText()
{
    const CliRun run = runCli({ QStringLiteral("batch"), m_mixed });
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    const QList<QByteArray> lines = nonEmptyLines(run.out);
    QList<int> numbers;
    const QRegularExpression re(QStringLiteral(R"(^line (\d+): )"));
    for (const QByteArray &l : lines) {
        const auto match = re.match(QString::fromUtf8(l));
        QVERIFY2(match.hasMatch(),
            qPrintable(QStringLiteral("text line does not start with \"line N: \": ")
                + QString::fromUtf8(l)));
        numbers << match.captured(1).toInt();
    }
    // The bad line 3 is reported on stderr only; the good lines appear in order.
    QCOMPARE(numbers, (QList<int> { 1, 2, 5, 6 }));
    QVERIFY2(run.outText().contains(QLatin1String("2029-01-20")),
        qPrintable(QStringLiteral("line 1 lacks its statutory date:\n") + run.outText()));
    QVERIFY2(run.errText().contains(QLatin1String("line 3")), run.describe().constData());
}

void TstCliBatch::batchAllGood()
{
    const QString path = writeJsonl(QStringLiteral("good.jsonl"),
        { asLine(publicCase("03-long-gap-waiting-period")), QByteArray(),
            asLine(publicCase("06-beijing-account-bands")) });
    const CliRun run = runCli({ QStringLiteral("batch"), path, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QByteArray> lines = nonEmptyLines(run.out);
    QCOMPARE(lines.size(), 2);
    QJsonObject second;
    QString why;
    QVERIFY2(parseObject(lines.at(1), &second, &why), qPrintable(why));
    QCOMPARE(second.value(QLatin1String("line")).toInt(), 3);
    QCOMPARE(
        second.value(QLatin1String("account")).toObject().value(QLatin1String("total")).toString(),
        QStringLiteral("85320.00"));
}

// Files written on Windows end their lines with CRLF; that is no reason to reject them.
void TstCliBatch::batchCrlf()
{
    const QString path = writeJsonl(QStringLiteral("crlf.jsonl"),
        { asLine(publicCase("01-continuous-career-male")),
            asLine(publicCase("04-arrears-owed-today")) },
        QByteArray("\r\n"));
    const CliRun run = runCli({ QStringLiteral("batch"), path, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QByteArray> lines = nonEmptyLines(run.out);
    QCOMPARE(lines.size(), 2);
    QJsonObject second;
    QString why;
    QVERIFY2(parseObject(lines.at(1), &second, &why), qPrintable(why));
    QCOMPARE(second.value(QLatin1String("backPay"))
                 .toObject()
                 .value(QLatin1String("gapOwed"))
                 .toString(),
        QStringLiteral("2684.26"));
}

void TstCliBatch::profilesJson()
{
    const CliRun run = runCli({ QStringLiteral("profiles"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QJsonObject doc;
    QString why;
    QVERIFY2(parseObject(run.out, &doc, &why), qPrintable(why));
    const QJsonArray profiles = doc.value(QLatin1String("profiles")).toArray();
    QStringList ids;
    for (const QJsonValue &pv : profiles) {
        const QJsonObject p = pv.toObject();
        const QString id = p.value(QLatin1String("id")).toString();
        ids << id;
        const QJsonArray params = p.value(QLatin1String("parameters")).toArray();
        QVERIFY2(params.size() >= 20,
            qPrintable(
                QStringLiteral("profile %1 has only %2 parameters").arg(id).arg(params.size())));
        for (const QJsonValue &qv : params) {
            const QJsonObject q = qv.toObject();
            const QString key = q.value(QLatin1String("key")).toString();
            QVERIFY2(!key.isEmpty(),
                qPrintable(id + QStringLiteral(": a parameter without key: ") + shownJson(q)));
            const QJsonArray values = q.value(QLatin1String("values")).toArray();
            QVERIFY2(!values.isEmpty(),
                qPrintable(id + QLatin1Char('/') + key + QStringLiteral(": no values")));
            for (const QJsonValue &vv : values) {
                const QJsonObject v = vv.toObject();
                const QString where
                    = id + QLatin1Char('/') + key + QStringLiteral(": ") + shownJson(v);
                QVERIFY2(QDate::fromString(v.value(QLatin1String("from")).toString(), Qt::ISODate)
                             .isValid(),
                    qPrintable(where));
                QVERIFY2(v.contains(QLatin1String("value")),
                    qPrintable(where)); // null when the sources do not give it
                QVERIFY2(!v.value(QLatin1String("unit")).toString().isEmpty(), qPrintable(where));
                QVERIFY2(!v.value(QLatin1String("source")).toString().isEmpty(), qPrintable(where));
            }
        }
    }
    QVERIFY2(ids.contains(QLatin1String("general")), qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY2(ids.contains(QLatin1String("beijing")), qPrintable(ids.join(QLatin1Char(' '))));
}

// Values from the parameter table of DOMAIN.md: (from, value) of every entry, in order.
void TstCliBatch::profilesValues_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("fromAndValue"); // "from=value", value "null" when unknown

    QTest::newRow("general rate.flexible")
        << QStringLiteral("general") << QStringLiteral("rate.flexible")
        << QStringList { QStringLiteral("1990-01-01=\"11.8\"") };
    QTest::newRow("beijing rate.flexible (inherited)")
        << QStringLiteral("beijing") << QStringLiteral("rate.flexible")
        << QStringList { QStringLiteral("1990-01-01=\"11.8\"") };
    QTest::newRow("beijing lifelong.backpay_rate")
        << QStringLiteral("beijing") << QStringLiteral("lifelong.backpay_rate")
        << QStringList { QStringLiteral("1990-01-01=\"12\""), QStringLiteral("2021-01-01=\"11\"") };
    QTest::newRow("general lifelong.backpay_rate (unknown)")
        << QStringLiteral("general") << QStringLiteral("lifelong.backpay_rate")
        << QStringList { QStringLiteral("1990-01-01=null") };
    QTest::newRow("general gap.grace_months")
        << QStringLiteral("general") << QStringLiteral("gap.grace_months")
        << QStringList { QStringLiteral("1990-01-01=3") };
    QTest::newRow("beijing account.employer_share.45plus")
        << QStringLiteral("beijing") << QStringLiteral("account.employer_share.45plus")
        << QStringList { QStringLiteral("1990-01-01=\"2\""), QStringLiteral("2022-09-01=\"0\"") };
    QTest::newRow("general account.employer_share.45plus (unknown)")
        << QStringLiteral("general") << QStringLiteral("account.employer_share.45plus")
        << QStringList { QStringLiteral("1990-01-01=null") };
}

void TstCliBatch::profilesValues()
{
    QFETCH(QString, profile);
    QFETCH(QString, key);
    QFETCH(QStringList, fromAndValue);
    const CliRun run = runCli({ QStringLiteral("profiles"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QJsonObject doc;
    QString why;
    QVERIFY2(parseObject(run.out, &doc, &why), qPrintable(why));
    const QJsonObject param = parameterOf(doc, profile, key);
    QVERIFY2(!param.isEmpty(),
        qPrintable(QStringLiteral("no parameter %1 in profile %2").arg(key, profile)));
    QStringList actual;
    for (const QJsonValue &vv : param.value(QLatin1String("values")).toArray()) {
        const QJsonObject v = vv.toObject();
        actual << v.value(QLatin1String("from")).toString() + QLatin1Char('=')
                + shownJson(v.value(QLatin1String("value")));
    }
    QCOMPARE(actual, fromAndValue);
}

QTEST_GUILESS_MAIN(TstCliBatch)
#include "tst_cli_batch.moc"
