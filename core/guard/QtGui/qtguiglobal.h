// SPDX-License-Identifier: GPL-3.0-or-later
// Every QtGui header includes this one; see ../QtWidgets/qtwidgetsglobal.h for why.
#error "core/ uses QtCore and QtSql only: move GUI code to ui/"
