// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultjson.h"

namespace yibao {

namespace {

QJsonValue money(const std::optional<Money> &m)
{
    return m ? QJsonValue(m->toYuanString()) : QJsonValue();
}

QJsonValue month(const std::optional<YearMonth> &m)
{
    return m ? QJsonValue(m->toString()) : QJsonValue();
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue();
}

QJsonObject gapJson(const GapResult &g)
{
    return QJsonObject {
        { QLatin1String("from"), g.from.toString() },
        { QLatin1String("to"), g.to.toString() },
        { QLatin1String("months"), g.months },
        { QLatin1String("principal"), money(g.principal) },
        { QLatin1String("lateFee"), money(g.lateFee) },
        { QLatin1String("total"), money(g.total) },
        { QLatin1String("continuous"), g.continuous },
        { QLatin1String("resumeMonth"), month(g.resumeMonth) },
        { QLatin1String("graceDeadline"), date(g.graceDeadline) },
        { QLatin1String("owed"), money(g.owed) },
        { QLatin1String("continuousIfPaidByDeadline"), g.continuousIfPaidByDeadline },
        // extensions of the contract
        { QLatin1String("owedMonths"), g.owedMonths },
        { QLatin1String("backpaidMonths"), g.backpaidMonths },
        { QLatin1String("notEnrolledMonths"), g.notEnrolledMonths },
        { QLatin1String("suspendedFrom"), g.suspendedFrom.toString() },
        { QLatin1String("suspendedTo"), month(g.suspendedTo) },
        { QLatin1String("costsCovered"), g.costsCovered },
    };
}

} // namespace

QJsonArray ResultJson::traceToJson(const Trace &trace)
{
    QJsonArray out;
    for (const TraceStep &s : trace) {
        QJsonObject inputs;
        for (const auto &[k, v] : s.inputs)
            inputs.insert(k, v);
        QJsonArray params;
        for (const TraceParam &p : s.params)
            params.append(QJsonObject {
                { QLatin1String("key"), p.key },
                { QLatin1String("label"), p.label },
                { QLatin1String("value"), p.known ? QJsonValue(p.value) : QJsonValue() },
                { QLatin1String("unit"), p.unit },
                { QLatin1String("from"), date(p.from) },
                { QLatin1String("readFor"), date(p.readFor) },
                { QLatin1String("source"), p.source },
                { QLatin1String("profile"), p.profile },
            });
        out.append(QJsonObject {
            { QLatin1String("ruleId"), s.ruleId },
            { QLatin1String("subject"), s.subject },
            { QLatin1String("title"), s.title },
            { QLatin1String("inputs"), inputs },
            { QLatin1String("params"), params },
            { QLatin1String("formula"), s.formula },
            { QLatin1String("result"), s.result },
            { QLatin1String("missing"), QJsonArray::fromStringList(s.missing) },
            { QLatin1String("passages"), QJsonArray::fromStringList(s.passages) },
        });
    }
    return out;
}

QJsonObject ResultJson::toJson(const Result &r, bool withTrace)
{
    QJsonObject o;
    o.insert(QLatin1String("schema"), QString(Schema));
    o.insert(QLatin1String("profile"), r.profileId);
    o.insert(QLatin1String("profileVersion"), r.profileVersion);
    o.insert(QLatin1String("asOf"), date(r.asOf));
    o.insert(QLatin1String("retirement"), QJsonObject {
                                              { QLatin1String("statutoryDate"), date(r.retirement.statutoryDate) },
                                              { QLatin1String("ageYears"), r.retirement.ageYears },
                                              { QLatin1String("ageMonths"), r.retirement.ageMonths },
                                              { QLatin1String("delayMonths"), r.retirement.delayMonths },
                                              { QLatin1String("month"), r.retirement.month.toString() },
                                              { QLatin1String("dateGiven"), r.retirement.dateGiven },
                                          });
    o.insert(QLatin1String("years"), QJsonObject {
                                         { QLatin1String("cumulativeMonths"), r.years.cumulativeMonths },
                                         { QLatin1String("actualMonths"), r.years.actualMonths },
                                         { QLatin1String("deemedMonths"), r.years.deemedMonths },
                                     });
    QJsonArray gaps;
    for (const auto &g : r.gaps)
        gaps.append(gapJson(g));
    o.insert(QLatin1String("gaps"), gaps);
    o.insert(QLatin1String("backPay"), QJsonObject {
                                           { QLatin1String("gapTotal"), money(r.backPay.gapTotal) },
                                           { QLatin1String("gapOwed"), money(r.backPay.gapOwed) },
                                           { QLatin1String("shortfallMonths"), r.backPay.shortfallMonths },
                                           { QLatin1String("retirementBackPay"), money(r.backPay.retirementBackPay) },
                                           { QLatin1String("missing"), QJsonArray::fromStringList(r.backPay.missing) },
                                       });
    QJsonArray bands;
    for (const auto &b : r.account.bands)
        bands.append(QJsonObject {
            { QLatin1String("band"), b.band },
            { QLatin1String("months"), b.months },
            { QLatin1String("monthly"), money(b.monthly) },
            { QLatin1String("total"), money(b.total) },
            { QLatin1String("from"), b.firstMonth.toString() },
            { QLatin1String("to"), b.lastMonth.toString() },
        });
    QJsonArray perYear;
    for (const auto &y : r.account.perYear)
        perYear.append(QJsonObject {
            { QLatin1String("year"), y.year },
            { QLatin1String("band"), y.band },
            { QLatin1String("months"), y.months },
            { QLatin1String("known"), y.known.toYuanString() },
            { QLatin1String("unknownMonths"), y.unknownMonths },
        });
    o.insert(QLatin1String("account"), QJsonObject {
                                           { QLatin1String("bands"), bands },
                                           { QLatin1String("total"), r.account.total.toYuanString() },
                                           { QLatin1String("missing"), QJsonArray::fromStringList(r.account.missing) },
                                           { QLatin1String("perYear"), perYear },
                                       });
    QJsonArray paths;
    for (const auto &p : r.lifelong.paths)
        paths.append(QJsonObject {
            { QLatin1String("id"), p.id },
            { QLatin1String("cost"), money(p.cost) },
            { QLatin1String("benefitsFrom"), month(p.benefitsFrom) },
            { QLatin1String("months"), p.months },
        });
    o.insert(QLatin1String("lifelong"), QJsonObject {
                                            { QLatin1String("requiredMonths"), r.lifelong.requiredMonths },
                                            { QLatin1String("countedMonths"), r.lifelong.countedMonths },
                                            { QLatin1String("projectedMonths"), r.lifelong.projectedMonths },
                                            { QLatin1String("qualifies"), r.lifelong.qualifies },
                                            { QLatin1String("requiredActualMonths"), r.lifelong.requiredActualMonths },
                                            { QLatin1String("countedActualMonths"), r.lifelong.countedActualMonths },
                                            { QLatin1String("projectedActualMonths"), r.lifelong.projectedActualMonths },
                                            { QLatin1String("shortfallMonths"), r.lifelong.shortfallMonths },
                                            { QLatin1String("retired"), r.lifelong.retired },
                                            { QLatin1String("paths"), paths },
                                            { QLatin1String("cheapest"), r.lifelong.cheapest ? QJsonValue(*r.lifelong.cheapest) : QJsonValue() },
                                        });
    QJsonArray events;
    for (const auto &e : r.events)
        events.append(QJsonObject {
            { QLatin1String("date"), date(e.date) },
            { QLatin1String("care"), careId(e.care) },
            { QLatin1String("personalAccount"), e.personalAccount },
            { QLatin1String("pooledFund"), e.pooledFund },
            { QLatin1String("ruleId"), e.ruleId },
            { QLatin1String("reason"), e.reason },
        });
    o.insert(QLatin1String("events"), events);
    if (withTrace)
        o.insert(QLatin1String("trace"), traceToJson(r.trace));
    return o;
}

} // namespace yibao
