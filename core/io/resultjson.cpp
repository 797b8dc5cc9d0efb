// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultjson.h"

#include "jsonwriter.h"

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
    o.insert(QLatin1String("retirement"),
        QJsonObject {
            { QLatin1String("statutoryDate"), date(r.retirement.statutoryDate) },
            { QLatin1String("ageYears"), r.retirement.ageYears },
            { QLatin1String("ageMonths"), r.retirement.ageMonths },
            { QLatin1String("delayMonths"), r.retirement.delayMonths },
            { QLatin1String("month"), r.retirement.month.toString() },
            { QLatin1String("dateGiven"), r.retirement.dateGiven },
        });
    o.insert(QLatin1String("years"),
        QJsonObject {
            { QLatin1String("cumulativeMonths"), r.years.cumulativeMonths },
            { QLatin1String("actualMonths"), r.years.actualMonths },
            { QLatin1String("deemedMonths"), r.years.deemedMonths },
        });
    QJsonArray gaps;
    for (const auto &g : r.gaps)
        gaps.append(gapJson(g));
    o.insert(QLatin1String("gaps"), gaps);
    o.insert(QLatin1String("backPay"),
        QJsonObject {
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
    o.insert(QLatin1String("account"),
        QJsonObject {
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
    o.insert(QLatin1String("lifelong"),
        QJsonObject {
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
            { QLatin1String("cheapest"),
                r.lifelong.cheapest ? QJsonValue(*r.lifelong.cheapest) : QJsonValue() },
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

namespace {

    void writeTrace(JsonWriter &w, const Trace &trace)
    {
        w.beginArray();
        for (const TraceStep &s : trace) {
            w.beginObject();
            w.key("ruleId");
            w.value(s.ruleId);
            w.key("subject");
            w.value(s.subject);
            w.key("title");
            w.value(s.title);
            w.key("inputs");
            w.beginObject();
            for (const auto &[k, v] : s.inputs) {
                // keys of inputs are our own ASCII identifiers
                const QByteArray name = k.toLatin1();
                w.key(name.constData());
                w.value(v);
            }
            w.endObject();
            w.key("params");
            w.beginArray();
            for (const TraceParam &p : s.params) {
                w.beginObject();
                w.key("key");
                w.value(p.key);
                w.key("label");
                w.value(p.label);
                w.key("value");
                if (p.known)
                    w.value(p.value);
                else
                    w.null();
                w.key("unit");
                w.value(p.unit);
                w.key("from");
                w.date(p.from);
                w.key("readFor");
                w.date(p.readFor);
                w.key("source");
                w.value(p.source);
                w.key("profile");
                w.value(p.profile);
                w.endObject();
            }
            w.endArray();
            w.key("formula");
            w.value(s.formula);
            w.key("result");
            w.value(s.result);
            w.key("missing");
            w.value(s.missing);
            w.key("passages");
            w.value(s.passages);
            w.endObject();
        }
        w.endArray();
    }

} // namespace

QByteArray ResultJson::toCompactJson(const Result &r, bool withTrace, std::optional<int> line)
{
    QByteArray out;
    out.reserve(4096);
    JsonWriter w(out);
    w.beginObject();
    w.key("schema");
    w.value(Schema);
    w.key("profile");
    w.value(r.profileId);
    w.key("profileVersion");
    w.value(r.profileVersion);
    w.key("asOf");
    w.date(r.asOf);

    w.key("retirement");
    w.beginObject();
    w.key("statutoryDate");
    w.date(r.retirement.statutoryDate);
    w.key("ageYears");
    w.value(r.retirement.ageYears);
    w.key("ageMonths");
    w.value(r.retirement.ageMonths);
    w.key("delayMonths");
    w.value(r.retirement.delayMonths);
    w.key("month");
    w.value(r.retirement.month.toString());
    w.key("dateGiven");
    w.value(r.retirement.dateGiven);
    w.endObject();

    w.key("years");
    w.beginObject();
    w.key("cumulativeMonths");
    w.value(r.years.cumulativeMonths);
    w.key("actualMonths");
    w.value(r.years.actualMonths);
    w.key("deemedMonths");
    w.value(r.years.deemedMonths);
    w.endObject();

    w.key("gaps");
    w.beginArray();
    for (const GapResult &g : r.gaps) {
        w.beginObject();
        w.key("from");
        w.value(g.from.toString());
        w.key("to");
        w.value(g.to.toString());
        w.key("months");
        w.value(g.months);
        w.key("principal");
        w.money(g.principal);
        w.key("lateFee");
        w.money(g.lateFee);
        w.key("total");
        w.money(g.total);
        w.key("continuous");
        w.value(g.continuous);
        w.key("resumeMonth");
        w.month(g.resumeMonth);
        w.key("graceDeadline");
        w.date(g.graceDeadline);
        w.key("owed");
        w.money(g.owed);
        w.key("continuousIfPaidByDeadline");
        w.value(g.continuousIfPaidByDeadline);
        w.key("owedMonths");
        w.value(g.owedMonths);
        w.key("backpaidMonths");
        w.value(g.backpaidMonths);
        w.key("notEnrolledMonths");
        w.value(g.notEnrolledMonths);
        w.key("suspendedFrom");
        w.value(g.suspendedFrom.toString());
        w.key("suspendedTo");
        w.month(g.suspendedTo);
        w.key("costsCovered");
        w.value(g.costsCovered);
        w.endObject();
    }
    w.endArray();

    w.key("backPay");
    w.beginObject();
    w.key("gapTotal");
    w.money(r.backPay.gapTotal);
    w.key("gapOwed");
    w.money(r.backPay.gapOwed);
    w.key("shortfallMonths");
    w.value(r.backPay.shortfallMonths);
    w.key("retirementBackPay");
    w.money(r.backPay.retirementBackPay);
    w.key("missing");
    w.value(r.backPay.missing);
    w.endObject();

    w.key("account");
    w.beginObject();
    w.key("bands");
    w.beginArray();
    for (const BandResult &b : r.account.bands) {
        w.beginObject();
        w.key("band");
        w.value(b.band);
        w.key("months");
        w.value(b.months);
        w.key("monthly");
        w.money(b.monthly);
        w.key("total");
        w.money(b.total);
        w.key("from");
        w.value(b.firstMonth.toString());
        w.key("to");
        w.value(b.lastMonth.toString());
        w.endObject();
    }
    w.endArray();
    w.key("total");
    w.value(r.account.total.toYuanString());
    w.key("missing");
    w.value(r.account.missing);
    w.key("perYear");
    w.beginArray();
    for (const YearInflow &y : r.account.perYear) {
        w.beginObject();
        w.key("year");
        w.value(y.year);
        w.key("band");
        w.value(y.band);
        w.key("months");
        w.value(y.months);
        w.key("known");
        w.value(y.known.toYuanString());
        w.key("unknownMonths");
        w.value(y.unknownMonths);
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key("lifelong");
    w.beginObject();
    w.key("requiredMonths");
    w.value(r.lifelong.requiredMonths);
    w.key("countedMonths");
    w.value(r.lifelong.countedMonths);
    w.key("projectedMonths");
    w.value(r.lifelong.projectedMonths);
    w.key("qualifies");
    w.value(r.lifelong.qualifies);
    w.key("requiredActualMonths");
    w.value(r.lifelong.requiredActualMonths);
    w.key("countedActualMonths");
    w.value(r.lifelong.countedActualMonths);
    w.key("projectedActualMonths");
    w.value(r.lifelong.projectedActualMonths);
    w.key("shortfallMonths");
    w.value(r.lifelong.shortfallMonths);
    w.key("retired");
    w.value(r.lifelong.retired);
    w.key("paths");
    w.beginArray();
    for (const LifelongPath &p : r.lifelong.paths) {
        w.beginObject();
        w.key("id");
        w.value(p.id);
        w.key("cost");
        w.money(p.cost);
        w.key("benefitsFrom");
        w.month(p.benefitsFrom);
        w.key("months");
        w.value(p.months);
        w.endObject();
    }
    w.endArray();
    w.key("cheapest");
    if (r.lifelong.cheapest)
        w.value(*r.lifelong.cheapest);
    else
        w.null();
    w.endObject();

    w.key("events");
    w.beginArray();
    for (const EventResult &e : r.events) {
        w.beginObject();
        w.key("date");
        w.date(e.date);
        w.key("care");
        w.value(careId(e.care));
        w.key("personalAccount");
        w.value(e.personalAccount);
        w.key("pooledFund");
        w.value(e.pooledFund);
        w.key("ruleId");
        w.value(e.ruleId);
        w.key("reason");
        w.value(e.reason);
        w.endObject();
    }
    w.endArray();

    if (withTrace) {
        w.key("trace");
        writeTrace(w, r.trace);
    }
    if (line) {
        w.key("line");
        w.value(*line);
    }
    w.endObject();
    return out;
}

} // namespace yibao
