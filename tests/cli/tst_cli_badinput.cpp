// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input (DOMAIN.md "Bad input", ARCHITECTURE.md exit codes): every row is the bytes of
// a case file, written to a temporary folder and given to `yibao-cli compute FILE --json`.
// The CLI must exit with 2, print nothing on stdout, and say on stderr which file, which
// field (the JSON path) and what was expected. Most rows are one edit of a valid case, so
// that the edit is what is rejected; baseCase() checks that the unedited case is accepted.
// The command-line rows at the end check the options and the commands themselves.
#include "clitest.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

// A valid case, one field per line where it helps: rows edit it by exact text replacement.
const char ValidCase[] = R"({
  "schema": "yibao-case/1",
  "profile": "general",
  "asOf": "2026-11-23",
  "person": { "birth": "1985-09-02", "sex": "female", "category": "female_cadre" },
  "periods": [
    { "from": "2010-07", "to": "2025-12", "kind": "employee", "base": "6000.00", "status": "paid" },
    { "from": "2026-01", "to": "2026-10", "kind": "flexible", "base": "4500.00", "status": "paid", "region": "上海" }
  ],
  "deemedMonths": 0,
  "retirement": { "date": null, "baseAtRetirement": "4500.00" },
  "events": [ { "date": "2026-02-10", "care": "inpatient" } ]
}
)";

QByteArray validCase()
{
    return QByteArray(ValidCase);
}

// The valid case with each (from, to) replacement applied; each `from` must occur exactly
// once, so that a row cannot silently test the unedited case.
QByteArray edited(std::initializer_list<std::pair<const char *, const char *>> edits)
{
    QByteArray b = validCase();
    for (const auto &[from, to] : edits) {
        const QByteArray f(from);
        if (b.count(f) != 1)
            qFatal("tst_cli_badinput: \"%s\" occurs %d times in the valid case, not once", from,
                int(b.count(f)));
        b.replace(f, QByteArray(to));
    }
    return b;
}

QByteArray edited(const char *from, const char *to)
{
    return edited({ { from, to } });
}

const char P1Base[] = R"("base": "4500.00")";
const char P1Status[] = R"("status": "paid", "region")";

} // namespace

class TstCliBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baseCase();
    void acceptedEdges_data();
    void acceptedEdges();
    void rejected_data();
    void rejected();
    void commandLine_data();
    void commandLine();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TstCliBadInput::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstCliBadInput::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(QFileInfo(cliPath()).isExecutable(),
        qPrintable(QStringLiteral("yibao-cli not found at ") + cliPath()));
}

