// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/corpusstore.h"

#include "explain/articleparser.h"
#include "explain/corpus.h"
#include "explain/library.h"
#include "explain/linkmap.h"
#include "explain/searchquery.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace yibao {

namespace {

    // Contentless like passage_chars; the ascii tokenizer splits at blanks (and ASCII
    // punctuation, which SearchQuery::pairs leaves out) and keeps every other character.
    const char *const PairIndexSql = "CREATE VIRTUAL TABLE passage_pairs USING fts5(label, text, "
                                     "content='', tokenize='ascii')";

    PassageKind kindFromId(const QString &id)
    {
        for (PassageKind k : { PassageKind::Answer, PassageKind::Intro, PassageKind::Section,
                 PassageKind::Closing, PassageKind::Related })
            if (passageKindId(k) == id)
                return k;
        return PassageKind::Section;
    }

    // What the indexes read besides the text (see the passage table in database.cpp).
    QString labelOf(const Passage &p)
    {
        return p.kind == PassageKind::Related ? p.title : p.heading;
    }

    Passage passageFromRow(const QSqlQuery &q, int first)
    {
        Passage p;
        p.id = q.value(first).toString();
        p.article = q.value(first + 1).toString();
        p.kind = kindFromId(q.value(first + 2).toString());
        p.heading = q.value(first + 3).toString();
        p.title = q.value(first + 4).toString();
        p.text = q.value(first + 5).toString();
        p.source = q.value(first + 6).toString();
        p.date = q.value(first + 7).toString();
        return p;
    }

    // Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so empty is "".
    QVariant text(const QString &s)
    {
        return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
    }

    const char *const PassageColumns = "pid, article, kind, heading, title, text, source, date";

} // namespace

CorpusStore::CorpusStore(Database &db)
    : m_db(db)
{ }

bool CorpusStore::ensureBundled(const Library &library, QString *error, bool *rebuilt)
{
    if (rebuilt)
        *rebuilt = false;
    const bool pairs = hasPairIndex();
    if (m_db.meta(QString::fromLatin1(CorpusVersionKey)) == Corpus::bundledVersion() && pairs
        && m_db.meta(QString::fromLatin1(PairsStateKey)) == pairsState())
        return true;
    if (!m_db.transaction(error, [&] {
            return (pairs || m_db.execSql(QString::fromLatin1(PairIndexSql), error))
                && rebuild(library, error);
        }))
        return false;
    if (rebuilt)
        *rebuilt = true;
    return true;
}

bool CorpusStore::rebuild(const Library &library, QString *error)
{
    // Keep the user's articles (their text and when they were added), drop everything
    // else, and read all articles again with this program's parser.
    struct Kept
    {
        QString id, fileName, raw, addedAt;
    };
    QList<Kept> kept;
    {
        QSqlQuery q(m_db.connection());
        if (!m_db.prepare(q,
                QStringLiteral("SELECT id, file_name, raw, added_at FROM article WHERE origin = "
                               "'user' ORDER BY id"),
                error)
            || !Database::exec(q, error))
            return false;
        while (q.next())
            kept.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString() });
    }
    for (const char *sql : { "INSERT INTO passage_fts(passage_fts) VALUES('delete-all')",
             "INSERT INTO passage_chars(passage_chars) VALUES('delete-all')",
             "INSERT INTO passage_pairs(passage_pairs) VALUES('delete-all')", "DELETE FROM passage",
             "DELETE FROM article", "DELETE FROM rule_passage" })
        if (!m_db.execSql(QString::fromLatin1(sql), error))
            return false;
    for (const Corpus::File &f : Corpus::bundledFiles()) {
        const QString text = QString::fromUtf8(f.bytes);
        const Article a = ArticleParser::parse(
            text, ArticleParser::articleIdFromFileName(f.fileName), f.fileName);
        if (!insertArticle(a, text, QString(), error))
            return false;
    }
    for (const Kept &k : kept) {
        const Article a = ArticleParser::parse(k.raw, k.id, k.fileName, QStringLiteral("user"));
        if (!insertArticle(a, k.raw, k.addedAt, error))
            return false;
    }
    if (!writeLinks(library, error))
        return false;
    return recordPairsState(error)
        && m_db.setMeta(QString::fromLatin1(CorpusVersionKey), Corpus::bundledVersion(), error);
}

