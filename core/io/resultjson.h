// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace yibao {

// The result object of `yibao-cli compute --json` (schema "yibao-result/1") — a contract:
// fields are added, never renamed or dropped. Money is a decimal string with two decimals,
// unknown figures are null.
namespace ResultJson {
    inline constexpr QLatin1String Schema("yibao-result/1");

    QJsonObject toJson(const Result &r, bool withTrace = true);
    QJsonArray traceToJson(const Trace &trace);
    // The same object as compact JSON text, written without building a QJsonObject (batch
    // work), with "line" appended when given. Members come in the order of the contract,
    // not sorted: JSON objects are unordered, and tests compare the parsed objects.
    QByteArray toCompactJson(
        const Result &r, bool withTrace, std::optional<int> line = std::nullopt);
} // namespace ResultJson

} // namespace yibao
