// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultjson.h"

#include "jsonwriter.h"
#include "present/formulawords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace yibao {

QJsonObject ResultJson::toJson(const Result &r, bool withTrace, TextLanguage language)
{
    // One writer holds the contract's field list; the object is read back from its text,
    // so compute --json and batch cannot drift apart.
    return QJsonDocument::fromJson(toCompactJson(r, withTrace, std::nullopt, language)).object();
}

namespace {

    void writeTrace(JsonWriter &w, const Trace &trace, TextLanguage language)
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
                // an event's reason is data in the step, worded here
                w.value(k == QLatin1String("reason") ? reasonText(s.reason, language) : v);
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
                w.field("unit", unitId(p.unit));
                w.dateField("from", p.from);
                w.dateField("readFor", p.readFor);
                w.field("source", p.source);
                w.field("profile", p.profile);
                w.endObject();
            }
            w.endArray();
            w.field("formula", formulaText(s, language));
            w.field("result", resultText(s, language));
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

QByteArray ResultJson::toCompactJson(
    const Result &r, bool withTrace, std::optional<int> line, TextLanguage language)
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
        w.field("band", bandId(b.band));
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
        w.field("band", bandId(y.band));
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
        w.field("reason", reasonText(e, language));
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
        w.field("message", warningText(warning, language));
        w.endObject();
    }
    w.endArray();

    if (withTrace) {
        w.key("trace");
        writeTrace(w, r.trace, language);
    }
    if (line) {
        w.field("line", *line);
    }
    w.endObject();
    return out;
}

namespace {

    // The fields of one object of a result, read as toCompactJson writes them; the first
    // field that is missing or of another type is remembered with its path, and the
    // readers give a default from then on.
    class FigureReader
    {
    public:
        FigureReader(const QJsonObject &o, const QString &path, QString *error)
            : m_o(o)
            , m_path(path)
            , m_error(error)
        { }

        FigureReader object(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (!v.isObject())
                fail(key, "an object");
            return FigureReader(v.toObject(), where(key), m_error);
        }
        QJsonArray array(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (!v.isArray())
                fail(key, "an array");
            return v.toArray();
        }
        QString text(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (!v.isString())
                fail(key, "a string");
            return v.toString();
        }
        Band band(const char *key) const
        {
            const auto b = bandFromId(text(key));
            if (!b)
                fail(key, "a band id (under35, 35to44, 45plus, retired_under70, retired_70plus)");
            return b.value_or(Band::Under35);
        }
        std::optional<QString> optionalText(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (v.isNull())
                return std::nullopt;
            if (!v.isString())
                fail(key, "a string or null");
            return v.toString();
        }
        QStringList texts(const char *key) const
        {
            QStringList out;
            for (const QJsonValue &v : array(key))
                out << v.toString();
            return out;
        }
        std::optional<int> optionalInt(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (v.isNull())
                return std::nullopt;
            if (!v.isDouble()) {
                fail(key, "a whole number or null");
                return std::nullopt;
            }
            return v.toInt();
        }
        int integer(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (!v.isDouble())
                fail(key, "a whole number");
            return v.toInt();
        }
        std::optional<bool> optionalBool(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (v.isNull())
                return std::nullopt;
            if (!v.isBool()) {
                fail(key, "true, false or null");
                return std::nullopt;
            }
            return v.toBool();
        }
        bool boolean(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (!v.isBool())
                fail(key, "true or false");
            return v.toBool();
        }
        std::optional<Money> money(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (v.isNull())
                return std::nullopt;
            const std::optional<Money> m
                = v.isString() ? Money::parseYuan(v.toString()) : std::nullopt;
            if (!m)
                fail(key, "an amount such as \"2360.00\" or null");
            return m;
        }
        std::optional<YearMonth> month(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (v.isNull())
                return std::nullopt;
            const std::optional<YearMonth> m
                = v.isString() ? YearMonth::parse(v.toString()) : std::nullopt;
            if (!m)
                fail(key, "a month such as \"2031-10\" or null");
            return m;
        }
        QDate date(const char *key) const
        {
            const QJsonValue v = m_o.value(QLatin1String(key));
            if (v.isNull())
                return {};
            const std::optional<QDate> d = v.isString() ? parseIsoDate(v.toString()) : std::nullopt;
            if (!d)
                fail(key, "a date such as \"2031-10-12\" or null");
            return d.value_or(QDate());
        }

