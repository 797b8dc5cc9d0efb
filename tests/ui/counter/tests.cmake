# SPDX-License-Identifier: GPL-3.0-or-later
# The counter workflow: consultations, autosave, CSV import, database recovery at start.
# Included from tests/ui/CMakeLists.txt.
yibao_add_test(tst_counterworkflow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_counterworkflow.cpp LIBS yibao_ui)
target_compile_definitions(tst_counterworkflow PRIVATE
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
set_tests_properties(tst_counterworkflow PROPERTIES LABELS ui)

# A window process (counterchild: the window and the counter workflow started as
# app/gui/main.cpp starts them, plus the test's edit and print steps), killed with SIGKILL
# after an edit, and started again.
qt_add_executable(counterchild ${CMAKE_CURRENT_LIST_DIR}/counterchild.cpp)
target_link_libraries(counterchild PRIVATE yibao_ui yibao_warnings)
target_include_directories(counterchild PRIVATE ${PROJECT_SOURCE_DIR}/tests)
set_target_properties(counterchild PROPERTIES MACOSX_BUNDLE FALSE WIN32_EXECUTABLE FALSE)
yibao_add_test(tst_autosavekill SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autosavekill.cpp LIBS Qt6::Sql)
add_dependencies(tst_autosavekill counterchild)
target_compile_definitions(tst_autosavekill PRIVATE
    YIBAO_COUNTER_CHILD_EXE="$<TARGET_FILE:counterchild>"
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
set_tests_properties(tst_autosavekill PROPERTIES LABELS ui)
