// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/article.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace yibao {

// A set of parsed articles with lookup by passage id. The bundled corpus is parsed from
// the resources when the program starts (Library): it is small (five files), and
// explaining a rule must not depend on a database being writable.
class Corpus
{
public:
    struct File
    {
        QString fileName;
        QByteArray bytes;
    };

    // The article files compiled into the program, sorted by name.
    static QList<File> bundledFiles();
    // The bundled articles parsed (Library::fromResources holds the one the program uses).
    static Corpus fromResources();

    // Identifies the bundled corpus as read by this parser: changes when a bundled file,
    // the links (resources/explain/links.json) or ArticleParser::Version change, and is
    // what the database compares to decide a rebuild.
    static QString bundledVersion();

    void add(const Article &article);
    const QList<Article> &articles() const { return m_articles; }
    const Article *article(QStringView id) const;
    const Passage *passage(QStringView passageId) const;
    // The article a passage id names, found without the passage existing: "001#s9" → "001".
    static QString articleOf(QStringView passageId);

private:
    QList<Article> m_articles;
    QHash<QString, QPair<qsizetype, qsizetype>> m_index; // passage id → (article, passage)
};

} // namespace yibao
