// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "present/explanationmodel.h"
#include "report/reportwriter.h"
#include "rules/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace yibao {

class PolicyProfile;

// A table of page 2, painted (one line per row, never wrapped): heading above it, a
// header row, the rows; with sides 2 the rows run in two halves side by side.
struct ReportTable
{
    QString heading;
    QStringList header;
    QList<QStringList> rows;
    QList<qreal> widths; // fraction of one side's width per column
    int sides = 1;
    QString note; // under the table
};

// The words of the sheet as rich-text blocks; the layout puts a page break only between
// blocks. compact 0: everything; 1: page 1 names the gaps and events by their totals and
// page 2 lists them one line each; 2: and no account chart.
struct ReportContent
{
    QString title;
    QStringList page1;
    QString detailsHeading; // above the timeline on page 2; empty: no page 2
    QList<ReportTable> details; // after the timeline
    bool chart = false; // the account chart after the details
    QString chartHeading;
    QStringList appendix; // empty unless asked for
    QString footer;
    QString pageText; // "第 %1 页 / 共 %2 页"
};

ReportContent buildReportContent(const Case &c, const Result &r, const ReportOptions &options,
    const ExplanationModel &model, int compact);

} // namespace yibao
