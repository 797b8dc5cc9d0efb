// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace yibao {

// A short excerpt of a passage around the words a search matched, with those words
// marked. The CLI prints the marks as [ ] (characters the corpus does not use); the
// window can use marks to highlight instead.
struct Snippet
{
    QString text; // the excerpt, with open/close around each match, "…" where cut
    QList<QPair<qsizetype, qsizetype>> marks; // (start, length) of each match in plain()
    QString plain; // the excerpt without the marks

    // width: characters of context in total; terms: matched case-insensitively.
    static Snippet make(const QString &passageText, const QStringList &terms, int width = 80,
        const QString &open = QStringLiteral("["), const QString &close = QStringLiteral("]"));
};

} // namespace yibao
