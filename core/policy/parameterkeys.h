// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parameter.h"

#include <QList>
#include <QString>

namespace yibao {

// Every parameter a rule may read. A profile may hold only these keys, each in its unit,
// and the root profile must hold all of them (a value may be "unknown", never absent).
struct ParameterKey
{
    QString key;
    ParamUnit unit;
    QString label; // short Chinese name for the trace and the window
    QString labelEn; // the same in English, for the English window and report
};

const QList<ParameterKey> &parameterKeys();
const ParameterKey *findParameterKey(QStringView key);
// The label in "zh_CN" or "en" (any "en…" language); the key itself when unknown.
QString parameterLabel(QStringView key, const QString &language);

// Key names built from case data, so that rule code spells them one way.
namespace keys {
    QString originalAge(const QString &category);
    QString delayStep(const QString &category);
    QString delayCap(const QString &category);
    QString employerShare(const QString &band);
    QString retireeInflow(const QString &band);
    QString minMonths(const QString &sex);
} // namespace keys

} // namespace yibao
