// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/linkmap.h"

#include "policy/parameterkeys.h"
#include "policy/profileloader.h"
#include "rules/trace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace yibao {

namespace {

    bool isNumeric(ParamUnit u)
    {
        return u == ParamUnit::Percent || u == ParamUnit::Ratio || u == ParamUnit::Months
            || u == ParamUnit::Years || u == ParamUnit::YuanPerMonth;
    }

    // "三" → 3, "十二" → 12, "二十" → 20; -1 when not a numeral we read.
    int chineseNumber(QStringView s)
    {
        static const QString digits = QStringLiteral("零一二三四五六七八九");
        int value = 0, digit = -1;
        bool any = false;
        for (const QChar c : s) {
            if (c == QChar(0x4E24)) { // 两
                digit = 2;
            } else if (c == QChar(0x3007)) { // 〇
                digit = 0;
            } else if (const qsizetype d = digits.indexOf(c); d >= 0) {
                digit = int(d);
            } else if (c == QChar(0x5341)) { // 十
                value += (digit < 0 ? 1 : digit) * 10;
                digit = -1;
            } else {
                return -1;
            }
            any = true;
        }
        if (!any)
            return -1;
        return value + std::max(digit, 0);
    }

    // A number as written: "6", "0.05", "三". Percent and ratio in ppm, yuan in fen, the
    // rest a whole count; nullopt when it does not fit.
    std::optional<qint64> number(const QString &text, ParamUnit unit, const QString &suffix)
    {
        if (const int cn = chineseNumber(text); cn >= 0) {
            if (unit == ParamUnit::Percent || unit == ParamUnit::Ratio)
                return std::nullopt;
            if (unit == ParamUnit::YuanPerMonth)
                return qint64(cn) * 100;
            return suffix.startsWith(QChar(0x5E74)) && unit == ParamUnit::Months ? cn * 12 : cn;
        }
        switch (unit) {
        case ParamUnit::Percent:
            if (const auto r = Rate::parsePercent(text))
                return r->ppm();
            return std::nullopt;
        case ParamUnit::Ratio:
            if (const auto r = Rate::parseRatio(text))
                return r->ppm();
            return std::nullopt;
        case ParamUnit::YuanPerMonth:
            if (const auto m = Money::parseYuan(text))
                return m->fen();
            return std::nullopt;
        case ParamUnit::Months:
        case ParamUnit::Years: {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok || n >= 1000) // "2020年" is a date, not a duration
                return std::nullopt;
            return suffix.startsWith(QChar(0x5E74)) && unit == ParamUnit::Months ? n * 12 : n;
        }
        default:
            return std::nullopt;
        }
    }

    QString unitPattern(ParamUnit unit)
    {
        switch (unit) {
        case ParamUnit::Percent:
            return QStringLiteral("[%％]");
        case ParamUnit::Ratio:
            return QStringLiteral("倍");
        case ParamUnit::Months:
            return QStringLiteral("个月|年(?![度底初末前后内\\d])");
        case ParamUnit::Years:
            return QStringLiteral("周岁|岁");
        case ParamUnit::YuanPerMonth:
            return QStringLiteral("元");
        default:
            return {};
        }
    }

    std::optional<QDate> monthStart(const QString &ym)
    {
        const QDate d = QDate::fromString(ym + QStringLiteral("-01"), Qt::ISODate);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }

} // namespace

QString stanceId(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return QStringLiteral("supports");
    case Stance::Conflicts:
        return QStringLiteral("conflicts");
    case Stance::Context:
        return QStringLiteral("context");
    }
    return {};
}

std::optional<Stance> stanceFromId(QStringView id)
{
    for (const Stance s : { Stance::Supports, Stance::Conflicts, Stance::Context })
        if (id == stanceId(s))
            return s;
    return std::nullopt;
}

