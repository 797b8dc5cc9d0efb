// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/language.h"

namespace yibao {

bool isChinese(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han || (c >= 0x3000 && c <= 0x303F) // 。、「」
        || (c >= 0xFF00 && c <= 0xFFEF); // ，：（）
}

bool hasChinese(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isChinese(c))
            return true;
    }
    return false;
}

QString wordsIn(TextLanguage language, const QString &zh, const QString &en, QStringView missing)
{
    if (language != TextLanguage::English)
        return zh;
    if (!en.isEmpty())
        return en;
    if (!hasChinese(zh))
        return zh;
    return QStringLiteral("「%1」").arg(zh) + missing;
}

} // namespace yibao
