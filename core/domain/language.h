// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace yibao {

// The language of the words a person reads (reasons, messages, formulas, reports). Ids,
// codes and numbers never depend on it.
enum class TextLanguage
{
    Chinese,
    English,
};

// "zh", "zh_CN", "zh-CN" → Chinese; "en", "en_GB", "en-US" → English; nullopt otherwise.
inline std::optional<TextLanguage> languageFromId(QStringView id)
{
    if (id.startsWith(u"zh", Qt::CaseInsensitive))
        return TextLanguage::Chinese;
    if (id.startsWith(u"en", Qt::CaseInsensitive))
        return TextLanguage::English;
    return std::nullopt;
}

// "zh_CN" or "en", as the explanation resources name their languages.
inline QString languageId(TextLanguage l)
{
    return l == TextLanguage::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

// A Chinese character: a Han ideograph, CJK punctuation (。、「」) or a full-width form (，：（）).
bool isChinese(char32_t c);
bool hasChinese(QStringView text);

// Words we keep in both languages (a parameter's source, a link's note, a citation) in the
// language asked: the Chinese as given; in English the English when given, else a text
// without Chinese as it is, else the Chinese inside 「」 followed by `missing` (" (source
// given in Chinese only)"): never bare Chinese in English.
QString wordsIn(TextLanguage language, const QString &zh, const QString &en, QStringView missing);

} // namespace yibao
