// SPDX-License-Identifier: GPL-3.0-or-later
// bench_storage: the counter's database as a clerk uses it — saving a consultation, and
// the consultation list filtering as the clerk types.
//
//   bench_storage [--count N] [--iterations N] [--dir DIR]
//
// Targets: saving a consultation <= 5 ms; filtering the list of 10 000 saved
// consultations <= 16 ms per keystroke. A save is timed end to end as the window runs it
// (ConsultationStore::save: case serialized, ID checked and masked, one durable
// transaction, i.e. on disk when it returns); a keystroke is ConsultationFilter::fromQuery
// plus ConsultationStore::list with every matching row (no limit), after one warm-up run.
// The consultations get generated names (common surnames and given names), valid ID
// numbers and creation times spread over two years, so that filters match as many rows as
// at a real counter (张 matches about one row in twenty).
#include "domain/idnumber.h"
#include "explain/library.h"
#include "io/casejson.h"
#include "storage/autosavestore.h"
#include "storage/consultationstore.h"
#include "storage/corpusstore.h"
#include "storage/database.h"
#include "storage/databaserecovery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
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

struct Timing
{
    double median = 0, p95 = 0, max = 0;
};

Timing summarize(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)),
        ms.last() };
}

QString fmt(double v)
{
    return QString::number(v, 'f', 3);
}

Case sampleCase(int n)
{
    Case c;
    c.asOf = QDate(2026, 11, 23);
    c.person
        = { QDate(1960 + n % 30, 1 + n % 12, 1 + n % 28), Sex::Female, Category::FemaleWorker };
    ContributionPeriod p1;
    p1.from = YearMonth(1997, 7);
    p1.to = YearMonth(2015, 12);
    p1.base = Money::fromFen(300000 + 100 * (n % 500));
    ContributionPeriod p2 = p1;
    p2.from = YearMonth(2016, 1);
    p2.to = YearMonth(2016, 4);
    p2.status = PeriodStatus::Arrears;
    ContributionPeriod p3 = p1;
    p3.from = YearMonth(2016, 5);
    p3.to = YearMonth(2025, 6);
    p3.kind = PeriodKind::Flexible;
    c.periods = { p1, p2, p3 };
    c.events = { { QDate(2016, 3, 15), Care::Inpatient } };
    return c;
}

