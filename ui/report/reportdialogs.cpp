// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialogs.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
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

std::optional<ReportWriter> askReportClient(const ReportWriter &writer, QWidget *parent)
{
    ReportOptions options = writer.options();
    QDialog dialog(parent);
    dialog.setWindowTitle(ReportDialogs::tr("明白纸"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(options.clientName, &dialog);
    auto *id = new QLineEdit(options.idNumber, &dialog);
    id->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto *appendix
        = new QCheckBox(ReportDialogs::tr("附上解释、资料原文和计算过程（附录）"), &dialog);
    appendix->setChecked(options.appendix);
    // a case opened from the consultation list already names its client
    if (options.clientName.isEmpty() && options.idNumber.isEmpty()) {
        form->addRow(ReportDialogs::tr("客户姓名（可不填）："), name);
        form->addRow(ReportDialogs::tr("身份证号（印出时只显示前 3 位和后 4 位）："), id);
    } else {
        name->hide();
        id->hide();
    }
    form->addRow(appendix);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    options.clientName = name->text().trimmed();
    options.idNumber = id->text().trimmed();
    options.appendix = appendix->isChecked();
    return ReportWriter(writer.caseData(), writer.result(), writer.library(), options);
}

int paintReportPreview(const ReportWriter &writer, QPagedPaintDevice *printer)
{
    printer->setPageLayout(ReportWriter::pageLayout());
    return writer.paint(printer);
}

void previewReport(const ReportWriter &base, QWidget *parent)
{
    const auto writer = askReportClient(base, parent);
    if (!writer)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportWriter::pageLayout());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportDialogs::tr("打印预览：明白纸"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&writer](QPrinter *p) { paintReportPreview(*writer, p); });
    dialog.exec();
}

bool printReport(const ReportWriter &base, QWidget *parent)
{
    const auto writer = askReportClient(base, parent);
    if (!writer)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportWriter::pageLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportDialogs::tr("打印明白纸"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printer.setPageLayout(ReportWriter::pageLayout());
    if (writer->paint(&printer) > 0)
        return true;
    QMessageBox::warning(parent, ReportDialogs::tr("打印明白纸"),
        ReportDialogs::tr("无法打印：打印机没有接受这份文档。"));
    return false;
}

bool exportReportPdf(const ReportWriter &base, const QString &suggestedPath, QWidget *parent)
{
    const auto writer = askReportClient(base, parent);
    if (!writer)
        return false;
    const QString folder
        = suggestedPath.isEmpty() ? QDir::homePath() : QFileInfo(suggestedPath).absolutePath();
    const QString path = QFileDialog::getSaveFileName(parent, ReportDialogs::tr("导出明白纸 PDF"),
        QDir(folder).filePath(writer->defaultFileName()), ReportDialogs::tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (writer->writePdf(path, &error))
        return true;
    QMessageBox::warning(parent, ReportDialogs::tr("导出明白纸 PDF"), error);
    return false;
}

} // namespace yibao
