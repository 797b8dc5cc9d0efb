// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "inputerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace yibao {

class PolicyProfile;
class ProfileSet;

// A case ready for the engine: parsed, overrides applied, validated against its profile.
struct LoadedCase
{
    Case c;
    const PolicyProfile *profile = nullptr;
};

// The one path from bytes to a computable case, shared by the CLI, the window and the
// benchmarks: parse, apply --profile / --as-of, find the profile, validate.
std::optional<LoadedCase> loadCase(const QByteArray &bytes,
    const std::optional<QString> &profileOverride, const std::optional<QString> &asOfOverride,
    const ProfileSet &profiles, InputErrors *errors);

} // namespace yibao
