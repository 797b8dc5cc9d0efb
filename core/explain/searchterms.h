// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

// One word of a query as search looks for it.
struct QueryTerm
{
    QString word; // as shown: the dictionary's word ("断缴"), or the text typed
    QStringList variants; // every text that counts as this word, word first
    QString typed; // the spelling or other word the query used ("断交" for 断缴)
    QStringList subjects; // rule ids and parameter keys the word names
    bool weak = false; // ranks, but alone does not make a hit (医保)
    bool literal = false; // not a dictionary word: searched as typed
};

// What search made of a query.
struct AnalysedQuery
{
    QList<QueryTerm> terms;
    // True when at least one dictionary word was found: the terms are then matched with
    // OR; otherwise every (literal) term must be in the passage.
    bool dictionary = false;
    QStringList subjects; // named by the terms, in query order, once each
};

// The words of the field that search knows (resources/explain/searchterms.json): the
// spellings folded into one (断缴/断交/断保), a small dictionary with other words for the
// same thing and the rules each word names, and the question words cut out of a sentence.
//
// A query is cut into dictionary words, longest first, after its spellings are folded;
// text between them that is two characters or more is kept as a word typed ("北京",
// "3个月"), a single character or a question word is dropped. A blank-separated part
// without any dictionary word is kept whole, as typed, so "胃胀" is searched as "胃胀".
class SearchTerms
{
public:
    // resources/explain/searchterms.json (Library::fromResources holds the one in use).
    static SearchTerms fromResources();
    static std::optional<SearchTerms> fromJson(const QByteArray &json, QString *error);

    // Every spelling replaced by the first of its group, longest spelling first.
    QString fold(const QString &text) const;
    // The spellings of a word (itself first); just the word when it has no others.
    QStringList spellings(const QString &word) const;
    AnalysedQuery analyse(const QString &query) const;

    // For tests: how many fold groups and dictionary entries were read.
    int foldGroupCount() const { return int(m_groups.size()); }
    int entryCount() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QString word;
        QStringList variants; // word, also-words, and all their spellings
        QStringList subjects;
        bool weak = false;
    };
    QList<QStringList> m_groups; // spellings, ours first
    QHash<QString, qsizetype> m_groupOf; // any spelling → group
    QHash<QString, qsizetype> m_entryOf; // a folded dictionary word or also-word → entry
    QList<Entry> m_entries;
    QSet<QString> m_stop;
    int m_longest = 1; // longest dictionary word, stop word or spelling, in UTF-16 units
};

} // namespace yibao