bool CorpusStore::insertArticle(
    const Article &a, const QString &raw, const QString &addedAt, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q,
            QStringLiteral("INSERT INTO article (id, origin, file_name, title, answer, "
                           "related_count, excluded_count, added_at, raw)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error))
        return false;
    for (const QVariant &v :
        { text(a.id), text(a.origin), text(a.fileName), text(a.title), text(a.answer),
            QVariant(a.relatedCount), QVariant(int(a.excluded.size())), text(addedAt), text(raw) })
        q.addBindValue(v);
    if (!Database::exec(q, error))
        return false;

    QSqlQuery ins(m_db.connection()), fts(m_db.connection()), chars(m_db.connection()),
        pairs(m_db.connection());
    if (!m_db.prepare(ins,
            QStringLiteral("INSERT INTO passage (pid, article, seq, kind, heading, title, label, "
                           "text, source, date)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            error)
        || !m_db.prepare(fts,
            QStringLiteral("INSERT INTO passage_fts (rowid, label, text) VALUES (?, ?, ?)"), error)
        || !m_db.prepare(chars,
            QStringLiteral("INSERT INTO passage_chars (rowid, label, text) VALUES (?, ?, ?)"),
            error)
        || !m_db.prepare(pairs,
            QStringLiteral("INSERT INTO passage_pairs (rowid, label, text) VALUES (?, ?, ?)"),
            error))
        return false;
    int seq = 0;
    for (const Passage &p : a.passages) {
        const QString label = labelOf(p);
        for (const QVariant &v : { text(p.id), text(p.article), QVariant(seq++),
                 text(passageKindId(p.kind)), text(p.heading), text(p.title), text(label),
                 text(p.text), text(p.source), text(p.date) })
            ins.addBindValue(v);
        if (!Database::exec(ins, error))
            return false;
        const QVariant rowid = ins.lastInsertId();
        fts.addBindValue(rowid);
        fts.addBindValue(text(label));
        fts.addBindValue(text(p.text));
        chars.addBindValue(rowid);
        chars.addBindValue(text(SearchQuery::spaced(label)));
        chars.addBindValue(text(SearchQuery::spaced(p.text)));
        pairs.addBindValue(rowid);
        pairs.addBindValue(text(SearchQuery::pairs(label)));
        pairs.addBindValue(text(SearchQuery::pairs(p.text)));
        if (!Database::exec(fts, error) || !Database::exec(chars, error)
            || !Database::exec(pairs, error))
            return false;
    }
    return true;
}

bool CorpusStore::unindexArticle(const QString &id, QString *error)
{
    // External-content and contentless FTS5 tables forget a row only when told its old
    // values, so read them before the rows go.
    QSqlQuery q(m_db.connection()), fts(m_db.connection()), chars(m_db.connection()),
        pairs(m_db.connection());
    if (!m_db.prepare(
            q, QStringLiteral("SELECT id, label, text FROM passage WHERE article = ?"), error)
        || !m_db.prepare(fts,
            QStringLiteral("INSERT INTO passage_fts (passage_fts, rowid, label, text) VALUES "
                           "('delete', ?, ?, ?)"),
            error)
        || !m_db.prepare(chars,
            QStringLiteral("INSERT INTO passage_chars (passage_chars, rowid, label, text) VALUES "
                           "('delete', ?, ?, ?)"),
            error)
        || !m_db.prepare(pairs,
            QStringLiteral("INSERT INTO passage_pairs (passage_pairs, rowid, label, text) VALUES "
                           "('delete', ?, ?, ?)"),
            error))
        return false;
    q.addBindValue(id);
    if (!Database::exec(q, error))
        return false;
    while (q.next()) {
        fts.addBindValue(q.value(0));
        fts.addBindValue(q.value(1));
        fts.addBindValue(q.value(2));
        chars.addBindValue(q.value(0));
        chars.addBindValue(text(SearchQuery::spaced(q.value(1).toString())));
        chars.addBindValue(text(SearchQuery::spaced(q.value(2).toString())));
        pairs.addBindValue(q.value(0));
        pairs.addBindValue(text(SearchQuery::pairs(q.value(1).toString())));
        pairs.addBindValue(text(SearchQuery::pairs(q.value(2).toString())));
        if (!Database::exec(fts, error) || !Database::exec(chars, error)
            || !Database::exec(pairs, error))
            return false;
    }
    QSqlQuery del(m_db.connection());
    for (const QString &sql : { QStringLiteral("DELETE FROM passage WHERE article = ?"),
             QStringLiteral("DELETE FROM article WHERE id = ?") }) {
        if (!m_db.prepare(del, sql, error))
            return false;
        del.addBindValue(id);
        if (!Database::exec(del, error))
            return false;
    }
    return true;
}

bool CorpusStore::writeLinks(const Library &library, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q,
            QStringLiteral(
                "INSERT INTO rule_passage (subject, passage, stance, note) VALUES (?, ?, ?, ?)"),
            error))
        return false;
    for (const QString &subject : library.links().subjects()) {
        for (const Link &l : library.linksFor(subject)) {
            q.addBindValue(subject);
            q.addBindValue(l.passage);
            q.addBindValue(stanceId(l.stance));
            q.addBindValue(l.note);
            if (!Database::exec(q, error))
                return false;
        }
    }
    return true;
}

bool CorpusStore::hasPairIndex() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral(
               "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passage_pairs'"))
        && q.next();
}

