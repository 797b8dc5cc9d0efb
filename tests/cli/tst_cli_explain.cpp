// SPDX-License-Identifier: GPL-3.0-or-later
// yibao-cli search / explain / articles as a process: exit codes, JSON shape, messages.
// The program's data folder is pointed at a QTemporaryDir through XDG_DATA_HOME, so the
// default database path is exercised without touching the user's own.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifndef YIBAO_CLI
#error "YIBAO_CLI must name the yibao-cli executable (see CMakeLists.txt)"
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstderr: " + err.left(1500)
            + "\nstdout: " + out.left(1500);
    }
};

QStringList hitIds(const QJsonObject &o, const char *array = "hits")
{
    QStringList ids;
    for (const QJsonValue &h : o.value(QLatin1String(array)).toArray())
        ids.append(h.toObject().value(QLatin1String("passage")).toString());
    return ids;
}

} // namespace

class TestCliExplain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(YIBAO_CLI), args);
        Run r;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
    }

    void searchJson()
    {
        const Run r
            = run({ QStringLiteral("search"), QStringLiteral("补缴"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("query")).toString(), QStringLiteral("补缴"));
        const QJsonArray hits = o.value(QLatin1String("hits")).toArray();
        QCOMPARE(hits.size(), 20); // 30 match (补缴 or 补交); the default limit is 20
        QCOMPARE(r.json().value(QLatin1String("total")).toInt(), 30);
        QCOMPARE(r.json().value(QLatin1String("rules")).toArray().size(), 0);
        for (const QJsonValue &v : hits) {
            const QJsonObject h = v.toObject();
            for (const char *key : { "passage", "article", "title", "text", "snippet" })
                QVERIFY2(h.contains(QLatin1String(key)), key);
            QVERIFY(
                h.value(QLatin1String("passage"))
                    .toString()
                    .startsWith(h.value(QLatin1String("article")).toString() + QLatin1Char('#')));
            const QString all = h.value(QLatin1String("title")).toString()
                + h.value(QLatin1String("text")).toString()
                + h.value(QLatin1String("heading")).toString();
            QVERIFY(all.contains(QStringLiteral("补缴")) || all.contains(QStringLiteral("补交")));
        }
        // 北京退休医保补交费用怎么算的: 补缴 and 补交 eleven times in one item.
        QCOMPARE(hits.first().toObject().value(QLatin1String("passage")).toString(),
            QStringLiteral("004#r7"));
        QVERIFY(hits.first()
                    .toObject()
                    .value(QLatin1String("snippet"))
                    .toString()
                    .contains(QStringLiteral("[补缴]")));

        // The database was created in the per-user data folder, not next to the program.
        QDirIterator it(m_home.filePath(QStringLiteral("data")), { QStringLiteral("yibao.sqlite") },
            QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
    }

    void searchText()
    {
        const Run r = run({ QStringLiteral("search"), QStringLiteral("滞纳金") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // The rule and the parameter 滞纳金 names come first, then the count, then the hits.
        QVERIFY2(r.outText().startsWith(QStringLiteral("【规则】滞纳金（gap.late_fee）\n")),
            r.describe().constData());
        QVERIFY(r.outText().contains(QStringLiteral("【参数】滞纳金日费率（gap.late_fee_daily）")));
        QVERIFY(r.outText().contains(QStringLiteral(
            "\n共 3 条\n1. 001#r4  医保有一个月没交上怎么办（健康新闻 2025-04-18）")));
        QCOMPARE(r.outText().count(QStringLiteral("[滞纳金]")), 4);
    }

    // The list says how many there are and shows the rest on request.
    void searchTotalAndAll()
    {
        const Run r = run({ QStringLiteral("search"), QStringLiteral("断缴") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("共 29 条，显示前 20 条（--all 显示全部）\n")),
            r.describe().constData());
        QVERIFY(r.outText().contains(QStringLiteral("\n20. ")));
        QVERIFY(!r.outText().contains(QStringLiteral("\n21. ")));
        const Run all
            = run({ QStringLiteral("search"), QStringLiteral("断缴"), QStringLiteral("--all") });
        QVERIFY(all.outText().contains(QStringLiteral("共 29 条\n")));
        QVERIFY(all.outText().contains(QStringLiteral("\n29. ")));
        const Run json = run({ QStringLiteral("search"), QStringLiteral("断缴"),
            QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json") });
        QCOMPARE(json.json().value(QLatin1String("total")).toInt(), 29);
        QCOMPARE(json.json().value(QLatin1String("hits")).toArray().size(), 5);
    }

    // A query naming a rule shows its explanation first, even where no article says it.
    void searchNamesRule()
    {
        const Run r = run(
            { QStringLiteral("search"), QStringLiteral("视同缴费"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonArray rules = r.json().value(QLatin1String("rules")).toArray();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.at(0).toObject().value(QLatin1String("id")).toString(),
            QStringLiteral("years.deemed"));
        QCOMPARE(rules.at(0).toObject().value(QLatin1String("title")).toString(),
            QStringLiteral("视同缴费月数"));
        const Run w
            = run({ QStringLiteral("search"), QStringLiteral("等待期"), QStringLiteral("--json") });
        QStringList ids;
        for (const QJsonValue &v : w.json().value(QLatin1String("rules")).toArray())
            ids.append(v.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ids, (QStringList { "eligibility.waiting", "gap.waiting_months" }));
        QCOMPARE(w.json()
                     .value(QLatin1String("hits"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("passage"))
                     .toString(),
            QStringLiteral("001#r1"));
    }

    void searchBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no query") << QStringList { "search" } << "expected a QUERY";
        QTest::newRow("limit not a number")
            << QStringList { "search", "补缴", "--limit", "x" } << "--limit";
        QTest::newRow("limit zero") << QStringList { "search", "补缴", "--limit=0" } << "--limit";
        QTest::newRow("unknown option")
            << QStringList { "search", "补缴", "--fuzzy" } << "unknown option";
    }
    void searchBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }

    void searchSyntaxIsHarmless_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("lone quote") << "\"" << 0;
        QTest::newRow("OR") << "补缴 OR 断缴" << 20; // as 补缴 断缴: the word OR adds nothing
        QTest::newRow("quoted") << "\"滞纳金\"" << 3;
        QTest::newRow("star") << "滞纳金*" << 3;
    }
    void searchSyntaxIsHarmless()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        const Run r = run({ QStringLiteral("search"), query, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json().value(QLatin1String("hits")).toArray().size(), hits);
    }

    void explainParameter()
    {
        const Run r = run({ QStringLiteral("explain"), QStringLiteral("gap.waiting_months"),
            QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("gap.waiting_months"));
        QVERIFY(o.value(QLatin1String("text")).toString().contains(QStringLiteral("等待期")));
        QVERIFY(o.value(QLatin1String("citations")).isArray());
        const QJsonArray passages = o.value(QLatin1String("passages")).toArray();
        QCOMPARE(passages.size(), 12);
        QStringList supports, conflicts;
        for (const QJsonValue &v : passages) {
            const QJsonObject p = v.toObject();
            for (const char *key : { "passage", "article", "title", "text", "stance" })
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QVERIFY(!p.value(QLatin1String("text")).toString().isEmpty());
            (p.value(QLatin1String("stance")).toString() == QLatin1String("supports") ? supports
                                                                                      : conflicts)
                .append(p.value(QLatin1String("passage")).toString());
        }
        QCOMPARE(supports, (QStringList { "001#r1", "004#s3.2", "004#r1", "003#r12" }));
        QVERIFY(conflicts.contains(QStringLiteral("003#s2.2"))
            && conflicts.contains(QStringLiteral("001#r8")));
        const QJsonArray values = o.value(QLatin1String("values")).toArray();
        QCOMPARE(values.size(), 2); // general and beijing, 6 months each
        QCOMPARE(values.at(1).toObject().value(QLatin1String("value")).toInt(), 6);
    }

    void explainCitationsOnly()
    {
        const Run r = run({ QStringLiteral("explain"), QStringLiteral("gap.late_fee_cap_ratio"),
            QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json().value(QLatin1String("passages")).toArray().size(), 0);
        const QJsonArray c = r.json().value(QLatin1String("citations")).toArray();
        QCOMPARE(c.size(), 1);
        QVERIFY(c.first().toString().contains(QStringLiteral("行政强制法")));
    }

    void explainByProfile()
    {
        const Run r
            = run({ QStringLiteral("explain"), QStringLiteral("account.employer_share.under35"),
                QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("beijing") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonArray p = r.json().value(QLatin1String("passages")).toArray();
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().toObject().value(QLatin1String("stance")).toString(),
            QStringLiteral("conflicts"));
        QCOMPARE(r.json().value(QLatin1String("citations")).toArray().size(), 2);
        QCOMPARE(r.json().value(QLatin1String("values")).toArray().size(),
            2); // 0.8 % to 2022-08, 0 from 2022-09
    }

    void explainRuleText()
    {
        const Run zh = run({ QStringLiteral("explain"), QStringLiteral("gap.resume") });
        QVERIFY2(zh.exitCode == 0, zh.describe().constData());
        QVERIFY(zh.outText().startsWith(QStringLiteral("gap.resume  何时恢复统筹待遇")));
        QVERIFY(zh.outText().contains(QStringLiteral("资料说法不一：")));
        const Run en = run({ QStringLiteral("explain"), QStringLiteral("gap.resume"),
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json") });
        QVERIFY2(en.exitCode == 0, en.describe().constData());
        QCOMPARE(en.json().value(QLatin1String("title")).toString(),
            QStringLiteral("When pooled-fund cover resumes"));
        QCOMPARE(en.json().value(QLatin1String("kind")).toString(), QStringLiteral("rule"));
    }

    void explainUnknown_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("misspelt parameter") << QStringList { "explain", "gap.waitng_months" }
                                            << "nearest known: gap.waiting_months";
        QTest::newRow("misspelt rule") << QStringList { "explain", "retire.statutry", "--json" }
                                       << "nearest known: retire.statutory";
        QTest::newRow("fragment") << QStringList { "explain", "grace" } << "gap.grace";
        QTest::newRow("nothing") << QStringList { "explain" }
                                 << "expected one rule id or parameter key";
        QTest::newRow("two ids") << QStringList { "explain", "gap.resume", "gap.grace" }
                                 << "expected one rule id";
        QTest::newRow("unknown profile") << QStringList { "explain", "gap.resume", "--profile",
            "shanghai" } << "unknown profile \"shanghai\"";
    }
    void explainUnknown()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }

    void articlesList()
    {
        const Run r = run({ QStringLiteral("articles"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonArray a = r.json().value(QLatin1String("articles")).toArray();
        QCOMPARE(a.size(), 5);
        QList<int> passages;
        for (const QJsonValue &v : a)
            passages.append(v.toObject().value(QLatin1String("passages")).toInt());
        QCOMPARE(passages, (QList<int> { 23, 37, 25, 31, 34 }));
        // Each item left out says by which rule, so that a reader can check the choice.
        QStringList left;
        for (const QJsonValue &v : a)
            for (const QJsonValue &e : v.toObject().value(QLatin1String("excludedItems")).toArray())
                if (e.toObject().contains(QLatin1String("passage")))
                    left.append(e.toObject().value(QLatin1String("passage")).toString()
                        + QLatin1Char(':')
                        + e.toObject().value(QLatin1String("reason")).toString());
        QCOMPARE(left.size(), 16);
        for (const char *want : { "000#r6:other_insurance", "000#r7:resident_scheme",
                 "003#r7:treatment", "004#r16:treatment", "002#r17:off_topic" })
            QVERIFY2(left.contains(QString::fromUtf8(want)), want);
        QCOMPARE(a.at(0)
                     .toObject()
                     .value(QLatin1String("excludedItems"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("rule"))
                     .toString(),
            QStringLiteral("网站的免责提示，每页相同"));
        QCOMPARE(a.at(4).toObject().value(QLatin1String("title")).toString(),
            QStringLiteral("转居民医保后职工医保个人余额还能用吗"));
        QCOMPARE(a.at(0).toObject().value(QLatin1String("answer")),
            QJsonValue()); // 000 has no short answer
        QCOMPARE(a.at(0).toObject().value(QLatin1String("file")).toString(),
            QStringLiteral("000_1fc0d69f4ab1a92c.txt"));
        const Run text = run({ QStringLiteral("articles") });
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY(text.outText().startsWith(QStringLiteral("000  职工医保断交医保个人账户怎么办\n")));
    }

    void articlesShow()
    {
        const Run r = run({ QStringLiteral("articles"), QStringLiteral("show"),
            QStringLiteral("002"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(hitIds(r.json(), "passages").mid(0, 7),
            (QStringList { "002#a", "002#i", "002#s1", "002#s2", "002#s3", "002#s4", "002#c" }));
        const Run bad
            = run({ QStringLiteral("articles"), QStringLiteral("show"), QStringLiteral("009") });
        QVERIFY2(bad.exitCode == 2 && bad.errText().contains(QStringLiteral("known: 000, 001")),
            bad.describe().constData());
    }

    void articlesAddSearchRemove()
    {
        const QString good = m_home.filePath(QStringLiteral("须知.txt"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("本所补缴须知\n\n一、办理\n\n  • 带身份证到七号窗口办理。\n");
        f.close();
        const QString bad = m_home.filePath(QStringLiteral("bad.txt"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("\xff\xfe\x00t\x00i\x00t\x00l\x00e", 10);
        b.close();

        // Bad input writes nothing, good files together only.
        Run r = run({ QStringLiteral("articles"), QStringLiteral("add"), good, bad });
        QVERIFY2(r.exitCode == 2 && r.errText().contains(QStringLiteral("expected UTF-8 text")),
            r.describe().constData());
        r = run({ QStringLiteral("articles"), QStringLiteral("add"),
            m_home.filePath(QStringLiteral("missing.txt")) });
        QVERIFY2(r.exitCode == 2 && r.errText().contains(QStringLiteral("cannot read")),
            r.describe().constData());
        r = run({ QStringLiteral("search"), QStringLiteral("七号窗口"), QStringLiteral("--json") });
        QCOMPARE(hitIds(r.json()), QStringList());

        r = run(
            { QStringLiteral("articles"), QStringLiteral("add"), good, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json().value(QLatin1String("added")).toArray().first().toString(),
            QStringLiteral("u001"));
        r = run({ QStringLiteral("search"), QStringLiteral("七号窗口"), QStringLiteral("--json") });
        QCOMPARE(hitIds(r.json()), QStringList { "u001#s1.1" });
        r = run({ QStringLiteral("search"), QStringLiteral("七号"), QStringLiteral("--json") });
        QCOMPARE(hitIds(r.json()), QStringList { "u001#s1.1" });
        r = run({ QStringLiteral("articles"), QStringLiteral("--json") });
        QCOMPARE(r.json().value(QLatin1String("articles")).toArray().size(), 6);

        r = run({ QStringLiteral("articles"), QStringLiteral("remove"), QStringLiteral("001") });
        QVERIFY2(r.exitCode == 2 && r.errText().contains(QStringLiteral("bundled")),
            r.describe().constData());
        r = run({ QStringLiteral("articles"), QStringLiteral("remove"), QStringLiteral("u001") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({ QStringLiteral("search"), QStringLiteral("七号"), QStringLiteral("--json") });
        QCOMPARE(hitIds(r.json()), QStringList());
    }

    void explicitDatabase()
    {
        const QString db = m_home.filePath(QStringLiteral("elsewhere/counter.sqlite"));
        const Run r
            = run({ QStringLiteral("search"), QStringLiteral("余额"), QStringLiteral("--db"), db,
                QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json().value(QLatin1String("hits")).toArray().size(), 3);
        QVERIFY(QFile::exists(db));
        // A file that is not a database: an internal error (1) with the reason.
        const QString junk = m_home.filePath(QStringLiteral("junk.sqlite"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(QByteArray(4096, 'x'));
        j.close();
        const Run bad = run(
            { QStringLiteral("search"), QStringLiteral("余额"), QStringLiteral("--db"), junk });
        QVERIFY2(bad.exitCode == 1 && bad.errText().contains(junk), bad.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
