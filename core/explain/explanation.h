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

private:
    struct Case
    {
        QStringList when;
        QHash<QString, QString> text; // language → template
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