    private:
        QString where(const char *key) const
        {
            return m_path.isEmpty() ? QString::fromLatin1(key)
                                    : m_path + QLatin1Char('.') + QLatin1String(key);
        }
        void fail(const char *key, const char *expected) const
        {
            if (m_error->isEmpty())
                *m_error
                    = QStringLiteral("%1: expected %2").arg(where(key), QLatin1String(expected));
        }

        QJsonObject m_o;
        QString m_path;
        QString *m_error;
    };

} // namespace

std::optional<Result> ResultJson::readFigures(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("not JSON: %1 at offset %2")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    QString why;
    const FigureReader top(doc.object(), QString(), &why);
    if (top.text("schema") != Schema) {
        *error = QStringLiteral("schema: expected \"%1\"").arg(Schema);
        return std::nullopt;
    }
    Result r;
    r.profileId = top.text("profile");
    r.profileVersion = top.text("profileVersion");
    r.asOf = top.date("asOf");

    const FigureReader rt = top.object("retirement");
    r.retirement.statutoryDate = rt.date("statutoryDate");
    r.retirement.ageYears = rt.integer("ageYears");
    r.retirement.ageMonths = rt.integer("ageMonths");
    r.retirement.delayMonths = rt.integer("delayMonths");
    r.retirement.month = rt.month("month").value_or(YearMonth());
    r.retirement.dateGiven = rt.boolean("dateGiven");

    const FigureReader y = top.object("years");
    r.years.cumulativeMonths = y.integer("cumulativeMonths");
    r.years.actualMonths = y.integer("actualMonths");
    r.years.deemedMonths = y.integer("deemedMonths");

    const FigureReader b = top.object("backPay");
    r.backPay.gapTotal = b.money("gapTotal");
    r.backPay.gapOwed = b.money("gapOwed");
    r.backPay.shortfallMonths = b.optionalInt("shortfallMonths");
    r.backPay.retirementBackPay = b.money("retirementBackPay");
    r.backPay.missing = b.texts("missing");

    const FigureReader a = top.object("account");
    const QJsonArray bands = a.array("bands");
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const FigureReader band(
            bands.at(i).toObject(), QStringLiteral("account.bands[%1]").arg(i), &why);
        BandResult br;
        br.band = band.band("band");
        br.months = band.integer("months");
        br.monthly = band.money("monthly");
        br.total = band.money("total");
        br.firstMonth = band.month("from").value_or(YearMonth());
        br.lastMonth = band.month("to").value_or(YearMonth());
        r.account.bands << br;
    }
    r.account.total = a.money("total").value_or(Money());
    r.account.missing = a.texts("missing");

    const FigureReader l = top.object("lifelong");
    r.lifelong.requiredMonths = l.optionalInt("requiredMonths");
    r.lifelong.countedMonths = l.integer("countedMonths");
    r.lifelong.projectedMonths = l.integer("projectedMonths");
    r.lifelong.qualifies = l.optionalBool("qualifies");
    r.lifelong.totalShortMonths = l.optionalInt("totalShortMonths");
    r.lifelong.actualShortMonths = l.optionalInt("actualShortMonths");
    r.lifelong.qualifyingMonth = l.month("qualifyingMonth");
    r.lifelong.requiredActualMonths = l.optionalInt("requiredActualMonths");
    r.lifelong.countedActualMonths = l.integer("countedActualMonths");
    r.lifelong.projectedActualMonths = l.integer("projectedActualMonths");
    r.lifelong.shortfallMonths = l.optionalInt("shortfallMonths");
    r.lifelong.retired = l.boolean("retired");
    const QJsonArray paths = l.array("paths");
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const FigureReader path(
            paths.at(i).toObject(), QStringLiteral("lifelong.paths[%1]").arg(i), &why);
        LifelongPath p;
        p.id = path.text("id");
        p.cost = path.money("cost");
        p.benefitsFrom = path.month("benefitsFrom");
        p.months = path.integer("months");
        r.lifelong.paths << p;
    }
    r.lifelong.cheapest = l.optionalText("cheapest");
    r.lifelong.missing = l.texts("missing");

    if (!why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return r;
}

} // namespace yibao
