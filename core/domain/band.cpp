// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/band.h"

namespace yibao {

QString bandId(Band band)
{
    switch (band) {
    case Band::Under35:
        return QStringLiteral("under35");
    case Band::From35To44:
        return QStringLiteral("35to44");
    case Band::From45:
        return QStringLiteral("45plus");
    case Band::RetiredUnder70:
        return QStringLiteral("retired_under70");
    case Band::Retired70Plus:
        return QStringLiteral("retired_70plus");
    }
    return {};
}

std::optional<Band> bandFromId(QStringView id)
{
    for (const Band b : AllBands)
        if (bandId(b) == id)
            return b;
    return std::nullopt;
}

} // namespace yibao
