// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passagesearch.h"

#include "explain/searchquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace yibao {

namespace {

    // bm25 column weights (label, text): a heading or item title names the topic, the text
    // states the fact; the text should win when both match.
    const char *const Bm25Weights = "0.5, 1.0";

    QString selectFrom(const QString &index, int shortFilters)
    {
        QString sql = QStringLiteral("SELECT p.pid, p.article, p.kind, p.title, p.heading, p.text, "
                                     "p.source, p.date, bm25(%1, %2) AS score"
                                     " FROM %1 JOIN passage p ON p.id = %1.rowid"
                                     " WHERE %1 MATCH ?")
                          .arg(index, QString::fromLatin1(Bm25Weights));
        // Short terms next to long ones: checked on the (few) trigram hits with instr(),
        // over the same label and text the indexes read.
        for (int i = 0; i < shortFilters; ++i)
            sql += QStringLiteral(" AND instr(lower(p.label || ' ' || p.text), lower(?)) > 0");
        sql += QStringLiteral(" ORDER BY score, p.id LIMIT ?");
        return sql;
    }

} // namespace

PassageSearch::PassageSearch(const QSqlDatabase &db)
    : m_db(db)
{ }

PassageSearch::~PassageSearch() = default;

QSqlQuery *PassageSearch::prepared(const QString &sql, QString *error)
{
    auto it = m_prepared.find(sql);
    if (it != m_prepared.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        *error = QStringLiteral("SQL error: %1 (in: %2)").arg(q->lastError().text(), sql);
        return nullptr;
    }
    return m_prepared.emplace(sql, std::move(q)).first->second.get();
}

std::optional<QList<SearchHit>> PassageSearch::search(
    const QString &query, int limit, QString *error)
{
    QList<SearchHit> hits;
    const SearchQuery q = SearchQuery::parse(query);
    const QStringList longTerms = q.longTerms();
    const QStringList shortTerms = q.shortTerms();
    QString match;
    QSqlQuery *stmt = nullptr;
    QStringList filters;
    if (!longTerms.isEmpty()) {
        match = q.trigramMatch();
        filters = shortTerms;
        stmt = prepared(selectFrom(QStringLiteral("passage_fts"), int(filters.size())), error);
    } else {
        match = q.charsMatch();
        stmt = prepared(selectFrom(QStringLiteral("passage_chars"), 0), error);
    }
    if (match.isEmpty())
        return hits; // nothing searchable, e.g. the query was only "*" or quotes
    if (!stmt)
        return std::nullopt;
    stmt->addBindValue(match);
    for (const QString &f : filters)
        stmt->addBindValue(f);
    stmt->addBindValue(limit);
    if (!stmt->exec()) {
        *error = QStringLiteral("SQL error: %1 (search for \"%2\")")
                     .arg(stmt->lastError().text(), query);
        stmt->finish();
        return std::nullopt;
    }
    while (stmt->next()) {
        SearchHit h;
        h.passage = stmt->value(0).toString();
        h.article = stmt->value(1).toString();
        h.kind = stmt->value(2).toString();
        h.title = stmt->value(3).toString();
        h.heading = stmt->value(4).toString();
        h.text = stmt->value(5).toString();
        h.source = stmt->value(6).toString();
        h.date = stmt->value(7).toString();
        h.score = stmt->value(8).toDouble();
        h.snippet = Snippet::make(h.text, q.terms());
        hits.append(h);
    }
    stmt->finish();
    return hits;
}

} // namespace yibao
