// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultjson.h"

#include "jsonwriter.h"

#include <QJsonDocument>

namespace yibao {

QJsonObject ResultJson::toJson(const Result &r, bool withTrace)
{
    // One writer holds the contract's field list; the object is read back from its text,
    // so compute --json and batch cannot drift apart.
    return QJsonDocument::fromJson(toCompactJson(r, withTrace)).object();
}

namespace {

    void writeTrace(JsonWriter &w, const Trace &trace)
    {
        w.beginArray();
        for (const TraceStep &s : trace) {
            w.beginObject();
            w.field("ruleId", s.ruleId);
            w.field("subject", s.subject);
            w.field("title", s.title);
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
                w.field("key", p.key);
                w.field("label", p.label);
                w.key("value");
                if (p.known)
                    w.value(p.value);
                else
                    w.null();
                w.field("unit", p.unit);
                w.dateField("from", p.from);
                w.dateField("readFor", p.readFor);
                w.field("source", p.source);
                w.field("profile", p.profile);
                w.endObject();
            }
            w.endArray();
            w.field("formula", s.formula);
            w.field("result", s.result);
            w.field("missing", s.missing);
            w.field("passages", s.passages);
            w.key("stances");
            w.beginObject();
            for (const auto &[passage, stance] : s.stances) {
                const QByteArray id = passage.toUtf8();
                w.key(id.constData());
                w.value(stance);
            }
            w.endObject();
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
    w.field("schema", Schema);
    w.field("profile", r.profileId);
    w.field("profileVersion", r.profileVersion);
    w.dateField("asOf", r.asOf);

    w.key("retirement");
    w.beginObject();
    w.dateField("statutoryDate", r.retirement.statutoryDate);
    w.field("ageYears", r.retirement.ageYears);
    w.field("ageMonths", r.retirement.ageMonths);
    w.field("delayMonths", r.retirement.delayMonths);
    w.field("month", r.retirement.month.toString());
    w.field("dateGiven", r.retirement.dateGiven);
    w.endObject();

    w.key("years");
    w.beginObject();
    w.field("cumulativeMonths", r.years.cumulativeMonths);
    w.field("actualMonths", r.years.actualMonths);
    w.field("deemedMonths", r.years.deemedMonths);
    w.endObject();

    w.key("gaps");
    w.beginArray();
    for (const GapResult &g : r.gaps) {
        w.beginObject();
        w.field("from", g.from.toString());
        w.field("to", g.to.toString());
        w.field("months", g.months);
        w.moneyField("principal", g.principal);
        w.moneyField("lateFee", g.lateFee);
        w.moneyField("total", g.total);
        w.field("continuous", g.continuous);
        w.monthField("resumeMonth", g.resumeMonth);
        w.dateField("graceDeadline", g.graceDeadline);
        w.moneyField("owed", g.owed);
        w.moneyField("owedEmployer", g.owedEmployer);
        w.moneyField("owedIndividual", g.owedIndividual);
        w.field("continuousIfPaidByDeadline", g.continuousIfPaidByDeadline);
        w.dateField("payOn", g.payOn);
        w.field("owedMonths", g.owedMonths);
        w.field("backpaidMonths", g.backpaidMonths);
        w.field("notEnrolledMonths", g.notEnrolledMonths);
        w.monthField("suspendedFrom", g.suspendedFrom);
        w.monthField("suspendedTo", g.suspendedTo);
        w.field("costsCovered", g.costsCovered);
        w.field("missing", g.missing);
        w.endObject();
    }
    w.endArray();

    w.key("backPay");
    w.beginObject();
    w.moneyField("gapTotal", r.backPay.gapTotal);
    w.moneyField("gapOwed", r.backPay.gapOwed);
    w.field("shortfallMonths", r.backPay.shortfallMonths);
    w.moneyField("retirementBackPay", r.backPay.retirementBackPay);
    w.field("missing", r.backPay.missing);
    w.endObject();

    w.key("account");
    w.beginObject();
    w.key("bands");
    w.beginArray();
    for (const BandResult &b : r.account.bands) {
        w.beginObject();
        w.field("band", b.band);
        w.field("months", b.months);
        w.moneyField("monthly", b.monthly);
        w.moneyField("total", b.total);
        w.field("from", b.firstMonth.toString());
        w.field("to", b.lastMonth.toString());
        w.endObject();
    }
    w.endArray();
    w.field("total", r.account.total.toYuanString());
    w.field("missing", r.account.missing);
    w.key("perYear");
    w.beginArray();
    for (const YearInflow &y : r.account.perYear) {
        w.beginObject();
        w.field("year", y.year);
        w.field("band", y.band);
        w.field("months", y.months);
        w.field("known", y.known.toYuanString());
        w.field("unknownMonths", y.unknownMonths);
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key("lifelong");
    w.beginObject();
    w.field("requiredMonths", r.lifelong.requiredMonths);
    w.field("countedMonths", r.lifelong.countedMonths);
    w.field("projectedMonths", r.lifelong.projectedMonths);
    w.field("qualifies", r.lifelong.qualifies);
    w.field("totalShortMonths", r.lifelong.totalShortMonths);
    w.field("actualShortMonths", r.lifelong.actualShortMonths);
    w.monthField("qualifyingMonth", r.lifelong.qualifyingMonth);
    w.field("requiredActualMonths", r.lifelong.requiredActualMonths);
    w.field("countedActualMonths", r.lifelong.countedActualMonths);
    w.field("projectedActualMonths", r.lifelong.projectedActualMonths);
    w.field("shortfallMonths", r.lifelong.shortfallMonths);
    w.field("retired", r.lifelong.retired);
    w.key("paths");
    w.beginArray();
    for (const LifelongPath &p : r.lifelong.paths) {
        w.beginObject();
        w.field("id", p.id);
        w.moneyField("cost", p.cost);
        w.monthField("benefitsFrom", p.benefitsFrom);
        w.field("months", p.months);
        w.endObject();
    }
    w.endArray();
    w.key("cheapest");
    if (r.lifelong.cheapest)
        w.value(*r.lifelong.cheapest);
    else
        w.null();
    w.field("missing", r.lifelong.missing);
    w.endObject();

    w.key("events");
    w.beginArray();
    for (const EventResult &e : r.events) {
        w.beginObject();
        w.dateField("date", e.date);
        w.field("care", careId(e.care));
        w.field("personalAccount", e.personalAccount);
        w.field("pooledFund", e.pooledFund);
        w.field("ruleId", e.ruleId);
        w.field("reason", e.reason);
        w.field("scenario", e.scenario);
        w.field("missing", e.missing);
        w.endObject();
    }
    w.endArray();

    w.key("warnings");
    w.beginArray();
    for (const Warning &warning : r.warnings) {
        w.beginObject();
        w.field("code", warning.code);
        w.field("path", warning.path);
        w.field("message", warning.message);
        w.endObject();
    }
    w.endArray();

    if (withTrace) {
        w.key("trace");
        writeTrace(w, r.trace);
    }
    if (line) {
        w.field("line", *line);
    }
    w.endObject();
    return out;
}

} // namespace yibao
