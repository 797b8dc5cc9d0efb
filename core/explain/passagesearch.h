// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/library.h"
#include "explain/snippet.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class QSqlQuery;

namespace yibao {

struct SearchHit
{
    QString passage; // "001#r4"
    QString article; // "001"
    QString kind; // passageKindId()
    QString title; // the related item's title, else the article's
    QString heading;
    QString text; // the whole passage
    QString source;
    QString date;
    double score = 0; // BM25 (see PassageSearch); higher is better
    Snippet snippet;
};

// What a search found: the first hits, how many there are in all, and the rules and
// parameters the query names (their explanations go before the passages).
struct SearchResult
{
    QList<SearchHit> hits; // at most the limit asked for
    int total = 0; // every passage found (up to RankWindow per index)
    QStringList subjects; // rule ids and parameter keys the query names
    QStringList terms; // the words searched, as shown ("断缴", "恢复")
};

// Full-text search over the passages a CorpusStore wrote.
//
// The query is first read with SearchTerms (resources/explain/searchterms.json): its
// spellings folded (断交 → 断缴) and a sentence cut into the field's words. With at least
// one such word the words are matched with OR, each under all its spellings and other
// words (so 断缴 finds a passage that writes 断交: the fold applies to the passages as
// they are read, not only to the query), and hits rank by
//   1. how many of the query's words they hold (a weak word such as 医保 not counted),
//      where a passage that links.json links to a rule the word names holds that word;
//   2. then such linked passages first, by how many named rules link them;
//   3. then BM25 over all the words plus how close together they stand.
// A query without any dictionary word is matched as typed (SearchQuery's language below):
// every word must be in the passage, ranked by BM25.
//
// Matching as typed: Long terms (3+ characters) are looked up in the trigram index,
// two-character ones in the pair index (one token each, see SearchQuery::pairs), single
// characters in the unigram index; a query with long and short terms narrows the trigram
// matches by the short terms. Statements are prepared once per object and reused.
//
// Each candidate's label and text are read once, as UTF-8, and searched once for all the
// query's texts at the same time (PatternScan): which words it holds, how often, where.
//
// Ranking is BM25 (k1 = 1.2, b = 0.75) computed here, not by FTS5's bm25(): that one
// first counts every passage matching the query to weigh its terms, and a word such as
// 医保 or 缴 matches nearly every passage, 300 000 of them with 10 000 articles, far over
// the 20 ms a keystroke may take. Instead the indexes return the first RankWindow (1000)
// matches in corpus order, and those are scored: term frequency in the text, plus half
// that in the label (a related item's title or a passage's headings), over the length of
// label and text, with each term's rarity taken within the window. The bundled articles
// come first in corpus order (they are written first on every rebuild), then the user's
// in the order added, so the bundled corpus is always ranked whole; past the window a
// query is too common for its order to tell much. Ties keep corpus order.
//
// A passage is a hit only if its label or text contains every term as written (case
// aside): the unigram index would also match a pair of characters split by punctuation.
class PassageSearch
{
public:
    // The library gives the search words and the links that rank linked passages first.
    PassageSearch(const QSqlDatabase &db, const Library &library);
    ~PassageSearch();

    static constexpr int DefaultLimit = 20;
    static constexpr int RankWindow = 1000;

    // nullopt on a database error (in error); no hits when nothing matches or the query
    // has no searchable characters.
    std::optional<SearchResult> find(const QString &query, int limit, QString *error);
    // find()'s hits alone.
    std::optional<QList<SearchHit>> search(const QString &query, int limit, QString *error);

    // The score of one passage for terms, given the mean length of the candidates and each
    // term's inverse document frequency. Exposed for tests.
    static double score(const QString &label, const QString &text, const QStringList &terms,
        const QList<double> &idf, double meanLength);

    // How close the query's words stand in text: 1 when next to each other, falling towards
    // 0 as the shortest stretch holding one of each grows. Each inner list is one word's
    // variants. 0 with fewer than two words present. Exposed for tests.
    static double closeness(const QString &text, const QList<QStringList> &words);

private:
    QSqlQuery *prepared(const QString &sql, QString *error);

    QSqlDatabase m_db;
    Library m_library;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace yibao
