// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "inputerror.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace yibao {

// The case file (*.yibao.json), schema "yibao-case/1" — a contract read by tools outside
// the project: field names never change, new fields may be added.
namespace CaseJson {
    inline constexpr QLatin1String Schema("yibao-case/1");

    // Reads bytes into a Case. Syntax, types, enums and impossible dates are checked here;
    // checks that need the whole case (overlaps, asOf) are CaseValidator's.
    std::optional<Case> parse(const QByteArray &bytes, InputErrors *errors);
    std::optional<Case> fromJson(const QJsonObject &o, InputErrors *errors);
    QJsonObject toJson(const Case &c);
    QByteArray serialize(const Case &c); // indented UTF-8, stable field order
} // namespace CaseJson

} // namespace yibao
