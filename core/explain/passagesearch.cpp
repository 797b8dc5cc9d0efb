// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passagesearch.h"

#include "explain/linkmap.h"
#include "explain/searchquery.h"
#include "explain/searchterms.h"

#include <QHash>
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

    // How much standing together weighs against BM25 (a few units for a good match).
    constexpr double CloseWeight = 1.5;
    // A passage writing a word the way the query does, over one writing another spelling.
    constexpr double TypedWeight = 1.0;

    QString quoted(const QString &s)
    {
        QString inner = s;
        inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + inner + QLatin1Char('"');
    }

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

} // namespace

PassageSearch::PassageSearch(const QSqlDatabase &db, const Library &library)
    : m_db(db)
    , m_library(library)
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

double PassageSearch::closeness(const QString &text, const QList<QStringList> &words)
{
    // Positions of each word (first few of each variant), then the shortest stretch of the
    // text holding one of every word present.
    constexpr int PerVariant = 24;
    QList<QPair<qsizetype, int>> marks; // position, word index
    int present = 0;
    for (qsizetype w = 0; w < words.size(); ++w) {
        bool any = false;
        for (const QString &v : words.at(w)) {
            const Qt::CaseSensitivity cs = caseFor(v);
            qsizetype from = 0;
            for (int n = 0; n < PerVariant; ++n) {
                const qsizetype at = text.indexOf(v, from, cs);
                if (at < 0)
                    break;
                marks.append({ at, int(w) });
                any = true;
                from = at + 1;
            }
        }
        present += any ? 1 : 0;
    }
    if (present < 2)
        return 0;
    std::sort(marks.begin(), marks.end());
    QList<int> seen(words.size(), 0);
    int covered = 0;
    qsizetype best = text.size();
    for (qsizetype lo = 0, hi = 0; hi < marks.size(); ++hi) {
        if (seen[marks.at(hi).second]++ == 0)
            ++covered;
        while (covered == present) {
            best = std::min(best, marks.at(hi).first - marks.at(lo).first);
            if (--seen[marks.at(lo).second] == 0)
                --covered;
            ++lo;
        }
    }
    return 1.0 / (1.0 + double(best) / 12.0);
}

std::optional<QList<SearchHit>> PassageSearch::search(
    const QString &query, int limit, QString *error)
{
    auto r = find(query, limit, error);
    if (!r)
        return std::nullopt;
    return std::move(r->hits);
}

