// SPDX-License-Identifier: GPL-3.0-or-later
#include "casevalidator.h"

#include "domain/bounds.h"
#include "policy/policyprofile.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace yibao {

namespace {

    using bounds::LastMonth;

    QString span(const ContributionPeriod &p)
    {
        return p.from.toString() + QStringLiteral("–") + p.to.toString();
    }

    bool isContribution(PeriodKind k)
    {
        return k == PeriodKind::Employee || k == PeriodKind::Flexible;
    }

} // namespace

InputErrors validateCase(const Case &c, const PolicyProfile &profile)
{
    InputErrors errors;
    auto error = [&](const QString &path, const char *code, const QStringList &args,
                     const QString &message) {
        errors.append(InputError::coded(path, QString::fromLatin1(code), args, message));
    };
    const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
    const YearMonth asOfMonth = YearMonth::of(c.asOf);
    const YearMonth profileStart = YearMonth::of(profile.validFrom);
    const QString asOfText = c.asOf.toString(Qt::ISODate);

    if (c.asOf < profile.validFrom || c.asOf.year() > 2100)
        error(QStringLiteral("asOf"), "asof_out_of_range", { asOfText, iso(profile.validFrom) },
            QStringLiteral("%1 is outside the years this program has rules for (%2 to 2100)")
                .arg(asOfText, profile.validFrom.toString(Qt::ISODate)));
    if (c.person.birth > c.asOf)
        error(QStringLiteral("person.birth"), "birth_after_asof", { iso(c.person.birth), asOfText },
            QStringLiteral("%1 is after asOf %2")
                .arg(c.person.birth.toString(Qt::ISODate), asOfText));
    else if (c.person.birth.addYears(120) < c.asOf)
        error(QStringLiteral("person.birth"), "birth_too_old", { iso(c.person.birth), asOfText },
            QStringLiteral("%1 would make the person older than 120 on %2")
                .arg(c.person.birth.toString(Qt::ISODate), asOfText));

    std::optional<YearMonth> firstPaid;
    for (const auto &p : c.periods)
        if (isContribution(p.kind)
            && (p.status == PeriodStatus::Paid || p.status == PeriodStatus::Backpaid))
            if (!firstPaid || p.from < *firstPaid)
                firstPaid = p.from;

    // Overlaps: sorted by first month, each period is compared with the one reaching
    // furthest among those before it — n log n, so 10 000 overlapping periods are refused
    // at once instead of after 50 million comparisons.
    {
        QList<qsizetype> order(c.periods.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const auto &pa = c.periods.at(a);
            const auto &pb = c.periods.at(b);
            return std::tie(pa.from, a) < std::tie(pb.from, b);
        });
        qsizetype reach = -1; // the period reaching furthest so far
        QList<std::pair<qsizetype, qsizetype>> pairs;
        for (qsizetype k : order) {
            const auto &p = c.periods.at(k);
            if (reach >= 0 && p.from <= c.periods.at(reach).to)
                pairs.append({ std::min(k, reach), std::max(k, reach) });
            if (reach < 0 || p.to > c.periods.at(reach).to)
                reach = k;
        }
        std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
            return std::pair(a.second, a.first) < std::pair(b.second, b.first);
        });
        for (const auto &[j, i] : pairs)
            error(QStringLiteral("periods[%1]").arg(i), "overlap",
                { span(c.periods.at(i)), QString::number(j + 1), span(c.periods.at(j)) },
                QStringLiteral("%1 overlaps periods[%2] (%3): a month can be in one period only")
                    .arg(span(c.periods.at(i)))
                    .arg(j)
                    .arg(span(c.periods.at(j))));
    }

    for (qsizetype i = 0; i < c.periods.size(); ++i) {
        const auto &p = c.periods.at(i);
        const QString at = QStringLiteral("periods[%1]").arg(i);
        const bool past = p.status != PeriodStatus::Planned;
        if (p.status == PeriodStatus::Arrears && p.to >= asOfMonth)
            error(at + QStringLiteral(".to"), "arrears_in_asof_month",
                { p.to.toString(), asOfMonth.toString(), asOfMonth.addMonths(-1).toString() },
                QStringLiteral("%1 reaches the asOf month %2, which is not yet due: arrears end "
                               "at %3 at the latest")
                    .arg(
                        p.to.toString(), asOfMonth.toString(), asOfMonth.addMonths(-1).toString()));
        else if (past && p.to > asOfMonth)
            error(at + QStringLiteral(".to"), "past_after_asof",
                { p.to.toString(), asOfMonth.toString() },
                QStringLiteral("%1 is after the asOf month %2; only a planned period may reach "
                               "into the future")
                    .arg(p.to.toString(), asOfMonth.toString()));
        if (!past && p.from < asOfMonth)
            error(at + QStringLiteral(".from"), "planned_in_past",
                { p.from.toString(), asOfMonth.toString() },
                QStringLiteral(
                    "%1 is before the asOf month %2; a planned period covers future months only")
                    .arg(p.from.toString(), asOfMonth.toString()));
        if (p.paidOn && *p.paidOn > c.asOf)
            error(at + QStringLiteral(".paidOn"), "paidon_after_asof", { iso(*p.paidOn), asOfText },
                QStringLiteral("%1 is after asOf %2; a payment cannot be in the future")
                    .arg(p.paidOn->toString(Qt::ISODate), asOfText));
        if (p.status == PeriodStatus::Backpaid && p.paidOn
            && *p.paidOn < p.from.addMonths(1).firstDay())
            error(at + QStringLiteral(".paidOn"), "paidon_before_due",
                { iso(*p.paidOn), iso(p.from.addMonths(1).firstDay()), p.from.toString() },
                QStringLiteral("%1 is before %2, the due date of the first month %3: months "
                               "paid by their due date are paid on time (status \"paid\")")
                    .arg(p.paidOn->toString(Qt::ISODate),
                        p.from.addMonths(1).firstDay().toString(Qt::ISODate), p.from.toString()));
        else if (p.paidOn && *p.paidOn < profile.validFrom)
            error(at + QStringLiteral(".paidOn"), "date_before_rules",
                { iso(*p.paidOn), iso(profile.validFrom) },
                QStringLiteral("%1 is before %2, where the rules of this program begin")
                    .arg(p.paidOn->toString(Qt::ISODate), profile.validFrom.toString(Qt::ISODate)));
        if (p.kind != PeriodKind::Deemed && p.from < profileStart)
            error(at + QStringLiteral(".from"), "month_before_rules",
                { p.from.toString(), profileStart.toString() },
                QStringLiteral("%1 is before %2: the profiles give no rates for earlier months "
                               "(only a deemed period may be earlier)")
                    .arg(p.from.toString(), profileStart.toString()));
        if (p.kind == PeriodKind::Deemed && firstPaid && p.to >= *firstPaid)
            error(at + QStringLiteral(".to"), "deemed_after_first_paid",
                { span(p), firstPaid->toString() },
                QStringLiteral("deemed months (%1) must end before the first paid month %2")
                    .arg(span(p), firstPaid->toString()));
        if (p.to > LastMonth)
            error(at + QStringLiteral(".to"), "after_last_month",
                { p.to.toString(), LastMonth.toString() },
                QStringLiteral("%1 is after %2, the last month this program has rules for")
                    .arg(p.to.toString(), LastMonth.toString()));
        if (p.from < YearMonth::of(c.person.birth))
            error(at + QStringLiteral(".from"), "before_birth_month",
                { p.from.toString(), YearMonth::of(c.person.birth).toString() },
                QStringLiteral("%1 is before the birth month %2")
                    .arg(p.from.toString(), YearMonth::of(c.person.birth).toString()));
    }

    if (c.retirement.date) {
        // a 29 February birthday falls on 28 February in other years (QDate::addYears)
        const QDate earliest = c.person.birth.addYears(40);
        const QDate latest = c.person.birth.addYears(75);
        if (c.retirement.date->year() > LastMonth.year())
            error(QStringLiteral("retirement.date"), "after_last_month",
                { iso(*c.retirement.date), LastMonth.toString() },
                QStringLiteral("%1 is after %2, the last month this program has rules for")
                    .arg(c.retirement.date->toString(Qt::ISODate), LastMonth.toString()));
        else if (*c.retirement.date < earliest || *c.retirement.date > latest)
            error(QStringLiteral("retirement.date"), "retirement_age_range",
                { iso(*c.retirement.date), iso(earliest), iso(latest) },
                QStringLiteral("%1 is not between the 40th birthday (%2) and the 75th (%3)")
                    .arg(c.retirement.date->toString(Qt::ISODate), earliest.toString(Qt::ISODate),
                        latest.toString(Qt::ISODate)));
    }
    if (c.payOn && *c.payOn < c.asOf)
        error(QStringLiteral("payOn"), "payon_before_asof", { iso(*c.payOn), asOfText },
            QStringLiteral("%1 is before asOf %2; the day of payment is today or later")
                .arg(c.payOn->toString(Qt::ISODate), asOfText));
    else if (c.payOn && c.payOn->year() > LastMonth.year())
        error(QStringLiteral("payOn"), "after_last_month", { iso(*c.payOn), LastMonth.toString() },
            QStringLiteral("%1 is after %2, the last month this program has rules for")
                .arg(c.payOn->toString(Qt::ISODate), LastMonth.toString()));
    for (qsizetype i = 0; i < c.events.size(); ++i) {
        const QDate d = c.events.at(i).date;
        if (d < c.person.birth || d < profile.validFrom || d.year() > 2100)
            error(QStringLiteral("events[%1].date").arg(i), "event_date_range",
                { iso(d), iso(profile.validFrom) },
                QStringLiteral("%1 is before the birth date or outside %2 to 2100")
                    .arg(d.toString(Qt::ISODate), profile.validFrom.toString(Qt::ISODate)));
    }
    return errors;
}

} // namespace yibao
