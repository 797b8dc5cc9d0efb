// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliutil.h"

#include <memory>

namespace yibao {

class Database;

// Opens the program's database (--db FILE, else Database::defaultPath()) with the bundled
// corpus loaded; on failure says why on io.err and returns null (exit 1).
std::unique_ptr<Database> openCorpusDatabase(const Options &o, Io &io);

// Prints a JSON document followed by a newline.
void printJson(Io &io, const QJsonObject &o);

} // namespace yibao
