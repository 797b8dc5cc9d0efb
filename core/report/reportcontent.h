// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "report/reportwriter.h"
#include "rules/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace yibao {

class PolicyProfile;

// A passage that says something else than the value this result used for a parameter
// (or a rule), and, when the passage states a value we can compute with, what computing
// again with that value changes for this client.
struct SourceConflict
{
    QString subject; // parameter key or rule id (appendix only, never on pages 1–2)
    QString label; // the parameter's or rule's name, in the sheet's language
    QString used; // the value used, as a person reads it; empty for a rule
    QString stated; // what the passage states, in its own words
    QString passage; // passage id
    QString note; // our few words on what the passage says
    bool beijingExample = false; // the value used comes from a Beijing example (general profile)
    bool comparable = false; // the passage states a value we could compute with
    QStringList changes; // what changes for this client with that value ("尚欠：A → B")
};

// Every conflict of the sources met by the steps of r, each passage once per subject;
// those with a comparable value are computed again with a copy of the profile holding
// that value. profile null: nothing is computed again (every conflict is only counted).
QList<SourceConflict> findSourceConflicts(
    const Case &c, const Result &r, const PolicyProfile *profile, bool english);

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
    const QList<SourceConflict> &conflicts, int compact);

} // namespace yibao
