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
        w.key("owedEmployer");
        w.money(g.owedEmployer);
        w.key("owedIndividual");
        w.money(g.owedIndividual);
        w.key("continuousIfPaidByDeadline");
        w.value(g.continuousIfPaidByDeadline);
        w.key("payOn");
        w.date(g.payOn);
        w.key("owedMonths");
        w.value(g.owedMonths);
        w.key("backpaidMonths");
        w.value(g.backpaidMonths);
        w.key("notEnrolledMonths");
        w.value(g.notEnrolledMonths);
        w.key("suspendedFrom");
        w.month(g.suspendedFrom);
        w.key("suspendedTo");
        w.month(g.suspendedTo);
        w.key("costsCovered");
        w.value(g.costsCovered);
        w.key("missing");
        w.value(g.missing);
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
    w.key("totalShortMonths");
    w.value(r.lifelong.totalShortMonths);
    w.key("actualShortMonths");
    w.value(r.lifelong.actualShortMonths);
    w.key("qualifyingMonth");
    w.month(r.lifelong.qualifyingMonth);
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
    w.key("missing");
    w.value(r.lifelong.missing);
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
        w.key("scenario");
        w.value(e.scenario);
        w.key("missing");
        w.value(e.missing);
        w.endObject();
    }
    w.endArray();

    w.key("warnings");
    w.beginArray();
    for (const Warning &warning : r.warnings) {
        w.beginObject();
        w.key("code");
        w.value(warning.code);
        w.key("path");
        w.value(warning.path);
        w.key("message");
        w.value(warning.message);
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
