# SPDX-License-Identifier: GPL-3.0-or-later
# The forms of the left pane: models (checked by QAbstractItemModelTester), editors,
# keyboard entry, paste, marking of bad cells. Included from tests/ui/CMakeLists.txt.
yibao_add_test(tst_periodsmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_periodsmodel.cpp LIBS yibao_ui)
target_include_directories(tst_periodsmodel PRIVATE ${PROJECT_SOURCE_DIR}/tests/ui/window)
set_tests_properties(tst_periodsmodel PROPERTIES LABELS ui)

