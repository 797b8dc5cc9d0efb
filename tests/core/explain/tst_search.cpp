// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus in SQLite: schema, first build and rebuilds, user articles, and search over
// 1-, 2-, 3- and 6-character queries, mixed queries and queries full of FTS syntax.
#include "explain/corpus.h"
#include "explain/passagesearch.h"
#include "explain/searchquery.h"
#include "storage/corpusstore.h"
#include "storage/database.h"
#include "testlibrary.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace yibao;

namespace {

int countRows(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The truth a search must match: passages of the bundled corpus whose label (a related
// item's title, else the headings) or text contains every term.
QStringList expectedMatches(const QStringList &terms)
{
    QStringList out;
    for (const Article &a : yibao::test::library().corpus().articles()) {
        for (const Passage &p : a.passages) {
            const QString hay = (p.kind == PassageKind::Related ? p.title : p.heading)
                + QLatin1Char(' ') + p.text;
            bool all = !terms.isEmpty();
            for (const QString &t : terms)
                all = all && hay.contains(t, Qt::CaseInsensitive);
            if (all)
                out.append(p.id);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList sorted(QStringList l)
{
    std::sort(l.begin(), l.end());
    return l;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_buildMs = -1;

    QStringList search(const QString &query, int limit = 1000)
    {
        PassageSearch s(m_db->connection(), yibao::test::library());
        QString error;
        const auto hits = s.search(query, limit, &error);
        if (!hits) {
            qWarning() << error;
            return { QStringLiteral("<error>") };
        }
        QStringList ids;
        for (const SearchHit &h : *hits)
            ids.append(h.passage);
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("sub/yibao.sqlite")));
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY2(m_db->open(&error), qPrintable(error));
        bool rebuilt = false;
        QVERIFY2(CorpusStore(*m_db).ensureBundled(yibao::test::library(), &error, &rebuilt),
            qPrintable(error));
        m_buildMs = t.elapsed();
        QVERIFY(rebuilt);
    }

    void defaultPathIsPerUserDataFolder()
    {
        const QString path = Database::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/yibao.sqlite")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void firstBuild()
    {
        qInfo("first build of the bundled corpus: %lld ms", m_buildMs);
        QVERIFY2(m_buildMs < 2000,
            "far over the 200 ms target; see bench/search for the measured figure");
        QCOMPARE(countRows(*m_db, QStringLiteral("PRAGMA user_version")), Database::SchemaVersion);
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM article")), 5);
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM passage")), 150);
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM passage_fts")), 150);
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM rule_passage")), 184);
        // (185 links; 004#r4 states Beijing's rate before and after 2021, one row)
        QCOMPARE(m_db->meta(QStringLiteral("corpus_version")), Corpus::bundledVersion());
        QVERIFY(Corpus::bundledVersion().startsWith(QStringLiteral("p3-")));
        QString error;
        const auto articles = CorpusStore(*m_db).articles(&error);
        QVERIFY2(articles, qPrintable(error));
        QCOMPARE(articles->size(), 5);
        QCOMPARE(articles->at(2).id, QStringLiteral("002"));
        QCOMPARE(articles->at(2).passages, 25);
        QCOMPARE(articles->at(2).related, 20);
        QCOMPARE(articles->at(2).excluded, 3); // disclaimer, r17, r20
        QCOMPARE(articles->at(2).answer, QStringLiteral("并不等同于白交"));
    }

    void secondOpenKeepsData()
    {
        Database again(m_db->path());
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        bool rebuilt = true;
        QVERIFY2(CorpusStore(again).ensureBundled(yibao::test::library(), &error, &rebuilt),
            qPrintable(error));
        QVERIFY(!rebuilt);
        QCOMPARE(countRows(again, QStringLiteral("SELECT COUNT(*) FROM passage")), 150);
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(db.execSql(QStringLiteral("PRAGMA user_version = 99"), &error));
        }
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(QStringLiteral("99")),
            qPrintable(error));
    }

    void passageLookup()
    {
        QString error;
        const auto p = CorpusStore(*m_db).passage(QStringLiteral("002#r9"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->title, QStringLiteral("职工医保停缴后补缴多久生效"));
        QCOMPARE(p->kind, PassageKind::Related);
        QCOMPARE(p->date, QStringLiteral("2025-04-13"));
        QVERIFY(!CorpusStore(*m_db).passage(
            QStringLiteral("002#r17"), &error)); // off topic, not stored
        QVERIFY(error.contains(QStringLiteral("002#r17")));
    }

    void queryTerms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("longTerms");
        QTest::addColumn<QStringList>("shortTerms");
        QTest::addColumn<QString>("trigram");
        QTest::addColumn<QString>("chars");
        QTest::newRow("one short") << "补缴" << QStringList() << QStringList { "补缴" } << ""
                                   << "\"补 缴\"";
        QTest::newRow("quotes stripped")
            << "\"补缴\"" << QStringList() << QStringList { "补缴" } << ""
            << "\"补 缴\"";
        QTest::newRow("star stripped")
            << "滞纳金*" << QStringList { "滞纳金" } << QStringList() << "\"滞纳金\""
            << "";
        QTest::newRow("OR is a word")
            << "补缴 OR 断缴" << QStringList() << QStringList { "补缴", "OR", "断缴" } << ""
            << "\"补 缴\" AND \"O R\" AND \"断 缴\"";
        QTest::newRow("inner quote doubled")
            << "a\"b\"c" << QStringList { "a\"b\"c" } << QStringList() << "\"a\"\"b\"\"c\""
            << "";
        QTest::newRow("ideographic space") << "余额\u3000滞纳金" << QStringList { "滞纳金" }
                                           << QStringList { "余额" } << "\"滞纳金\""
                                           << "\"余 额\"";
        QTest::newRow("only syntax") << "\" * ( ) ^" << QStringList() << QStringList() << ""
                                     << "";
        QTest::newRow("duplicates") << "补缴 补缴" << QStringList() << QStringList { "补缴" } << ""
                                    << "\"补 缴\"";
    }
    void queryTerms()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, longTerms);
        QFETCH(QStringList, shortTerms);
        QFETCH(QString, trigram);
        QFETCH(QString, chars);
        const SearchQuery q = SearchQuery::parse(query);
        QCOMPARE(q.longTerms(), longTerms);
        QCOMPARE(q.shortTerms(), shortTerms);
        QCOMPARE(q.trigramMatch(), trigram);
        QCOMPARE(q.charsMatch(), chars);
    }

    // The pair index: two adjacent characters are one token, case-folded; pairs with a
    // blank or ASCII punctuation are left out, as the index's tokenizer would split them.
    void pairs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pairs");
        QTest::newRow("cjk") << "个人账户"
                             << "个人 人账 账户 ";
        QTest::newRow("case folded") << "APP查"
                                     << "ap pp p查 ";
        QTest::newRow("punctuation and blanks") << "补缴, 余额。"
                                                << "补缴 余额 额。 ";
        QTest::newRow("one character") << "缴"
                                       << "";
        QTest::newRow("outside the BMP") << "𠀀缴"
                                         << "𠀀缴 ";
    }
    void pairs()
    {
        QFETCH(QString, text);
        QFETCH(QString, pairs);
        QCOMPARE(SearchQuery::pairs(text), pairs);
    }

