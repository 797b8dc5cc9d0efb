// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace yibao {

namespace {
    // the translation context of these dialogs' texts
    struct ReportDialogs
    {
        Q_DECLARE_TR_FUNCTIONS(yibao::ReportDialogs)
    };
} // namespace

void previewReport(const ReportWriter &writer, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportDialogs::tr("打印预览：明白纸"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&writer](QPrinter *p) { writer.print(p); });
    dialog.exec();
}

bool printReport(const ReportWriter &writer, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportDialogs::tr("打印明白纸"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (writer.print(&printer))
        return true;
    QMessageBox::warning(parent, ReportDialogs::tr("打印明白纸"),
        ReportDialogs::tr("无法打印：打印机没有接受这份文档。"));
    return false;
}

bool exportReportPdf(const ReportWriter &writer, const QString &suggestedPath, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, ReportDialogs::tr("导出明白纸 PDF"),
        suggestedPath, ReportDialogs::tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (writer.writePdf(path, &error))
        return true;
    QMessageBox::warning(parent, ReportDialogs::tr("导出明白纸 PDF"), error);
    return false;
}

} // namespace yibao
