// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// English output holds Chinese only inside 「」, the quotes of the sources (issue: "English
// everywhere except the quotes themselves"). Shared by the tests of the links, the profiles
// and the explanation model.

#include "domain/language.h"

#include <QRegularExpression>
#include <QString>

namespace yibao::test {

// What is left of text once its 「quotes」 are taken out (innermost first, since a quote
// may hold a title in 「」), and with titles also its “titles” (a caption names a Chinese
// article title in “”). Empty when text holds no Chinese outside them; else the text.
inline QString chineseOutsideQuotes(const QString &text, bool titles = false)
{
    static const QRegularExpression quoted(QStringLiteral("「[^「」]*」"));
    static const QRegularExpression titled(QStringLiteral("“[^“”]*”"));
    QString outside = text;
    for (qsizetype before = -1; before != outside.size();) {
        before = outside.size();
        outside.remove(quoted);
        if (titles)
            outside.remove(titled);
    }
    return hasChinese(outside) ? text : QString();
}

} // namespace yibao::test