void TstCliBadInput::baseCase()
{
    const CliRun run = runCli({ QStringLiteral("compute"),
        write(QStringLiteral("valid.yibao.json"), validCase()), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(
        run.outText().contains(QLatin1String("\"yibao-result/1\"")), run.describe().constData());
}

// Edits at the edge of what is allowed: they must not be rejected.
void TstCliBadInput::acceptedEdges_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("base 1000000.00 (the maximum)") << edited(P1Base, R"("base": "1000000.00")");
    QTest::newRow("base 0.01") << edited(P1Base, R"("base": "0.01")");
    QTest::newRow("base 4500 without decimals") << edited(P1Base, R"("base": "4500")");
    QTest::newRow("base 4500.5 with one decimal") << edited(P1Base, R"("base": "4500.5")");
    QTest::newRow("employee month 1990-01")
        << edited(R"("from": "2010-07")", R"("from": "1990-01")");
    QTest::newRow("deemed period before 1990 and the first paid month") << edited(R"("periods": [)",
        R"("periods": [ { "from": "1985-10", "to": "1989-12", "kind": "deemed" },)");
    QTest::newRow("planned period after the asOf month")
        << edited(R"("kind": "flexible", "base": "4500.00", "status": "paid", "region": "上海" })",
               R"("kind": "flexible", "base": "4500.00", "status": "paid", "region": "上海" },
    { "from": "2026-11", "to": "2027-03", "kind": "flexible", "base": "4500.00", "status": "planned" })");
    QTest::newRow("backpaid with paidOn on asOf")
        << edited(P1Status, R"("status": "backpaid", "paidOn": "2026-11-23", "region")");
    QTest::newRow("birth 2000-02-29 (a leap day)")
        << edited(R"("birth": "1985-09-02")", R"("birth": "2000-02-29")");
    QTest::newRow("deemedMonths 720") << edited(R"("deemedMonths": 0)", R"("deemedMonths": 720)");
}

void TstCliBadInput::acceptedEdges()
{
    QFETCH(QByteArray, content);
    const CliRun run = runCli({ QStringLiteral("compute"),
        write(QStringLiteral("edge.yibao.json"), content), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QJsonObject o;
    QString why;
    QVERIFY2(parseObject(run.out, &o, &why), qPrintable(why));
}

void TstCliBadInput::rejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("fieldPath"); // must appear in stderr; empty: the whole file
    QTest::addColumn<QStringList>("words"); // each must appear in stderr
    QTest::addColumn<QString>("pattern"); // a regular expression stderr must match, or empty

    const QStringList none;
    const QByteArray valid = validCase();

    // --- the file as a whole
    QTest::newRow("malformed JSON (two commas)")
        << edited(R"("profile": "general",)", R"("profile": "general",,)") << none << QString()
        << QStringList { QStringLiteral("not valid JSON") }
        << QStringLiteral(R"(line 3, column \d+)");
    QTest::newRow("truncated JSON")
        << valid.left(valid.indexOf("\"deemedMonths\"")) << none << QString()
        << QStringList { QStringLiteral("JSON") } << QStringLiteral(R"(line (9|10)\b)");
    QTest::newRow("empty file") << QByteArray() << none << QString()
                                << QStringList { QStringLiteral("empty") } << QString();
    QTest::newRow("whitespace-only file") << QByteArray(" \n\t\r\n  \n") << none << QString()
                                          << QStringList { QStringLiteral("empty") } << QString();
    // "上海" in GBK (c9cf baa3): not UTF-8.
    QTest::newRow("GBK-encoded Chinese")
        << edited(R"("region": "上海")", "\"region\": \"\xc9\xcf\xba\xa3\"") << none << QString()
        << QStringList { QStringLiteral("UTF-8") } << QString();
    QTest::newRow("top-level array")
        << QByteArray("[\n") + valid + QByteArray("]\n") << none << QString()
        << QStringList { QStringLiteral("object") } << QString();
    QTest::newRow("schema yibao-case/2")
        << edited(R"("schema": "yibao-case/1")", R"("schema": "yibao-case/2")") << none
        << QStringLiteral("schema")
        << QStringList { QStringLiteral("yibao-case/2"),
               QStringLiteral("expected \"yibao-case/1\"") }
        << QString();
    QTest::newRow("schema missing")
        << edited(R"("schema": "yibao-case/1",)", "") << none << QStringLiteral("schema")
        << QStringList { QStringLiteral("missing") } << QString();

    // --- profile
    QTest::newRow("profile nope") << edited(R"("profile": "general")", R"("profile": "nope")")
                                  << none << QStringLiteral("profile")
                                  << QStringList { QStringLiteral("unknown profile"),
                                         QStringLiteral("nope"), QStringLiteral("general") }
                                  << QString();
    QTest::newRow("--profile nope")
        << valid << QStringList { QStringLiteral("--profile"), QStringLiteral("nope") }
        << QStringLiteral("--profile")
        << QStringList { QStringLiteral("unknown profile"), QStringLiteral("nope") } << QString();

    // --- choices
    QTest::newRow("kind freelance") << edited(R"("kind": "flexible")", R"("kind": "freelance")")
                                    << none << QStringLiteral("periods[1].kind")
                                    << QStringList { QStringLiteral("freelance"),
                                           QStringLiteral("unknown"), QStringLiteral("employee") }
                                    << QString();
    QTest::newRow("status done") << edited(P1Status, R"("status": "done", "region")") << none
                                 << QStringLiteral("periods[1].status")
                                 << QStringList { QStringLiteral("done"), QStringLiteral("unknown"),
                                        QStringLiteral("backpaid") }
                                 << QString();
    QTest::newRow("care dental") << edited(R"("care": "inpatient")", R"("care": "dental")") << none
                                 << QStringLiteral("events[0].care")
                                 << QStringList { QStringLiteral("dental"),
                                        QStringLiteral("unknown"),
                                        QStringLiteral("special_outpatient") }
                                 << QString();
    QTest::newRow("category worker")
        << edited(R"("category": "female_cadre")", R"("category": "worker")") << none
        << QStringLiteral("person.category")
        << QStringList { QStringLiteral("worker"), QStringLiteral("unknown"),
               QStringLiteral("female_worker") }
        << QString();
    QTest::newRow("sex male with female_cadre")
        << edited(R"("sex": "female")", R"("sex": "male")") << none
        << QStringLiteral("person.category")
        << QStringList { QStringLiteral("does not match"), QStringLiteral("female_cadre") }
        << QString();
    QTest::newRow("sex female with male")
        << edited(R"("category": "female_cadre")", R"("category": "male")") << none
        << QStringLiteral("person.category")
        << QStringList { QStringLiteral("does not match"), QStringLiteral("female") } << QString();
    QTest::newRow("sex missing") << edited(R"("sex": "female", )", "") << none
                                 << QStringLiteral("person.sex")
                                 << QStringList { QStringLiteral("missing") } << QString();
    QTest::newRow("category missing") << edited(R"(, "category": "female_cadre")", "") << none
                                      << QStringLiteral("person.category")
                                      << QStringList { QStringLiteral("missing") } << QString();

    // --- dates and months
    QTest::newRow("asOf 2025-02-29")
        << edited(R"("asOf": "2026-11-23")", R"("asOf": "2025-02-29")") << none
        << QStringLiteral("asOf")
        << QStringList { QStringLiteral("2025-02-29"), QStringLiteral("date") } << QString();
    QTest::newRow("to 2026-13") << edited(R"("to": "2026-10")", R"("to": "2026-13")") << none
                                << QStringLiteral("periods[1].to")
                                << QStringList { QStringLiteral("2026-13"),
                                       QStringLiteral("month") }
                                << QString();
    QTest::newRow("from 2025-7") << edited(R"("from": "2026-01")", R"("from": "2025-7")") << none
                                 << QStringLiteral("periods[1].from")
                                 << QStringList { QStringLiteral("2025-7"),
                                        QStringLiteral("YYYY-MM") }
                                 << QString();
    QTest::newRow("to before from")
        << edited(R"("to": "2025-12")", R"("to": "2009-12")") << none
        << QStringLiteral("periods[0].to") << QStringList { QStringLiteral("before") } << QString();
    QTest::newRow("overlapping periods")
        << edited(R"("from": "2026-01")", R"("from": "2025-06")") << none
        << QStringLiteral("periods[1]")
        << QStringList { QStringLiteral("periods[0]"), QStringLiteral("overlap") } << QString();
    QTest::newRow("events[0].date 2026-02-30")
        << edited(R"("date": "2026-02-10")", R"("date": "2026-02-30")") << none
        << QStringLiteral("events[0].date")
        << QStringList { QStringLiteral("2026-02-30"), QStringLiteral("date") } << QString();

    // --- base
    QTest::newRow("base -100.00") << edited(P1Base, R"("base": "-100.00")") << none
                                  << QStringLiteral("periods[1].base")
                                  << QStringList { QStringLiteral("negative") } << QString();
    QTest::newRow("base 五千") << edited(P1Base, R"("base": "五千")") << none
                               << QStringLiteral("periods[1].base")
                               << QStringList { QStringLiteral("五千"), QStringLiteral("amount") }
                               << QString();
    QTest::newRow("base 4500.001")
        << edited(P1Base, R"("base": "4500.001")") << none << QStringLiteral("periods[1].base")
        << QStringList { QStringLiteral("2 decimals") } << QString();
    QTest::newRow("base as JSON number 4500")
        << edited(P1Base, R"("base": 4500)") << none << QStringLiteral("periods[1].base")
        << QStringList { QStringLiteral("string") } << QString();
    QTest::newRow("base 0") << edited(P1Base, R"("base": "0")") << none
                            << QStringLiteral("periods[1].base")
                            << QStringList { QStringLiteral("more than 0") } << QString();
    QTest::newRow("base 0.00") << edited(P1Base, R"("base": "0.00")") << none
                               << QStringLiteral("periods[1].base")
                               << QStringList { QStringLiteral("more than 0") } << QString();
    QTest::newRow("base 1000000.01")
        << edited(P1Base, R"("base": "1000000.01")") << none << QStringLiteral("periods[1].base")
        << QStringList { QStringLiteral("1000000.00") } << QString();
    QTest::newRow("base missing on employee period")
        << edited(R"("base": "6000.00", )", "") << none << QStringLiteral("periods[0].base")
        << QStringList { QStringLiteral("missing"), QStringLiteral("employee") } << QString();

    // --- statuses and payments
    QTest::newRow("backpaid without paidOn")
        << edited(P1Status, R"("status": "backpaid", "region")") << none
        << QStringLiteral("periods[1].paidOn")
        << QStringList { QStringLiteral("missing"), QStringLiteral("backpaid") } << QString();
    QTest::newRow("paidOn 2026-11-24 after asOf")
        << edited(P1Status, R"("status": "backpaid", "paidOn": "2026-11-24", "region")") << none
        << QStringLiteral("periods[1].paidOn")
        << QStringList { QStringLiteral("2026-11-24"), QStringLiteral("after asOf") } << QString();
    QTest::newRow("paid months to 2026-12 after the asOf month")
        << edited(R"("to": "2026-10")", R"("to": "2026-12")") << none
        << QStringLiteral("periods[1].to")
        << QStringList { QStringLiteral("2026-12"), QStringLiteral("planned") } << QString();
    QTest::newRow("arrears months to 2026-12 after the asOf month")
        << edited({ { R"("to": "2026-10")", R"("to": "2026-12")" },
               { P1Status, R"("status": "arrears", "region")" } })
        << none << QStringLiteral("periods[1].to")
        << QStringList { QStringLiteral("2026-12"), QStringLiteral("asOf") } << QString();
    QTest::newRow("planned period in the past")
        << edited(P1Status, R"("status": "planned", "region")") << none
        << QStringLiteral("periods[1].from") << QStringList { QStringLiteral("planned") }
        << QString();

    // --- the person and asOf
    QTest::newRow("birth 2027-01-01 after asOf")
        << edited(R"("birth": "1985-09-02")", R"("birth": "2027-01-01")") << none
        << QStringLiteral("person.birth")
        << QStringList { QStringLiteral("2027-01-01"), QStringLiteral("after asOf") } << QString();
    QTest::newRow("asOf missing") << edited(R"("asOf": "2026-11-23",)", "") << none
                                  << QStringLiteral("asOf")
                                  << QStringList { QStringLiteral("missing") } << QString();
    QTest::newRow("--as-of 2026-13-01")
        << valid << QStringList { QStringLiteral("--as-of"), QStringLiteral("2026-13-01") }
        << QStringLiteral("--as-of")
        << QStringList { QStringLiteral("2026-13-01"), QStringLiteral("date") } << QString();
    QTest::newRow("--as-of 23.11.2026")
        << valid << QStringList { QStringLiteral("--as-of=23.11.2026") }
        << QStringLiteral("--as-of")
        << QStringList { QStringLiteral("23.11.2026"), QStringLiteral("YYYY-MM-DD") } << QString();

    // --- deemed months and the start of the profiles
    QTest::newRow("deemed period after the first paid month")
        << edited({ { R"("from": "2026-01")", R"("from": "2026-03")" },
               { R"("region": "上海" })", R"("region": "上海" },
    { "from": "2026-01", "to": "2026-02", "kind": "deemed" })" } })
        << none << QStringLiteral("periods[2].to")
        << QStringList { QStringLiteral("deemed"), QStringLiteral("first paid month") }
        << QString();
    QTest::newRow("employee month 1989-12")
        << edited(R"("from": "2010-07")", R"("from": "1989-12")") << none
        << QStringLiteral("periods[0].from")
        << QStringList { QStringLiteral("1989-12"), QStringLiteral("1990-01") } << QString();
    QTest::newRow("resident month 1989-12") << edited(R"("periods": [)",
        R"("periods": [ { "from": "1989-12", "to": "1990-03", "kind": "resident", "status": "paid" },)")
                                            << none << QStringLiteral("periods[0].from")
                                            << QStringList { QStringLiteral("1990-01") }
                                            << QString();
    QTest::newRow("deemedMonths -1")
        << edited(R"("deemedMonths": 0)", R"("deemedMonths": -1)") << none
        << QStringLiteral("deemedMonths")
        << QStringList { QStringLiteral("-1"), QStringLiteral("whole number") } << QString();
    QTest::newRow("deemedMonths 1.5")
        << edited(R"("deemedMonths": 0)", R"("deemedMonths": 1.5)") << none
        << QStringLiteral("deemedMonths")
        << QStringList { QStringLiteral("1.5"), QStringLiteral("whole number") } << QString();
    QTest::newRow("deemedMonths \"12\" as text")
        << edited(R"("deemedMonths": 0)", R"("deemedMonths": "12")") << none
        << QStringLiteral("deemedMonths") << QStringList { QStringLiteral("whole number") }
        << QString();

    // --- the December revision of DOMAIN.md's bad input, found by hostile files
    QTest::newRow("backpaid with paidOn null")
        << edited(P1Status, R"("status": "backpaid", "paidOn": null, "region")") << none
        << QStringLiteral("periods[1].paidOn") << QStringList { QStringLiteral("null") }
        << QString();
    // 2026-01 is due on 2026-02-01: paid before that it was paid on time, not back-paid
    QTest::newRow("backpaid paidOn before its first month's due date")
        << edited(P1Status, R"("status": "backpaid", "paidOn": "2026-01-20", "region")") << none
        << QStringLiteral("periods[1].paidOn")
        << QStringList { QStringLiteral("2026-02-01"), QStringLiteral("due date") } << QString();
    QTest::newRow("arrears in the asOf month (not yet due)")
        << edited({ { P1Status, R"("status": "arrears", "region")" },
               { R"("to": "2026-10")", R"("to": "2026-11")" } })
        << none << QStringLiteral("periods[1].to")
        << QStringList { QStringLiteral("not yet due"), QStringLiteral("2026-10") } << QString();
    QTest::newRow("retirement the day after birth")
        << edited(R"("date": null)", R"("date": "1985-09-03")") << none
        << QStringLiteral("retirement.date")
        << QStringList { QStringLiteral("40th birthday"), QStringLiteral("2025-09-02") }
        << QString();
    QTest::newRow("retirement after the 75th birthday")
        << edited(R"("date": null)", R"("date": "2060-09-03")") << none
        << QStringLiteral("retirement.date") << QStringList { QStringLiteral("75th") } << QString();
    QTest::newRow("retirement 9999-12-31")
        << edited(R"("date": null)", R"("date": "9999-12-31")") << none
        << QStringLiteral("retirement.date") << QStringList { QStringLiteral("2100-12") }
        << QString();
    QTest::newRow("planned period to 9999-12")
        << edited(R"("kind": "flexible", "base": "4500.00", "status": "paid", "region": "上海" })",
               R"("kind": "flexible", "base": "4500.00", "status": "paid", "region": "上海" },
    { "from": "2026-11", "to": "9999-12", "kind": "flexible", "base": "4500.00", "status": "planned" })")
        << none << QStringLiteral("periods[2].to") << QStringList { QStringLiteral("2100-12") }
        << QString();
    QTest::newRow("raw tab inside a string")
        << edited(R"("region": "上海")", "\"region\": \"上\t海\"") << none << QString()
        << QStringList { QStringLiteral("control character"), QStringLiteral("U+0009") }
        << QStringLiteral(R"(line 8, column \d+)");
    QTest::newRow("raw line feed inside a string")
        << edited(R"("region": "上海")", "\"region\": \"上\n海\"") << none << QString()
        << QStringList { QStringLiteral("U+000a") } << QStringLiteral(R"(line 8\b)");
    QTest::newRow("payOn before asOf")
        << edited(R"("asOf": "2026-11-23",)", R"("asOf": "2026-11-23", "payOn": "2026-11-22",)")
        << none << QStringLiteral("payOn") << QStringList { QStringLiteral("before asOf") }
        << QString();
    QTest::newRow("payOn not a date")
        << edited(R"("asOf": "2026-11-23",)", R"("asOf": "2026-11-23", "payOn": "12月5日",)")
        << none << QStringLiteral("payOn") << QStringList { QStringLiteral("12月5日") }
        << QString();
    {
        // a 10 MB region is quoted by its first 80 characters only
        QByteArray huge = edited(P1Base, R"("base": "X")");
        huge.replace(QByteArray("\"X\""), QByteArray("\"" + QByteArray(200000, 'x') + "\""));
        QTest::newRow("a huge field is quoted in part")
            << huge << none << QStringLiteral("periods[1].base")
            << QStringList { QStringLiteral("200000 characters") } << QString();
    }
    {
        // 10 000 overlapping periods: refused at once (n log n), 20 messages and a count
        QByteArray many = validCase();
        const QByteArray one
            = R"({ "from": "2010-07", "to": "2025-12", "kind": "employee", "base": "6000.00", "status": "paid" },)";
        QByteArray copies;
        for (int i = 0; i < 10000; ++i)
            copies += one;
        many.replace(QByteArray("\"periods\": ["), QByteArray("\"periods\": [" + copies));
        QTest::newRow("10 000 overlapping periods")
            << many << none << QStringLiteral("periods[1]")
            << QStringList { QStringLiteral("overlaps periods[0]"),
                   QStringLiteral("… and 9980 more") }
            << QString();
    }
}

void TstCliBadInput::rejected()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, fieldPath);
    QFETCH(QStringList, words);
    QFETCH(QString, pattern);

    // The file is named after the row, so that each row's message has its own file name.
    QString slug = QString::fromUtf8(QTest::currentDataTag());
    slug.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.]+")), QStringLiteral("-"));
    const QString fileName = QStringLiteral("rejected-") + slug + QStringLiteral(".yibao.json");
    const QString path = write(fileName, content);
    const CliRun run = runCli(
        QStringList { QStringLiteral("compute"), path, QStringLiteral("--json") } + extraArgs);

    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    const QString err = run.errText();
    QVERIFY2(err.contains(fileName),
        qPrintable(QStringLiteral("stderr does not name the file ") + fileName
            + QStringLiteral(":\n") + err));
    if (!fieldPath.isEmpty())
        QVERIFY2(err.contains(fieldPath),
            qPrintable(QStringLiteral("stderr does not name the field ") + fieldPath
                + QStringLiteral(":\n") + err));
    for (const QString &w : words)
        QVERIFY2(err.contains(w),
            qPrintable(
                QStringLiteral("stderr does not say \"") + w + QStringLiteral("\":\n") + err));
    if (!pattern.isEmpty())
        QVERIFY2(err.contains(QRegularExpression(pattern)),
            qPrintable(QStringLiteral("stderr does not match /") + pattern + QStringLiteral("/:\n")
                + err));
}

void TstCliBadInput::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPattern"); // empty: stdout must be empty
    QTest::addColumn<QString>("stderrPattern"); // empty: stderr must be empty

    const QString valid = QStringLiteral("@valid"); // replaced by the path of the valid case
    QTest::newRow("no arguments") << QStringList() << 2 << QString() << QStringLiteral("(?i)usage");
    QTest::newRow("--help") << QStringList { QStringLiteral(
        "--help") } << 0 << QStringLiteral(R"((?i)usage[\s\S]*compute[\s\S]*batch[\s\S]*profiles)")
                            << QString();
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0
                               << QStringLiteral(R"(^yibao-cli \d+\.\d+\.\d+\s*$)") << QString();
    QTest::newRow("unknown command frobnicate") << QStringList { QStringLiteral("frobnicate") } << 2
                                                << QString() << QStringLiteral("frobnicate");
    QTest::newRow("compute nonexistent file")
        << QStringList { QStringLiteral("compute"), QStringLiteral("@dir/no-such-case.yibao.json"),
               QStringLiteral("--json") }
        << 2 << QString() << QStringLiteral("no-such-case\\.yibao\\.json");
    QTest::newRow("compute unknown option --jsno")
        << QStringList { QStringLiteral("compute"), valid, QStringLiteral("--jsno") } << 2
        << QString() << QStringLiteral("--jsno");
    QTest::newRow("compute --profile without value")
        << QStringList { QStringLiteral("compute"), valid, QStringLiteral("--profile") } << 2
        << QString() << QStringLiteral("--profile");
    QTest::newRow("compute without a file")
        << QStringList { QStringLiteral("compute"), QStringLiteral("--json") } << 2 << QString()
        << QStringLiteral("(?i)usage");
    QTest::newRow("compute two files") << QStringList { QStringLiteral("compute"), valid, valid }
                                       << 2 << QString() << QStringLiteral("(?i)usage");
    QTest::newRow("batch nonexistent file")
        << QStringList { QStringLiteral("batch"), QStringLiteral("@dir/no-such.jsonl") } << 2
        << QString() << QStringLiteral("no-such\\.jsonl");
    QTest::newRow("profiles unknown option --all") << QStringList { QStringLiteral("profiles"),
        QStringLiteral("--all") } << 2 << QString() << QStringLiteral("--all");
    QTest::newRow("compute valid case with --profile beijing --as-of")
        << QStringList { QStringLiteral("compute"), valid, QStringLiteral("--profile"),
               QStringLiteral("beijing"), QStringLiteral("--as-of"), QStringLiteral("2026-12-31"),
               QStringLiteral("--json") }
        << 0
        << QStringLiteral(
               R"("profile": "beijing"[\s\S]*"asOf": "2026-12-31"|"asOf": "2026-12-31"[\s\S]*"profile": "beijing")")
        << QString();
}

void TstCliBadInput::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutPattern);
    QFETCH(QString, stderrPattern);

    const QString validPath = write(QStringLiteral("valid.yibao.json"), validCase());
    for (QString &a : args) {
        if (a == QLatin1String("@valid"))
            a = validPath;
        else if (a.startsWith(QLatin1String("@dir/")))
            a = m_dir.filePath(a.mid(5));
    }
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());
    if (stdoutPattern.isEmpty())
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
    else
        QVERIFY2(
            run.outText().contains(QRegularExpression(stdoutPattern)), run.describe().constData());
    if (stderrPattern.isEmpty())
        QVERIFY2(run.err.isEmpty(), run.describe().constData());
    else
        QVERIFY2(
            run.errText().contains(QRegularExpression(stderrPattern)), run.describe().constData());
}

QTEST_GUILESS_MAIN(TstCliBadInput)
#include "tst_cli_badinput.moc"
