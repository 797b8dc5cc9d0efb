// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"

#include "parameter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace yibao {

// A named set of parameters, each with values by effective date. A child profile
// (beijing) starts from its parent (general) and replaces whole parameters.
class PolicyProfile
{
public:
    QString id;
    QString name;
    QString nameEn; // the name in English ("General · from the sources")
    // The name a person reads in the language: nameEn in English when given, else name,
    // else the id.
    QString displayName(TextLanguage language) const;
    QString version;
    QString inherits; // empty for a root profile
    QString description;
    QString descriptionEn; // the description in English (empty: given in Chinese only)
    QDate validFrom; // the first day any value is given for

    const Parameter *find(QStringView key) const;
    // Parameters in the order of parameterKeys().
    QList<const Parameter *> parameters() const;

    QHash<QString, Parameter> params;
};

} // namespace yibao
