// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/snippet.h"

#include "explain/patternscan.h"

#include <algorithm>

namespace yibao {

Snippet Snippet::make(const QString &passageText, const QStringList &terms, int width,
    const QString &open, const QString &close)
{
    // One line: the passage's own line breaks would break a result list.
    QString text = passageText;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));

    QList<QPair<qsizetype, qsizetype>> spans; // (start, end) in text
    for (const QString &t : terms) {
        if (t.isEmpty())
            continue;
        // Qt's case-insensitive search folds every character it compares: for a term
        // without letters that have case (any Chinese word) an exact search finds the same,
        // several times faster, and a search marks dozens of spellings in 20 snippets.
        const Qt::CaseSensitivity cs
            = PatternScan::hasCase(t) ? Qt::CaseInsensitive : Qt::CaseSensitive;
        for (qsizetype at = text.indexOf(t, 0, cs); at >= 0;
             at = text.indexOf(t, at + t.size(), cs))
            spans.append({ at, at + t.size() });
    }
    std::sort(spans.begin(), spans.end());
    QList<QPair<qsizetype, qsizetype>> merged;
    for (const auto &s : spans) {
        if (!merged.isEmpty() && s.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, s.second);
        else
            merged.append(s);
    }

    // Put the first match a quarter into the window, so the reader sees what leads to it.
    qsizetype from = 0;
    if (!merged.isEmpty())
        from = std::max<qsizetype>(0, merged.first().first - width / 4);
    qsizetype to = std::min<qsizetype>(text.size(), from + width);
    if (!merged.isEmpty())
        to = std::max(to, std::min<qsizetype>(text.size(), merged.first().second));
    if (to - from < width)
        from = std::max<qsizetype>(0, to - width);
    // Never cut a surrogate pair in half.
    if (from > 0 && text.at(from).isLowSurrogate())
        --from;
    if (to < text.size() && text.at(to).isLowSurrogate())
        ++to;

    Snippet s;
    const QString ellipsis(QChar(0x2026));
    QString marked, plain;
    if (from > 0) {
        marked += ellipsis;
        plain += ellipsis;
    }
    qsizetype pos = from;
    for (const auto &m : merged) {
        const qsizetype b = std::max(m.first, from), e = std::min(m.second, to);
        if (b >= e)
            continue;
        marked += QStringView(text).mid(pos, b - pos);
        plain += QStringView(text).mid(pos, b - pos);
        s.marks.append({ plain.size(), e - b });
        marked += open;
        marked += QStringView(text).mid(b, e - b);
        marked += close;
        plain += QStringView(text).mid(b, e - b);
        pos = e;
    }
    marked += QStringView(text).mid(pos, to - pos);
    plain += QStringView(text).mid(pos, to - pos);
    if (to < text.size()) {
        marked += ellipsis;
        plain += ellipsis;
    }
    s.text = marked;
    s.plain = plain;
    return s;
}

} // namespace yibao