QString CorpusStore::pairsState() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM passage")) || !q.next())
        return QString();
    return QStringLiteral("%1:%2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
}

bool CorpusStore::recordPairsState(QString *error)
{
    return m_db.setMeta(QString::fromLatin1(PairsStateKey), pairsState(), error);
}

QString CorpusStore::nextUserId(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q, QStringLiteral("SELECT id FROM article WHERE origin = 'user'"), error)
        || !Database::exec(q, error))
        return QString();
    int highest = 0;
    while (q.next())
        highest = std::max(highest, q.value(0).toString().mid(1).toInt());
    return QStringLiteral("u%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
}

std::optional<QStringList> CorpusStore::addUserArticles(
    const QList<UserFile> &files, QString *error)
{
    QStringList ids;
    const bool ok = m_db.transaction(error, [&] {
        const QString first = nextUserId(error);
        if (first.isEmpty())
            return false;
        int next = first.mid(1).toInt();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const UserFile &f : files) {
            const QString id = QStringLiteral("u%1").arg(next++, 3, 10, QLatin1Char('0'));
            const Article a = ArticleParser::parse(f.text, id, f.fileName, QStringLiteral("user"));
            if (a.title.isEmpty()) {
                *error = QStringLiteral(
                    "%1: the file is empty; expected an article whose first line is its title")
                             .arg(f.fileName);
                return false;
            }
            if (!insertArticle(a, f.text, now, error))
                return false;
            ids.append(id);
        }
        return recordPairsState(error);
    });
    if (!ok)
        return std::nullopt;
    return ids;
}

std::optional<QString> CorpusStore::addUserArticle(
    const QString &fileName, const QString &text, QString *error)
{
    const auto ids = addUserArticles({ { fileName, text } }, error);
    if (!ids)
        return std::nullopt;
    return ids->first();
}

bool CorpusStore::removeUserArticle(const QString &id, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q, QStringLiteral("SELECT origin FROM article WHERE id = ?"), error))
        return false;
    q.addBindValue(id);
    if (!Database::exec(q, error))
        return false;
    if (!q.next()) {
        *error = QStringLiteral("no article \"%1\"").arg(id);
        return false;
    }
    if (q.value(0).toString() != QLatin1String("user")) {
        *error = QStringLiteral("article %1 is bundled with the program and cannot be removed")
                     .arg(id);
        return false;
    }
    q.finish();
    return m_db.transaction(
        error, [&] { return unindexArticle(id, error) && recordPairsState(error); });
}

std::optional<QList<ArticleInfo>> CorpusStore::articles(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q,
            QStringLiteral("SELECT a.id, a.origin, a.file_name, a.title, a.answer, "
                           "a.related_count, a.excluded_count, a.added_at,"
                           " (SELECT COUNT(*) FROM passage p WHERE p.article = a.id)"
                           " FROM article a ORDER BY a.origin, a.id"),
            error)
        || !Database::exec(q, error))
        return std::nullopt;
    QList<ArticleInfo> out;
    while (q.next()) {
        ArticleInfo i;
        i.id = q.value(0).toString();
        i.origin = q.value(1).toString();
        i.fileName = q.value(2).toString();
        i.title = q.value(3).toString();
        i.answer = q.value(4).toString();
        i.related = q.value(5).toInt();
        i.excluded = q.value(6).toInt();
        i.addedAt = q.value(7).toString();
        i.passages = q.value(8).toInt();
        out.append(i);
    }
    return out;
}

std::optional<Passage> CorpusStore::passage(const QString &passageId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q,
            QStringLiteral("SELECT %1 FROM passage WHERE pid = ?")
                .arg(QString::fromLatin1(PassageColumns)),
            error))
        return std::nullopt;
    q.addBindValue(passageId);
    if (!Database::exec(q, error))
        return std::nullopt;
    if (!q.next()) {
        *error = QStringLiteral("no passage \"%1\"").arg(passageId);
        return std::nullopt;
    }
    return passageFromRow(q, 0);
}

std::optional<QList<Passage>> CorpusStore::passagesOf(
    const QString &articleId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!m_db.prepare(q,
            QStringLiteral("SELECT %1 FROM passage WHERE article = ? ORDER BY seq")
                .arg(QString::fromLatin1(PassageColumns)),
            error))
        return std::nullopt;
    q.addBindValue(articleId);
    if (!Database::exec(q, error))
        return std::nullopt;
    QList<Passage> out;
    while (q.next())
        out.append(passageFromRow(q, 0));
    return out;
}

} // namespace yibao
