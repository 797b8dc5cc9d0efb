// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/language.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "rules/result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace yibao {

class Library;
class PolicyProfile;

// A source passage as cited for one step: what it is, how it stands to the value used,
// the words it is quoted for and the quote cut around them.
struct PassageCitation
{
    QString id; // "004#r4"
    Stance stance = Stance::Context;
    QString stanceText; // "依据" / "另一说法（与本档案所用数值不同）" / "背景"
    QString caption; // 《title》 · source · date, with the article's English title in English
    QString claim; // the passage's own words the link states: the words to highlight
    QString quote; // the passage cut around the claim, never before it
    // What the passage is quoted for: our few words on what it states (links.json's note,
    // in English its note_en).
    QString quotedFor;
    // Cited for a profile other than Beijing's although it speaks of Beijing: the sources
    // give the figure only for Beijing, and the reader must be told so.
    bool beijingExample = false;
    bool found = true; // false: the passage is not in the corpus (caption says so)
};

// A parameter a step read, as a person reads it.
struct ParameterLine
{
    QString key;
    QString label; // "宽限期" / "grace period"
    QString value; // "3 个月", "未知" — never "未知 元"
    QString from; // ISO date the value is in force from
    QString profile; // the profile that defines it
    QString source; // the profile's source, as written there (in English its source_en)
    QString note; // the profile's note on the value, if any (in English its note_en)
    QString meaning; // one line of ours on what the parameter is
    bool known = true;
    bool beijingExample = false; // a value of the general profile taken from a Beijing item
};

// One step of the computation in words.
// A named input of a step as the trace tree shows it.
struct InputLine
{
    QString name; // as the engine recorded it: "owedMonths"
    QString label; // "欠缴月数" / "Months owed"
    QString value; // in the model's language; yes/no for a flag
};

struct StepExplanation
{
    QString ruleId;
    QString subject;
    QString title; // in the model's language
    QString inShort; // our words filled with the step's own numbers
    // Each figure inShort states: the result field it shows and how (fact, condition,
    // projection), so that a renderer can mark a projection as one.
    QList<FilledArgument> arguments;
    QString ruleText; // our words on the rule in general
    // The formula with the numbers filled in, in the model's language (present/formulawords):
    // one line per '\n'.
    QString formula;
    QString result; // the result in the model's language
    QList<InputLine> inputs; // the step's inputs, zero lines left out
    QList<ParameterLine> params;
    QList<PassageCitation> passages; // supports, then conflicts, then context
    QStringList missing; // unknown parameter keys
    QStringList citations; // outside sources (laws, decisions) named for the rule
};

// A passage that says something other than what the result used.
struct SourceConflict
{
    QString subject; // parameter key or rule id
    QString label; // the parameter's or rule's name, in the model's language
    QString used; // the value used, as a person reads it; empty for a rule
    QString stated; // what the passage states, in its own words
    QString passage; // passage id
    QString note; // our few words on what the passage says, in the model's language
    PassageCitation citation; // the passage, quoted around what it states
    // One line saying what this result holds against the passage: "「宽限期」本程序采用：
    // 3 个月（2021-01-01起），依据：…" for a parameter, the rule's conclusion for a rule.
    QString heading;
    bool beijingExample = false; // the value used comes from a Beijing example (general profile)
    bool comparable = false; // the passage states a value we could compute with
    QStringList changes; // what changes for this client with that value ("尚欠：A → B")

    // What computing again needs: the value's start and the value the passage states.
    QDate usedFrom;
    std::optional<StatedValue> statedValue;
};

// Everything a person reads about a result besides the cards' figures, decided once here
// and only rendered by the text report, the explanation pane and the 明白纸: each step in
// words with its parameters and the passages cited for it (stance, claim, quote), the
// conflicts of the sources with the values used (each computed again with the stated
// value where the passage gives one), the outside citations, and the closing sentence.
class ExplanationModel
{
public:
    // profile: the profile the result was computed with, to compute again with each value
    // another source gives; null: the library's profile of Result::profileId.
    static ExplanationModel build(const Case &c, const Result &r, const Library &library,
        TextLanguage language, const PolicyProfile *profile = nullptr);

    TextLanguage language = TextLanguage::Chinese;
    QString profileId;
    QString profileName; // in the model's language
    QList<StepExplanation> steps; // the trace's order
    QList<SourceConflict> conflicts; // each (subject, passage) once
    QString disclaimer; // the result explains; it does not decide

    // The conflicts met by the given steps (a card's), in the model's order.
    QList<SourceConflict> conflictsOf(const QList<StepExplanation> &someSteps) const;
};

// The passages that say otherwise than these steps (a card's) used, each (subject, passage)
// once: a parameter judged against the value the step read, a rule by the links' stances.
// Nothing is computed again (comparable and changes stay empty).
QList<SourceConflict> conflictsOf(const QList<TraceStep> &steps, const QString &profileId,
    const Library &library, TextLanguage language);

// Fills comparable and changes: the case computed again with each stated value.
void computeChanges(QList<SourceConflict> &conflicts, const Case &c, const Result &r,
    const PolicyProfile &profile, TextLanguage language);

// One step explained, for a result of the given profile.
StepExplanation explainStep(
    const TraceStep &step, const QString &profileId, const Library &library, TextLanguage language);

} // namespace yibao
