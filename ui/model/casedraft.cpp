// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedraft.h"

#include "io/casejson.h"

#include <QJsonArray>

namespace yibao {

namespace {

    void putText(QJsonObject &o, QLatin1String key, const QString &value)
    {
        const QString v = value.trimmed();
        if (!v.isEmpty())
            o.insert(key, v);
    }

    // Numbers written without quotes keep their digits, so a hand-edited file is not lost.
    QString text(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Double: {
            const double d = v.toDouble();
            return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 2);
        }
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            return {};
        }
    }

} // namespace

QJsonObject CaseDraft::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("schema"), QString(CaseJson::Schema));
    putText(o, QLatin1String("profile"), profile);
    putText(o, QLatin1String("asOf"), asOf);
    putText(o, QLatin1String("payOn"), payOn);
    QJsonObject person;
    putText(person, QLatin1String("birth"), birth);
    putText(person, QLatin1String("sex"), sex);
    putText(person, QLatin1String("category"), category);
    o.insert(QLatin1String("person"), person);
    QJsonArray ps;
    for (const auto &p : periods) {
        QJsonObject po;
        putText(po, QLatin1String("from"), p.from);
        putText(po, QLatin1String("to"), p.to);
        putText(po, QLatin1String("kind"), p.kind);
        putText(po, QLatin1String("base"), p.base);
        putText(po, QLatin1String("status"), p.status);
        putText(po, QLatin1String("paidOn"), p.paidOn);
        putText(po, QLatin1String("region"), p.region);
        ps.append(po);
    }
    o.insert(QLatin1String("periods"), ps);
    o.insert(QLatin1String("deemedMonths"), deemedMonths);
    QJsonObject ret;
    // An unticked "statutory" with an empty date is sent as "" so the parser says the
    // date is not a real date rather than silently using the statutory one.
    ret.insert(QLatin1String("date"),
        statutoryRetirement ? QJsonValue(QJsonValue::Null) : QJsonValue(retirementDate.trimmed()));
    if (baseAtRetirement.trimmed().isEmpty())
        ret.insert(QLatin1String("baseAtRetirement"), QJsonValue(QJsonValue::Null));
    else
        ret.insert(QLatin1String("baseAtRetirement"), baseAtRetirement.trimmed());
    o.insert(QLatin1String("retirement"), ret);
    QJsonArray es;
    for (const auto &e : events) {
        QJsonObject eo;
        putText(eo, QLatin1String("date"), e.date);
        putText(eo, QLatin1String("care"), e.care);
        es.append(eo);
    }
    o.insert(QLatin1String("events"), es);
    return o;
}

CaseDraft CaseDraft::fromJson(const QJsonObject &o)
{
    CaseDraft d;
    if (o.contains(QLatin1String("profile")))
        d.profile = text(o.value(QLatin1String("profile")));
    d.asOf = text(o.value(QLatin1String("asOf")));
    d.payOn = text(o.value(QLatin1String("payOn")));
    const QJsonObject person = o.value(QLatin1String("person")).toObject();
    d.birth = text(person.value(QLatin1String("birth")));
    d.sex = text(person.value(QLatin1String("sex")));
    d.category = text(person.value(QLatin1String("category")));
    for (const auto &v : o.value(QLatin1String("periods")).toArray()) {
        const QJsonObject po = v.toObject();
        PeriodDraft p;
        p.from = text(po.value(QLatin1String("from")));
        p.to = text(po.value(QLatin1String("to")));
        p.kind = text(po.value(QLatin1String("kind")));
        p.base = text(po.value(QLatin1String("base")));
        p.status = po.contains(QLatin1String("status"))
            ? text(po.value(QLatin1String("status")))
            : (p.kind == QLatin1String("deemed") ? QStringLiteral("paid") : QString());
        p.paidOn = text(po.value(QLatin1String("paidOn")));
        p.region = text(po.value(QLatin1String("region")));
        d.periods.append(p);
    }
    const QJsonValue deemed = o.value(QLatin1String("deemedMonths"));
    d.deemedMonths = deemed.isDouble() ? qBound(0, deemed.toInt(), 720) : 0;
    const QJsonObject ret = o.value(QLatin1String("retirement")).toObject();
    const QJsonValue date = ret.value(QLatin1String("date"));
    d.statutoryRetirement = date.isNull() || date.isUndefined();
    d.retirementDate = text(date);
    d.baseAtRetirement = text(ret.value(QLatin1String("baseAtRetirement")));
    for (const auto &v : o.value(QLatin1String("events")).toArray()) {
        const QJsonObject eo = v.toObject();
        d.events.append(
            { text(eo.value(QLatin1String("date"))), text(eo.value(QLatin1String("care"))) });
    }
    return d;
}

CaseDraft CaseDraft::fromCase(const Case &c)
{
    return fromJson(CaseJson::toJson(c));
}

} // namespace yibao
