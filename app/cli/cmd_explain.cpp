// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace yibao {

int runExplain(const QStringList &, Io &io)
{
    io.err << "not yet\n";
    return ExitInternal;
}

} // namespace yibao
