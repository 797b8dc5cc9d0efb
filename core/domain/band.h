// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace yibao {

// The age bands of the personal-account inflow (DOMAIN.md, account.*), in output order.
// Their ids ("under35" …) are those of the result JSON and of the parameter keys
// (account.employer_share.<id>, account.retiree.<id>); what a person reads is the
// explanation model's (present/words).
enum class Band
{
    Under35,
    From35To44,
    From45, // in service
    RetiredUnder70,
    Retired70Plus,
};

inline constexpr std::array<Band, 5> AllBands { Band::Under35, Band::From35To44, Band::From45,
    Band::RetiredUnder70, Band::Retired70Plus };

QString bandId(Band band); // "under35", "35to44", "45plus", "retired_under70", "retired_70plus"
std::optional<Band> bandFromId(QStringView id);
inline bool isRetireeBand(Band band)
{
    return band == Band::RetiredUnder70 || band == Band::Retired70Plus;
}

} // namespace yibao
