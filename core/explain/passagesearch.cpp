// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passagesearch.h"

#include "explain/searchquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace yibao {

namespace {

    constexpr double K1 = 1.2;
    constexpr double B = 0.75;
    constexpr double LabelWeight
        = 0.5; // a heading or item title names the topic; the text states the fact

    // CJK text has no case; a case-insensitive search over it only costs time.
    bool hasCase(const QString &term)
    {
        return term.toLower() != term.toUpper();
    }

    QString candidatesFrom(const QString &index, const QStringList &shortFilters)
    {
        // Short terms next to long ones are checked on the trigram matches with instr(),
        // inside the window so that it counts real matches; lower() only where case can
        // differ, since copying every passage in lower case is what such a filter costs.
        QString sql = QStringLiteral("SELECT p.id, p.label, p.text FROM %1 JOIN passage p ON p.id "
                                     "= %1.rowid WHERE %1 MATCH ?")
                          .arg(index);
        for (const QString &f : shortFilters)
            sql += hasCase(f)
                ? QStringLiteral(" AND (instr(lower(p.text), lower(?)) > 0 OR "
                                 "instr(lower(p.label), lower(?)) > 0)")
                : QStringLiteral(" AND (instr(p.text, ?) > 0 OR instr(p.label, ?) > 0)");
        sql += QStringLiteral(" LIMIT %1").arg(PassageSearch::RankWindow);
        return sql;
    }

    Qt::CaseSensitivity caseFor(const QString &term)
    {
        return hasCase(term) ? Qt::CaseInsensitive : Qt::CaseSensitive;
    }

    struct Candidate
    {
        qint64 id = 0;
        QString label, text;
        double score = 0;
    };

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

double PassageSearch::score(const QString &label, const QString &text, const QStringList &terms,
    const QList<double> &idf, double meanLength)
{
    const double length = double(label.size() + text.size());
    const double norm = K1 * (1 - B + B * length / std::max(1.0, meanLength));
    double s = 0;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Qt::CaseSensitivity cs = caseFor(terms.at(i));
        const double tf = double(text.count(terms.at(i), cs))
            + LabelWeight * double(label.count(terms.at(i), cs));
        s += idf.value(i, 1.0) * tf * (K1 + 1) / (tf + norm);
    }
    return s;
}

std::optional<QList<SearchHit>> PassageSearch::search(
    const QString &query, int limit, QString *error)
{
    QList<SearchHit> hits;
    const SearchQuery q = SearchQuery::parse(query);
    const QStringList terms = q.terms();
    const QStringList longTerms = q.longTerms();
    QString match;
    QStringList filters;
    QSqlQuery *stmt = nullptr;
    if (!longTerms.isEmpty()) {
        match = q.trigramMatch();
        filters = q.shortTerms();
        stmt = prepared(candidatesFrom(QStringLiteral("passage_fts"), filters), error);
    } else {
        match = q.charsMatch();
        stmt = prepared(candidatesFrom(QStringLiteral("passage_chars"), {}), error);
    }
    if (match.isEmpty())
        return hits; // nothing searchable, e.g. the query was only "*" or quotes
    if (!stmt)
        return std::nullopt;
    stmt->addBindValue(match);
    for (const QString &f : filters) {
        stmt->addBindValue(f); // once for the text, once for the label
        stmt->addBindValue(f);
    }
    if (!stmt->exec()) {
        *error = QStringLiteral("SQL error: %1 (search for \"%2\")")
                     .arg(stmt->lastError().text(), query);
        stmt->finish();
        return std::nullopt;
    }
    QList<Candidate> candidates;
    QList<int> df(terms.size(), 0);
    double totalLength = 0;
    while (stmt->next()) {
        Candidate c { stmt->value(0).toLongLong(), stmt->value(1).toString(),
            stmt->value(2).toString(), 0 };
        bool all = true;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const Qt::CaseSensitivity cs = caseFor(terms.at(i));
            const bool has = c.text.contains(terms.at(i), cs) || c.label.contains(terms.at(i), cs);
            all = all && has;
            df[i] += has ? 1 : 0;
        }
        if (!all)
            continue;
        totalLength += double(c.label.size() + c.text.size());
        candidates.append(std::move(c));
    }
    stmt->finish();
    if (candidates.isEmpty())
        return hits;

    const double n = double(candidates.size());
    QList<double> idf;
    for (int d : df)
        idf.append(std::log(1 + (n - d + 0.5) / (d + 0.5)));
    const double meanLength = totalLength / n;
    for (Candidate &c : candidates)
        c.score = score(c.label, c.text, terms, idf, meanLength);
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    candidates.resize(std::min<qsizetype>(candidates.size(), limit));

    QSqlQuery *row = prepared(
        QStringLiteral(
            "SELECT pid, article, kind, title, heading, source, date FROM passage WHERE id = ?"),
        error);
    if (!row)
        return std::nullopt;
    for (const Candidate &c : candidates) {
        row->addBindValue(c.id);
        if (!row->exec() || !row->next()) {
            *error = QStringLiteral("SQL error: %1 (reading passage %2)")
                         .arg(row->lastError().text())
                         .arg(c.id);
            row->finish();
            return std::nullopt;
        }
        SearchHit h;
        h.passage = row->value(0).toString();
        h.article = row->value(1).toString();
        h.kind = row->value(2).toString();
        h.title = row->value(3).toString();
        h.heading = row->value(4).toString();
        h.source = row->value(5).toString();
        h.date = row->value(6).toString();
        row->finish();
        h.text = c.text;
        h.score = c.score;
        h.snippet = Snippet::make(h.text, terms);
        hits.append(h);
    }
    return hits;
}

} // namespace yibao
