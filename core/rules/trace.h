// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "domain/unit.h"
#include "formula.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace yibao {

// A parameter as one rule read it: the value in force on the date it was read for.
struct TraceParam
{
    QString key;
    QString label; // short Chinese name
    QString value; // "9.8%", "未知"
    ParamUnit unit = ParamUnit::Months; // what kind of number value is
    QDate from; // effective date of that value
    QDate readFor; // the date the rule asked about
    QString source; // the profile's source of the value, in Chinese
    QString sourceEn; // the same in English; empty when the profile gives none
    QString note;
    QString noteEn;
    QString profile; // the profile that defined the value
    bool known = true;
    // Which profile value this is, so that reading it again for the same step is found
    // without comparing strings; not part of the output.
    const void *origin = nullptr;

    bool operator==(const TraceParam &o) const { return key == o.key && from == o.from; }

    // The source and the note in the language; in English without an English text, the
    // Chinese inside 「」 and said to be given in Chinese only.
    QString sourceIn(TextLanguage language) const
    {
        return wordsIn(language, source, sourceEn, u" (source given in Chinese only)");
    }
    QString noteIn(TextLanguage language) const
    {
        return wordsIn(language, note, noteEn, u" (note given in Chinese only)");
    }
};

// One named step of a computation, in the order the engine took them. The explanation
// pane renders these as they are; nothing downstream recomputes a figure.
struct TraceStep
{
    QString ruleId; // "gap.principal"
    QString subject; // which figure: "gaps[0]", "account.bands[1]", "events[2]", "retirement"
    QString title; // short Chinese heading
    QList<QPair<QString, QString>> inputs; // named inputs and intermediate figures
    QList<TraceParam> params;
    // With the numbers filled in: recorded as sentence ids and typed numbers, worded on
    // demand by core/present/formulawords (formulaText, resultText) in either language.
    Formula formula;
    Formula result; // the output
    // An event's reason (the pooled-fund step of eligibility.*), worded on demand like the
    // formula: the step's input "reason" is left empty, and a renderer shows
    // present/formulawords' reasonText of this in its place.
    Formula reason;
    QStringList missing; // parameter keys that were unknown
    QStringList passages; // explanatory passage ids (filled in by explain/)
    // how each of those passages stands to the value used: supports, conflicts or context
    QList<QPair<QString, QString>> stances;

    void input(const QString &name, const QString &value)
    {
        if (inputs.capacity() == 0)
            inputs.reserve(8); // steps have a handful of inputs: one allocation, not four
        inputs.append({ name, value });
    }
    QString inputValue(const QString &name) const;
};

using Trace = QList<TraceStep>;

} // namespace yibao
