// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/inputerror.h"
#include "io/inputerrorwords.h"

#include <QString>

class QWidget;

namespace yibao {

// An InputError's JSON path split into what a form needs (core's parser): "periods[1].base"
// is list "periods", index 1, field "base"; "person.birth" is list "person", index -1,
// field "birth"; "asOf" is list "asOf".
using ErrorPath = InputErrorPath;

// The language the forms word errors in, "zh_CN" or "en" (core's catalogue,
// io/inputerrorwords.h); the window sets it with its own.
void setErrorLanguage(const QString &languageId);
// An error's words for the field it marks, in that language.
QString errorText(const InputError &error);
// The error as one line naming its row and field ("缴费记录第 9 行：截止月份 …").
QString errorLine(const InputError &error);
// A rejected line of a CSV import naming its line ("第 5 行：“缴费基数”列的…").
QString csvErrorLine(const InputError &error);
// One error per field, without those that only follow from another (core's
// errorsForClerk).
InputErrors clerkErrors(const InputErrors &errors);

// The words of the errors whose path is exactly path, one per line.
QString errorsFor(const InputErrors &errors, const QString &path);

// Where an error is, in the window's words ("缴费记录 第2行 缴费基数").
QString errorPlace(const QString &path);

// Marks a form field as wrong (pale red background, the message as tooltip and
// accessible description) or clears the mark when message is empty.
void markField(QWidget *field, const QString &message);

} // namespace yibao
