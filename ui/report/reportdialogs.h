// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportwriter.h"

#include <QString>

#include <optional>

class QWidget;

namespace yibao {

// The window's File menu entries for the 明白纸. Each first asks who the sheet is for when
// the case names nobody (name and ID number, both optional) and whether to add the
// appendix (off by default), then opens a modal dialog and returns when it is closed. The
// pages come laid out from core/report; these only replay them.
void previewReport(const ReportWriter &writer, QWidget *parent); // QPrintPreviewDialog
bool printReport(const ReportWriter &writer, QWidget *parent); // the system print dialog
// Asks for a file name (suggested: 明白纸-<asOf>-<ID后4位>.pdf in suggestedPath's folder)
// and writes the PDF; false if cancelled or failed (the failure is shown to the user).
bool exportReportPdf(const ReportWriter &writer, const QString &suggestedPath, QWidget *parent);

// The sheet's client and appendix, asked for in a small dialog; nullopt when cancelled.
std::optional<ReportWriter> askReportClient(const ReportWriter &writer, QWidget *parent);

// The pages of the preview: what QPrintPreviewDialog's paintRequested paints (the tests
// compare its page count with the PDF's).
int paintReportPreview(const ReportWriter &writer, QPagedPaintDevice *printer);

} // namespace yibao