QList<StatedValue> StatedValue::findAll(QStringView words, ParamUnit unit)
{
    QList<StatedValue> out;
    const QString units = unitPattern(unit);
    if (units.isEmpty())
        return out;
    static const QString num = QStringLiteral("(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十]+)");
    const QRegularExpression re(num + QStringLiteral("(?:\\s*[-–—~～至到]\\s*") + num
        + QStringLiteral(")?\\s*(") + units + QLatin1Char(')'));
    for (auto it = re.globalMatch(words); it.hasNext();) {
        const auto m = it.next();
        const QString suffix = m.captured(3);
        const auto low = number(m.captured(1), unit, suffix);
        const auto high = m.captured(2).isEmpty() ? low : number(m.captured(2), unit, suffix);
        if (!low || !high)
            continue;
        StatedValue v;
        v.unit = unit;
        v.low = *low;
        v.high = *high;
        out.append(v);
    }
    return out;
}

std::optional<StatedValue> StatedValue::parse(QStringView words, ParamUnit unit)
{
    StatedValue v;
    v.unit = unit;
    const QString w = words.trimmed().toString();
    if (unit == ParamUnit::Bool) {
        if (w != QLatin1String("true") && w != QLatin1String("false"))
            return std::nullopt;
        v.low = v.high = w == QLatin1String("true") ? 1 : 0;
        return v;
    }
    if (unit == ParamUnit::Kinds) {
        for (const QString &k : w.split(QLatin1Char(','), Qt::SkipEmptyParts))
            v.kinds.append(k.trimmed());
        if (v.kinds.isEmpty())
            return std::nullopt;
        return v;
    }
    // "1…": the passage breaks off after these digits.
    static const QRegularExpression cut(QStringLiteral("^(\\d+(?:\\.\\d*)?)…$"));
    if (const auto m = cut.match(w); m.hasMatch() && unit == ParamUnit::Percent) {
        v.prefix = m.captured(1);
        return v;
    }
    const QList<StatedValue> all = findAll(words, unit);
    if (all.size() != 1)
        return std::nullopt;
    return all.first();
}

std::optional<StatedValue> StatedValue::fromDisplay(QStringView display, ParamUnit unit)
{
    StatedValue v;
    v.unit = unit;
    switch (unit) {
    case ParamUnit::Percent:
        if (const auto r = Rate::parsePercent(display))
            v.low = v.high = r->ppm();
        else
            return std::nullopt;
        return v;
    case ParamUnit::Ratio:
        if (const auto r = Rate::parseRatio(display))
            v.low = v.high = r->ppm();
        else
            return std::nullopt;
        return v;
    case ParamUnit::Months:
    case ParamUnit::Years: {
        bool ok = false;
        v.low = v.high = display.toLongLong(&ok);
        return ok ? std::optional<StatedValue>(v) : std::nullopt;
    }
    case ParamUnit::YuanPerMonth:
        if (const auto m = Money::parseYuan(display))
            v.low = v.high = m->fen();
        else
            return std::nullopt;
        return v;
    case ParamUnit::Bool:
    case ParamUnit::Kinds:
        return parse(display, unit);
    case ParamUnit::Rounding:
    case ParamUnit::Month:
        return std::nullopt;
    }
    return std::nullopt;
}

Stance StatedValue::against(const StatedValue &used) const
{
    if (unit == ParamUnit::Kinds) {
        for (const QString &k : kinds)
            if (!used.kinds.contains(k))
                return Stance::Conflicts;
        return Stance::Supports;
    }
    if (!prefix.isEmpty()) {
        const QString u = Rate::fromPpm(used.low).toPercentString().chopped(1);
        return u.startsWith(prefix) ? Stance::Context : Stance::Conflicts;
    }
    if (low != high)
        return Stance::Conflicts; // "3–6个月" is no single value
    return low == used.low && used.low == used.high ? Stance::Supports : Stance::Conflicts;
}

bool StatedValue::operator==(const StatedValue &o) const
{
    return unit == o.unit && low == o.low && high == o.high && prefix == o.prefix
        && kinds == o.kinds;
}

bool Link::appliesTo(QDate readFor) const
{
    if (!readFor.isValid())
        return true;
    return (!from.isValid() || readFor >= from) && (!to.isValid() || readFor <= to);
}

QString Link::noteIn(TextLanguage language) const
{
    return wordsIn(language, note, noteEn, u" (note given in Chinese only)");
}

