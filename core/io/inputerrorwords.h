// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "inputerror.h"

namespace yibao {

// The words of input errors for a person at the window, in Chinese or English: where the
// mistake is as the clerk sees it ("缴费记录第 9 行", "个人信息 出生日期") and what is wrong,
// from the error's code and arguments. The CLI keeps InputError::message and its JSON
// paths; this is the one catalogue the window asks, passing only its language.

// The parts of an error's JSON path: "periods[8].to" → list "periods", index 8, field "to".
struct InputErrorPath
{
    QString list; // "periods", "person", "asOf" …
    int index = -1; // -1 when the path names no row
    QString field;

    static InputErrorPath parse(const QString &path);
};

// The form and row of a JSON path: "periods[8].to" → "缴费记录第 9 行" / "Contribution
// record, row 9"; "person.birth" → "个人信息"; "asOf" → "" (a field of the toolbar).
QString inputErrorPlace(const QString &path, TextLanguage language);
// The field of a path: "periods[8].to" → "截止月份" / "end month"; "" for a row.
QString inputErrorField(const QString &path, TextLanguage language);
// What is wrong, naming the field ("截止月份 2020-05 早于起始月份 2021-03"); an error
// without a known code falls back to its English message.
QString inputErrorText(const InputError &error, TextLanguage language);
// Place and text as one line: "缴费记录第 9 行：截止月份 2020-05 早于起始月份 2021-03".
QString inputErrorLine(const InputError &error, TextLanguage language);

// A rejected line of a contribution history file (io/csvimport.h) as one line naming where
// it is: "第 5 行：“缴费基数”列的“5OOO”不是金额…" / "Line 5: Column "base": …". An error of
// the whole file (no line) is its text alone.
QString csvImportErrorLine(const InputError &error, TextLanguage language);

// The errors a clerk needs to see: one per field (the first), and none that only follow
// from another (a wrong birth date makes every period "before the birth month").
InputErrors errorsForClerk(const InputErrors &errors);

// The codes the catalogue words (tests check that each has both languages).
QStringList inputErrorCodes();

} // namespace yibao
