// SPDX-License-Identifier: GPL-3.0-or-later
// The 明白纸 benchmark (not a test): time to write the report PDF, the path of File → 导出
// PDF and `yibao-cli report` after the case is computed (cards, explanations, passages,
// timeline, chart, PDF with an embedded font subset). For each public case and for a
// 45-year case with 12 gaps: the first run in the process (fonts and corpus loaded) and
// the mean of the next N. Prints one line per case; README.md records the figures.
// Usage: bench_report [N] [DIR]   (DIR: also write each case's PDF there)
#include "explain/passagelinker.h"
#include "io/caseloader.h"
#include "policy/policyprofile.h"
#include "policy/profileloader.h"
#include "report/reportwriter.h"
#include "rules/engine.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace yibao;

namespace {

Case longCase()
{
    Case c;
    c.profile = QStringLiteral("general");
    c.asOf = QDate(2026, 11, 23);
    c.person = { QDate(1966, 5, 3), Sex::Male, Category::Male };
    c.retirement.baseAtRetirement = Money::parseYuan(u"8000");
    YearMonth m(1990, 1);
    const YearMonth end(2026, 10);
    int gaps = 0;
    while (m <= end) {
        ContributionPeriod paid;
        paid.from = m;
        paid.to = std::min(end, m.addMonths(30));
        paid.kind = gaps % 2 ? PeriodKind::Flexible : PeriodKind::Employee;
        paid.base = Money::fromFen(300000 + 5000 * gaps);
        c.periods.append(paid);
        m = paid.to.addMonths(1);
        if (m > end || gaps >= 12)
            break;
        ContributionPeriod gap = paid;
        gap.from = m;
        gap.to = m.addMonths(gaps % 4);
        if (gaps % 3 == 0) {
            gap.status = PeriodStatus::Backpaid;
            gap.paidOn = gap.to.addMonths(5).lastDay();
        } else if (gaps % 3 == 1) {
            gap.kind = PeriodKind::Resident;
            gap.base.reset();
        }
        if (gaps % 3 != 2)
            c.periods.append(gap);
        m = gap.to.addMonths(1);
        ++gaps;
    }
    // the last run may stop short of the end: pay up to it
    if (c.periods.last().to < end) {
        ContributionPeriod last = c.periods.first();
        last.from = c.periods.last().to.addMonths(1);
        last.to = end;
        c.periods.append(last);
    }
    c.events = { { QDate(2010, 3, 1), Care::Inpatient }, { QDate(2020, 7, 9), Care::Outpatient } };
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    QTextStream out(stdout);
    QTemporaryDir dir;

    QList<QPair<QString, Case>> cases;
    const QDir publicDir(QStringLiteral(YIBAO_PUBLIC_CASES));
    for (const QString &f :
        publicDir.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name)) {
        QFile file(publicDir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        InputErrors errors;
        if (const auto loaded = loadCase(file.readAll(), std::nullopt, std::nullopt, &errors))
            cases.append({ f.chopped(int(qstrlen(".yibao.json"))), loaded->c });
    }
    cases.append({ QStringLiteral("45-year, 12 gaps"), longCase() });

    for (const auto &[name, c] : cases) {
        const PolicyProfile *profile = ProfileSet::bundled().find(c.profile);
        if (!profile) {
            out << name << ": no profile " << c.profile << "\n";
            continue;
        }
        Result r = compute(c, *profile);
        attachPassages(r.trace);
        const ReportWriter writer(c, r);
        const QString pdf = dir.filePath(QStringLiteral("bench.pdf"));
        QString error;
        QElapsedTimer t;
        t.start();
        if (!writer.writePdf(pdf, &error)) {
            out << name << ": " << error << "\n";
            return 1;
        }
        const double first = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        for (int i = 0; i < runs; ++i)
            writer.writePdf(pdf, &error);
        const double mean = double(t.nsecsElapsed()) / 1e6 / runs;
        out << QStringLiteral("%1: first %2 ms, mean of %3: %4 ms, %5 KB\n")
                   .arg(name)
                   .arg(first, 0, 'f', 1)
                   .arg(runs)
                   .arg(mean, 0, 'f', 1)
                   .arg(QFileInfo(pdf).size() / 1024);
        out.flush();
        if (argc > 2) // keep one copy of each, to look at
            writer.writePdf(
                QDir(QString::fromLocal8Bit(argv[2])).filePath(name % QStringLiteral(".pdf")),
                &error);
    }
    return 0;
}
