# SPDX-License-Identifier: GPL-3.0-or-later
# The window's shell: the open case (CaseDocument, its draft and undo commands), the main
# window with its three panes, and the language switch.
target_sources(yibao_ui PRIVATE
    window/casedraft.h window/casedraft.cpp
    window/casedocument.h window/casedocument.cpp
    window/draftcommand.h window/draftcommand.cpp
    window/language.h window/language.cpp
    window/mainwindow.h window/mainwindow.cpp)
