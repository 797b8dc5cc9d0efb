// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace yibao::Language {

// The window's languages: "zh_CN" (the source texts, the default) and "en".
QStringList available();
// Installs the program's and Qt's translators for lang (replacing the previous ones);
// every widget then receives QEvent::LanguageChange. Returns false for an unknown lang
// or when the program's translation is missing (the Chinese texts stay).
bool apply(const QString &lang);
QString current();
// The language remembered in QSettings, or zh_CN.
QString saved();
void save(const QString &lang);

} // namespace yibao::Language
