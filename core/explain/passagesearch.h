// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/snippet.h"

#include <QSqlDatabase>
#include <QString>

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
    double score = 0; // bm25 of the index that found it; lower is better
    Snippet snippet;
};

// Full-text search over the passages a CorpusStore wrote (see SearchQuery for the query
// language). Long terms (3+ characters) use the trigram index, short ones the unigram
// index; a query with both narrows the trigram hits by the short terms. Hits are ranked
// by bm25, a related item's title or a passage's headings weighing half as much as its
// text; ties keep file order. Statements are prepared once per object and reused.
class PassageSearch
{
public:
    explicit PassageSearch(const QSqlDatabase &db);
    ~PassageSearch();

    static constexpr int DefaultLimit = 20;

    // nullopt on a database error (in error); an empty list when nothing matches or the
    // query has no searchable characters.
    std::optional<QList<SearchHit>> search(const QString &query, int limit, QString *error);

private:
    QSqlQuery *prepared(const QString &sql, QString *error);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace yibao
