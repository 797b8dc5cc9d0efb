// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/article.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

class Database;
class Library;

// An article as the database lists it.
struct ArticleInfo
{
    QString id;
    QString origin; // "bundled" or "user"
    QString fileName;
    QString title;
    QString answer;
    int passages = 0;
    int related = 0; // items under 相关推荐, excluded ones included
    int excluded = 0; // related items and boilerplate left out of the corpus
    QString addedAt; // ISO date-time, user articles only
};

// Writes the article corpus into the database and keeps the three search indexes in step
// with the passage table. The pair index (passage_pairs: every two adjacent characters as
// one token, so that a two-character word is one token's list rather than a phrase of
// two common characters, see SearchQuery::pairs) belongs to the corpus, not to the
// schema: it is created here when missing and filled by a rebuild, and a rebuild also
// follows when the passages differ from those it was written for (a program without it
// added or removed articles in the file meanwhile). The bundled articles are loaded on first start
// and reloaded whenever Corpus::bundledVersion() differs from the one recorded (a new program
// version with changed articles or parser); the user's own articles survive that reload, re-read
// from the text they were added with.
class CorpusStore
{
public:
    explicit CorpusStore(Database &db);

    // Loads the bundled corpus unless this version of it is already there.
    // The links of rule_passage are the library's.
    bool ensureBundled(const Library &library, QString *error, bool *rebuilt = nullptr);

    struct UserFile
    {
        QString fileName;
        QString text;
    };
    // Adds articles in the bundled layout, all or none; returns their ids (u001, u002…).
    std::optional<QStringList> addUserArticles(const QList<UserFile> &files, QString *error);
    std::optional<QString> addUserArticle(
        const QString &fileName, const QString &text, QString *error);
    // False with error when the id is unknown or names a bundled article.
    bool removeUserArticle(const QString &id, QString *error);

    std::optional<QList<ArticleInfo>> articles(QString *error) const;
    std::optional<Passage> passage(const QString &passageId, QString *error) const;
    std::optional<QList<Passage>> passagesOf(const QString &articleId, QString *error) const;

    static constexpr const char *CorpusVersionKey = "corpus_version";
    // The passages the pair index was last written for ("count:largest id"); see
    // ensureBundled().
    static constexpr const char *PairsStateKey = "corpus_pairs_state";

private:
    bool rebuild(const Library &library, QString *error);
    bool insertArticle(
        const Article &a, const QString &raw, const QString &addedAt, QString *error);
    bool unindexArticle(const QString &id, QString *error);
    bool writeLinks(const Library &library, QString *error);
    bool hasPairIndex() const;
    QString pairsState() const;
    bool recordPairsState(QString *error);
    QString nextUserId(QString *error) const;

    Database &m_db;
};

} // namespace yibao
