// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passagesearch.h"

#include "explain/linkmap.h"
#include "explain/patternscan.h"
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

    bool hasCase(const QString &term)
    {
        return PatternScan::hasCase(term);
    }

    // A candidate's label and text as the UTF-8 bytes SQLite stores: asked for as text,
    // SQLite converts each to UTF-16, one character at a time, which was the larger part of
    // reading a thousand candidates. PatternScan reads UTF-8 as it is; only the hits shown
    // are converted.
    const char *const LabelAndText = "CAST(p.label AS BLOB), CAST(p.text AS BLOB)";

    QString candidatesFrom(const QString &index, const QStringList &shortFilters)
    {
        // Short terms next to long ones are checked on the trigram matches with instr(),
        // inside the window so that it counts real matches; lower() only where case can
        // differ, since copying every passage in lower case is what such a filter costs.
        QString sql = QStringLiteral("SELECT p.id, %2 FROM %1 JOIN passage p ON p.id "
                                     "= %1.rowid WHERE %1 MATCH ?")
                          .arg(index, QLatin1String(LabelAndText));
        for (const QString &f : shortFilters)
            sql += hasCase(f)
                ? QStringLiteral(" AND (instr(lower(p.text), lower(?)) > 0 OR "
                                 "instr(lower(p.label), lower(?)) > 0)")
                : QStringLiteral(" AND (instr(p.text, ?) > 0 OR instr(p.label, ?) > 0)");
        sql += QStringLiteral(" LIMIT %1").arg(PassageSearch::RankWindow);
        return sql;
    }

    // The pair index's MATCH for short terms joined by op, or empty unless every term is
    // two characters the index can look up (SearchQuery::pairToken).
    QString pairsMatch(const QStringList &terms, const QString &op)
    {
        QStringList parts;
        for (const QString &t : terms) {
            const QString token = SearchQuery::pairToken(t);
            if (token.isEmpty())
                return QString();
            parts.append(quoted(token));
        }
        return parts.join(op);
    }

    Qt::CaseSensitivity caseFor(const QString &term)
    {
        return hasCase(term) ? Qt::CaseInsensitive : Qt::CaseSensitive;
    }

    // How many positions of each variant closeness looks at: enough for any passage here.
    constexpr int ClosenessPerVariant = 24;

    // closeness() from the positions of the words' variants (position, word), each variant's
    // first ClosenessPerVariant, in a text of `size` units holding `present` of the words.
    double closenessOf(QList<QPair<qsizetype, int>> marks, int words, int present, qsizetype size)
    {
        // The shortest stretch of the text holding one of every word present.
        if (present < 2)
            return 0;
        std::sort(marks.begin(), marks.end());
        QList<int> seen(words, 0);
        int covered = 0;
        qsizetype best = size;
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
    QStringList patterns;
    QList<int> wordOf;
    for (qsizetype w = 0; w < words.size(); ++w)
        for (const QString &v : words.at(w)) {
            patterns.append(v);
            wordOf.append(int(w));
        }
    const PatternScan scanner(patterns);
    PatternScan::Found seen = scanner.empty();
    scanner.scan(text, &seen, ClosenessPerVariant);
    QList<bool> has(words.size(), false);
    QList<QPair<qsizetype, int>> marks;
    for (const auto &[at, p] : std::as_const(seen.positions)) {
        marks.append({ at, wordOf.at(p) });
        has[wordOf.at(p)] = true;
    }
    return closenessOf(
        marks, int(words.size()), int(std::count(has.cbegin(), has.cend(), true)), text.size());
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
        QByteArray label, text; // UTF-8
        qsizetype labelLength = 0, textLength = 0; // in UTF-16 units, as QString counts
        int linkedBy = 0; // named rules linking it
        int linkPos = 1 << 20; // its best place in those rules' links
        QList<bool> linkedFor; // per term: a rule the term names links it
        int count = 0;
        bool phrase = false; // holds a part of the query whole
        double close = 0; // closeness() of the query's words in it
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
            found.append({ id, stmt->value(1).toByteArray(), stmt->value(2).toByteArray(), 0, 0, 0,
                1 << 20, QList<bool>(a.terms.size(), false) });
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
        } else if (const QString pairs = pairsMatch(q.shortTerms(), QStringLiteral(" AND "));
                   !pairs.isEmpty()) {
            match = pairs;
            stmt = prepared(candidatesFrom(QStringLiteral("passage_pairs"), {}), error);
        } else {
            match = q.charsMatch();
            stmt = prepared(candidatesFrom(QStringLiteral("passage_chars"), {}), error);
        }
        if (!match.isEmpty()) {
            if (!stmt || !run(stmt, match, filters))
                return std::nullopt;
        }
    } else {
        // Any variant of any strong word, long ones through the trigram index, two
        // characters through the pair index, one through the unigram index.
        QStringList longOr, pairOr, shortOr;
        for (qsizetype i = 0; i < a.terms.size(); ++i) {
            if (!strong.at(i))
                continue;
            for (const QString &v : a.terms.at(i).variants) {
                if (SearchQuery::length(v) >= SearchQuery::TrigramMinLength)
                    longOr.append(quoted(v));
                else if (const QString pair = SearchQuery::pairToken(v); !pair.isEmpty())
                    pairOr.append(quoted(pair));
                else if (const QString sp = SearchQuery::spaced(v).trimmed(); !sp.isEmpty())
                    shortOr.append(quoted(sp));
            }
        }
        if (!longOr.isEmpty()) {
            QSqlQuery *stmt = prepared(candidatesFrom(QStringLiteral("passage_fts"), {}), error);
            if (!stmt || !run(stmt, longOr.join(QStringLiteral(" OR ")), {}))
                return std::nullopt;
        }
        if (!pairOr.isEmpty()) {
            QSqlQuery *stmt = prepared(candidatesFrom(QStringLiteral("passage_pairs"), {}), error);
            if (!stmt || !run(stmt, pairOr.join(QStringLiteral(" OR ")), {}))
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
        QSqlQuery *byPid = prepared(QStringLiteral("SELECT p.id, %1 FROM passage p WHERE p.pid = ?")
                                        .arg(QLatin1String(LabelAndText)),
            error);
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
                    found.append({ id, byPid->value(1).toByteArray(), byPid->value(2).toByteArray(),
                        0, 0, 0, 1 << 20, QList<bool>(a.terms.size(), false) });
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

    // Every text looked for in the candidates, each once: the words' variants, the
    // spellings the clerk typed, the sentence parts. One scan of a passage finds them all.
    QStringList patterns;
    QHash<QString, int> patternOf;
    auto patternFor = [&](const QString &text) {
        const auto it = patternOf.constFind(text);
        if (it != patternOf.cend())
            return *it;
        patternOf.insert(text, int(patterns.size()));
        patterns.append(text);
        return int(patterns.size() - 1);
    };
    QList<QList<int>> variantPatterns; // per term, its variants in order
    QList<int> typedPattern; // per term, the spelling typed when it has others, else -1
    for (const QueryTerm &t : a.terms) {
        QList<int> ps;
        for (const QString &v : t.variants)
            ps.append(patternFor(v));
        variantPatterns.append(ps);
        typedPattern.append(t.variants.size() > 1 && !t.typed.isEmpty() ? patternFor(t.typed) : -1);
    }
    QList<int> phrasePatterns;
    for (const QStringList &ph : std::as_const(phrases))
        for (const QString &v : ph)
            phrasePatterns.append(patternFor(v));
    QList<QList<int>> wordsOf(patterns.size()); // the terms a pattern is a variant of
    for (qsizetype i = 0; i < variantPatterns.size(); ++i)
        for (int p : variantPatterns.at(i))
            if (!wordsOf.at(p).contains(int(i)))
                wordsOf[p].append(int(i));
    const PatternScan scanner(patterns);
    const int keep = a.terms.size() > 1 ? ClosenessPerVariant : 0;

    // Keep what holds the words: all of them as typed, a strong one (or a link) otherwise.
    // What ranking needs of each hit is taken from the same scan: its term frequencies,
    // whether it holds the spelling typed, how close the words stand.
    QList<int> df(a.terms.size(), 0);
    double totalLength = 0;
    QList<Found> hits;
    QList<double> tfs; // hits × terms
    QList<bool> owns; // hits × terms: holds the spelling typed
    PatternScan::Found seen = scanner.empty();
    QList<int> inLabel(patterns.size(), 0);
    QList<bool> has(a.terms.size(), false);
    for (Found &f : found) {
        seen.kept.fill(0);
        seen.positions.clear();
        seen.count.fill(0);
        f.labelLength = scanner.scanUtf8(f.label, &seen, keep);
        std::swap(inLabel, seen.count);
        seen.count.fill(0);
        f.textLength = scanner.scanUtf8(f.text, &seen, keep, f.labelLength + 1);
        const QList<int> &inText = seen.count;
        auto holds = [&](int p) { return inText.at(p) > 0 || inLabel.at(p) > 0; };

        bool all = !a.terms.isEmpty(), anyHit = f.linkedBy > 0;
        for (qsizetype i = 0; i < a.terms.size(); ++i) {
            has[i] = std::any_of(variantPatterns.at(i).cbegin(), variantPatterns.at(i).cend(),
                [&](int p) { return holds(p); });
            all = all && has.at(i);
            if ((has.at(i) || f.linkedFor.at(i)) && strong.at(i)) {
                ++f.count;
                anyHit = true;
            }
        }
        if (a.dictionary ? !anyHit : !all)
            continue;
        for (qsizetype i = 0; i < a.terms.size(); ++i) {
            df[i] += has.at(i) ? 1 : 0;
            double tf = 0;
            for (int p : variantPatterns.at(i))
                tf += double(inText.at(p)) + LabelWeight * double(inLabel.at(p));
            tfs.append(tf);
            owns.append(typedPattern.at(i) >= 0 && holds(typedPattern.at(i)));
        }
        f.phrase = std::any_of(
            phrasePatterns.cbegin(), phrasePatterns.cend(), [&](int p) { return holds(p); });
        if (keep > 0) {
            QList<QPair<qsizetype, int>> marks; // position, term
            for (const auto &[at, p] : std::as_const(seen.positions))
                for (int w : wordsOf.at(p))
                    marks.append({ at, w });
            const int present = int(std::count(has.cbegin(), has.cend(), true));
            f.close = closenessOf(
                marks, int(a.terms.size()), present, f.labelLength + 1 + f.textLength);
        }
        totalLength += double(f.labelLength + f.textLength);
        hits.append(std::move(f));
    }
    result.total = int(hits.size());
    if (hits.isEmpty())
        return result;

    const double n = double(hits.size());
    const double meanLength = totalLength / n;
    const qsizetype termCount = a.terms.size();
    for (qsizetype h = 0; h < hits.size(); ++h) {
        Found &f = hits[h];
        const double length = double(f.labelLength + f.textLength);
        const double norm = K1 * (1 - B + B * length / std::max(1.0, meanLength));
        double s = 0;
        for (qsizetype i = 0; i < termCount; ++i) {
            const double tf = tfs.at(h * termCount + i);
            const double idf = std::log(1 + (n - df.at(i) + 0.5) / (df.at(i) + 0.5));
            s += idf * tf * (K1 + 1) / (tf + norm);
            // The clerk's own spelling or word first among the passages holding the word.
            if (owns.at(h * termCount + i))
                s += TypedWeight;
        }
        if (termCount > 1)
            s += CloseWeight * f.close;
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
        h.text = QString::fromUtf8(c.text);
        h.score = c.score;
        h.snippet = Snippet::make(h.text, marks);
        result.hits.append(h);
    }
    return result;
}

} // namespace yibao
