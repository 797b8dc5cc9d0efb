// SPDX-License-Identifier: GPL-3.0-or-later
// yibao-cli import-csv as a process: exit code, stdout, stderr.
#include "../cli/clitest.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliImportCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

    static QString goodText()
    {
        return QStringLiteral("所属期起\t所属期止\t险种\t缴费基数\t状态\t到账日期\n"
                              "2016-05\t2025-06\t灵活就业\t6326.00\t正常\t\n"
                              "199707\t201512\t城镇职工\t5000\t已缴\t1997-08-15\n"
                              "2025-07\t2025-08\t灵活就业\t6326\t补缴\t2025/9/10\n");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void json_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("UTF-8") << goodText().toUtf8();
        QStringEncoder gbk("GBK");
        QVERIFY(gbk.isValid());
        QTest::newRow("GBK") << QByteArray(gbk(goodText()));
    }
    void json()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(QStringLiteral("good.csv"), bytes);
        const CliRun run = runCli({ QStringLiteral("import-csv"), path, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject out;
        QString why;
        QVERIFY2(parseObject(run.out, &out, &why), qPrintable(why));
        const QJsonObject expected {
            { QLatin1String("periods"),
                QJsonArray {
                    QJsonObject { { QLatin1String("from"), QLatin1String("1997-07") },
                        { QLatin1String("to"), QLatin1String("2015-12") },
                        { QLatin1String("kind"), QLatin1String("employee") },
                        { QLatin1String("base"), QLatin1String("5000.00") },
                        { QLatin1String("status"), QLatin1String("paid") } },
                    QJsonObject { { QLatin1String("from"), QLatin1String("2016-05") },
                        { QLatin1String("to"), QLatin1String("2025-06") },
                        { QLatin1String("kind"), QLatin1String("flexible") },
                        { QLatin1String("base"), QLatin1String("6326.00") },
                        { QLatin1String("status"), QLatin1String("paid") } },
                    QJsonObject { { QLatin1String("from"), QLatin1String("2025-07") },
                        { QLatin1String("to"), QLatin1String("2025-08") },
                        { QLatin1String("kind"), QLatin1String("flexible") },
                        { QLatin1String("base"), QLatin1String("6326.00") },
                        { QLatin1String("status"), QLatin1String("backpaid") },
                        { QLatin1String("paidOn"), QLatin1String("2025-09-10") } },
                } },
        };
        const QStringList mismatches = subsetMismatches(expected, out);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        // No paidOn on the paid periods: the case file only dates back payments.
        QVERIFY(!out.value(QLatin1String("periods"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QLatin1String("paidOn")));
    }

    void table()
    {
        const QString path = write(QStringLiteral("table.csv"), goodText().toUtf8());
        const CliRun run = runCli({ QStringLiteral("import-csv"), path });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QString out = run.outText();
        QVERIFY2(out.contains(QStringLiteral("1997-07 至 2015-12")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("2025-09-10")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("3 个时段")), qPrintable(out));
        QVERIFY(run.err.isEmpty());
    }

    void brokenLinesExit2()
    {
        const QString path = write(QStringLiteral("bad.csv"),
            QStringLiteral("所属期,险种,缴费基数,状态\n"
                           "2016-01,职工,5000,已缴\n"
                           "2016-13,职工,5000,已缴\n"
                           "2016-03,职工,五千,已缴\n")
                .toUtf8());
        const CliRun run = runCli({ QStringLiteral("import-csv"), path, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        const QString err = run.errText();
        QVERIFY2(
            err.contains(path + QStringLiteral(": line 3, column 1, 所属期")), qPrintable(err));
        QVERIFY2(
            err.contains(path + QStringLiteral(": line 4, column 3, 缴费基数")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Nothing was imported")), qPrintable(err));
    }

    // One set of bounds with compute: what a case file may not hold, a CSV may not bring in
    // either (an import must give a case that loads); a message quotes at most 80 characters of the
    // offending field.
    void outOfBounds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray head("所属期,险种,缴费基数,状态\n");
        QTest::newRow("base 999 999 999 999 999.99")
            << head + "2016-01,职工,999999999999999.99,已缴\n"
            << "out of range";
        QTest::newRow("month 1900-01") << head + "1900-01,职工,5000,已缴\n"
                                       << "before 1990-01";
        QTest::newRow("month 2200-12") << head + "2200-12,职工,5000,已缴\n"
                                       << "after 2100-12";
        QTest::newRow("paidOn 2200-01-01")
            << QByteArray("所属期,险种,缴费基数,状态,到账日期\n2016-01,职工,5000,补缴,2200-01-01\n")
            << "after 2100-12";
        QByteArray utf16("\xFF\xFE");
        const QString text = QString::fromUtf8(head + "2016-01,职工,5000,已缴\n");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        utf16.append('\x41'); // a stray final byte
        QTest::newRow("UTF-16 with a stray final byte") << utf16 << "stray byte";
        QTest::newRow("a 10 MB cell")
            << head + "2016-01,职工," + QByteArray(10 * 1024 * 1024, '9') + "x,已缴\n"
            << "10485761 characters";
    }
    void outOfBounds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("bounds.csv"), bytes);
        const CliRun run = runCli({ QStringLiteral("import-csv"), path, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QVERIFY2(run.errText().contains(message), run.describe().constData());
        // no message echoes a long field whole
        for (const QString &line : run.errText().split(QLatin1Char('\n')))
            QVERIFY2(line.size() < 400, qPrintable(line.left(400)));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList { "import-csv" } << "usage";
        QTest::newRow("missing file")
            << QStringList { "import-csv", "/nonexistent/x.csv" } << "/nonexistent/x.csv";
        QTest::newRow("unknown option")
            << QStringList { "import-csv", "x.csv", "--xml" } << "--xml";
    }
    void badCommandLines()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QVERIFY2(run.errText().contains(message), run.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliImportCsv)
#include "tst_cli_importcsv.moc"
