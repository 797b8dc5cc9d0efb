# SPDX-License-Identifier: GPL-3.0-or-later
# The results pane (label "ui"); the card model it shows is tested in tests/core/present.
# Included from tests/ui/CMakeLists.txt.
get_filename_component(SHARED_CASES_DIR "${PROJECT_SOURCE_DIR}/../shared/cases" ABSOLUTE)

yibao_add_test(tst_resultspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resultspane.cpp LIBS yibao_ui)
target_compile_definitions(tst_resultspane PRIVATE
    YIBAO_CASES_OWN="${PROJECT_SOURCE_DIR}/tests/cli/cases/own"
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
if(IS_DIRECTORY "${SHARED_CASES_DIR}")
    target_compile_definitions(tst_resultspane PRIVATE YIBAO_CASES_SHARED="${SHARED_CASES_DIR}")
endif()
set_tests_properties(tst_resultspane PROPERTIES LABELS ui)
