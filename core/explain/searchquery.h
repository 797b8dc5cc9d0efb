// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace yibao {

// What a user typed into the search box, as terms the indexes can take.
//
// The query language is deliberately plain: words separated by blanks, and a passage
// matches when it contains every word (case-insensitive). Nothing the user types is ever
// handed to FTS5 as syntax: quotes, *, ^, parentheses, OR/AND/NOT/NEAR are ordinary text
// (punctuation at either end of a word is dropped, "补缴*" searches 补缴), and every term
// reaches SQLite as a quoted string literal bound as a parameter. So a query cannot break
// the statement, widen it, or inject anything.
class SearchQuery
{
public:
    // Terms shorter than this go to the unigram index; from it on to the trigram index.
    static constexpr int TrigramMinLength = 3;

    static SearchQuery parse(const QString &query);

    const QStringList &terms() const { return m_terms; }
    QStringList longTerms() const; // ≥ TrigramMinLength characters
    QStringList shortTerms() const; // 1–2 characters
    bool isEmpty() const { return m_terms.isEmpty(); }

    // FTS5 MATCH text for the trigram index: every long term as a quoted string, ANDed.
    QString trigramMatch() const;
    // FTS5 MATCH text for the unigram index: every short term as a quoted phrase of its
    // characters ("补 缴"), ANDed.
    QString charsMatch() const;

    // The text as the unigram index stores it: a space after every character.
    static QString spaced(const QString &text);
    // The text as the pair index stores it: every two adjacent characters, case-folded, as
    // one token, tokens separated by spaces ("个人账户" → "个人 人账 账户 "). A pair with a
    // blank or an ASCII character other than a letter or digit is left out: the index's
    // tokenizer would split it, and no two-character word holds one (SearchQuery drops
    // punctuation at a word's ends).
    static QString pairs(const QString &text);
    // The pair index's token for a two-character word, or empty when the word cannot be
    // looked up there (see pairs()).
    static QString pairToken(const QString &word);
    // Length in characters (code points), not UTF-16 units.
    static int length(const QString &term);

private:
    QStringList m_terms;
};

} // namespace yibao
