// SPDX-License-Identifier: GPL-3.0-or-later
// bench_search: how long the explainer's database takes to build and to answer a query,
// over the bundled corpus and over a generated corpus of many articles.
//
//   bench_search [--articles N] [--iterations N] [--dir DIR] [--keep 1] [--db FILE]
//                [--dump FILE] [--only QUERY] [--builds N]
//
// --db FILE keeps the database with the generated articles in FILE and reuses it on the
// next run when it holds the same number of them (adding 10 000 takes a minute or more).
// --dump FILE writes every query's result (total, subjects, hits with score and snippet) so
// that two builds can be compared: a change meant only to be faster must not change it.
// --only QUERY times that query alone, --builds N makes N first starts (default 20): both
// for a profiler's run.
//
// Targets: first build of the bundled corpus <= 200 ms; a query <= 2 ms on the
// bundled corpus and <= 20 ms with 10 000 articles. Each query is timed end to end as the
// window runs it (PassageSearch::search with its default limit, snippets included), after
// one warm-up run; the figures are the median and the 95th percentile.
//
// The generated articles are made of the bundled corpus's own sentences, shuffled and
// recombined in the bundled layout (sections, items, bullets, 20 related items each), so
// that word frequencies are those of real articles, and they are added the way a user adds
// articles (CorpusStore::addUserArticles: parsed, stored, indexed).
#include "explain/corpus.h"
#include "explain/library.h"
#include "explain/passagesearch.h"
#include "storage/corpusstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>

namespace {

// The program loads its library once at start; so does each benchmark.
const yibao::Library &benchLibrary()
{
    static const yibao::Library library = yibao::Library::fromResources();
    return library;
}

} // namespace

using namespace yibao;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QStringList Queries = {
    QStringLiteral("缴"),
    QStringLiteral("冻"),
    QStringLiteral("补缴"),
    QStringLiteral("断缴"),
    QStringLiteral("余额"),
    QStringLiteral("医保"),
    QStringLiteral("滞纳金"),
    QStringLiteral("宽限期"),
    QStringLiteral("3个月"),
    QStringLiteral("个人账户"),
    QStringLiteral("统筹基金"),
    QStringLiteral("一次性补缴"),
    QStringLiteral("次月1日生效"),
    QStringLiteral("连续缴费满6"),
    QStringLiteral("余额 滞纳金"),
    QStringLiteral("补缴 OR \"断缴\""),
    // Other spellings (each searches all spellings of its word and the word's other words:
    // 断缴 is 14 texts), rule names and sentences (several words at once, matched with OR).
    QStringLiteral("断交"),
    QStringLiteral("补交"),
    QStringLiteral("停缴"),
    QStringLiteral("停交"),
    QStringLiteral("个人帐户"),
    QStringLiteral("滞纳费"),
    QStringLiteral("等待期"),
    QStringLiteral("视同缴费"),
    QStringLiteral("断缴后多久恢复"),
    QStringLiteral("退休补缴多少钱"),
    QStringLiteral("断交后补交多久可以报销"),
    QStringLiteral("医保断了卡里的钱还能用吗"),
    QStringLiteral("断缴了个人账户余额还能用吗"),
    QStringLiteral("北京退休补缴怎么算"),
    QStringLiteral("胃胀"),
};

struct Timing
{
    double median = 0, p95 = 0, max = 0;
    int hits = 0;
};

Timing timeQuery(PassageSearch &search, const QString &query, int iterations)
{
    QString error;
    const auto warm = search.search(query, PassageSearch::DefaultLimit, &error);
    if (!warm) {
        out() << "error: " << error << "\n";
        return {};
    }
    QList<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < iterations; ++i) {
        t.start();
        const auto hits = search.search(query, PassageSearch::DefaultLimit, &error);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (!hits)
            return {};
    }
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2),
        ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95))), ms.last(),
        int(warm->size()) };
}

// Every query's full result, one line per hit, to compare two builds with diff.
void dumpQueries(PassageSearch &search, const QString &heading, QTextStream &dump)
{
    dump << "# " << heading << "\n";
    for (const QString &q : Queries) {
        QString error;
        const auto r = search.find(q, PassageSearch::RankWindow * 2, &error);
        if (!r) {
            dump << q << "\terror: " << error << "\n";
            continue;
        }
        dump << q << "\ttotal " << r->total << "\tsubjects " << r->subjects.join(QLatin1Char(','))
             << "\tterms " << r->terms.join(QLatin1Char(',')) << "\n";
        for (const SearchHit &h : r->hits)
            dump << "  " << h.passage << ' ' << QString::number(h.score, 'g', 12) << ' ' << h.title
                 << " | " << h.snippet.text << "\n";
    }
    dump.flush();
}

