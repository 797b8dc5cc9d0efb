// SPDX-License-Identifier: GPL-3.0-or-later
// The window with the 45-year case (bench/common/longcase.h).
//   bench_window launch CASE.json   start, open the case, show, paint once, quit
//   bench_window write PATH         write the 45-year case file (to profile launch with)
//   bench_window keystroke [N]      time N edits of a contribution base, each from the
//                                   model's setData (what the cell editor commits on a
//                                   keystroke + Enter) to the panes repainted
#include "explain/library.h"
#include "longcase.h"

#include "forms/periodsform.h"
#include "forms/periodsmodel.h"
#include "io/casejson.h"
#include "results/resultspane.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

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

int launch(const QString &path)
{
    // YIBAO_BENCH_PHASES=1 prints where the time goes, from the QApplication on
    const bool phases = qEnvironmentVariableIsSet("YIBAO_BENCH_PHASES");
    QElapsedTimer t;
    t.start();
    auto mark = [&](const char *what) {
        if (phases)
            QTextStream(stderr) << what << ": "
                                << QString::number(double(t.nsecsElapsed()) / 1e6, 'f', 1)
                                << " ms\n";
    };
    MainWindow window(benchLibrary());
    mark("window built");
    QString error;
    if (!window.openFile(path, &error)) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    mark("case open and computed");
    window.resize(1440, 900);
    window.show();
    mark("shown");
    QTimer::singleShot(0, qApp, [&] {
        window.repaint();
        mark("painted");
        QApplication::quit();
    });
    return QApplication::exec();
}

int keystroke(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.yibao.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(CaseJson::serialize(bench::longCase())) < 0)
        return 1;
    f.close();
    MainWindow window(benchLibrary());
    QString error;
    if (!window.openFile(path, &error)) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();
    PeriodsModel *model = window.periodsForm()->model();
    const QModelIndex cell = model->index(model->rowCount() / 2, int(PeriodsModel::Column::Base));
    QList<double> ms;
    for (int i = 0; i < n; ++i) {
        const QString value = QStringLiteral("%1.00").arg(4000 + i % 2);
        QElapsedTimer t;
        t.start();
        model->setData(cell, value, Qt::EditRole);
        QApplication::processEvents();
        window.repaint();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << "keystroke to repainted window, 45-year case, " << n << " edits: median "
                        << QString::number(ms.at(ms.size() / 2), 'f', 2) << " ms, p95 "
                        << QString::number(ms.at(ms.size() * 95 / 100), 'f', 2) << " ms, max "
                        << QString::number(ms.last(), 'f', 2) << " ms\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("yibao-bench"));
    QApplication::setApplicationName(QStringLiteral("yibao-bench"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings or database
    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("launch"))
        return launch(args.at(2));
    if (args.size() >= 3
        && args.at(1) == QLatin1String("write")) { // the 45-year case, to profile with
        QFile f(args.at(2));
        return f.open(QIODevice::WriteOnly) && f.write(CaseJson::serialize(bench::longCase())) > 0
            ? 0
            : 1;
    }
    if (args.size() >= 4 && args.at(1) == QLatin1String("write-overlapping")) {
        Case c = bench::longCase();
        const ContributionPeriod first = c.periods.first();
        for (int i = 0; i < args.at(2).toInt(); ++i)
            c.periods.prepend(first);
        QFile f(args.at(3));
        return f.open(QIODevice::WriteOnly) && f.write(CaseJson::serialize(c)) > 0 ? 0 : 1;
    }
    if (args.size() >= 2 && args.at(1) == QLatin1String("keystroke"))
        return keystroke(args.size() >= 3 ? args.at(2).toInt() : 200);
    QTextStream(stderr) << "usage: bench_window launch CASE.json | keystroke [N]\n";
    return 2;
}
