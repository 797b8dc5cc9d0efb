// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileloader.h"

#include "parameterkeys.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yibao {

namespace {

    // Bump when the profile file layout changes incompatibly.
    constexpr QLatin1String ProfileSchema("yibao-profile/1");

    struct Failure
    {
        QString path;
        QString message;
    };

    QString quoted(const QJsonValue &v)
    {
        if (v.isString())
            return QLatin1Char('"') + v.toString() + QLatin1Char('"');
        return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }

    std::optional<Failure> parseValue(
        const QJsonValue &v, ParamUnit unit, const QString &path, ParamValue &out)
    {
        if (v.isNull()) {
            out.known = false;
            return std::nullopt;
        }
        out.known = true;
        auto bad = [&](const char *expected) {
            return Failure { path,
                quoted(v) + QStringLiteral(" is not ") + QString::fromUtf8(expected)
                    + QStringLiteral(" (unit ") + unitId(unit) + QLatin1Char(')') };
        };
        switch (unit) {
        case ParamUnit::Percent:
            if (auto r = v.isString() ? Rate::parsePercent(v.toString()) : std::nullopt) {
                out.rate = *r;
                return std::nullopt;
            }
            return bad("a percentage like \"9.8\"");
        case ParamUnit::Ratio:
            if (auto r = v.isString() ? Rate::parseRatio(v.toString()) : std::nullopt) {
                out.rate = *r;
                return std::nullopt;
            }
            return bad("a ratio like \"1\"");
        case ParamUnit::Months:
        case ParamUnit::Years: {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > 1200
                || d != static_cast<double>(static_cast<qint64>(d)))
                return bad("a whole number from 0 to 1200");
            out.integer = static_cast<qint64>(d);
            return std::nullopt;
        }
        case ParamUnit::Bool:
            if (!v.isBool())
                return bad("true or false");
            out.flag = v.toBool();
            return std::nullopt;
        case ParamUnit::YuanPerMonth:
            if (auto m = v.isString() ? Money::parseYuan(v.toString()) : std::nullopt) {
                out.money = *m;
                return std::nullopt;
            }
            return bad("an amount in yuan like \"100.00\"");
        case ParamUnit::Kinds: {
            if (!v.isArray())
                return bad("a list of contribution kinds");
            for (const QJsonValue &k : v.toArray()) {
                const QString s = k.toString();
                if (s != QLatin1String("employee") && s != QLatin1String("flexible"))
                    return bad("a list of \"employee\" and \"flexible\"");
                out.list.append(s);
            }
            return std::nullopt;
        }
        case ParamUnit::Rounding:
            if (auto r = roundingFromId(v.toString())) {
                out.rounding = *r;
                return std::nullopt;
            }
            return bad("one of \"half_up_fen\", \"half_up_jiao\", \"up_jiao\"");
        case ParamUnit::Month:
            if (auto m = YearMonth::parse(v.toString())) {
                out.month = *m;
                return std::nullopt;
            }
            return bad("a month like \"2025-01\"");
        }
        return bad("a value");
    }

    std::optional<Failure> parseParameter(
        const QString &key, const QJsonValue &spec, const PolicyProfile &profile, Parameter &out)
    {
        const QString path = QStringLiteral("parameters.") + key;
        const ParameterKey *def = findParameterKey(key);
        if (!def) {
            QStringList near;
            const QString family = key.section(QLatin1Char('.'), 0, 0);
            for (const auto &k : parameterKeys())
                if (k.key.startsWith(family + QLatin1Char('.')))
                    near.append(k.key);
            return Failure { path,
                QStringLiteral("unknown parameter")
                    + (near.isEmpty() ? QString()
                                      : QStringLiteral("; known in this family: ")
                                + near.join(QStringLiteral(", "))) };
        }
        if (!spec.isObject())
            return Failure { path,
                QStringLiteral("expected an object with \"unit\" and \"values\"") };
        const QJsonObject o = spec.toObject();
        const auto unit = unitFromId(o.value(QLatin1String("unit")).toString());
        if (!unit || *unit != def->unit)
            return Failure { path + QStringLiteral(".unit"),
                quoted(o.value(QLatin1String("unit")))
                    + QStringLiteral(" is the wrong unit: this parameter is in ")
                    + unitId(def->unit) };
        out.key = key;
        out.unit = *unit;
        const QJsonValue valuesJson = o.value(QLatin1String("values"));
        if (!valuesJson.isArray() || valuesJson.toArray().isEmpty())
            return Failure { path + QStringLiteral(".values"),
                QStringLiteral("expected a non-empty list of values") };
        const QJsonArray values = valuesJson.toArray();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString vpath = path + QStringLiteral(".values[%1]").arg(i);
            const QJsonObject vo = values.at(i).toObject();
            if (!values.at(i).isObject())
                return Failure { vpath,
                    QStringLiteral("expected an object with \"from\", \"value\" and \"source\"") };
            for (auto it = vo.begin(); it != vo.end(); ++it) {
                static const QStringList allowed = { QStringLiteral("from"),
                    QStringLiteral("value"), QStringLiteral("source"), QStringLiteral("source_en"),
                    QStringLiteral("note"), QStringLiteral("note_en") };
                if (!allowed.contains(it.key()))
                    return Failure { vpath + QLatin1Char('.') + it.key(),
                        QStringLiteral("unknown field; expected from, value, source, source_en, "
                                       "note, note_en") };
            }
            ParamValue pv;
            const auto from = parseIsoDate(vo.value(QLatin1String("from")).toString());
            if (!from)
                return Failure { vpath + QStringLiteral(".from"),
                    quoted(vo.value(QLatin1String("from")))
                        + QStringLiteral(" is not a date YYYY-MM-DD") };
            pv.from = *from;
            if (!vo.contains(QLatin1String("value")))
                return Failure { vpath + QStringLiteral(".value"),
                    QStringLiteral("missing (write null when the sources do not give it)") };
            if (auto f = parseValue(
                    vo.value(QLatin1String("value")), *unit, vpath + QStringLiteral(".value"), pv))
                return f;
            pv.source = vo.value(QLatin1String("source")).toString().trimmed();
            if (pv.source.isEmpty())
                return Failure { vpath + QStringLiteral(".source"),
                    QStringLiteral(
                        "every value needs a source (seed file and section, or a citation)") };
            // the English is optional: a profile written without it shows the Chinese,
            // quoted, in English output
            pv.sourceEn = vo.value(QLatin1String("source_en")).toString().trimmed();
            pv.note = vo.value(QLatin1String("note")).toString();
            pv.noteEn = vo.value(QLatin1String("note_en")).toString().trimmed();
            pv.profile = profile.id;
            if (i == 0 && pv.from != profile.validFrom)
                return Failure { vpath + QStringLiteral(".from"),
                    QStringLiteral("the first value must start on the profile's validFrom ")
                        + profile.validFrom.toString(Qt::ISODate)
                        + QStringLiteral(" so that no month is left without a rule") };
            if (i > 0 && pv.from <= out.values.last().from)
                return Failure { vpath + QStringLiteral(".from"),
                    pv.from.toString(Qt::ISODate)
                        + QStringLiteral(" overlaps the previous value from ")
                        + out.values.last().from.toString(Qt::ISODate)
                        + QStringLiteral(": values must be in ascending order of date") };
            out.values.append(pv);
        }
        return std::nullopt;
    }

} // namespace

