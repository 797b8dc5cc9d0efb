// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passagelinker.h"

#include "explain/linkmap.h"

namespace yibao {

QStringList passagesForStep(const TraceStep &step)
{
    const LinkMap &map = LinkMap::bundled();
    QStringList supports, conflicts;
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
    return supports + conflicts;
}

void attachPassages(Trace &trace)
{
    for (TraceStep &step : trace)
        step.passages = passagesForStep(step);
}

} // namespace yibao
