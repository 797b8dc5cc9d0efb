# SPDX-License-Identifier: GPL-3.0-or-later
# The main window: typing a whole case from the keyboard, files, title, undo, language,
# remembered layout. Included from tests/ui/CMakeLists.txt.
yibao_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/uifixture.h
    LIBS yibao_ui)
target_compile_definitions(tst_mainwindow PRIVATE
    YIBAO_PUBLIC_CASES="${PROJECT_SOURCE_DIR}/tests/cli/cases/public"
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
set_tests_properties(tst_mainwindow PROPERTIES LABELS ui)

# The headless rendering of `yibao --screenshot`, run as a separate process.
yibao_add_test(tst_screenshot SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_screenshot.cpp LIBS yibao_ui)
add_dependencies(tst_screenshot yibao)
target_compile_definitions(tst_screenshot PRIVATE
    YIBAO_GUI_EXE="$<TARGET_FILE:yibao>"
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
set_tests_properties(tst_screenshot PROPERTIES LABELS ui)
