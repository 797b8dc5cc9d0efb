// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliutil.h"

namespace yibao {

// Each command gets the arguments after its name and returns the process exit code.
int runCompute(const QStringList &args, Io &io);
int runBatch(const QStringList &args, Io &io);
int runProfiles(const QStringList &args, Io &io);
int runSearch(const QStringList &args, Io &io);
int runExplain(const QStringList &args, Io &io);
int runArticles(const QStringList &args, Io &io);
int runImportCsv(const QStringList &args, Io &io);

} // namespace yibao
