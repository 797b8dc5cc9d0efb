// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseloader.h"

#include "casejson.h"
#include "casevalidator.h"
#include "policy/profileloader.h"

namespace yibao {

std::optional<LoadedCase> loadCase(const QByteArray &bytes,
    const std::optional<QString> &profileOverride, const std::optional<QString> &asOfOverride,
    const ProfileSet &profiles, InputErrors *errors)
{
    auto c = CaseJson::parse(bytes, errors);
    if (!c)
        return std::nullopt;
    if (asOfOverride) {
        const auto d = parseIsoDate(*asOfOverride);
        if (!d) {
            errors->append({ QStringLiteral("--as-of"),
                QStringLiteral("\"%1\" is not a real date YYYY-MM-DD").arg(*asOfOverride) });
            return std::nullopt;
        }
        c->asOf = *d;
    }
    if (profileOverride)
        c->profile = *profileOverride;
    const PolicyProfile *profile = profiles.find(c->profile);
    if (!profile) {
        errors->append(InputError::coded(
            profileOverride ? QStringLiteral("--profile") : QStringLiteral("profile"),
            QStringLiteral("unknown_profile"), { c->profile },
            QStringLiteral("unknown profile \"%1\"; known: %2")
                .arg(c->profile, profiles.ids().join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    *errors = validateCase(*c, *profile);
    if (!errors->isEmpty())
        return std::nullopt;
    return LoadedCase { *c, profile };
}

} // namespace yibao