LinkMap LinkMap::fromResources()
{
    QFile f(QStringLiteral(":/resources/explain/links.json"));
    QString error;
    std::optional<LinkMap> m;
    if (f.open(QIODevice::ReadOnly))
        m = fromJson(f.readAll(), &error);
    else
        error = QStringLiteral("missing from the resources");
    // The file is compiled in and checked by tests; failing here is a build defect.
    if (!m)
        throw std::runtime_error(
            QStringLiteral("resources/explain/links.json: %1").arg(error).toStdString());
    return *m;
}

std::optional<LinkMap> LinkMap::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toString() != QLatin1String("yibao-links/2")) {
        *error = QStringLiteral("schema: expected \"yibao-links/2\"");
        return std::nullopt;
    }
    LinkMap map;
    const QJsonObject subjects = root.value(QLatin1String("subjects")).toObject();
    for (auto it = subjects.begin(); it != subjects.end(); ++it) {
        const QString where = QStringLiteral("subjects.%1").arg(it.key());
        const ParameterKey *key = findParameterKey(it.key());
        const QJsonObject o = it.value().toObject();
        Entry e;
        const QJsonArray links = o.value(QLatin1String("links")).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString at = QStringLiteral("%1.links[%2]").arg(where).arg(i);
            const QJsonObject l = links.at(i).toObject();
            Link r;
            r.passage = l.value(QLatin1String("passage")).toString();
            r.note = l.value(QLatin1String("note")).toString();
            r.noteEn = l.value(QLatin1String("note_en")).toString();
            r.states = l.value(QLatin1String("states")).toString();
            if (!r.passage.contains(QLatin1Char('#')) || r.note.isEmpty() || r.states.isEmpty()) {
                *error
                    = QStringLiteral("%1: needs a passage id (AAA#…), states and a note").arg(at);
                return std::nullopt;
            }
            const QJsonValue value = l.value(QLatin1String("value"));
            if (!value.isUndefined() && !key) {
                *error = QStringLiteral("%1.value: only a parameter link states a value").arg(at);
                return std::nullopt;
            }
            if (key) {
                if (value.isBool()) {
                    r.value = StatedValue::parse(
                        value.toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                        key->unit);
                } else if (value.isString()) {
                    r.value = StatedValue::parse(value.toString(), key->unit);
                } else if (value.isUndefined() && isNumeric(key->unit)) {
                    r.value = StatedValue::parse(r.states, key->unit);
                }
                if (!value.isUndefined() && !r.value) {
                    *error = QStringLiteral("%1.value: not one value in the unit %2")
                                 .arg(at, unitId(key->unit));
                    return std::nullopt;
                }
                if (!r.value && isNumeric(key->unit)) {
                    *error = QStringLiteral("%1: a link to a numeric parameter must state one "
                                            "value (in states, or in value when states holds "
                                            "several or words such as 次月)")
                                 .arg(at);
                    return std::nullopt;
                }
            }
            const QJsonValue st = l.value(QLatin1String("stance"));
            if (!st.isUndefined()) {
                const auto s = stanceFromId(st.toString());
                if (!s) {
                    *error = QStringLiteral("%1.stance: expected supports, conflicts or context")
                                 .arg(at);
                    return std::nullopt;
                }
                if (r.value) {
                    *error = QStringLiteral("%1.stance: derived from the value the passage "
                                            "states; a link with a value gives none")
                                 .arg(at);
                    return std::nullopt;
                }
                r.stance = *s;
            }
            for (const char *bound : { "from", "to" }) {
                const QJsonValue b = l.value(QLatin1String(bound));
                if (b.isUndefined())
                    continue;
                const auto d = monthStart(b.toString());
                if (!d) {
                    *error
                        = QStringLiteral("%1.%2: expected YYYY-MM").arg(at, QLatin1String(bound));
                    return std::nullopt;
                }
                if (qstrcmp(bound, "from") == 0)
                    r.from = *d;
                else
                    r.to = d->addMonths(1).addDays(-1);
            }
            e.links.append(r);
        }
        const QJsonArray citations = o.value(QLatin1String("citations")).toArray();
        for (const QJsonValue &c : citations) {
            Citation ci;
            if (c.isString()) {
                ci.text = c.toString();
            } else {
                ci.text = c.toObject().value(QLatin1String("text")).toString();
                ci.en = c.toObject().value(QLatin1String("en")).toString();
                for (const QJsonValue &p : c.toObject().value(QLatin1String("profiles")).toArray())
                    ci.profiles.append(p.toString());
            }
            if (ci.text.isEmpty()) {
                *error = QStringLiteral("%1.citations: a citation needs its text").arg(where);
                return std::nullopt;
            }
            e.citations.append(ci);
        }
        map.m_entries.insert(it.key(), e);
    }
    return map;
}

