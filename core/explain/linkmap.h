// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

// How a passage stands to the value or rule it is linked to.
enum class Stance
{
    Supports, // says what the profile uses
    Conflicts, // says something else (another number, another rule)
};
QString stanceId(Stance stance); // "supports", "conflicts"

// One link from a rule id or parameter key to a passage. note says, in a few words of
// our own, what the passage states on this point ("需补缴满6个月后方可恢复待遇"), so that
// the window can list the disagreeing sources without quoting them in full.
struct Link
{
    QString passage; // "001#r1"
    Stance stance = Stance::Supports;
    QString note;
};

// The curated links of resources/explain/links.json: every rule id and every parameter
// key of the bundled profiles, to the passages that state it, or to a citation of an
// outside source (a law, the 2024 retirement decision, Beijing's regulation) where the
// articles say nothing. The file format is described at its top.
//
// A stance is judged against the value the profile uses; where the bundled profiles
// differ (Beijing's own shares and rates), a link can give a stance per profile, and a
// profile without its own falls back to the one it inherits from and then to the
// link's default.
class LinkMap
{
public:
    static const LinkMap &bundled();
    static std::optional<LinkMap> fromJson(const QByteArray &json, QString *error);

    QStringList subjects() const; // every rule id and parameter key with an entry, sorted
    bool contains(const QString &subject) const { return m_entries.contains(subject); }

    // Supports first, then conflicts; each in the order of the file. profile empty means
    // the default stance.
    QList<Link> linksFor(const QString &subject, const QString &profile = QString()) const;
    QList<Link> conflictsFor(const QString &subject, const QString &profile = QString()) const;
    // Citation texts; with a profile, those for every profile and those scoped to it.
    QStringList citationsFor(const QString &subject, const QString &profile = QString()) const;

private:
    struct RawLink
    {
        QString passage;
        Stance stance = Stance::Supports;
        QHash<QString, Stance> byProfile;
        QString note;
    };
    struct Citation
    {
        QString text;
        QStringList profiles; // empty: every profile
    };
    struct Entry
    {
        QList<RawLink> links;
        QList<Citation> citations;
    };
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_parents; // profile → the profile it inherits from
};

} // namespace yibao
