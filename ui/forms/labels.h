// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace yibao::Labels {

// The case file's ids shown in the window's language (Chinese source texts, English from
// the translation). An unknown id is shown as typed so that nothing disappears.
QString kind(const QString &id);
QString status(const QString &id);
QString care(const QString &id);
QString category(const QString &id);
QString sex(const QString &id);

QStringList kindIds();
QStringList statusIds();
QStringList careIds();
QStringList categoryIdsFor(const QString &sexId); // the categories that agree with a sex

// Reads what a spreadsheet cell may hold: an id, a Chinese name or an English name.
std::optional<QString> kindFromText(const QString &text);
std::optional<QString> statusFromText(const QString &text);
std::optional<QString> careFromText(const QString &text);

// Normalises the ways a clerk writes a month or a date ("1992/7", "1992年7月", "199207")
// to the case file's form; returns the input unchanged when it is none of them.
QString tidyMonth(const QString &text);
QString tidyDate(const QString &text);
// "5,000" → "5000.00"; anything that is not an amount comes back unchanged.
QString tidyAmount(const QString &text);

} // namespace yibao::Labels
