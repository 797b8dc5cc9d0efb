// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "domain/money.h"
#include "domain/rate.h"
#include "domain/unit.h"
#include "domain/yearmonth.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace yibao {

// One value of a parameter, valid from its date until the next value's date.
struct ParamValue
{
    QDate from;
    bool known = false; // false: the sources do not give this value
    Rate rate;
    qint64 integer = 0;
    bool flag = false;
    Money money;
    QStringList list;
    Rounding rounding = Rounding::HalfUpFen;
    YearMonth month;

    QString source; // citation: seed file + section, or an external text
    QString sourceEn; // the same in English (empty: given in Chinese only)
    QString note; // why this value, where the sources disagree
    QString noteEn; // the same in English (empty: given in Chinese only)
    QString profile; // the profile that defined it (a child may inherit it)

    // The source and the note in the language (TraceParam::sourceIn).
    QString sourceIn(TextLanguage language) const;
    QString noteIn(TextLanguage language) const;
    // As a person reads it: "9.8%", "3", "true", "100.00", "employee, flexible", "未知".
    // An unknown value reads "unknown" in English.
    QString display(ParamUnit unit, TextLanguage language = TextLanguage::Chinese) const;
    // As the profile file and the JSON output hold it (null when unknown).
    QJsonValue toJson(ParamUnit unit) const;
};

class Parameter
{
public:
    QString key;
    ParamUnit unit = ParamUnit::Percent;
    QList<ParamValue> values; // ascending by from, no two with the same date

    // The value in force on the date, or nullptr before the first value.
    const ParamValue *at(QDate date) const;
};

} // namespace yibao
