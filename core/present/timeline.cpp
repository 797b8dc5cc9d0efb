// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "rules/monthline.h"

#include <algorithm>

namespace yibao {

QString timelineStateId(TimelineState state)
{
    switch (state) {
    case TimelineState::Paid:
        return QStringLiteral("paid");
    case TimelineState::Backpaid:
        return QStringLiteral("backpaid");
    case TimelineState::Owed:
        return QStringLiteral("owed");
    case TimelineState::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case TimelineState::Resident:
        return QStringLiteral("resident");
    case TimelineState::Deemed:
        return QStringLiteral("deemed");
    case TimelineState::Waiting:
        return QStringLiteral("waiting");
    case TimelineState::Planned:
        return QStringLiteral("planned");
    case TimelineState::Future:
        return QStringLiteral("future");
    case TimelineState::Retired:
        return QStringLiteral("retired");
    }
    return QString();
}

const TimelineSpan *Timeline::spanAt(YearMonth m) const
{
    // spans are contiguous and sorted: binary search on the first month
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), m,
        [](YearMonth v, const TimelineSpan &s) { return v < s.from; });
    if (it == spans.cbegin())
        return nullptr;
    --it;
    return it->contains(m) ? &*it : nullptr;
}

namespace {

    struct MonthMark
    {
        TimelineState state = TimelineState::Future;
        int periodRow = -1;
        int gapIndex = -1;
        bool suspended = false;

        bool sameAs(const MonthMark &o) const
        {
            return state == o.state && periodRow == o.periodRow && gapIndex == o.gapIndex
                && suspended == o.suspended;
        }
    };

    // The gap whose own months contain m, or whose suspension window does.
    struct GapHit
    {
        int own = -1;
        int window = -1;
    };

    GapHit gapAt(const Result &r, YearMonth m)
    {
        GapHit hit;
        for (qsizetype i = 0; i < r.gaps.size(); ++i) {
            const GapResult &g = r.gaps.at(i);
            if (g.from <= m && m <= g.to)
                hit.own = int(i);
            // an open window (no resume month) lasts as long as the gap itself here: beyond it
            // the months are future or retired, which say more than "suspended"
            const YearMonth windowEnd = g.suspendedTo ? *g.suspendedTo : g.to;
            if (g.suspendedFrom && *g.suspendedFrom <= m && m <= windowEnd
                && !g.costsCovered.value_or(false))
                hit.window = int(i);
        }
        return hit;
    }

} // namespace

Timeline buildTimeline(const Case &c, const Result &r)
{
    Timeline t;
    t.asOfMonth = YearMonth::of(c.asOf);
    t.retirementMonth = r.retirement.month;
    if (c.periods.isEmpty())
        return t;

    YearMonth first = c.periods.first().from;
    YearMonth lastPeriod = c.periods.first().to;
    for (const ContributionPeriod &p : c.periods) {
        first = std::min(first, p.from);
        lastPeriod = std::max(lastPeriod, p.to);
    }
    YearMonth last = std::max(t.asOfMonth, lastPeriod);
    if (r.retirement.month.index() > 0)
        last = std::max(last, r.retirement.month);
    t.first = first;
    t.last = last;

    const MonthLine line(c);
    const bool hasRetirement = r.retirement.month.index() > 0;
    for (YearMonth m = first; m <= last; m = m.addMonths(1)) {
        MonthMark mark;
        const ContributionPeriod *p = line.periodAt(m);
        if (p)
            mark.periodRow = int(p - c.periods.constData());
        const GapHit gap = gapAt(r, m);
        mark.gapIndex = gap.own >= 0 ? gap.own : gap.window;
        mark.suspended = gap.window >= 0;

        if (p && p->kind == PeriodKind::Resident) {
            mark.state = TimelineState::Resident;
        } else if (p && p->kind == PeriodKind::Deemed) {
            mark.state = TimelineState::Deemed;
        } else if (p) {
            switch (line.stateAt(m)) {
            case MonthState::Owed:
                // nothing is owed from the retirement month on (warning owed_after_retirement)
                mark.state = hasRetirement && m >= r.retirement.month ? TimelineState::Retired
                                                                      : TimelineState::Owed;
                break;
            case MonthState::Backpaid:
                mark.state = TimelineState::Backpaid;
                break;
            case MonthState::OnTime:
            case MonthState::NotEnrolled:
                if (gap.own < 0 && gap.window >= 0)
                    mark.state = TimelineState::Waiting;
                else
                    mark.state = p->status == PeriodStatus::Planned ? TimelineState::Planned
                                                                    : TimelineState::Paid;
                break;
            }
        } else if (hasRetirement && m >= r.retirement.month) {
            mark.state = TimelineState::Retired;
        } else if (m >= t.asOfMonth) {
            mark.state = TimelineState::Future;
        } else {
            mark.state = TimelineState::NotEnrolled;
        }

        if (!t.spans.isEmpty()) {
            TimelineSpan &prev = t.spans.last();
            const MonthMark prevMark { prev.state, prev.periodRow, prev.gapIndex, prev.suspended };
            if (prevMark.sameAs(mark) && prev.to.addMonths(1) == m) {
                prev.to = m;
                continue;
            }
        }
        t.spans.append(
            TimelineSpan { m, m, mark.state, mark.periodRow, mark.gapIndex, mark.suspended });
    }
    return t;
}

} // namespace yibao
