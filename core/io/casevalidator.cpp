// SPDX-License-Identifier: GPL-3.0-or-later
#include "casevalidator.h"

#include "policy/policyprofile.h"

namespace yibao {

namespace {

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
    auto error = [&](const QString &path, const QString &message) {
        errors.append({ path, message });
    };
    const YearMonth asOfMonth = YearMonth::of(c.asOf);
    const YearMonth profileStart = YearMonth::of(profile.validFrom);
    const QString asOfText = c.asOf.toString(Qt::ISODate);

    if (c.asOf < profile.validFrom || c.asOf.year() > 2100)
        error(QStringLiteral("asOf"),
            QStringLiteral("%1 is outside the years this program has rules for (%2 to 2100)")
                .arg(asOfText, profile.validFrom.toString(Qt::ISODate)));
    if (c.person.birth > c.asOf)
        error(QStringLiteral("person.birth"),
            QStringLiteral("%1 is after asOf %2")
                .arg(c.person.birth.toString(Qt::ISODate), asOfText));
    else if (c.person.birth.addYears(120) < c.asOf)
        error(QStringLiteral("person.birth"),
            QStringLiteral("%1 would make the person older than 120 on %2")
                .arg(c.person.birth.toString(Qt::ISODate), asOfText));

    std::optional<YearMonth> firstPaid;
    for (const auto &p : c.periods)
        if (isContribution(p.kind)
            && (p.status == PeriodStatus::Paid || p.status == PeriodStatus::Backpaid))
            if (!firstPaid || p.from < *firstPaid)
                firstPaid = p.from;

    for (qsizetype i = 0; i < c.periods.size(); ++i) {
        const auto &p = c.periods.at(i);
        const QString at = QStringLiteral("periods[%1]").arg(i);
        for (qsizetype j = 0; j < i; ++j) {
            const auto &q = c.periods.at(j);
            if (p.from <= q.to && q.from <= p.to)
                error(at,
                    QStringLiteral(
                        "%1 overlaps periods[%2] (%3): a month can be in one period only")
                        .arg(span(p))
                        .arg(j)
                        .arg(span(q)));
        }
        const bool past = p.status != PeriodStatus::Planned;
        if (past && p.to > asOfMonth)
            error(at + QStringLiteral(".to"),
                QStringLiteral("%1 is after the asOf month %2; only a planned period may reach "
                               "into the future")
                    .arg(p.to.toString(), asOfMonth.toString()));
        if (!past && p.from < asOfMonth)
            error(at + QStringLiteral(".from"),
                QStringLiteral(
                    "%1 is before the asOf month %2; a planned period covers future months only")
                    .arg(p.from.toString(), asOfMonth.toString()));
        if (p.paidOn && *p.paidOn > c.asOf)
            error(at + QStringLiteral(".paidOn"),
                QStringLiteral("%1 is after asOf %2; a payment cannot be in the future")
                    .arg(p.paidOn->toString(Qt::ISODate), asOfText));
        if (p.paidOn && *p.paidOn < profile.validFrom)
            error(at + QStringLiteral(".paidOn"),
                QStringLiteral("%1 is before %2, where the rules of this program begin")
                    .arg(p.paidOn->toString(Qt::ISODate), profile.validFrom.toString(Qt::ISODate)));
        if (p.kind != PeriodKind::Deemed && p.from < profileStart)
            error(at + QStringLiteral(".from"),
                QStringLiteral("%1 is before %2: the profiles give no rates for earlier months "
                               "(only a deemed period may be earlier)")
                    .arg(p.from.toString(), profileStart.toString()));
        if (p.kind == PeriodKind::Deemed && firstPaid && p.to >= *firstPaid)
            error(at + QStringLiteral(".to"),
                QStringLiteral("deemed months (%1) must end before the first paid month %2")
                    .arg(span(p), firstPaid->toString()));
        if (p.from < YearMonth::of(c.person.birth))
            error(at + QStringLiteral(".from"),
                QStringLiteral("%1 is before the birth month %2")
                    .arg(p.from.toString(), YearMonth::of(c.person.birth).toString()));
    }

    if (c.retirement.date && *c.retirement.date <= c.person.birth)
        error(QStringLiteral("retirement.date"),
            QStringLiteral("%1 is not after the birth date")
                .arg(c.retirement.date->toString(Qt::ISODate)));
    for (qsizetype i = 0; i < c.events.size(); ++i) {
        const QDate d = c.events.at(i).date;
        if (d < c.person.birth || d < profile.validFrom || d.year() > 2100)
            error(QStringLiteral("events[%1].date").arg(i),
                QStringLiteral("%1 is before the birth date or outside %2 to 2100")
                    .arg(d.toString(Qt::ISODate), profile.validFrom.toString(Qt::ISODate)));
    }
    return errors;
}

} // namespace yibao