void printQueries(PassageSearch &search, int iterations, double target)
{
    out() << "| query | chars | hits (limit 20) | median ms | p95 ms | max ms "
             "|\n|---|---|---|---|---|---|\n";
    double worst = 0;
    for (const QString &q : Queries) {
        const Timing t = timeQuery(search, q, iterations);
        worst = std::max(worst, t.p95);
        out() << "| " << q << " | " << q.size() << " | " << t.hits << " | "
              << QString::number(t.median, 'f', 3) << " | " << QString::number(t.p95, 'f', 3)
              << " | " << QString::number(t.max, 'f', 3) << " |\n";
    }
    out() << "\nworst p95: " << QString::number(worst, 'f', 3) << " ms (target " << target
          << " ms): " << (worst <= target ? "met" : "NOT met") << "\n\n";
    out().flush();
}

// Sentences of the bundled corpus, the material of the generated articles.
QStringList sentences(QStringList *titles)
{
    static const QRegularExpression end(QStringLiteral("(?<=[。；;！？!?])"));
    QStringList out;
    for (const Article &a : benchLibrary().corpus().articles()) {
        for (const Passage &p : a.passages) {
            if (p.kind == PassageKind::Related)
                titles->append(p.title);
            for (const QString &s : p.text.split(QLatin1Char('\n')))
                for (const QString &part : s.split(end, Qt::SkipEmptyParts))
                    if (part.trimmed().size() > 4)
                        out.append(part.trimmed());
        }
    }
    return out;
}

