// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "rules/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace yibao {

// The result object of `yibao-cli compute --json` (schema "yibao-result/1") — a contract:
// fields are added, never renamed or dropped. Money is a decimal string with two decimals,
// unknown figures are null.
namespace ResultJson {
    inline constexpr QLatin1String Schema("yibao-result/1");

    QJsonObject toJson(
        const Result &r, bool withTrace = true, TextLanguage language = TextLanguage::Chinese);
    // The object as compact JSON text, written without building a QJsonObject (batch work
    // writes 100 000 of them), with "line" appended when given. Members come in the order
    // of the contract. toJson() reads this text back: one list of fields for both. The
    // trace's formulas and results are worded in the language (present/formulawords).
    QByteArray toCompactJson(const Result &r, bool withTrace,
        std::optional<int> line = std::nullopt, TextLanguage language = TextLanguage::Chinese);

    // Reads a result this program wrote (toCompactJson, e.g. the figures kept with a saved
    // consultation) back into the parts the result cards of retirement, years, back-pay,
    // account and lifelong show: profile, asOf and those five objects. Gaps, events,
    // warnings and the trace are not read. nullopt, with error naming the field, when the
    // text is not such a result.
    std::optional<Result> readFigures(const QByteArray &json, QString *error);
} // namespace ResultJson

} // namespace yibao
