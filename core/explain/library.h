// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/searchterms.h"
#include "policy/profileloader.h"

#include <QHash>

#include <memory>

namespace yibao {

// Everything the program knows besides a case: the policy profiles, the article corpus,
// the links from rules and parameters to passages, our own explanation texts and the
// words search folds. One value, made once where the program starts and passed to whoever
// computes, explains or searches, so that a test or a second window can hold another one
// (an edited profile, a changed link file) and nothing reads a hidden global. Copies are
// cheap: the parts are shared and never change once loaded.
class Library
{
public:
    // The resources compiled into the program. Parses them each time it is called (a few
    // milliseconds): call it once and pass the value on. A broken bundled resource is a
    // build defect and stops the program with its file named.
    static Library fromResources();
    // A library whose parts are given (tests: an edited profile set or link file).
    Library(ProfileSet profiles, Corpus corpus, LinkMap links, Explanations explanations,
        SearchTerms searchTerms, QHash<QString, QString> titlesEn = {});

    const ProfileSet &profiles() const { return d->profiles; }
    const Corpus &corpus() const { return d->corpus; }
    const LinkMap &links() const { return d->links; }
    const Explanations &explanations() const { return d->explanations; }
    const SearchTerms &searchTerms() const { return d->searchTerms; }
    // Our English rendering of an article's title (resources/explain/articletitles.json);
    // empty when there is none.
    QString articleTitleEn(const QString &articleId) const { return d->titlesEn.value(articleId); }

    // LinkMap::linksFor judged against the value the named profile holds on the date (its
    // latest value when the date is null); an empty id means the root profile "general".
    QList<Link> linksFor(
        const QString &subject, const QString &profile = QString(), QDate at = QDate()) const;
    QList<Link> conflictsFor(
        const QString &subject, const QString &profile = QString(), QDate at = QDate()) const;
    // Judged against the value a rule read (LinkMap::linksFor).
    QList<Link> linksFor(const TraceParam &used) const { return d->links.linksFor(used); }
    QList<Link> conflictsFor(const TraceParam &used) const { return d->links.conflictsFor(used); }

private:
    struct Data
    {
        ProfileSet profiles;
        Corpus corpus;
        LinkMap links;
        Explanations explanations;
        SearchTerms searchTerms;
        QHash<QString, QString> titlesEn;
    };
    std::shared_ptr<const Data> d;
};

} // namespace yibao
