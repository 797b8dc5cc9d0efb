// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/corpus.h"

#include "explain/articleparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace yibao {

QList<Corpus::File> Corpus::bundledFiles()
{
    QList<File> files;
    QDir dir(QStringLiteral(":/resources/articles"));
    QStringList names = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue; // cannot happen for a compiled-in resource
        files.append({ name, f.readAll() });
    }
    return files;
}

Corpus Corpus::fromResources()
{
    Corpus c;
    for (const File &f : bundledFiles())
        c.add(ArticleParser::parse(QString::fromUtf8(f.bytes),
            ArticleParser::articleIdFromFileName(f.fileName), f.fileName));
    return c;
}

QString Corpus::bundledVersion()
{
    static const QString version = [] {
        QCryptographicHash h(QCryptographicHash::Sha1);
        for (const File &f : bundledFiles()) {
            h.addData(f.fileName.toUtf8());
            h.addData(QByteArrayView("\0", 1));
            h.addData(f.bytes);
        }
        // The database keeps a copy of the links (rule_passage); a new mapping reloads it.
        QFile links(QStringLiteral(":/resources/explain/links.json"));
        if (links.open(QIODevice::ReadOnly))
            h.addData(links.readAll());
        return QStringLiteral("p%1-%2")
            .arg(ArticleParser::Version)
            .arg(QString::fromLatin1(h.result().toHex().left(16)));
    }();
    return version;
}

void Corpus::add(const Article &article)
{
    const qsizetype ai = m_articles.size();
    m_articles.append(article);
    for (qsizetype pi = 0; pi < article.passages.size(); ++pi)
        m_index.insert(article.passages.at(pi).id, { ai, pi });
}

const Article *Corpus::article(QStringView id) const
{
    for (const Article &a : m_articles)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Passage *Corpus::passage(QStringView passageId) const
{
    const auto it = m_index.constFind(passageId.toString());
    if (it == m_index.cend())
        return nullptr;
    return &m_articles.at(it->first).passages.at(it->second);
}

QString Corpus::articleOf(QStringView passageId)
{
    const qsizetype hash = passageId.indexOf(QLatin1Char('#'));
    return hash < 0 ? QString() : passageId.left(hash).toString();
}

} // namespace yibao
