// SPDX-License-Identifier: GPL-3.0-or-later
// The 明白纸 benchmark (not a test): time to write the report PDF, the path of File → 导出
// PDF and `yibao-cli report` after the case is computed (cards, explanations, passages,
// timeline, chart, PDF with an embedded font subset). For each public case and for a
// 45-year case with 12 gaps: the first run in the process (fonts and corpus loaded) and
// the mean of the next N. Prints one line per case; README.md records the figures.
// Usage: bench_report [N] [DIR]   (DIR: also write each case's PDF there)
#include "../common/longcase.h"
#include "explain/library.h"
#include "explain/passagelinker.h"
#include "io/caseloader.h"
#include "policy/policyprofile.h"
#include "policy/profileloader.h"
#include "report/reportwriter.h"
#include "rules/engine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// The program loads its library once at start; so does each benchmark.
const yibao::Library &benchLibrary()
{
    static const yibao::Library library = yibao::Library::fromResources();
    return library;
}

} // namespace

using namespace yibao;

namespace { } // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
        if (const auto loaded = loadCase(
                file.readAll(), std::nullopt, std::nullopt, benchLibrary().profiles(), &errors))
            cases.append({ f.chopped(int(qstrlen(".yibao.json"))), loaded->c });
    }
    cases.append({ QStringLiteral("45-year bench case"), bench::longCase() });

    for (const auto &[name, c] : cases) {
        const PolicyProfile *profile = benchLibrary().profiles().find(c.profile);
        if (!profile) {
            out << name << ": no profile " << c.profile << "\n";
            continue;
        }
        Result r = compute(c, *profile);
        attachPassages(r.trace, benchLibrary().links());
        ReportOptions options;
        options.profile = profile;
        const QString pdf = dir.filePath(QStringLiteral("bench.pdf"));
        QString error;
        QElapsedTimer t;
        t.start();
        // a new writer each time: the pages are laid out (and the conflicts computed again)
        // on every run, as for each File → 导出 PDF
        if (!ReportWriter(c, r, benchLibrary(), options).writePdf(pdf, &error)) {
            out << name << ": " << error << "\n";
            return 1;
        }
        const double first = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        for (int i = 0; i < runs; ++i)
            ReportWriter(c, r, benchLibrary(), options).writePdf(pdf, &error);
        const double mean = double(t.nsecsElapsed()) / 1e6 / runs;
        const ReportWriter writer(c, r, benchLibrary(), options);
        out << QStringLiteral("%1: first %2 ms, mean of %3: %4 ms, %5 KB, %6 pages\n")
                   .arg(name)
                   .arg(first, 0, 'f', 1)
                   .arg(runs)
                   .arg(mean, 0, 'f', 1)
                   .arg(QFileInfo(pdf).size() / 1024)
                   .arg(writer.pageCount());
        out.flush();
        if (argc > 2) // keep one copy of each, to look at
            writer.writePdf(
                QDir(QString::fromLocal8Bit(argv[2])).filePath(name % QStringLiteral(".pdf")),
                &error);
    }
    return 0;
}
