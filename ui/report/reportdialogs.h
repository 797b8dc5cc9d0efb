// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

#include <QString>

class QWidget;

namespace yibao {

// The window's File menu entries for the 明白纸. Each opens a modal dialog and returns
// when it is closed; the writer is only read.
void previewReport(const ReportWriter &writer, QWidget *parent); // QPrintPreviewDialog
bool printReport(const ReportWriter &writer, QWidget *parent); // the system print dialog
// Asks for a file name (suggested: the case's name + .pdf) and writes the PDF; false if
// cancelled or failed (the failure is shown to the user).
bool exportReportPdf(const ReportWriter &writer, const QString &suggestedPath, QWidget *parent);

} // namespace yibao
