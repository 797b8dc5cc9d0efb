// SPDX-License-Identifier: GPL-3.0-or-later
// Every QtGui header includes this one; see ../../widgets/QtWidgets/qtwidgetsglobal.h for why.
// core/report, the one layer that draws (ARCHITECTURE.md), builds without this folder.
#error "core/ uses QtCore and QtSql only (QtGui in core/report alone): move GUI code to ui/ or core/report"