QStringList LinkMap::subjects() const
{
    QStringList s = m_entries.keys();
    std::sort(s.begin(), s.end());
    return s;
}

QList<Link> LinkMap::declaredLinks(const QString &subject) const
{
    return m_entries.value(subject).links;
}

Stance LinkMap::judge(const Link &link, const std::optional<StatedValue> &used)
{
    if (!link.value)
        return link.stance;
    if (!used || used->unit != link.value->unit)
        return Stance::Context;
    return link.value->against(*used);
}

QList<Link> LinkMap::judged(
    const QString &subject, const std::optional<StatedValue> &used, QDate readFor) const
{
    QList<Link> supports, conflicts, context;
    const auto it = m_entries.constFind(subject);
    if (it == m_entries.cend())
        return {};
    QList<Link> kept;
    for (Link l : it->links) {
        if (!l.appliesTo(readFor))
            continue;
        l.stance = judge(l, used);
        // A passage linked twice (004#r4: one rate before 2021, another after) counts once,
        // by the part that agrees with the value where one does.
        const auto same = std::find_if(
            kept.begin(), kept.end(), [&](const Link &k) { return k.passage == l.passage; });
        if (same == kept.end())
            kept.append(l);
        else if (l.stance == Stance::Supports && same->stance != Stance::Supports)
            *same = l;
    }
    for (const Link &l : kept) {
        if (l.stance == Stance::Supports)
            supports.append(l);
        else if (l.stance == Stance::Conflicts)
            conflicts.append(l);
        else
            context.append(l);
    }
    return supports + conflicts + context;
}

QList<Link> LinkMap::linksFor(const TraceParam &used) const
{
    const ParameterKey *key = findParameterKey(used.key);
    std::optional<StatedValue> value;
    if (key && used.known)
        value = StatedValue::fromDisplay(used.value, key->unit);
    return judged(used.key, value, used.readFor);
}

QList<Link> LinkMap::linksFor(const QString &subject, const PolicyProfile *profile, QDate at) const
{
    const ParameterKey *key = findParameterKey(subject);
    if (!key)
        return judged(subject, std::nullopt, QDate());
    const Parameter *param = profile ? profile->find(subject) : nullptr;
    const ParamValue *v = nullptr;
    if (param && !param->values.isEmpty())
        v = at.isValid() ? param->at(at) : &param->values.last();
    std::optional<StatedValue> value;
    if (v && v->known)
        value = StatedValue::fromDisplay(v->display(key->unit), key->unit);
    return judged(subject, value, at);
}

QList<Link> LinkMap::conflictsFor(const TraceParam &used) const
{
    QList<Link> out = linksFor(used);
    out.removeIf([](const Link &l) { return l.stance != Stance::Conflicts; });
    return out;
}

QStringList LinkMap::citationsFor(
    const QString &subject, const QString &profile, TextLanguage language) const
{
    QStringList out;
    const auto it = m_entries.constFind(subject);
    if (it == m_entries.cend())
        return out;
    for (const Citation &c : it->citations) {
        // A profile-scoped citation names the profile whose own value it backs; it is not
        // inherited, since a child profile that kept the parent's value would not be
        // scoped to begin with.
        if (profile.isEmpty() || c.profiles.isEmpty() || c.profiles.contains(profile))
            out.append(wordsIn(language, c.text, c.en, u" (given in Chinese only)"));
    }
    return out;
}

} // namespace yibao
