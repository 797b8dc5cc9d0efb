// SPDX-License-Identifier: GPL-3.0-or-later
// Every output of yibao-cli is complete or absent: when the disk is full or a
// file-size limit is reached, the command exits 1 with a message instead of leaving a cut
// file behind an exit code of 0. /dev/full stands for a full disk; RLIMIT_FSIZE with
// SIGXFSZ ignored makes write() fail with EFBIG, as root too — nothing to mount or skip.
#include "clitest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace clitest;

namespace {

// yibao-cli with standard output sent to a file, optionally under a file-size limit.
CliRun runTo(const QStringList &args, const QString &stdoutFile, qint64 sizeLimit = -1,
    const QByteArray &stdinData = {})
{
    CliRun r;
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(args);
    p.setStandardOutputFile(stdoutFile, QIODevice::Truncate);
    if (sizeLimit >= 0)
        p.setChildProcessModifier([sizeLimit] {
            const rlimit limit { rlim_t(sizeLimit), rlim_t(sizeLimit) };
            setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, SIG_IGN);
        });
    p.start();
    if (!p.waitForStarted(60000)) {
        r.problem = p.errorString();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished(5000);
        r.problem = QStringLiteral("did not exit normally");
        return r;
    }
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

QString example()
{
    return QStringLiteral(YIBAO_EXAMPLE_CASE);
}

} // namespace

class TstCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // a JSON Lines file of 200 copies of the example and a CSV of 1000 months whose base
        // changes every month (so none merge into one period): outputs far larger than the
        // size limit used below
        QFile ex(example());
        QVERIFY(ex.open(QIODevice::ReadOnly));
        const QByteArray line
            = QJsonDocument::fromJson(ex.readAll()).toJson(QJsonDocument::Compact);
        QFile jsonl(m_dir.filePath(QStringLiteral("cases.jsonl")));
        QVERIFY(jsonl.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            jsonl.write(line + '\n');
        jsonl.close();
        QFile csv(m_dir.filePath(QStringLiteral("history.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("所属期,险种,缴费基数,状态\n");
        for (int i = 0; i < 1000; ++i)
            csv.write(QStringLiteral("%1-%2,职工,%3,已缴\n")
                          .arg(1991 + i / 12)
                          .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                          .arg(5000 + i % 2)
                          .toUtf8());
        csv.close();
    }

    void fails_whole_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString jsonl = m_dir.filePath(QStringLiteral("cases.jsonl"));
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QTest::newRow("compute --json") << QStringList { "compute", example(), "--json" };
        QTest::newRow("compute (text)") << QStringList { "compute", example() };
        QTest::newRow("batch --json") << QStringList { "batch", jsonl, "--json" };
        QTest::newRow("import-csv --json") << QStringList { "import-csv", csv, "--json" };
    }
    // standard output on a full disk
    void fails_whole()
    {
        QFETCH(QStringList, args);
        const CliRun run = runTo(args, QStringLiteral("/dev/full"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("could not be written")),
            run.describe().constData());
    }

    void fails_whole_underSizeLimit_data() { fails_whole_data(); }
    // standard output into a file that may not grow past 2 KiB
    void fails_whole_underSizeLimit()
    {
        QFETCH(QStringList, args);
        const QString out = m_dir.filePath(QStringLiteral("limited.out"));
        const CliRun run = runTo(args, out, 2048);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("File too large"))
                || run.errText().contains(QStringLiteral("could not be written")),
            run.describe().constData());
        // and the same command without the limit succeeds: the limit was the only cause
        const CliRun free = runTo(args, out);
        QVERIFY2(free.exitCode == 0, free.describe().constData());
        QVERIFY(QFileInfo(out).size() > 2048);
    }

#ifdef YIBAO_HAS_REPORT
    void report_pdfUnderSizeLimitLeavesNoFile()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        const CliRun run
            = runTo({ QStringLiteral("report"), example(), QStringLiteral("--pdf"), pdf },
                m_dir.filePath(QStringLiteral("report.out")), 4096);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!QFile::exists(pdf), run.describe().constData());
        // QSaveFile's temporary file is gone too
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("sheet.pdf*") }, QDir::Files),
            QStringList());
    }

    void report_refusesToOverwriteItsInput()
    {
        const QString input = m_dir.filePath(QStringLiteral("self.yibao.json"));
        QVERIFY(QFile::copy(example(), input));
        const QByteArray before = [&] {
            QFile f(input);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const CliRun run
            = runCli({ QStringLiteral("report"), input, QStringLiteral("--pdf"), input });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.errText().contains(QStringLiteral("case file itself")), run.describe().constData());
        QFile f(input);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void report_toStandardOutput()
    {
        const QString out = m_dir.filePath(QStringLiteral("stdout.pdf"));
        const CliRun run = runTo(
            { QStringLiteral("report"), example(), QStringLiteral("--pdf"), QStringLiteral("-") },
            out);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        // and on a full disk: exit 1
        const CliRun full = runTo(
            { QStringLiteral("report"), example(), QStringLiteral("--pdf"), QStringLiteral("-") },
            QStringLiteral("/dev/full"));
        QCOMPARE(full.exitCode, 1);
    }
#endif

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstCliOutput)
#include "tst_cli_output.moc"
