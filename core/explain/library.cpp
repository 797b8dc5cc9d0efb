// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/library.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace yibao {

namespace {

    QHash<QString, QString> englishTitles()
    {
        QFile f(QStringLiteral(":/resources/explain/articletitles.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("resources/explain/articletitles.json is missing from the resources");
        const QJsonObject titles
            = QJsonDocument::fromJson(f.readAll()).object().value(u"titles").toObject();
        QHash<QString, QString> out;
        for (auto it = titles.begin(); it != titles.end(); ++it)
            out.insert(it.key(), it.value().toString());
        return out;
    }

} // namespace

Library Library::fromResources()
{
    return Library(ProfileSet::fromResources(), Corpus::fromResources(), LinkMap::fromResources(),
        Explanations::fromResources(), SearchTerms::fromResources(), englishTitles());
}

Library::Library(ProfileSet profiles, Corpus corpus, LinkMap links, Explanations explanations,
    SearchTerms searchTerms, QHash<QString, QString> titlesEn)
    : d(std::make_shared<const Data>(Data { std::move(profiles), std::move(corpus),
        std::move(links), std::move(explanations), std::move(searchTerms), std::move(titlesEn) }))
{ }

QList<Link> Library::linksFor(const QString &subject, const QString &profile, QDate at) const
{
    return d->links.linksFor(
        subject, d->profiles.find(profile.isEmpty() ? QStringLiteral("general") : profile), at);
}

QList<Link> Library::conflictsFor(const QString &subject, const QString &profile, QDate at) const
{
    QList<Link> out = linksFor(subject, profile, at);
    out.removeIf([](const Link &l) { return l.stance != Stance::Conflicts; });
    return out;
}

} // namespace yibao
