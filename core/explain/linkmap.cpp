// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/linkmap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <stdexcept>

namespace yibao {

namespace {

    std::optional<Stance> parseStance(const QString &s)
    {
        if (s == QLatin1String("supports"))
            return Stance::Supports;
        if (s == QLatin1String("conflicts"))
            return Stance::Conflicts;
        return std::nullopt;
    }

} // namespace

QString stanceId(Stance stance)
{
    return stance == Stance::Supports ? QStringLiteral("supports") : QStringLiteral("conflicts");
}

const LinkMap &LinkMap::bundled()
{
    static const LinkMap map = [] {
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
    }();
    return map;
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
    if (root.value(QLatin1String("schema")).toString() != QLatin1String("yibao-links/1")) {
        *error = QStringLiteral("schema: expected \"yibao-links/1\"");
        return std::nullopt;
    }
    LinkMap map;
    const QJsonObject parents = root.value(QLatin1String("profiles")).toObject();
    for (auto it = parents.begin(); it != parents.end(); ++it)
        map.m_parents.insert(it.key(), it.value().toString());
    const QJsonObject subjects = root.value(QLatin1String("subjects")).toObject();
    for (auto it = subjects.begin(); it != subjects.end(); ++it) {
        const QString where = QStringLiteral("subjects.%1").arg(it.key());
        const QJsonObject o = it.value().toObject();
        Entry e;
        const QJsonArray links = o.value(QLatin1String("links")).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QJsonObject l = links.at(i).toObject();
            RawLink r;
            r.passage = l.value(QLatin1String("passage")).toString();
            r.note = l.value(QLatin1String("note")).toString();
            const QJsonValue st = l.value(QLatin1String("stance"));
            if (st.isObject()) {
                const QJsonObject byProfile = st.toObject();
                for (auto p = byProfile.begin(); p != byProfile.end(); ++p) {
                    const auto s = parseStance(p.value().toString());
                    if (!s) {
                        *error = QStringLiteral(
                            "%1.links[%2].stance.%3: expected supports or conflicts")
                                     .arg(where)
                                     .arg(i)
                                     .arg(p.key());
                        return std::nullopt;
                    }
                    if (p.key() == QLatin1String("default"))
                        r.stance = *s;
                    else
                        r.byProfile.insert(p.key(), *s);
                }
            } else {
                const auto s = parseStance(st.toString());
                if (!s) {
                    *error = QStringLiteral("%1.links[%2].stance: expected supports or conflicts")
                                 .arg(where)
                                 .arg(i);
                    return std::nullopt;
                }
                r.stance = *s;
            }
            if (!r.passage.contains(QLatin1Char('#')) || r.note.isEmpty()) {
                *error = QStringLiteral("%1.links[%2]: needs a passage id (AAA#…) and a note")
                             .arg(where)
                             .arg(i);
                return std::nullopt;
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

QList<Link> LinkMap::linksFor(const QString &subject, const QString &profile) const
{
    QList<Link> supports, conflicts;
    const auto it = m_entries.constFind(subject);
    if (it == m_entries.cend())
        return {};
    for (const RawLink &r : it->links) {
        Stance s = r.stance;
        // The nearest profile up the inheritance chain that says otherwise decides.
        for (QString p = profile; !p.isEmpty(); p = m_parents.value(p)) {
            if (const auto f = r.byProfile.constFind(p); f != r.byProfile.cend()) {
                s = *f;
                break;
            }
        }
        (s == Stance::Supports ? supports : conflicts).append({ r.passage, s, r.note });
    }
    return supports + conflicts;
}

QList<Link> LinkMap::conflictsFor(const QString &subject, const QString &profile) const
{
    QList<Link> out;
    for (const Link &l : linksFor(subject, profile))
        if (l.stance == Stance::Conflicts)
            out.append(l);
    return out;
}

QStringList LinkMap::citationsFor(const QString &subject, const QString &profile) const
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
            out.append(c.text);
    }
    return out;
}

} // namespace yibao
