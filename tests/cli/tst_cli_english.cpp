// SPDX-License-Identifier: GPL-3.0-or-later
// Every yibao-cli command in English: "English everywhere except the quotes themselves".
// Each command's output, and the whole 明白纸 with its appendix (through pdftotext), holds
// Chinese only inside 「」 (the sources' own words: quotes, titles, outlets), and no count
// is written "1 months" or "gap(s)". The case files are every case of the repository (and
// ../shared/cases where the checkout has it).
#include "casefile.h"
#include "clitest.h"
#include "englishwords.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QStringList caseFiles()
{
    return QStringList { QStringLiteral(YIBAO_EXAMPLE_CASE) }
    + yibao::test::caseFilesIn({ YIBAO_CASES_PUBLIC, YIBAO_CASES_OWN
#ifdef YIBAO_CASES_SHARED
        ,
        YIBAO_CASES_SHARED
#endif
    });
}

// The lines of text that hold Chinese outside 「」 or an English count in the wrong number.
QStringList slips(const QString &text)
{
    static const QRegularExpression count(
        QStringLiteral(R"(\b1 (months|years|days|gaps|passages|events)\b|\(s\))"));
    QStringList bad;
    // a quote never spans a paragraph: lines are checked joined per blank-line block
    for (const QString &block : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")))) {
        const QString flat = QString(block).replace(QLatin1Char('\n'), QString());
        if (!yibao::test::chineseOutsideQuotes(flat).isEmpty() || flat.contains(count))
            bad << block.left(300);
    }
    return bad;
}

} // namespace

class TstCliEnglish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // the corpus commands keep their database in the program's data folder: a fresh one
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("poppler-utils (pdftotext) is not installed (scripts/common.sh installs it)");
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        const auto row = [](const char *name, QStringList args) { QTest::newRow(name) << args; };
        row("profiles", { QStringLiteral("profiles") });
        row("profiles --json", { QStringLiteral("profiles"), QStringLiteral("--json") });
        row("articles", { QStringLiteral("articles") });
        row("articles show 001",
            { QStringLiteral("articles"), QStringLiteral("show"), QStringLiteral("001") });
        for (const char *query : { "宽限期", "滞纳金", "个人账户", "一次性补缴", "退休年龄" })
            QTest::newRow(qPrintable(QStringLiteral("search ") + QString::fromUtf8(query)))
                << QStringList { QStringLiteral("search"), QString::fromUtf8(query),
                       QStringLiteral("--all") };
        for (const char *subject : { "gap.grace", "gap.grace_months", "retire.statutory",
                 "account.employer_share.under35", "lifelong.backpay_rate" })
            QTest::newRow(qPrintable(QStringLiteral("explain ") + QLatin1String(subject)))
                << QStringList { QStringLiteral("explain"), QString::fromLatin1(subject) };
        for (const QString &path : caseFiles()) {
            const QString name = QFileInfo(path).fileName();
            QTest::newRow(qPrintable(QStringLiteral("compute ") + name))
                << QStringList { QStringLiteral("compute"), path };
            QTest::newRow(qPrintable(QStringLiteral("compute --json ") + name))
                << QStringList { QStringLiteral("compute"), path, QStringLiteral("--json") };
        }
    }

    // State: a command. Action: run it with --lang en. Expected: exit 0, and no Chinese
    // outside 「」, no "1 months".
    void commands()
    {
        QFETCH(QStringList, args);
        const CliRun run = runCli(args << QStringLiteral("--lang") << QStringLiteral("en"));
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(!run.out.isEmpty());
        const QStringList bad = slips(run.outText());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 3).join(QStringLiteral("\n---\n"))));
    }

    void sheet_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : caseFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    // State: a case. Action: the English 明白纸 with its appendix, read back by pdftotext.
    // Expected: no Chinese outside 「」 on any page, no "1 months".
    void sheet()
    {
        QFETCH(QString, path);
        const QString pdf = m_dir.filePath(QFileInfo(path).baseName() + QStringLiteral(".pdf"));
        const CliRun run = runCli({ QStringLiteral("report"), path, QStringLiteral("--pdf"), pdf,
            QStringLiteral("--appendix"), QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(QStringLiteral("Owed now")));
        QVERIFY(words.contains(QStringLiteral("Appendix")));
        const QStringList bad = slips(words);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 3).join(QStringLiteral("\n---\n"))));
    }
};

QTEST_GUILESS_MAIN(TstCliEnglish)
#include "tst_cli_english.moc"
