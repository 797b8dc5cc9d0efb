// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the bare window and the yibao window with the 45-year case as child processes,
// alternately, and reports wall time from spawn to exit and peak RSS (wait4's ru_maxrss)
// of each, against the targets "launch ≤ 2× a bare Qt window, peak RSS ≤ 1.5×". Linux/macOS
// only.
#include "longcase.h"

#include "io/casejson.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

struct Run
{
    double ms = 0;
    long rssKiB = 0;
    bool ok = false;
};

Run runOnce(const QStringList &argv)
{
    QList<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.append(a.toLocal8Bit());
    QList<char *> ptrs;
    for (QByteArray &b : bytes)
        ptrs.append(b.data());
    ptrs.append(nullptr);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, ptrs.first(), nullptr, nullptr, ptrs.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return {};
    Run r;
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.rssKiB = usage.ru_maxrss;
    r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 15;
    const QString dir = QCoreApplication::applicationDirPath();
    QTemporaryDir tmp;
    const QString casePath = tmp.filePath(QStringLiteral("long.yibao.json"));
    QFile f(casePath);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(yibao::CaseJson::serialize(yibao::bench::longCase())) < 0)
        return 1;
    f.close();
    const QStringList bare { dir + QStringLiteral("/bench_bare_window") };
    const QStringList window { dir + QStringLiteral("/bench_window"), QStringLiteral("launch"),
        casePath };
    QList<double> bareMs, windowMs;
    long bareRss = 0, windowRss = 0;
    runOnce(bare); // warm the file cache for both
    runOnce(window);
    for (int i = 0; i < runs; ++i) {
        const Run b = runOnce(bare);
        const Run w = runOnce(window);
        if (!b.ok || !w.ok) {
            QTextStream(stderr) << "a child failed (is QT_QPA_PLATFORM set, e.g. offscreen?)\n";
            return 1;
        }
        bareMs.append(b.ms);
        windowMs.append(w.ms);
        bareRss = std::max(bareRss, b.rssKiB);
        windowRss = std::max(windowRss, w.rssKiB);
    }
    const double mb = median(bareMs), mw = median(windowMs);
    out << "launch to painted window, median of " << runs << ": bare "
        << QString::number(mb, 'f', 1) << " ms, yibao with the 45-year case "
        << QString::number(mw, 'f', 1) << " ms (" << QString::number(mw / mb, 'f', 2) << "×)\n";
    out << "peak RSS: bare " << bareRss / 1024 << " MiB, yibao " << windowRss / 1024 << " MiB ("
        << QString::number(double(windowRss) / double(bareRss), 'f', 2) << "×)\n";
    return 0;
}
