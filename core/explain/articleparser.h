// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/article.h"

#include <QString>

namespace yibao {

// Reads one article file of the layout the bundled corpus uses:
//
//   title line
//   short answer line (optional: a short line that is not a sentence)
//   introduction paragraph(s)
//   一、section … / 1. item … / • bullet … with paragraphs under them, at any indent
//   closing heading (建议, 总结) and/or closing paragraph(s)
//   提示:… disclaimer
//   相关推荐
//   item title / snippet / "健康新闻 2025-04-19", repeated
//
// See passage.h for the ids it gives. It never fails: a file in another layout comes out
// as an introduction and whatever parts it recognises, so a user's own notes are still
// searchable.
class ArticleParser
{
public:
    // Bump when the same file would be read differently (passage text or kind, which items
    // are left out); ids must stay as they are. The database rebuilds its corpus, bundled
    // and user articles alike, whenever this number or a bundled file changes.
    static constexpr int Version
        = 3; // 2: other_insurance, treatment, resident_scheme; 3: LaTeX read as plain text

    static Article parse(const QString &text, const QString &articleId,
        const QString &fileName = QString(), const QString &origin = QStringLiteral("bundled"));

    // "001_965773a526713850.txt" → "001"; empty when the name has no 3-digit prefix.
    static QString articleIdFromFileName(const QString &fileName);
};

} // namespace yibao