bool ProfileSet::addFromJson(const QByteArray &json, const QString &fileName, QString *error)
{
    auto fail = [&](const QString &path, const QString &message) {
        if (error)
            *error = fileName + QStringLiteral(": ")
                + (path.isEmpty() ? QString() : path + QStringLiteral(": ")) + message;
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail({},
            QStringLiteral("not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail({}, QStringLiteral("expected a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != ProfileSchema)
        return fail(QStringLiteral("schema"), QStringLiteral("expected \"%1\"").arg(ProfileSchema));

    PolicyProfile p;
    p.id = o.value(QLatin1String("id")).toString();
    if (p.id.isEmpty() || p.id.contains(QLatin1Char(' ')))
        return fail(
            QStringLiteral("id"), QStringLiteral("expected a short identifier without spaces"));
    if (find(p.id))
        return fail(
            QStringLiteral("id"), QStringLiteral("a profile \"%1\" is already loaded").arg(p.id));
    p.name = o.value(QLatin1String("name")).toString();
    p.nameEn = o.value(QLatin1String("nameEn")).toString();
    p.version = o.value(QLatin1String("version")).toString();
    p.description = o.value(QLatin1String("description")).toString();
    p.descriptionEn = o.value(QLatin1String("descriptionEn")).toString();
    p.inherits = o.value(QLatin1String("inherits")).toString();
    const auto validFrom = parseIsoDate(o.value(QLatin1String("validFrom")).toString());
    if (!validFrom)
        return fail(QStringLiteral("validFrom"), QStringLiteral("expected a date YYYY-MM-DD"));
    p.validFrom = *validFrom;

    const PolicyProfile *parent = nullptr;
    if (!p.inherits.isEmpty()) {
        parent = find(p.inherits);
        if (!parent)
            return fail(QStringLiteral("inherits"),
                QStringLiteral("unknown profile \"%1\"").arg(p.inherits));
        if (parent->validFrom != p.validFrom)
            return fail(QStringLiteral("validFrom"),
                QStringLiteral("must equal the parent's validFrom %1")
                    .arg(parent->validFrom.toString(Qt::ISODate)));
        p.params = parent->params;
    }

    const QJsonObject params = o.value(QLatin1String("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        Parameter param;
        if (auto f = parseParameter(it.key(), it.value(), p, param))
            return fail(f->path, f->message);
        p.params.insert(param.key, param);
    }
    for (const auto &k : parameterKeys())
        if (!p.params.contains(k.key))
            return fail(QStringLiteral("parameters"),
                QStringLiteral("missing parameter %1 (give null with a source when the sources do "
                               "not state it)")
                    .arg(k.key));
    m_profiles.append(p);
    return true;
}

const PolicyProfile *ProfileSet::find(QStringView id) const
{
    for (const auto &p : m_profiles)
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList ProfileSet::ids() const
{
    QStringList out;
    for (const auto &p : m_profiles)
        out.append(p.id);
    return out;
}

ProfileSet ProfileSet::fromResources()
{
    ProfileSet s;
    // Parents first: general is the root every bundled profile inherits from.
    const QStringList order = { QStringLiteral("general"), QStringLiteral("beijing") };
    for (const QString &id : order) {
        const QString path = QStringLiteral(":/resources/profiles/%1.json").arg(id);
        QFile f(path);
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !s.addFromJson(f.readAll(), path, &error))
            qFatal("bundled profile %s is broken: %s", qPrintable(path), qPrintable(error));
    }
    return s;
}

} // namespace yibao
