// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "inputerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

// What a contribution history file (CSV) yields: the periods it describes and every line
// that was rejected. Nothing is imported by reading: the window shows both and adds the
// periods to the case only when the user confirms.
struct CsvImport
{
    // Consecutive months with the same kind, base, status and payment date merged into
    // one period, in month order.
    QList<ContributionPeriod> periods;
    // For periods[i]: the file lines it was read from, in month order.
    QList<QList<int>> periodLines;
    // Every rejected line, each with its line number (1-based, the line where the record
    // starts), column (1-based field number, 0 for the whole line), the column's header
    // as written in the file (path) and the reason. Errors of the whole file (cannot be
    // decoded, no header) have line 0 or the header's line.
    InputErrors errors;
    // What was read but is not an error: ignored columns, title lines above the header,
    // summary lines (合计), defaults that were applied.
    QStringList notes;
    // The same notes with a code and arguments (InputError.code/args, message = the note),
    // for the window to word them in its language (io/inputerrorwords.h).
    InputErrors noteItems;
    QString encoding; // "UTF-8", "GB18030", "UTF-16LE" or "UTF-16BE"
    QChar delimiter; // ',' or '\t'
    int headerLine = 0;
    int rowsRead = 0; // data lines (not empty, not title or summary lines)
    int rowsAccepted = 0;
};

// The contribution history as people get it: a 缴费记录 print-out typed or exported into
// a spreadsheet, saved as CSV.
//   Columns (header names in Chinese or English, in any order; others are ignored):
//     所属期起 / from and 所属期止 / to, or one month per row: 所属期 / 费款所属期 / month;
//     险种 / 类型 / kind; 缴费基数 / base; 状态 / status; 到账日期 / paidOn; 参保地 / region.
//   Bytes: UTF-8 (with or without BOM), else GBK/GB18030; UTF-16 with a BOM (Excel's
//   "Unicode text"). Delimiter: comma or tab, whichever the header line uses.
//   Fields may be quoted ("5,000.00"), with "" for a quote inside.
//   Months: 2016-01, 2016/01, 2016.01, 201601, 2016年1月, or a date in the month
//   (2016/1/1, which is what a spreadsheet makes of 2016-01).
// A missing 险种 column means 职工 (employee) and a missing 状态 column 已缴 (paid), each
// said in notes. 到账日期 is kept only for 补缴 (backpaid) months: the case file records
// the payment date of back payments only, and a print-out dates every month.
CsvImport importContributionCsv(const QByteArray &bytes);

// The pieces, for tests and for the form's own parsing of pasted text.
QString decodeCsvText(const QByteArray &bytes, QString *encoding, QString *error);
std::optional<YearMonth> parseCsvMonth(QStringView text);
std::optional<QDate> parseCsvDate(QStringView text);
std::optional<PeriodKind> parseCsvKind(QStringView text);
std::optional<PeriodStatus> parseCsvStatus(QStringView text);
std::optional<Money> parseCsvAmount(QStringView text);

} // namespace yibao