    void pairToken()
    {
        QCOMPARE(SearchQuery::pairToken(QStringLiteral("个账")), QStringLiteral("个账"));
        QCOMPARE(SearchQuery::pairToken(QStringLiteral("Ab")), QStringLiteral("ab"));
        QCOMPARE(SearchQuery::pairToken(QStringLiteral("𠀀缴")), QStringLiteral("𠀀缴"));
        QCOMPARE(SearchQuery::pairToken(QStringLiteral("缴")), QString());
        QCOMPARE(SearchQuery::pairToken(QStringLiteral("补缴费")), QString());
        QCOMPARE(SearchQuery::pairToken(QStringLiteral("a-")), QString());
    }

    // A query without any dictionary word: every hit contains every term, and every
    // passage that contains them is a hit.
    void matchesExactly_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::newRow("1 char 冻") << "冻" << 5;
        QTest::newRow("1 char 缴") << "缴" << 93;
        QTest::newRow("mixed 3个月") << "3个月" << 18;
        QTest::newRow("mixed 1年") << "1年" << 4;
        QTest::newRow("4 chars 次月1日") << "次月1日" << 2;
        QTest::newRow("latin lower") << "app" << 6;
        QTest::newRow("latin upper") << "APP" << 6;
        QTest::newRow("percent") << "9.8%" << 1;
        QTest::newRow("no such word") << "养老金调整" << 0;
    }
    void matchesExactly()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QStringList got = search(query);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expectedMatches(SearchQuery::parse(query).terms()));
        QCOMPARE(got.size(), count);
    }

    // A spelling finds the same passages as the others: the fold applies to the
    // passages, so 000, which writes only 断交, is found by 断缴.
    void spellingsFold_data()
    {
        QTest::addColumn<QStringList>("spellings");
        QTest::addColumn<QString>("mustFind");
        QTest::newRow("断缴") << QStringList { "断缴", "断交", "断保" } << "000#i";
        QTest::newRow("补缴") << QStringList { "补缴", "补交" } << "004#r7";
        QTest::newRow("停缴") << QStringList { "停缴", "停交", "停保" } << "004#r2";
        QTest::newRow("滞纳金") << QStringList { "滞纳金", "滞纳费" } << "001#r4";
    }
    void spellingsFold()
    {
        QFETCH(QStringList, spellings);
        QFETCH(QString, mustFind);
        const QStringList first = sorted(search(spellings.first()));
        QVERIFY2(first.contains(mustFind), qPrintable(first.join(QLatin1Char(','))));
        for (const QString &s : spellings)
            QCOMPARE(sorted(search(s)), first);
        // Every passage writing any spelling is found.
        for (const QString &s : spellings)
            for (const QString &id : expectedMatches({ s }))
                QVERIFY2(first.contains(id), qPrintable(id));
    }

    // The passage that states the fact comes first.
    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("滞纳金: the 0.05% a day item") << "滞纳金"
                                                      << "001#r4";
        QTest::newRow("宽限期: grace is three months") << "宽限期"
                                                       << "001#r6";
        QTest::newRow("次月1日生效: first cover") << "次月1日生效"
                                                  << "002#r6";
        // Linked to lifelong.backpay first (links.json): the 补缴金额 formula item.
        QTest::newRow("一次性补缴: Beijing one-time back-pay") << "一次性补缴"
                                                               << "004#r7";
        QTest::newRow("补缴比例: 12% / 11%") << "补缴比例"
                                             << "004#r4";
        QTest::newRow("冻结: frozen when owed") << "冻结"
                                                << "001#s4.1";
        QTest::newRow("冻: same by one character") << "冻"
                                                   << "001#s4.1";
        QTest::newRow("终身医保: years keep counting") << "终身医保"
                                                       << "002#s1";
        QTest::newRow("男性: 25 years") << "男性"
                                        << "002#r7";
        QTest::newRow("1年: one year waiting") << "1年"
                                               << "003#s2.2";
        // Both 003#r12 and 004#s3.2 say 连续缴费满6个月; 003#r12 is linked to gap.grace.
        QTest::newRow("连续缴费满6: six months waiting") << "连续缴费满6"
                                                         << "003#r12";
    }
    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const QStringList got = search(query, 5);
        QVERIFY2(!got.isEmpty(), qPrintable(query));
        QCOMPARE(got.first(), first);
    }

    // Query text is never FTS syntax: nothing breaks, nothing widens, nothing is injected.
    void ftsSyntaxIsText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sameAs"); // a plain query with the same hits
        QTest::newRow("quoted") << "\"补缴\""
                                << "补缴";
        QTest::newRow("prefix star") << "补缴*"
                                     << "补缴";
        QTest::newRow("star long") << "滞纳金*"
                                   << "滞纳金";
        QTest::newRow("OR") << "补缴 OR 断缴"
                            << "补缴 断缴 or";
        QTest::newRow("quote OR quote") << "补缴\" OR \"余额"
                                        << "补缴 余额 or";
        QTest::newRow("NEAR") << "NEAR(补缴 断缴)"
                              << "near(补缴 断缴";
        QTest::newRow("column filter") << "text:补缴"
                                       << "text:补缴";
        QTest::newRow("caret") << "^补缴"
                               << "补缴";
        QTest::newRow("lone quote") << "\""
                                    << "";
        QTest::newRow("lone star") << "*"
                                   << "";
        QTest::newRow("sql") << "补缴'; DROP TABLE passage; --"
                             << "补缴'; drop table passage";
    }
    void ftsSyntaxIsText()
    {
        QFETCH(QString, query);
        QFETCH(QString, sameAs);
        const QStringList got = search(query);
        QVERIFY(!got.contains(QStringLiteral("<error>")));
        QCOMPARE(got, search(sameAs));
        // No passage has the word "or": it adds nothing to the dictionary words' hits.
        if (query.contains(QStringLiteral("OR")))
            QCOMPARE(got, search(QString(query).remove(QStringLiteral("OR"))));
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM passage")), 150);
    }

    void snippetMarksMatches()
    {
        PassageSearch s(m_db->connection(), yibao::test::library());
        QString error;
        const auto hits = s.search(QStringLiteral("滞纳金"), 1, &error);
        QVERIFY2(hits && hits->size() == 1, qPrintable(error));
        const Snippet &sn = hits->first().snippet;
        QVERIFY2(sn.text.contains(QStringLiteral("[滞纳金] (每日0.05%)")), qPrintable(sn.text));
        QCOMPARE(sn.text.count(QStringLiteral("[滞纳金]")), 2);
        QCOMPARE(sn.marks.size(), 2);
        QCOMPARE(sn.plain.mid(sn.marks.first().first, sn.marks.first().second),
            QStringLiteral("滞纳金"));
        QVERIFY(sn.text.startsWith(QChar(0x2026))); // cut before the match
        QCOMPARE(hits->first().title, QStringLiteral("医保有一个月没交上怎么办"));
    }

    void snippet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("short, two terms")
            << "断缴后补缴,补缴后恢复" << QStringList { "补缴", "恢复" } << 80
            << "断缴后[补缴],[补缴]后[恢复]";
        QTest::newRow("cut both ends") << "一二三四五六七八九十补缴一二三四五六七八九十"
                                       << QStringList { "补缴" } << 8 << "…九十[补缴]一二三四…";
        QTest::newRow("case insensitive")
            << "打开APP查询" << QStringList { "app" } << 80 << "打开[APP]查询";
        QTest::newRow("no match") << "第一行\n第二行" << QStringList { "x" } << 80
                                  << "第一行 第二行";
        QTest::newRow("overlapping terms")
            << "一次性补缴" << QStringList { "一次性", "性补缴" } << 80 << "[一次性补缴]";
    }
    void snippet()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(int, width);
        QFETCH(QString, snippet);
        QCOMPARE(Snippet::make(text, terms, width).text, snippet);
    }

    void bm25Score()
    {
        const QStringList t { QStringLiteral("补缴") };
        const QList<double> idf { 1.0 };
        const double once
            = PassageSearch::score(QString(), QStringLiteral("补缴后恢复待遇。"), t, idf, 8);
        const double twice
            = PassageSearch::score(QString(), QStringLiteral("补缴后补缴完毕"), t, idf, 8);
        const double inLabel = PassageSearch::score(
            QStringLiteral("补缴"), QStringLiteral("后恢复待遇。"), t, idf, 8);
        const double longer = PassageSearch::score(
            QString(), QStringLiteral("补缴后恢复待遇。") + QString(40, QChar(0x4E00)), t, idf, 8);
        QVERIFY(twice > once);
        QVERIFY(once > inLabel); // the text states, the label names
        QVERIFY(inLabel > 0);
        QVERIFY(once > longer); // the same count in a longer passage weighs less
        QCOMPARE(PassageSearch::score(
                     QString(), QStringLiteral("APP 与 app"), { QStringLiteral("App") }, idf, 8),
            PassageSearch::score(
                QString(), QStringLiteral("app 与 app"), { QStringLiteral("app") }, idf, 8));
    }

    // A query matching more passages than the window ranks the first RankWindow of them.
    void rankWindow()
    {
        CorpusStore store(*m_db);
        QString error;
        QString text = QStringLiteral("窗口清单\n\n各窗口:\n\n");
        for (int i = 0; i < PassageSearch::RankWindow + 100; ++i)
            text += QStringLiteral("  • 第%1号窗口办理补缴登记。\n").arg(i);
        const auto id = store.addUserArticle(QStringLiteral("list.txt"), text, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(search(QStringLiteral("号窗口"), 5000).size(), PassageSearch::RankWindow);
        QCOMPARE(search(QStringLiteral("号窗口"), 7).size(), 7);
        QVERIFY(store.removeUserArticle(*id, &error));
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM passage")), 150);
    }

    // A file written before the pair index, or whose articles a program without it changed,
    // is read again.
    void pairIndexRebuilt()
    {
        QString error;
        const QStringList before = search(QStringLiteral("补交"));
        QVERIFY(before.contains(QStringLiteral("004#r7")));
        QVERIFY2(
            m_db->execSql(QStringLiteral("DROP TABLE passage_pairs"), &error), qPrintable(error));
        bool rebuilt = false;
        QVERIFY2(CorpusStore(*m_db).ensureBundled(yibao::test::library(), &error, &rebuilt),
            qPrintable(error));
        QVERIFY(rebuilt);
        QCOMPARE(search(QStringLiteral("补交")), before);
        QVERIFY2(CorpusStore(*m_db).ensureBundled(yibao::test::library(), &error, &rebuilt),
            qPrintable(error));
        QVERIFY(!rebuilt);

        // An older program removed an article: the passages no longer match the index.
        QVERIFY2(m_db->execSql(QStringLiteral("INSERT INTO passage_pairs(passage_pairs) "
                                              "VALUES('delete-all')"),
                     &error),
            qPrintable(error));
        QVERIFY2(m_db->setMeta(QString::fromLatin1(CorpusStore::PairsStateKey),
                     QStringLiteral("151:999"), &error),
            qPrintable(error));
        QCOMPARE(search(QStringLiteral("补交")), QStringList());
        QVERIFY2(CorpusStore(*m_db).ensureBundled(yibao::test::library(), &error, &rebuilt),
            qPrintable(error));
        QVERIFY(rebuilt);
        QCOMPARE(search(QStringLiteral("补交")), before);
    }

    void userArticles()
    {
        CorpusStore store(*m_db);
        QString error;
        const QString text
            = QStringLiteral("本所补缴须知\n\n先补后用\n\n一、办理\n\n  1. 窗口办理\n\n    • "
                             "携带身份证到三号窗口办理补缴手续。\n\n相关推荐\n"
                             "社保窗口在哪\n\n三号窗口\n\n本所 2026-01-05\n");
        const auto id = store.addUserArticle(QStringLiteral("须知.txt"), text, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(*id, QStringLiteral("u001"));
        QCOMPARE(
            sorted(search(QStringLiteral("三号窗口"))), (QStringList { "u001#r1", "u001#s1.1.1" }));
        QCOMPARE(search(QStringLiteral("窗口 身份证")), QStringList { "u001#s1.1.1" });
        QVERIFY(search(QStringLiteral("补缴")).contains(QStringLiteral("u001#s1.1.1")));

        // A second file gets the next id; a parser or corpus change keeps both.
        const auto id2 = store.addUserArticle(
            QStringLiteral("b.txt"), QStringLiteral("另一篇\n\n窗口改到五号。\n"), &error);
        QVERIFY2(id2, qPrintable(error));
        QCOMPARE(*id2, QStringLiteral("u002"));
        QVERIFY(m_db->setMeta(QStringLiteral("corpus_version"), QStringLiteral("p0-old"), &error));
        bool rebuilt = false;
        QVERIFY2(store.ensureBundled(yibao::test::library(), &error, &rebuilt), qPrintable(error));
        QVERIFY(rebuilt);
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM article")), 7);
        QCOMPARE(search(QStringLiteral("五号")), QStringList { "u002#i" });
        QCOMPARE(
            sorted(search(QStringLiteral("三号窗口"))), (QStringList { "u001#r1", "u001#s1.1.1" }));

        // Removing forgets the passages in both indexes.
        QVERIFY2(store.removeUserArticle(QStringLiteral("u001"), &error), qPrintable(error));
        QCOMPARE(search(QStringLiteral("三号窗口")), QStringList());
        QCOMPARE(search(QStringLiteral("三号")), QStringList());
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM passage")), 151);
        QVERIFY(!store.removeUserArticle(QStringLiteral("001"), &error));
        QVERIFY(error.contains(QStringLiteral("bundled")));
        QVERIFY(!store.removeUserArticle(QStringLiteral("u009"), &error));
        QVERIFY(store.removeUserArticle(QStringLiteral("u002"), &error));
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM passage")), 150);
        QVERIFY(!store.addUserArticle(QStringLiteral("empty.txt"), QString(), &error));
        QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM article")), 5);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
