# SPDX-License-Identifier: GPL-3.0-or-later
# Result cards: the card model of core/present (label "core", no widget) and the results
# pane (label "ui"). Included from tests/ui/CMakeLists.txt.
get_filename_component(_g2_shared_cases "${PROJECT_SOURCE_DIR}/../shared/cases" ABSOLUTE)

yibao_add_test(tst_cards SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cards.cpp)
target_compile_definitions(tst_cards PRIVATE
    YIBAO_CASES_OWN="${PROJECT_SOURCE_DIR}/tests/cli/cases/own"
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
if(IS_DIRECTORY "${_g2_shared_cases}")
    target_compile_definitions(tst_cards PRIVATE YIBAO_CASES_SHARED="${_g2_shared_cases}")
endif()
set_tests_properties(tst_cards PROPERTIES LABELS core)

yibao_add_test(tst_resultspane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resultspane.cpp LIBS yibao_ui)
target_compile_definitions(tst_resultspane PRIVATE
    YIBAO_CASES_OWN="${PROJECT_SOURCE_DIR}/tests/cli/cases/own"
    YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
if(IS_DIRECTORY "${_g2_shared_cases}")
    target_compile_definitions(tst_resultspane PRIVATE YIBAO_CASES_SHARED="${_g2_shared_cases}")
endif()
set_tests_properties(tst_resultspane PROPERTIES LABELS ui)