QString idNumber(std::mt19937 &rng, QDate birth)
{
    static const char *const regions[]
        = { "110101", "310104", "440304", "320102", "510107", "330106", "420106", "610113" };
    QString s = QString::fromLatin1(regions[rng() % 8]) + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(rng() % 1000, 3, 10, QLatin1Char('0'));
    return s + idNumberCheckDigit(s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    int iterations = 50;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--iterations"))
            iterations = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dirArg = args.at(i + 1);
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_storage-XXXXXX")
                                       : dirArg + QStringLiteral("/bench_storage-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("yibao.sqlite"));
    QString error;
    Database db(path);
    if (!db.open(&error) || !CorpusStore(db).ensureBundled(benchLibrary(), &error)) {
        out() << "error: " << error << "\n";
        return 1;
    }
    ConsultationStore store(db);

    // Names as a counter sees them: a few surnames are very common.
    const QStringList surnames
        = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗")
              .split(QLatin1Char(' '));
    const QStringList given = QStringLiteral(
        "伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 三 建国 玉兰")
                                  .split(QLatin1Char(' '));
    std::mt19937 rng(20261128);
    const QDateTime start(QDate(2024, 12, 1), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600);

    QList<double> saveMs;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        Consultation c;
        c.clientName
            = surnames.at(int(rng() % surnames.size())) + given.at(int(rng() % given.size()));
        c.c = sampleCase(i);
        c.idNumber = idNumber(rng, c.c.person.birth);
        c.note = QStringLiteral("咨询补缴与退休年限");
        // Spread over two years, in order, as a counter would have saved them.
        const QDateTime when = start.addSecs(qint64(i) * 2 * 365 * 24 * 3600 / std::max(1, count));
        store.setClock([when] { return when; });
        t.start();
        if (!store.save(c, &error)) {
            out() << "error: " << error << "\n";
            return 1;
        }
        saveMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    store.setClock([] { return QDateTime::currentDateTime(); });

    // Updating one: what the clerk's 保存 does on a reopened consultation.
    QList<double> updateMs;
    for (int i = 0; i < 200; ++i) {
        const auto c = store.load(1 + (i * 37) % count, &error);
        if (!c) {
            out() << "error: " << error << "\n";
            return 1;
        }
        Consultation u = *c;
        u.note = QStringLiteral("复诊 %1").arg(i);
        t.start();
        if (!store.save(u, &error)) {
            out() << "error: " << error << "\n";
            return 1;
        }
        updateMs.append(double(t.nsecsElapsed()) / 1e6);
    }

    AutosaveStore autosave(db);
    const QByteArray autosaveBytes = CaseJson::serialize(sampleCase(1));
    QList<double> autosaveMs;
    for (int i = 0; i < 200; ++i) {
        t.start();
        if (!autosave.save(autosaveBytes, QString(), &error)) {
            out() << "error: " << error << "\n";
            return 1;
        }
        autosaveMs.append(double(t.nsecsElapsed()) / 1e6);
    }

    // What the disk's sync alone costs: one small row, committed durably.
    QList<double> syncMs;
    for (int i = 0; i < 200; ++i) {
        t.start();
        const bool ok = db.durableTransaction(&error,
            [&] { return db.setMeta(QStringLiteral("bench"), QString::number(i), &error); });
        syncMs.append(double(t.nsecsElapsed()) / 1e6);
        if (!ok) {
            out() << "error: " << error << "\n";
            return 1;
        }
    }

    const Timing s = summarize(saveMs), u = summarize(updateMs), a = summarize(autosaveMs),
                 y = summarize(syncMs);
    out() << "# bench_storage: " << count << " consultations, database "
          << QString::number(double(QFileInfo(path).size()) / 1e6, 'f', 1) << " MB\n\n";
    out() << "| operation | runs | median ms | p95 ms | max ms |\n|---|---|---|---|---|\n";
    out() << "| save a new consultation | " << saveMs.size() << " | " << fmt(s.median) << " | "
          << fmt(s.p95) << " | " << fmt(s.max) << " |\n";
    out() << "| save a reopened consultation | " << updateMs.size() << " | " << fmt(u.median)
          << " | " << fmt(u.p95) << " | " << fmt(u.max) << " |\n";
    out() << "| autosave | " << autosaveMs.size() << " | " << fmt(a.median) << " | " << fmt(a.p95)
          << " | " << fmt(a.max) << " |\n";
    out() << "| durable commit of one small row (the sync alone) | " << syncMs.size() << " | "
          << fmt(y.median) << " | " << fmt(y.p95) << " | " << fmt(y.max) << " |\n\n";

    // Typing in the list's search box, one keystroke at a time.
    const QStringList keystrokes = { QString(), QStringLiteral("张"), QStringLiteral("张三"),
        QStringLiteral("王芳"), QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("123"),
        QStringLiteral("1234"), QStringLiteral("002X"), QStringLiteral("2025-11"),
        QStringLiteral("2025-11-03"), QStringLiteral("张 2025-11"),
        QStringLiteral("李 2026-03 1234"), QStringLiteral("赵无此人") };
    // As the window runs it: the newest DefaultListLimit matches and how many there are;
    // then, for comparison, every matching row.
    for (const int limit : { int(ConsultationStore::DefaultListLimit), -1 }) {
        out() << (limit < 0 ? QStringLiteral("\nEvery matching row (no limit):\n\n")
                            : QStringLiteral("Keystroke: list(filter) with the default limit of "
                                             "%1 rows, plus count(filter):\n\n")
                                  .arg(limit));
        out() << "| query | matches | rows | median ms | p95 ms | max ms |\n"
                 "|---|---|---|---|---|---|\n";
        for (const QString &q : keystrokes) {
            const auto warm = store.list(ConsultationFilter::fromQuery(q), &error, limit);
            const auto matches = store.count(&error, ConsultationFilter::fromQuery(q));
            if (!warm || !matches) {
                out() << "error: " << error << "\n";
                return 1;
            }
            QList<double> ms;
            for (int i = 0; i < iterations; ++i) {
                t.start();
                const ConsultationFilter f = ConsultationFilter::fromQuery(q);
                const auto rows = store.list(f, &error, limit);
                const auto n = limit < 0 ? std::optional<int>(0) : store.count(&error, f);
                ms.append(double(t.nsecsElapsed()) / 1e6);
                if (!rows || !n)
                    return 1;
            }
            const Timing k = summarize(ms);
            out() << "| " << (q.isEmpty() ? QStringLiteral("(empty)") : q) << " | " << *matches
                  << " | " << warm->size() << " | " << fmt(k.median) << " | " << fmt(k.p95) << " | "
                  << fmt(k.max) << " |\n";
        }
    }

    // The start of the program: open with the integrity check.
    db.close();
    QList<double> openMs;
    for (int i = 0; i < 5; ++i) {
        Database again(path);
        RecoveryReport report;
        t.start();
        if (!DatabaseRecovery::open(again, &report, &error) || report.recovered) {
            out() << "error: " << error << report.toText() << "\n";
            return 1;
        }
        openMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    const Timing o = summarize(openMs);
    out() << "\nopen with PRAGMA integrity_check (5 runs): median " << fmt(o.median) << " ms, max "
          << fmt(o.max) << " ms\n";
    return 0;
}