std::optional<SearchResult> PassageSearch::find(const QString &query, int limit, QString *error)
{
    SearchResult result;
    const AnalysedQuery a = m_library.searchTerms().analyse(query);
    const QString typed = query.trimmed();
    result.subjects = a.subjects;
    // A rule id or parameter key typed as it is ("gap.waiting_months").
    if (m_library.links().contains(typed) && !result.subjects.contains(typed))
        result.subjects.prepend(typed);
    for (const QueryTerm &t : a.terms)
        result.terms.append(t.word);

    // Which words make a hit: every word matched as typed; with dictionary words, the
    // strong ones (all of them when every one is weak).
    bool anyStrong = false;
    for (const QueryTerm &t : a.terms)
        anyStrong = anyStrong || !t.weak;
    QList<bool> strong;
    for (const QueryTerm &t : a.terms)
        strong.append(!t.weak || !anyStrong);

    struct Found
    {
        qint64 id = 0;
        QString label, text;
        QList<bool> has;
        int linkedBy = 0; // named rules linking it
        int linkPos = 1 << 20; // its best place in those rules' links
        QList<bool> linkedFor; // per term: a rule the term names links it
        int count = 0;
        bool phrase = false; // holds a part of the query whole
        double score = 0;
    };
    QList<Found> found;
    QHash<qint64, qsizetype> byId;
    auto take = [&](QSqlQuery *stmt) {
        while (stmt->next()) {
            const qint64 id = stmt->value(0).toLongLong();
            if (byId.contains(id))
                continue;
            byId.insert(id, found.size());
            found.append({ id, stmt->value(1).toString(), stmt->value(2).toString(), {}, 0, 1 << 20,
                QList<bool>(a.terms.size(), false), 0, 0 });
        }
        stmt->finish();
    };
    auto run = [&](QSqlQuery *stmt, const QString &match, const QStringList &filters) {
        stmt->addBindValue(match);
        for (const QString &f : filters) {
            stmt->addBindValue(f); // once for the text, once for the label
            stmt->addBindValue(f);
        }
        if (!stmt->exec()) {
            *error = QStringLiteral("SQL error: %1 (search for \"%2\")")
                         .arg(stmt->lastError().text(), query);
            stmt->finish();
            return false;
        }
        take(stmt);
        return true;
    };

    if (!a.dictionary) {
        // As typed: every word, through one index (see the class comment).
        QStringList words;
        for (const QueryTerm &t : a.terms)
            words.append(t.word);
        SearchQuery q = SearchQuery::parse(words.join(QLatin1Char(' ')));
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
        if (!match.isEmpty()) {
            if (!stmt || !run(stmt, match, filters))
                return std::nullopt;
        }
    } else {
        // Any variant of any strong word, long ones through the trigram index and short
        // ones through the unigram index.
        QStringList longOr, shortOr;
        for (qsizetype i = 0; i < a.terms.size(); ++i) {
            if (!strong.at(i))
                continue;
            for (const QString &v : a.terms.at(i).variants) {
                if (SearchQuery::length(v) >= SearchQuery::TrigramMinLength)
                    longOr.append(quoted(v));
                else if (const QString sp = SearchQuery::spaced(v).trimmed(); !sp.isEmpty())
                    shortOr.append(quoted(sp));
            }
        }
        if (!longOr.isEmpty()) {
            QSqlQuery *stmt = prepared(candidatesFrom(QStringLiteral("passage_fts"), {}), error);
            if (!stmt || !run(stmt, longOr.join(QStringLiteral(" OR ")), {}))
                return std::nullopt;
        }
        if (!shortOr.isEmpty()) {
            QSqlQuery *stmt = prepared(candidatesFrom(QStringLiteral("passage_chars"), {}), error);
            if (!stmt || !run(stmt, shortOr.join(QStringLiteral(" OR ")), {}))
                return std::nullopt;
        }
    }

    // The passages the named rules link to hold the word that names the rule.
    if (!result.subjects.isEmpty()) {
        QSqlQuery *byPid
            = prepared(QStringLiteral("SELECT id, label, text FROM passage WHERE pid = ?"), error);
        if (!byPid)
            return std::nullopt;
        for (const QString &subject : std::as_const(result.subjects)) {
            const QList<Link> linked = m_library.linksFor(subject);
            for (qsizetype pos = 0; pos < linked.size(); ++pos) {
                byPid->addBindValue(linked.at(pos).passage);
                if (!byPid->exec()) {
                    *error = QStringLiteral("SQL error: %1 (reading %2)")
                                 .arg(byPid->lastError().text(), linked.at(pos).passage);
                    byPid->finish();
                    return std::nullopt;
                }
                if (!byPid->next()) {
                    byPid->finish();
                    continue; // a passage left out of the corpus
                }
                const qint64 id = byPid->value(0).toLongLong();
                if (!byId.contains(id)) {
                    byId.insert(id, found.size());
                    found.append({ id, byPid->value(1).toString(), byPid->value(2).toString(), {},
                        0, 1 << 20, QList<bool>(a.terms.size(), false), 0, 0 });
                }
                byPid->finish();
                Found &f = found[byId.value(id)];
                ++f.linkedBy;
                f.linkPos = std::min(f.linkPos, int(pos));
                for (qsizetype i = 0; i < a.terms.size(); ++i)
                    if (a.terms.at(i).subjects.contains(subject))
                        f.linkedFor[i] = true;
            }
        }
    }

    // A sentence part that split into several words ("次月1日生效"), under its spellings:
    // a passage holding it whole ranks before one holding the words apart.
    QList<QStringList> phrases;
    if (a.dictionary) {
        const SearchQuery parts = SearchQuery::parse(query);
        for (const QString &part : parts.terms())
            if (SearchQuery::length(part) >= SearchQuery::TrigramMinLength
                && std::none_of(a.terms.cbegin(), a.terms.cend(),
                    [&](const QueryTerm &t) { return t.variants.contains(part); }))
                phrases.append(m_library.searchTerms().spellings(part));
    }

    // Keep what holds the words: all of them as typed, a strong one (or a link) otherwise.
    QList<int> df(a.terms.size(), 0);
    double totalLength = 0;
    QList<Found> hits;
    for (Found &f : found) {
        f.has = QList<bool>(a.terms.size(), false);
        bool all = !a.terms.isEmpty(), anyHit = f.linkedBy > 0;
        for (qsizetype i = 0; i < a.terms.size(); ++i) {
            for (const QString &v : a.terms.at(i).variants) {
                const Qt::CaseSensitivity cs = caseFor(v);
                if (f.text.contains(v, cs) || f.label.contains(v, cs)) {
                    f.has[i] = true;
                    break;
                }
            }
            all = all && f.has.at(i);
            df[i] += f.has.at(i) ? 1 : 0;
            if ((f.has.at(i) || f.linkedFor.at(i)) && strong.at(i)) {
                ++f.count;
                anyHit = true;
            }
        }
        if (a.dictionary ? !anyHit : !all)
            continue;
        for (const QStringList &ph : std::as_const(phrases))
            for (const QString &v : ph)
                f.phrase
                    = f.phrase || f.text.contains(v, caseFor(v)) || f.label.contains(v, caseFor(v));
        totalLength += double(f.label.size() + f.text.size());
        hits.append(std::move(f));
    }
    result.total = int(hits.size());
    if (hits.isEmpty())
        return result;

    const double n = double(hits.size());
    const double meanLength = totalLength / n;
    QList<QStringList> words;
    for (const QueryTerm &t : a.terms)
        words.append(t.variants);
    for (Found &f : hits) {
        const double length = double(f.label.size() + f.text.size());
        const double norm = K1 * (1 - B + B * length / std::max(1.0, meanLength));
        double s = 0;
        for (qsizetype i = 0; i < a.terms.size(); ++i) {
            double tf = 0;
            for (const QString &v : a.terms.at(i).variants) {
                const Qt::CaseSensitivity cs = caseFor(v);
                tf += double(f.text.count(v, cs)) + LabelWeight * double(f.label.count(v, cs));
            }
            const double idf = std::log(1 + (n - df.at(i) + 0.5) / (df.at(i) + 0.5));
            s += idf * tf * (K1 + 1) / (tf + norm);
            // The clerk's own spelling or word first among the passages holding the word.
            const QString &own = a.terms.at(i).typed;
            if (a.terms.at(i).variants.size() > 1 && !own.isEmpty()
                && (f.text.contains(own, caseFor(own)) || f.label.contains(own, caseFor(own))))
                s += TypedWeight;
        }
        if (a.terms.size() > 1)
            s += CloseWeight * closeness(f.label + QLatin1Char('\n') + f.text, words);
        f.score = s;
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Found &x, const Found &y) {
        if (x.count != y.count)
            return x.count > y.count;
        if (x.phrase != y.phrase)
            return x.phrase;
        if (x.linkedBy != y.linkedBy)
            return x.linkedBy > y.linkedBy;
        return x.score > y.score;
    });
    hits.resize(std::min<qsizetype>(hits.size(), limit));

    QStringList marks;
    for (const QueryTerm &t : a.terms)
        marks += t.variants;
    QSqlQuery *row = prepared(
        QStringLiteral(
            "SELECT pid, article, kind, title, heading, source, date FROM passage WHERE id = ?"),
        error);
    if (!row)
        return std::nullopt;
    for (const Found &c : hits) {
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
        h.snippet = Snippet::make(h.text, marks);
        result.hits.append(h);
    }
    return result;
}

} // namespace yibao
