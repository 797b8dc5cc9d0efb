// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/searchterms.h"

#include "explain/searchquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace yibao {

namespace {

    QStringList stringsOf(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            if (!s.toString().isEmpty())
                out.append(s.toString());
        return out;
    }

    void appendOnce(QStringList *list, const QString &s)
    {
        if (!list->contains(s))
            list->append(s);
    }

} // namespace

SearchTerms SearchTerms::fromResources()
{
    QFile f(QStringLiteral(":/resources/explain/searchterms.json"));
    QString error;
    if (f.open(QIODevice::ReadOnly))
        if (auto t = fromJson(f.readAll(), &error))
            return *t;
    qWarning("searchterms.json: %s", qPrintable(error));
    return SearchTerms();
}

std::optional<SearchTerms> SearchTerms::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toString() != QLatin1String("yibao-searchterms/1")) {
        *error = QStringLiteral("schema: expected \"yibao-searchterms/1\"");
        return std::nullopt;
    }
    SearchTerms t;
    const QJsonArray folds = root.value(QLatin1String("folds")).toArray();
    for (qsizetype i = 0; i < folds.size(); ++i) {
        const QJsonObject g = folds.at(i).toObject();
        const QStringList words = stringsOf(g.value(QLatin1String("words")));
        if (words.size() < 2 || g.value(QLatin1String("source")).toString().isEmpty()) {
            *error = QStringLiteral("folds[%1]: expected two or more words and a source").arg(i);
            return std::nullopt;
        }
        for (const QString &w : words) {
            if (t.m_groupOf.contains(w)) {
                *error = QStringLiteral("folds[%1]: \"%2\" is in two groups").arg(i).arg(w);
                return std::nullopt;
            }
            t.m_groupOf.insert(w, t.m_groups.size());
            t.m_longest = std::max(t.m_longest, int(w.size()));
        }
        t.m_groups.append(words);
    }
    const QJsonArray entries = root.value(QLatin1String("terms")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        Entry e;
        e.word = o.value(QLatin1String("word")).toString();
        if (e.word.isEmpty()) {
            *error = QStringLiteral("terms[%1]: expected a word").arg(i);
            return std::nullopt;
        }
        e.subjects = stringsOf(o.value(QLatin1String("subjects")));
        e.weak = o.value(QLatin1String("weak")).toBool();
        QStringList words { e.word };
        words += stringsOf(o.value(QLatin1String("also")));
        for (const QString &w : std::as_const(words)) {
            const QString key = t.fold(w);
            if (t.m_entryOf.contains(key)) {
                *error = QStringLiteral("terms[%1]: \"%2\" is already a word of \"%3\"")
                             .arg(i)
                             .arg(w, t.m_entries.at(t.m_entryOf.value(key)).word);
                return std::nullopt;
            }
            t.m_entryOf.insert(key, t.m_entries.size());
            t.m_longest = std::max(t.m_longest, int(key.size()));
            for (const QString &s : t.spellings(key))
                appendOnce(&e.variants, s);
        }
        t.m_entries.append(e);
    }
    for (const QString &s : stringsOf(root.value(QLatin1String("stop")))) {
        t.m_stop.insert(s);
        t.m_longest = std::max(t.m_longest, int(s.size()));
    }
    return t;
}

QString SearchTerms::fold(const QString &text) const
{
    if (m_groupOf.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype taken = 0;
        for (qsizetype len = std::min<qsizetype>(m_longest, text.size() - i); len >= 2; --len) {
            const auto it = m_groupOf.constFind(text.mid(i, len));
            if (it != m_groupOf.cend()) {
                out += m_groups.at(*it).first();
                taken = len;
                break;
            }
        }
        if (taken == 0) {
            out += text.at(i);
            taken = 1;
        }
        i += taken;
    }
    return out;
}

QStringList SearchTerms::spellings(const QString &word) const
{
    // A word holding a spelling ("补缴比例") is found under each spelling ("补交比例").
    const QString folded = fold(word);
    QStringList out { folded };
    for (const QStringList &g : m_groups) {
        if (!folded.contains(g.first()))
            continue;
        const QStringList current = out;
        for (const QString &w : current)
            for (qsizetype k = 1; k < g.size(); ++k)
                appendOnce(&out, QString(w).replace(g.first(), g.at(k)));
    }
    if (!out.contains(word))
        out.prepend(word);
    return out;
}

AnalysedQuery SearchTerms::analyse(const QString &query) const
{
    AnalysedQuery a;
    QList<QueryTerm> literals; // parts without any dictionary word
    auto addTerm = [&](QueryTerm t) {
        for (const QueryTerm &have : std::as_const(a.terms))
            if (have.word.compare(t.word, Qt::CaseInsensitive) == 0)
                return;
        a.terms.append(std::move(t));
    };
    static const QRegularExpression inner(QStringLiteral("[\\p{P}\\p{S}]+"));
    const SearchQuery parsed = SearchQuery::parse(query);
    for (const QString &typed : parsed.terms()) {
        const QString part = fold(typed);
        QList<QueryTerm> found;
        bool dictionaryWord = false;
        qsizetype offset = 0;
        for (const QString &chunk : part.split(inner, Qt::SkipEmptyParts)) {
            offset = part.indexOf(chunk, offset);
            QString pending;
            auto flush = [&] {
                if (SearchQuery::length(pending) >= 2) {
                    QueryTerm t;
                    t.word = pending;
                    t.variants = spellings(pending);
                    t.typed = pending;
                    t.literal = true;
                    found.append(t);
                }
                pending.clear();
            };
            for (qsizetype i = 0; i < chunk.size();) {
                qsizetype len = std::min<qsizetype>(m_longest, chunk.size() - i);
                qsizetype entry = -1;
                bool stop = false;
                for (; len >= 1; --len) {
                    const QString sub = chunk.mid(i, len);
                    const auto it = m_entryOf.constFind(sub);
                    if (it != m_entryOf.cend()) {
                        entry = *it;
                        break;
                    }
                    if (m_stop.contains(sub)) {
                        stop = true;
                        break;
                    }
                }
                if (entry >= 0) {
                    flush();
                    const Entry &e = m_entries.at(entry);
                    QueryTerm t;
                    t.word = e.word;
                    t.variants = e.variants;
                    // Folding keeps lengths (every spelling of a group is as long as the
                    // others), so the typed spelling is at the same place.
                    t.typed = part.size() == typed.size() ? typed.mid(offset + i, len)
                                                          : chunk.mid(i, len);
                    t.subjects = e.subjects;
                    t.weak = e.weak;
                    found.append(t);
                    dictionaryWord = true;
                    i += len;
                } else if (stop) {
                    flush();
                    i += len;
                } else {
                    pending += chunk.at(i);
                    ++i;
                }
            }
            flush();
            offset += chunk.size();
        }
        if (dictionaryWord) {
            a.dictionary = true;
            for (const QueryTerm &t : std::as_const(found))
                addTerm(t);
        } else {
            QueryTerm t;
            t.word = typed;
            t.variants = spellings(typed);
            t.typed = typed;
            t.literal = true;
            literals.append(t);
        }
    }
    for (const QueryTerm &t : std::as_const(literals))
        addTerm(t);
    for (const QueryTerm &t : std::as_const(a.terms))
        for (const QString &s : t.subjects)
            appendOnce(&a.subjects, s);
    return a;
}

} // namespace yibao
