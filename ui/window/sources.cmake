# SPDX-License-Identifier: GPL-3.0-or-later
# The window's shell: the main window with its three panes, and the language switch.
target_sources(yibao_ui PRIVATE
    window/language.h window/language.cpp
    window/mainwindow.h window/mainwindow.cpp)
