// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passagelinker.h"

#include "explain/linkmap.h"

#include <algorithm>

namespace yibao {

namespace {

    QList<QPair<QString, Stance>> linkStep(const TraceStep &step, const LinkMap &map)
    {
        QList<QPair<QString, Stance>> met; // passage → its strongest stance, in order met
        auto rank = [](Stance s) {
            return s == Stance::Conflicts ? 2 : s == Stance::Supports ? 1 : 0;
        };
        auto take = [&](const QList<Link> &links) {
            for (const Link &l : links) {
                auto it = std::find_if(met.begin(), met.end(),
                    [&](const QPair<QString, Stance> &m) { return m.first == l.passage; });
                if (it == met.end())
                    met.append({ l.passage, l.stance });
                else if (rank(l.stance) > rank(it->second))
                    it->second = l.stance;
            }
        };
        take(map.linksFor(step.ruleId, nullptr)); // a rule: the stances the file gives
        for (const TraceParam &p : step.params)
            take(map.linksFor(p));
        QList<QPair<QString, Stance>> out;
        for (const Stance s : { Stance::Supports, Stance::Conflicts, Stance::Context })
            for (const auto &m : met)
                if (m.second == s)
                    out.append(m);
        return out;
    }

} // namespace

QStringList passagesForStep(const TraceStep &step, const LinkMap &links)
{
    QStringList ids;
    for (const auto &m : linkStep(step, links))
        ids.append(m.first);
    return ids;
}

void attachPassages(Trace &trace, const LinkMap &links)
{
    for (TraceStep &step : trace) {
        const auto linked = linkStep(step, links);
        step.passages.clear();
        step.stances.clear();
        step.passages.reserve(linked.size());
        step.stances.reserve(linked.size());
        for (const auto &[id, stance] : linked) {
            step.passages.append(id);
            step.stances.append({ id, stanceId(stance) });
        }
    }
}

} // namespace yibao
