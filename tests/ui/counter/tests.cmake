# SPDX-License-Identifier: GPL-3.0-or-later
# The counter workflow: consultations, autosave, CSV import, database recovery at start.
# Included from tests/ui/CMakeLists.txt.
yibao_add_test(tst_counterworkflow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_counterworkflow.cpp LIBS yibao_ui)
target_compile_definitions(tst_counterworkflow PRIVATE
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
set_tests_properties(tst_counterworkflow PROPERTIES LABELS ui)

# A real yibao process, killed with SIGKILL after an edit, and started again.
yibao_add_test(tst_autosavekill SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autosavekill.cpp LIBS Qt6::Sql)
add_dependencies(tst_autosavekill yibao)
target_compile_definitions(tst_autosavekill PRIVATE
    YIBAO_GUI_EXE="$<TARGET_FILE:yibao>"
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
set_tests_properties(tst_autosavekill PROPERTIES LABELS ui)
