// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/trace.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

// What one argument of a filled sentence shows: the placeholder's name, the figure of the
// result JSON it stands for, and how the sentence may state it.
struct FilledArgument
{
    QString name; // the step input or param:<key> the placeholder names: "statutoryDate"
    // a path in the result JSON, resolved for this step: "retirement.statutoryDate",
    // "gaps[2].owed", "account.bands[band=under35].total"; "input:<name>" for a step input
    // with no result field of its own (it is only in the step's trace inputs), and
    // "param:<key>" for a parameter value (in the step's trace params)
    QString field;
    // "fact": true as of asOf; "condition": depends on something still ahead (a deadline
    // not passed, a payment not made); "projection": reached only as time goes on (paying
    // every month until then)
    QString modality;
    QString value; // the step's value, unformatted: "2031-05-01", "2360.00"
    QString placeholder; // the placeholder as written, without braces: "statutoryDate|date"
    QString text; // the placeholder as filled in the sentence: "2031年5月1日"
    QString clause; // the clause of the sentence that holds it (up to ，；。 or , ; .)
};

// A filled sentence and the arguments it was filled with, in the order they appear.
struct FilledSentence
{
    QString text;
    int caseIndex = -1; // which of the rule's cases; -1: the rule's general text
    QList<FilledArgument> arguments;
};

// Our own plain-language explanations (resources/explain/explanations.json): for every
// rule a general text and templates that a trace step's numbers fill in, for every
// parameter a one-line meaning; each in Chinese (zh_CN) and English (en). The window shows
// them above the quoted passages, which stay the sources' own words.
class Explanations
{
public:
    // resources/explain/explanations.json (Library::fromResources holds the one in use).
    static Explanations fromResources();
    static std::optional<Explanations> fromJson(const QByteArray &json, QString *error);

    // "en", "en_GB"… → English; anything else → Chinese.
    static QString normalizedLanguage(const QString &language);

    QStringList ruleIds() const;
    QStringList parameterKeys() const;
    bool hasRule(const QString &id) const { return m_rules.contains(id); }
    bool hasParameter(const QString &key) const { return m_parameters.contains(key); }

    QString ruleTitle(const QString &id, const QString &language) const;
    QString ruleText(const QString &id, const QString &language) const;
    QString parameterText(const QString &key, const QString &language) const;
    // The English word of a Chinese input value (a care type, a category, 未知), or the
    // value itself when the glossary has none.
    QString englishWord(const QString &value) const { return m_glossary.value(value, value); }

    // The template of the step's rule whose conditions hold, filled with the step's inputs
    // and parameter values. A clause or [optional part] naming something the step lacks
    // is left out; with nothing left, the rule's general text. Empty for an unknown rule.
    QString explain(const TraceStep &step, const QString &language) const;
    // The same sentence with the typed arguments it was filled with.
    FilledSentence explainWithArguments(const TraceStep &step, const QString &language) const;
    // One placeholder ("statutoryDate|date", "span:from,to", "param:gap.grace_months")
    // filled from the given values by name, formatted as a sentence would show it; nullopt
    // when a value is missing. Lets a check format a result field the way a sentence does.
    std::optional<QString> formatPlaceholder(const QString &placeholder,
        const QHash<QString, QString> &values, const QString &language) const;

private:
    // A placeholder's declaration: the result field it shows and its modality.
    struct Argument
    {
        QString field;
        QString modality;
    };
    struct Case
    {
        QStringList when;
        QHash<QString, QString> text; // language → template
        QHash<QString, Argument> args; // placeholder name → declaration
    };
    struct Rule
    {
        QHash<QString, QString> title, text;
        QList<Case> cases;
    };
    QHash<QString, Rule> m_rules;
    QHash<QString, QHash<QString, QString>> m_parameters;
    QHash<QString, QString> m_glossary; // Chinese input value → English
};

} // namespace yibao
