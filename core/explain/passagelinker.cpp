// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passagelinker.h"

#include "explain/linkmap.h"

namespace yibao {

namespace {

    struct Linked
    {
        QStringList supports;
        QStringList conflicts;
    };

    Linked linkStep(const TraceStep &step)
    {
        const LinkMap &map = LinkMap::bundled();
        Linked out;
        QStringList &supports = out.supports;
        QStringList &conflicts = out.conflicts;
        auto take = [&](const QList<Link> &links) {
            for (const Link &l : links) {
                QStringList &into = l.stance == Stance::Supports ? supports : conflicts;
                if (!supports.contains(l.passage) && !conflicts.contains(l.passage))
                    into.append(l.passage);
            }
        };
        // A rule has no profile of its own; its links are judged against the general rule.
        take(map.linksFor(step.ruleId));
        for (const TraceParam &p : step.params)
            take(map.linksFor(p.key, p.profile));
        return out;
    }

} // namespace

QStringList passagesForStep(const TraceStep &step)
{
    const Linked l = linkStep(step);
    return l.supports + l.conflicts;
}

void attachPassages(Trace &trace)
{
    for (TraceStep &step : trace) {
        const Linked l = linkStep(step);
        step.passages = l.supports + l.conflicts;
        step.stances.clear();
        step.stances.reserve(step.passages.size());
        for (const QString &id : l.supports)
            step.stances.append({ id, QStringLiteral("supports") });
        for (const QString &id : l.conflicts)
            step.stances.append({ id, QStringLiteral("conflicts") });
    }
}

} // namespace yibao
