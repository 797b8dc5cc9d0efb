// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/yearmonth.h"
#include "rules/result.h"

#include <QList>
#include <QString>

namespace yibao {

// What the contribution timeline shows for one month. The order is the legend's order.
enum class TimelineState : quint8
{
    Paid, // paid on time (employee or flexible)
    Backpaid, // back-paid after the due date
    Owed, // arrears: due, not paid
    NotEnrolled, // due, no employee/flexible period at all (a hole in the history)
    Resident, // a 城乡居民医保 period: enrolled elsewhere, counts for nothing here
    Deemed, // a 视同缴费 period
    Waiting, // paid again, but the pooled fund still waits (等待期) after a gap
    Planned, // a planned future period
    Future, // not due yet and nothing planned
    Retired, // from the retirement month on, nothing paid
};
inline constexpr int TimelineStateCount = 10;

// "paid", "backpaid", … stable ids for tests, the widget's accessible text and styling.
QString timelineStateId(TimelineState state);

// A run of consecutive months drawn the same way. periodRow is the row of Case::periods
// that covers the months (−1 for none); gapIndex the index in Result::gaps whose months or
// pooled-fund suspension contain them (−1 for none); suspended says that the pooled fund
// does not pay in these months because of that gap.
struct TimelineSpan
{
    YearMonth from;
    YearMonth to;
    TimelineState state = TimelineState::Paid;
    int periodRow = -1;
    int gapIndex = -1;
    bool suspended = false;

    int months() const { return from.monthsUntil(to) + 1; }
    bool contains(YearMonth m) const { return from <= m && m <= to; }
};

struct Timeline
{
    YearMonth first; // first month shown (empty timeline: first > last)
    YearMonth last;
    YearMonth asOfMonth;
    YearMonth retirementMonth;
    QList<TimelineSpan> spans; // in month order, contiguous, covering first … last

    bool isEmpty() const { return spans.isEmpty(); }
    int monthCount() const { return isEmpty() ? 0 : first.monthsUntil(last) + 1; }
    const TimelineSpan *spanAt(YearMonth m) const;
};

// The months from the earliest period's first month to the later of the retirement month
// and the as-of month (and any planned month beyond both), each with one state. This
// renders what the engine decided; month states come from rules/monthline.h, waiting
// windows from Result::gaps, so the timeline cannot disagree with the cards.
//
// Precedence, when one month could be several things (first wins):
//   Owed > Backpaid > NotEnrolled / Resident / Deemed (what covers the month)
//   > Waiting (a paid or planned month inside a gap's suspension window)
//   > Paid / Planned > Retired > Future.
// So the months of a gap keep their own colour (the reason for the gap) and Waiting marks
// only the paid months after it that do not yet bring cover back; a month paid after the
// retirement month (paying up a shortfall) is Paid, and Retired is the months after
// retirement with nothing paid. Months of the as-of month on with no period are Future,
// not NotEnrolled: they are not due yet.
Timeline buildTimeline(const Case &c, const Result &r);

} // namespace yibao
