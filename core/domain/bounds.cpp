// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounds.h"

namespace yibao::bounds {

QString quoted(const QString &value)
{
    const QString shown = value.size() > QuotedChars
        ? value.left(QuotedChars - 1) + QStringLiteral("… (%1 characters)").arg(value.size())
        : value;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace yibao::bounds
