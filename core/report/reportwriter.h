// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "explain/library.h"
#include "rules/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QString>

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace yibao {

class PolicyProfile;

struct ReportOptions
{
    QString language = QStringLiteral("zh_CN"); // "zh_CN" or "en": every word of the sheet
    QString clientName; // optional
    QString idNumber; // optional, as typed; the report only ever shows it masked
    QDate issuedOn; // the date printed on the sheet; invalid: today
    QString profileName; // the profile's display name; empty: the library profile's name
    bool appendix = false; // our explanations, the passages, the conflicts, the steps
    // The profile the result was computed with, to compute again with each value another
    // source gives; null: the library's profile of Result::profileId.
    const PolicyProfile *profile = nullptr;
};

// "明白纸-2026-11-23-1234.pdf": the as-of date and the last 4 characters of the ID number
// (never the name); characters a file system refuses are replaced by "_".
QString defaultReportFileName(const QDate &asOf, const QString &idNumber);

class ReportLayout;

// The 明白纸: the sheet a client takes home, A4. Page 1 answers the client's questions in
// order (today, retirement, years, personal account, medical events, the conflicts of the
// sources that change this result, next steps); page 2 the timeline and the figures per
// gap and band; the appendix, when asked for, our explanations with the quoted passages,
// every conflict of the sources with the value used, and the computation steps. Every
// page's footer says that this explains and does not decide.
//
// The pages are laid out once, at a fixed 300 dpi, the first time they are needed (copies
// of a writer share them); the PDF, the print preview and the printer replay the same
// pages, so all have the same page count. QtGui only: the CLI writes it without widgets.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(yibao::ReportWriter)

public:
    ReportWriter(
        const Case &c, const Result &r, const Library &library, ReportOptions options = {});
    ~ReportWriter();
    ReportWriter(const ReportWriter &);
    ReportWriter &operator=(const ReportWriter &);

    const ReportOptions &options() const { return m_options; }
    const Case &caseData() const { return m_case; }
    const Result &result() const { return m_result; }
    const Library &library() const { return m_library; }
    QString defaultFileName() const
    {
        return defaultReportFileName(m_case.asOf, m_options.idNumber);
    }

    int pageCount() const; // all pages, the appendix included
    int mainPageCount() const; // the sheet without the appendix (at most 2)
    // Paints page index (0-based) with the painter's origin at the top left of the page's
    // printable area, scaled for a device of dpi dots per inch.
    void paintPage(QPainter *painter, int index, int dpi) const;
    // Replays every page onto a paged device (a printer, a PDF writer) whose page layout
    // is pageLayout(); returns the page count, 0 when nothing could be painted.
    int paint(QPagedPaintDevice *device) const;
    static QPageLayout pageLayout(); // A4 portrait with the sheet's margins

    // Writes an A4 PDF; false with a message naming the file when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;
    // The PDF into an open device (standard output, a buffer); false when nothing was drawn.
    bool writePdf(QIODevice *device) const;

    // The family used for the report: a CJK font with real glyph files, so that the PDF
    // embeds it and the text can be extracted.
    static QString reportFontFamily();

private:
    const ReportLayout &layout() const;

    Case m_case;
    Result m_result;
    Library m_library;
    ReportOptions m_options;
    mutable std::shared_ptr<const ReportLayout> m_layout;
};

} // namespace yibao
