// SPDX-License-Identifier: GPL-3.0-or-later
// The 明白纸 for every public case: the text poppler extracts holds the figures, the
// retirement date and a quoted passage; the CJK font is embedded; the CLI writes the same
// PDF and refuses a bad case with exit 2.
#include "explain/corpus.h"
#include "explain/passagelinker.h"
#include "io/caseloader.h"
#include "policy/policyprofile.h"
#include "present/cards.h"
#include "report/reportwriter.h"
#include "rules/engine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yibao;

namespace {

QString casesDir()
{
    return QStringLiteral(YIBAO_PUBLIC_CASES);
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QString();
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext joins what the layout put on one line; compare without any white space
QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QFAIL("poppler-utils (pdftotext, pdffonts) is not installed (scripts/common.sh "
                  "installs it)");
        QVERIFY(m_dir.isValid());
    }

    void public_case_pdf_data()
    {
        QTest::addColumn<QString>("caseName");
        const QDir dir(casesDir());
        const QStringList files
            = dir.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const QString name = f.chopped(int(qstrlen(".yibao.json")));
            QTest::newRow(qPrintable(name)) << name;
        }
        if (files.isEmpty())
            QTest::newRow("no public cases") << QString();
    }

    // State: a public case and its expected result (the contract's JSON).
    // Action: compute, write the PDF, extract its text and list its fonts.
    // Expected: the retirement date, every gap's principal and owed amount, the account
    // total, the client's masked ID, a quoted passage and the footer are in the text; every
    // font is embedded.
    void public_case_pdf()
    {
        QFETCH(QString, caseName);
        QVERIFY2(!caseName.isEmpty(), "no public cases in tests/cli/cases/public");
        QFile caseFile(casesDir() % QLatin1Char('/') % caseName % QStringLiteral(".yibao.json"));
        QFile expectedFile(
            casesDir() % QLatin1Char('/') % caseName % QStringLiteral(".expected.json"));
        QVERIFY(caseFile.open(QIODevice::ReadOnly));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        InputErrors errors;
        const auto loaded = loadCase(caseFile.readAll(), std::nullopt, std::nullopt, &errors);
        QVERIFY(loaded);
        Result r = compute(loaded->c, *loaded->profile);
        attachPassages(r.trace);
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

        ReportOptions options;
        options.clientName = QStringLiteral("王小明");
        options.idNumber = QStringLiteral("110101199003071234");
        options.issuedOn = QDate(2026, 11, 28);
        options.profileName = loaded->profile->name;
        const QString pdf = m_dir.filePath(caseName % QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(ReportWriter(loaded->c, r, options).writePdf(pdf, &error), qPrintable(error));

        const QString text = squeezed(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }));
        QVERIFY2(!text.isEmpty(), "pdftotext extracted nothing");

        auto contains = [&](const QString &needle) {
            QVERIFY2(text.contains(squeezed(needle)),
                qPrintable(QStringLiteral("not in the PDF text: ") + needle));
        };
        contains(QStringLiteral("明白纸"));
        contains(QStringLiteral("王小明"));
        contains(QStringLiteral("110***********1234"));
        QVERIFY(!text.contains(QStringLiteral("110101199003071234")));
        contains(QStringLiteral("2026年11月28日"));
        // the retirement date as the cards print it
        const QDate statutory = QDate::fromString(expected.value(QStringLiteral("retirement"))
                                                      .toObject()
                                                      .value(QStringLiteral("statutoryDate"))
                                                      .toString(),
            Qt::ISODate);
        contains(cardformat::date(statutory));
        for (const QJsonValue &g : expected.value(QStringLiteral("gaps")).toArray()) {
            const QJsonObject gap = g.toObject();
            contains(gap.value(QStringLiteral("principal")).toString() % QStringLiteral(" 元"));
            contains(gap.value(QStringLiteral("owed")).toString() % QStringLiteral(" 元"));
        }
        contains(expected.value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toString()
            % QStringLiteral(" 元"));
        contains(QStringLiteral("不是医保经办机构的正式决定"));
        contains(QStringLiteral("缴费时间轴"));

        // a passage quoted in full: the first 20 characters of some step's first passage
        QString passage;
        for (const TraceStep &s : r.trace) {
            for (const QString &id : s.passages) {
                if (const Passage *p = Corpus::bundled().passage(id)) {
                    passage = p->text.left(20);
                    break;
                }
            }
            if (!passage.isEmpty())
                break;
        }
        QVERIFY(!passage.isEmpty());
        contains(passage);

        // the footer on every page, and each card's verdict and figures on one page
        QRegularExpressionMatch total
            = QRegularExpression(QStringLiteral("共(\\d+)页")).match(text);
        QVERIFY(total.hasMatch());
        const int pages = total.captured(1).toInt();
        QStringList pageTexts;
        for (int i = 1; i <= pages; ++i) {
            const QString pageText = squeezed(run(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), QString::number(i), QStringLiteral("-l"),
                    QString::number(i), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                    QStringLiteral("-") }));
            QVERIFY2(pageText.contains(
                         squeezed(QStringLiteral("第 %1 页 / 共 %2 页").arg(i).arg(pages))),
                qPrintable(QString::number(i)));
            QVERIFY(pageText.contains(QStringLiteral("不是医保经办机构的正式决定")));
            pageTexts.append(pageText);
        }
        for (const Card &card : buildCards(loaded->c, r)) {
            const QString verdict = squeezed(QStringLiteral("结论：") + card.verdict);
            const auto page = std::find_if(pageTexts.cbegin(), pageTexts.cend(),
                [&](const QString &t) { return t.contains(verdict); });
            QVERIFY2(page != pageTexts.cend(), qPrintable(card.id));
            for (const CardLine &line : card.lines)
                QVERIFY2(
                    page->contains(squeezed(line.label)) && page->contains(squeezed(line.value)),
                    qPrintable(card.id + QLatin1Char(' ') + line.label));
        }

        // every font embedded: pdffonts prints "emb" yes for each one
        const QString fonts = run(QStringLiteral("pdffonts"), { pdf });
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        bool cjk = false;
        for (const QString &line : lines) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(cols.size() >= 5, qPrintable(line));
            // name type [type] encoding emb sub uni object ID: emb is 5th from the end
            QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes"));
            cjk = cjk || line.contains(QStringLiteral("WenQuanYi"), Qt::CaseInsensitive)
                || line.contains(QStringLiteral("CJK"));
        }
        if (ReportWriter::reportFontFamily() == QLatin1String("WenQuanYi Micro Hei"))
            QVERIFY2(cjk, qPrintable(fonts));
    }

    // State: a public case. Action: paint the report on a QPrinter writing PDF (the print
    // dialog's path). Expected: the same text comes out.
    void printer_path()
    {
        const QString casePath
            = casesDir() % QStringLiteral("/02-short-gap-backpaid-in-time.yibao.json");
        QFile f(casePath);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(casePath));
        InputErrors errors;
        const auto loaded = loadCase(f.readAll(), std::nullopt, std::nullopt, &errors);
        QVERIFY(loaded);
        const Result r = compute(loaded->c, *loaded->profile);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString out = m_dir.filePath(QStringLiteral("printer.pdf"));
        printer.setOutputFileName(out);
        QVERIFY(ReportWriter(loaded->c, r).print(&printer));
        const QString text = squeezed(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-") }));
        QVERIFY(text.contains(squeezed(cardformat::date(r.retirement.statutoryDate))));
        QVERIFY(text.contains(QStringLiteral("不是医保经办机构的正式决定")));
    }

    // State: a case with a base that is not an amount. Action: yibao-cli report. Expected: exit 2,
    // a message naming the field, no PDF written.
    void cli_bad_case_exits_2()
    {
        QFile bad(m_dir.filePath(QStringLiteral("bad.yibao.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"schema":"yibao-case/1","profile":"general","asOf":"2026-11-23",
            "person":{"birth":"1980-01-01","sex":"male","category":"male"},
            "periods":[{"from":"2020-01","to":"2020-12","kind":"employee","base":"abc","status":"paid"}],
            "retirement":{"date":null,"baseAtRetirement":null},"events":[]})");
        bad.close();
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        QProcess p;
        p.start(QStringLiteral(YIBAO_CLI),
            { QStringLiteral("report"), bad.fileName(), QStringLiteral("--pdf"), out });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(
            QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("periods[0].base")),
            "the message names the field");
        QVERIFY(!QFile::exists(out));
    }

    // State: a public case. Action: yibao-cli report with a name and an ID, in English.
    // Expected: exit 0 and a PDF whose text has the masked ID and an English explanation.
    void cli_writes_pdf()
    {
        const QString casePath = casesDir() % QStringLiteral("/04-arrears-owed-today.yibao.json");
        QVERIFY2(QFile::exists(casePath), qPrintable(casePath));
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        QProcess p;
        p.start(QStringLiteral(YIBAO_CLI),
            { QStringLiteral("report"), casePath, QStringLiteral("--pdf"), out,
                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--name"),
                QStringLiteral("Wang"), QStringLiteral("--id-stdin") });
        QVERIFY(p.waitForStarted());
        p.write("110101199003071234\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString text = squeezed(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-") }));
        QVERIFY(text.contains(QStringLiteral("110***********1234")));
        QVERIFY(text.contains(QStringLiteral("2684.26")));

        // The environment variable does the same; --id is refused, naming the safe way.
        QProcess q;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("YIBAO_REPORT_ID"), QStringLiteral("110101199003075678"));
        q.setProcessEnvironment(env);
        q.start(QStringLiteral(YIBAO_CLI),
            { QStringLiteral("report"), casePath, QStringLiteral("--pdf"), out });
        QVERIFY(q.waitForFinished(60000));
        QVERIFY2(q.exitCode() == 0, q.readAllStandardError().constData());
        QVERIFY(squeezed(
            run(QStringLiteral("pdftotext"),
                { QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-") }))
                    .contains(QStringLiteral("110***********5678")));
        QProcess r;
        r.start(QStringLiteral(YIBAO_CLI),
            { QStringLiteral("report"), casePath, QStringLiteral("--pdf"), out,
                QStringLiteral("--id"), QStringLiteral("110101199003071234") });
        QVERIFY(r.waitForFinished(60000));
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(QString::fromUtf8(r.readAllStandardError()).contains(QStringLiteral("--id-stdin")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
