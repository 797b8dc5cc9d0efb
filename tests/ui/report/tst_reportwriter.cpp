// SPDX-License-Identifier: GPL-3.0-or-later
// The 明白纸 in the window: the print preview replays the same laid-out pages as the PDF
// (same page count, with and without the appendix), and the printer path writes the same
// text. The sheet's content is tested in tests/cli/tst_cli_report.cpp.
#include "publiccase.h"
#include "report/reportdialogs.h"
#include "report/reportwriter.h"
#include "testlibrary.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace yibao;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(run(QStringLiteral("pdfinfo"), { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void preview_pages_are_the_pdf_pages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("appendix");
        for (const char *name :
            { "02-short-gap-backpaid-in-time", "04-arrears-owed-today", "09-retired-paying-on" }) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << false;
            QTest::addRow("%s appendix", name) << QString::fromLatin1(name) << true;
        }
    }

    // State: a public case. Action: the PDF, and the preview's paintRequested painting on
    // the dialog's QPrinter (here writing PDF so that its pages can be counted). Expected:
    // the same number of pages, the same text on page 1.
    void preview_pages_are_the_pdf_pages()
    {
        QFETCH(QString, name);
        QFETCH(bool, appendix);
        QVERIFY(m_dir.isValid());
        const auto cc = test::computePublicCase(name);
        ReportOptions o;
        o.appendix = appendix;
        const ReportWriter writer(cc.c, cc.r, yibao::test::library(), o);
        const QString pdf = m_dir.filePath(name + QStringLiteral("-%1.pdf").arg(appendix));
        QString error;
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString preview
            = m_dir.filePath(name + QStringLiteral("-%1-preview.pdf").arg(appendix));
        printer.setOutputFileName(preview);
        const int painted = paintReportPreview(writer, &printer);
        QCOMPARE(painted, writer.pageCount());
        QCOMPARE(pdfPages(preview), pdfPages(pdf));
        QCOMPARE(pdfPages(pdf), writer.pageCount());
        const auto page1 = [](const QString &file) {
            QString t = run(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                    QStringLiteral("1"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
                    QStringLiteral("-") });
            t.remove(QRegularExpression(QStringLiteral("\\s+")));
            return t;
        };
        const QString a = page1(pdf);
        QVERIFY(a.contains(QStringLiteral("现在需补缴")));
        const QString b = page1(preview);
        if (b != a)
            qWarning() << "PDF:" << a << "\nPREVIEW:" << b;
        QCOMPARE(b, a);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
