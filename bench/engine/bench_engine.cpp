// SPDX-License-Identifier: GPL-3.0-or-later
// Engine benchmarks (not a test): full compute of a 45-year case with 40 gaps and 10
// events, with and without the trace, and batch work over generated cases through the
// same path as `yibao-cli batch` (parse, validate, compute, serialise). Prints one line
// per figure; bench/README.md records them.
#include "explain/library.h"
#include "io/casejson.h"
#include "longcase.h"

#include "io/caseloader.h"
#include "io/resultjson.h"
#include "policy/profileloader.h"
#include "rules/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

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

// A plausible random case: one career with up to three interruptions.
QByteArray randomCaseLine(QRandomGenerator &rng)
{
    Case c;
    c.profile = rng.bounded(2) ? QStringLiteral("general") : QStringLiteral("beijing");
    c.asOf = QDate(2026, 11, 23);
    const int birthYear = 1960 + int(rng.bounded(40));
    const Category cat = Category(rng.bounded(3));
    c.person = { QDate(birthYear, 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28))),
        sexOfCategory(cat), cat };
    YearMonth m = std::max(YearMonth(1990, 1),
        YearMonth(birthYear + 18 + int(rng.bounded(10)), 1 + int(rng.bounded(12))));
    const YearMonth end(2026, 10);
    while (m <= end) {
        ContributionPeriod p;
        p.from = m;
        p.to = std::min(end, m.addMonths(12 + int(rng.bounded(120))));
        p.kind = rng.bounded(3) ? PeriodKind::Employee : PeriodKind::Flexible;
        p.base = Money::fromFen(300000 + qint64(rng.bounded(1000000)));
        const int roll = int(rng.bounded(10));
        if (roll == 0 && p.to < end) {
            p.status = PeriodStatus::Backpaid;
            p.to = p.from.addMonths(int(rng.bounded(4)));
            p.paidOn = p.to.addMonths(1 + int(rng.bounded(5))).firstDay();
            if (*p.paidOn > c.asOf)
                p.paidOn = c.asOf;
        } else if (roll == 1) {
            p.status = PeriodStatus::Arrears;
            p.to = std::min(end, p.from.addMonths(int(rng.bounded(6))));
        }
        c.periods.append(p);
        m = p.to.addMonths(1 + (rng.bounded(4) == 0 ? int(rng.bounded(24)) : 0));
    }
    c.retirement.baseAtRetirement = Money::fromFen(600000);
    c.events.append(
        { QDate(2020 + int(rng.bounded(7)), 1 + int(rng.bounded(12)), 15), Care(rng.bounded(4)) });
    return QJsonDocument(CaseJson::toJson(c)).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int batchCases = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const PolicyProfile &general = *benchLibrary().profiles().find(u"general");

    const Case c = bench::longCase();
    const Result probe = compute(c, general);
    out << "case: " << c.periods.front().from.toString() << " to " << c.periods.back().to.toString()
        << ", " << c.periods.size() << " periods, " << probe.gaps.size() << " gaps, "
        << c.events.size() << " events, " << probe.years.actualMonths << " paid months, "
        << probe.trace.size() << " trace steps\n";

    // "bench_engine N batch" skips the single-case loops, for profiling the batch path
    const bool batchOnly = argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("batch");
    for (const bool trace : { true, false }) {
        const int n = batchOnly ? 0 : trace ? 2000 : 5000;
        QElapsedTimer t;
        t.start();
        qint64 sink = 0;
        for (int i = 0; i < n; ++i)
            sink += compute(c, general, { trace }).years.cumulativeMonths;
        const double ms = double(t.nsecsElapsed()) / 1e6 / n;
        out << "full compute, 45 years, 40 gaps, 10 events, " << (trace ? "with trace" : "no trace")
            << ": " << QString::number(ms, 'f', 4) << " ms per case (" << sink % 7 << ")\n";
    }

    QRandomGenerator rng(20261123);
    QList<QByteArray> lines;
    lines.reserve(batchCases);
    for (int i = 0; i < batchCases; ++i)
        lines.append(randomCaseLine(rng));
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    int rejected = 0;
    for (const QByteArray &line : lines) {
        InputErrors errors;
        const auto loaded
            = loadCase(line, std::nullopt, std::nullopt, benchLibrary().profiles(), &errors);
        if (!loaded) {
            ++rejected;
            continue;
        }
        bytes += ResultJson::toCompactJson(
            compute(loaded->c, *loaded->profile, ComputeOptions { .trace = false }), false)
                     .size();
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    out << "batch (parse + validate + compute + JSON), " << batchCases
        << " generated cases, one core: " << QString::number(batchCases / secs, 'f', 0)
        << " cases/s (" << rejected << " rejected, " << bytes / 1024 / 1024 << " MiB of output)\n";

    t.restart();
    for (const QByteArray &line : lines) {
        InputErrors errors;
        const auto loaded
            = loadCase(line, std::nullopt, std::nullopt, benchLibrary().profiles(), &errors);
        if (loaded)
            compute(loaded->c, *loaded->profile, ComputeOptions { .trace = false });
    }
    out << "batch without the JSON output: "
        << QString::number(batchCases / (double(t.nsecsElapsed()) / 1e9), 'f', 0) << " cases/s\n";
    return 0;
}
