// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace.h"

namespace yibao {

QString TraceStep::inputValue(const QString &name) const
{
    for (const auto &[k, v] : inputs)
        if (k == name)
            return v;
    return {};
}

} // namespace yibao
