// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The program's library (profiles, corpus, links, texts) for tests: loaded once per test
// binary, as the program loads it once at start, and passed in like the program does.

#include "explain/library.h"

namespace yibao::test {

inline const Library &library()
{
    static const Library lib = Library::fromResources();
    return lib;
}

} // namespace yibao::test
