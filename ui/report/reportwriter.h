// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "rules/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QString>

class QIODevice;

class QPagedPaintDevice;
class QPrinter;

namespace yibao {

struct ReportOptions
{
    QString language = QStringLiteral("zh_CN"); // "zh_CN" or "en": our explanations' language
    QString clientName; // optional
    QString idNumber; // optional, as typed; the report only ever shows it masked
    QDate issuedOn; // the date printed on the sheet; invalid: today
    QString profileName; // the profile's display name; empty: its id
};

// The 明白纸: the sheet a client takes home. A4, the same cards as the results pane (built by
// core/present/cards.h), the timeline, our explanation of every step, the quoted passages
// with their article and date, where the sources disagree, the account chart, and on every
// page a footer saying that this explains and does not decide.
//
// The document is a list of blocks, each measured before anything is painted, so that a
// page break never falls inside a card: a card that does not fit on what is left of a page
// starts the next one. Only a card taller than a whole page is split, between its parts.
// Texts are tr() in the context "yibao::ReportWriter" (Chinese source strings); the
// caller installs the translator for English and passes language "en" for the
// explanations.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(yibao::ReportWriter)

public:
    ReportWriter(const Case &c, const Result &r, ReportOptions options = {});

    // Writes an A4 PDF; false with a message naming the file when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;
    // The PDF into an open device (standard output, a buffer); false when nothing was drawn.
    bool writePdf(QIODevice *device) const;
    // Paints onto a printer (the print dialog, QPrintPreviewDialog::paintRequested).
    bool print(QPrinter *printer) const;
    // Paints onto any paged device whose page layout is set; returns the page count.
    int paint(QPagedPaintDevice *device) const;

    // The family used for the report: a CJK font with real glyph files, so that the PDF
    // embeds it and the text can be extracted.
    static QString reportFontFamily();

private:
    Case m_case;
    Result m_result;
    ReportOptions m_options;
};

} // namespace yibao
