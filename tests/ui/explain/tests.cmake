# SPDX-License-Identifier: GPL-3.0-or-later
# The explanation pane and the article browser (label "ui"); paneshot renders the panes
# to a PNG for a look (not a test).
qt_add_executable(paneshot ${CMAKE_CURRENT_LIST_DIR}/paneshot.cpp)
target_link_libraries(paneshot PRIVATE yibao_ui yibao_warnings)
set_target_properties(paneshot PROPERTIES MACOSX_BUNDLE FALSE WIN32_EXECUTABLE FALSE)
