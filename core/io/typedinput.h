// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/money.h"
#include "domain/yearmonth.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace yibao {

// What people type or paste, read one way everywhere: the window's fields, a spreadsheet
// row pasted into the table and the CSV import of a print-out. Every reader normalises
// the text to NFKC first, so that the full-width digits and punctuation of an input
// method (４５００，２０２０／３) read as their ASCII forms. None of them guesses: text
// that is not clearly a value gives nullopt, and the caller keeps the text as typed.

// The text in NFKC, trimmed.
QString normalizedInput(QStringView text);

// "2020-03", "202003", "2020.3", "2020/3", "2020年3月", also with a day or a time after
// it as spreadsheets write dates ("2016/6/1", "2016-01-05 10:21:07"); years 1900–2200.
std::optional<YearMonth> parseTypedMonth(QStringView text);
// A date in the same forms, with its day: "2024-03-15", "20240315", "2024年3月15日".
std::optional<QDate> parseTypedDate(QStringView text);

// An amount in yuan: "4500", "4,500", "4500元", "¥4500", "４５００", "4 500.50".
std::optional<Money> parseTypedAmount(QStringView text);
// True for text that writes an amount with Chinese number words ("4千5", "四千五", "1万"):
// never converted, but worth a hint ("write it in digits").
bool amountHasNumberWords(QStringView text);

// Period kinds and statuses as ids (employee, paid …) or as print-outs and clerks write
// them: 职工/在职/单位/城镇职工 → employee, 灵活就业/个体 → flexible, 居民/城乡 → resident,
// 视同 → deemed; 已缴/正常/到账 → paid, 欠缴/未缴/欠费 → arrears, 补缴/已补缴 → backpaid,
// 计划/待缴 → planned.
std::optional<PeriodKind> parseTypedKind(QStringView text);
std::optional<PeriodStatus> parseTypedStatus(QStringView text);

} // namespace yibao
