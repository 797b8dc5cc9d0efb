// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "policy/parameter.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

struct TraceParam;
class PolicyProfile;

// How a passage stands to the value or rule it is linked to.
enum class Stance
{
    Supports, // says what the profile uses
    Conflicts, // says something else (another number, another rule)
    Context, // on the subject, but states nothing to compare with the value used
};
QString stanceId(Stance stance); // "supports", "conflicts", "context"
std::optional<Stance> stanceFromId(QStringView id);

// A value a passage states, in a parameter's unit, so that it can be compared with the
// value a profile uses: "3个月" → 3 months, "1年" → 12 months (a Months parameter),
// "11%" → 11 %, "60周岁" → 60 years, "100元" → 100.00 yuan, "三个月" → 3 months,
// "3-6个月" → the range 3–6 (equal to no single value), "1…" → a percentage the passage
// breaks off after its first digit.
struct StatedValue
{
    ParamUnit unit = ParamUnit::Months;
    // percent and ratio: parts per million; months and years: the count; yuan: fen;
    // bool: 0 or 1
    qint64 low = 0;
    qint64 high = 0; // == low unless a range
    QString prefix; // cut off: the digits the passage gets to (percent only)
    QStringList kinds; // kinds: the contribution kinds the passage names

    // One quantity written as the sources write them; nullopt when words hold none of
    // the unit, or several.
    static std::optional<StatedValue> parse(QStringView words, ParamUnit unit);
    // Every quantity of the unit in words, in order ("需补缴满6个月后…超过3个月" → 6, 3).
    static QList<StatedValue> findAll(QStringView words, ParamUnit unit);
    // The value a rule read, as ParamValue::display writes it ("9.8%", "3", "100.00",
    // "true", "employee, flexible"); nullopt when unknown ("未知").
    static std::optional<StatedValue> fromDisplay(QStringView display, ParamUnit unit);

    // supports when equal, conflicts when not; context when a cut-off value could still
    // be the one used.
    Stance against(const StatedValue &used) const;
    bool operator==(const StatedValue &o) const;
};

// One link from a rule id or parameter key to a passage. states holds the passage's own
// words that carry the value or the claim, copied from its text (tests check that the
// passage holds them); quotes are cut around them. note says, in a few words of our own,
// what the passage states on this point, and never more than it states; noteEn says the
// same in English.
struct Link
{
    QString passage; // "001#r1"
    Stance stance = Stance::Context;
    QString note;
    QString noteEn; // empty: the file gives the note in Chinese only
    QString states; // "需补缴满6个月后方可恢复待遇"
    // A parameter link: the value the passage states. The stance is derived from it by
    // comparing with the value used; a link without one keeps the stance the file gives.
    std::optional<StatedValue> value;
    // The months of values the link speaks of ("2021年1月(含)后退休"): a value read for a
    // date outside them is not what the passage is about. Null: always.
    QDate from, to;

    bool appliesTo(QDate readFor) const;
    // The note in the language: in English noteEn, or the Chinese note quoted and marked
    // as given in Chinese only.
    QString noteIn(TextLanguage language) const;
};

// The curated links of resources/explain/links.json: every rule id and every parameter
// key of the bundled profiles, to the passages that speak of it, or to a citation of an
// outside source (a law, the 2024 retirement decision, Beijing's regulation) where the
// articles say nothing. The file format is described at its top.
//
// A parameter link's stance is never stored: it is judged by comparing the value the
// passage states with the value the profile uses, so an edited profile gets
// "conflicts" where the sources say otherwise.
class LinkMap
{
public:
    // resources/explain/links.json (Library::fromResources holds the one the program uses).
    static LinkMap fromResources();
    static std::optional<LinkMap> fromJson(const QByteArray &json, QString *error);

    QStringList subjects() const; // every rule id and parameter key with an entry, sorted
    bool contains(const QString &subject) const { return m_entries.contains(subject); }

    // Every link as the file declares it, in its order; a link with a value has stance
    // context here, since it has not been judged.
    QList<Link> declaredLinks(const QString &subject) const;

    // Judged against the value a rule read (its key, value, unit and date): supports
    // first, then conflicts, then context, each in the order of the file. Links about
    // other dates are left out.
    QList<Link> linksFor(const TraceParam &used) const;
    // Judged against the value the profile holds on the date (its latest value when the
    // date is null, and then links about any date are kept); a null profile judges
    // nothing. A rule id has the stances the file gives. (Library::linksFor names the
    // profile by id.)
    QList<Link> linksFor(
        const QString &subject, const PolicyProfile *profile, QDate at = QDate()) const;
    QList<Link> conflictsFor(const TraceParam &used) const;
    // Citation texts; with a profile, those for every profile and those scoped to it. In
    // English each citation's English, or its Chinese quoted and marked as given in Chinese
    // only.
    QStringList citationsFor(const QString &subject, const QString &profile = QString(),
        TextLanguage language = TextLanguage::Chinese) const;

    // The stance of a link to a parameter whose value used is `used` (nullopt: unknown).
    static Stance judge(const Link &link, const std::optional<StatedValue> &used);

private:
    QList<Link> judged(
        const QString &subject, const std::optional<StatedValue> &used, QDate readFor) const;

    struct Citation
    {
        QString text;
        QString en; // the text in English; empty: given in Chinese only
        QStringList profiles; // empty: every profile
    };
    struct Entry
    {
        QList<Link> links;
        QList<Citation> citations;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace yibao
