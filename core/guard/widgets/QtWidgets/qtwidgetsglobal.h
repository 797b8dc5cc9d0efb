// SPDX-License-Identifier: GPL-3.0-or-later
// Every QtWidgets header includes this one. core/ puts this folder first on its include
// path, so a widget include anywhere below core/ stops the build here instead of quietly
// linking a GUI into the engine that the CLI, the report and the benchmarks share.
#error "core/ never uses QtWidgets: move widget code to ui/"