QString generateArticle(
    std::mt19937 &rng, const QStringList &pool, const QStringList &titles, int n)
{
    auto pick = [&](const QStringList &from) {
        return from.at(std::uniform_int_distribution<qsizetype>(0, from.size() - 1)(rng));
    };
    auto text = [&](int count) {
        QString s;
        for (int i = 0; i < count; ++i)
            s += pick(pool);
        return s;
    };
    static const char *const numerals[] = { "一", "二", "三", "四" };
    QString a = pick(titles) + QStringLiteral("（第%1篇）\n\n").arg(n);
    a += pick(titles).left(12) + QStringLiteral("\n\n");
    a += text(2) + QStringLiteral("\n\n");
    const int sections = std::uniform_int_distribution<int>(2, 4)(rng);
    for (int s = 0; s < sections; ++s) {
        a += QString::fromUtf8(numerals[s]) + QStringLiteral("、") + pick(titles).left(8)
            + QStringLiteral("\n\n");
        for (int i = 1; i <= 2; ++i) {
            a += QStringLiteral("  %1. ").arg(i) + pick(titles).left(8) + QStringLiteral("\n\n    ")
                + text(1) + QStringLiteral("\n\n");
            a += QStringLiteral("    • ") + text(1) + QStringLiteral("\n\n");
        }
    }
    a += text(2) + QStringLiteral("\n\n相关推荐\n\n");
    for (int r = 0; r < 20; ++r)
        a += pick(titles) + QStringLiteral("\n\n") + text(4)
            + QStringLiteral("\n\n健康新闻 2025-04-19\n\n");
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int articles = 10000, iterations = 200, firstStarts = 20;
    QString dirArg, dbArg, dumpArg;
    bool keep = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--articles"))
            articles = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--iterations"))
            iterations = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--dir"))
            dirArg = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1) == QLatin1String("1");
        else if (args.at(i) == QLatin1String("--db"))
            dbArg = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--dump"))
            dumpArg = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--only"))
            Queries = QStringList { args.at(i + 1) };
        else if (args.at(i) == QLatin1String("--builds"))
            firstStarts = std::max(1, args.at(i + 1).toInt());
    }
    QFile dumpFile(dumpArg);
    QTextStream dump(&dumpFile);
    if (!dumpArg.isEmpty() && !dumpFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(dumpArg));
        return 1;
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_search-XXXXXX")
                                       : dirArg + QStringLiteral("/bench_search-XXXXXX"));
    if (!tmp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    tmp.setAutoRemove(!keep);
    if (keep)
        out() << "keeping " << tmp.path() << "\n\n";
    QString error;

    // 1. First start: create the file, the schema and the bundled corpus.
    QList<double> builds;
    for (int i = 0; i < firstStarts; ++i) {
        QElapsedTimer t;
        t.start();
        Database db(tmp.filePath(QStringLiteral("build%1.sqlite").arg(i)));
        if (!db.open(&error) || !CorpusStore(db).ensureBundled(benchLibrary(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        builds.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(builds.begin(), builds.end());
    out() << "## First start: build the database with the bundled corpus (" << firstStarts
          << " runs)\n\nmedian " << QString::number(builds.at(builds.size() / 2), 'f', 1)
          << " ms, max " << QString::number(builds.last(), 'f', 1)
          << " ms (target 200 ms): " << (builds.last() <= 200 ? "met" : "NOT met") << "\n\n";
    out().flush();

    // 2. Queries over the bundled corpus.
    Database db(tmp.filePath(QStringLiteral("corpus.sqlite")));
    if (!db.open(&error) || !CorpusStore(db).ensureBundled(benchLibrary(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        PassageSearch search(db.connection(), benchLibrary());
        QSqlQuery bundled(db.connection());
        bundled.exec(QStringLiteral("SELECT COUNT(DISTINCT article), COUNT(*) FROM passage"));
        bundled.next();
        out() << "## Queries over the bundled corpus (" << bundled.value(0).toInt() << " articles, "
              << bundled.value(1).toInt() << " passages; " << iterations << " runs each)\n\n";
        printQueries(search, iterations, 2.0);
        if (!dumpArg.isEmpty())
            dumpQueries(search, QStringLiteral("bundled corpus"), dump);
    }
    if (articles <= 0)
        return 0;

    // 3. The same database with generated articles added (or the one --db keeps).
    std::unique_ptr<Database> kept;
    Database *large = &db;
    qint64 had = 0;
    if (!dbArg.isEmpty()) {
        kept = std::make_unique<Database>(dbArg);
        if (!kept->open(&error) || !CorpusStore(*kept).ensureBundled(benchLibrary(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        large = kept.get();
        QSqlQuery users(large->connection());
        users.exec(QStringLiteral("SELECT COUNT(*) FROM article WHERE origin = 'user'"));
        users.next();
        had = users.value(0).toLongLong();
        if (had != 0 && had != articles) {
            std::fprintf(stderr, "%s holds %lld articles of its own, not %d: remove it first\n",
                qPrintable(dbArg), had, articles);
            return 1;
        }
    }
    QStringList titles;
    const QStringList pool = sentences(&titles);
    std::mt19937 rng(20261123);
    QList<CorpusStore::UserFile> files;
    qint64 chars = 0;
    for (int n = 1; n <= articles; ++n) {
        files.append({ QStringLiteral("gen%1.txt").arg(n), generateArticle(rng, pool, titles, n) });
        chars += files.last().text.size();
    }
    QElapsedTimer t;
    t.start();
    if (had == 0 && !CorpusStore(*large).addUserArticles(files, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double addSeconds = double(t.elapsed()) / 1000;
    QSqlQuery count(large->connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM passage"));
    count.next();
    const qint64 passages = count.value(0).toLongLong();
    count.finish();
    const qint64 fileBytes = QFileInfo(large->path()).size()
        + QFileInfo(large->path() + QStringLiteral("-wal")).size();
    out() << "## Queries with " << articles << " generated articles added\n\n"
          << articles << " articles, " << passages << " passages, "
          << QString::number(double(chars) / 1e6, 'f', 1) << " M characters; "
          << (had == 0 ? QStringLiteral("adding them took %1 s")
                             .arg(QString::number(addSeconds, 'f', 1))
                       : QStringLiteral("reused from %1").arg(dbArg))
          << "; database " << QString::number(double(fileBytes) / 1e6, 'f', 0) << " MB\n\n";
    {
        PassageSearch search(large->connection(), benchLibrary());
        printQueries(search, std::max(5, iterations / 10), 20.0);
        if (!dumpArg.isEmpty())
            dumpQueries(search, QStringLiteral("%1 generated articles").arg(articles), dump);
    }

    // For comparison: what a short query would cost scanning the text with instr().
    out() << "For comparison, a 1-2 character query by scanning the passage table with instr() "
             "(the approach the unigram index replaces):\n\n";
    for (const QString &q : { QStringLiteral("补缴"), QStringLiteral("余额") }) {
        QSqlQuery scan(large->connection());
        scan.prepare(QStringLiteral(
            "SELECT id FROM passage WHERE instr(text, ?) > 0 LIMIT 20 OFFSET 1000000"));
        scan.addBindValue(q);
        t.start();
        scan.exec();
        while (scan.next()) { }
        out() << "- " << q << ": " << QString::number(double(t.nsecsElapsed()) / 1e6, 'f', 1)
              << " ms for one scan (before any ranking)\n";
    }
    out().flush();
    return 0;
}
