# SPDX-License-Identifier: GPL-3.0-or-later
# The explanation pane and the article browser (label "ui"); paneshot renders the panes
# to a PNG for a look (not a test).
qt_add_executable(paneshot ${CMAKE_CURRENT_LIST_DIR}/paneshot.cpp)
target_link_libraries(paneshot PRIVATE yibao_ui yibao_warnings)
target_include_directories(paneshot PRIVATE ${PROJECT_SOURCE_DIR}/tests)
set_target_properties(paneshot PROPERTIES MACOSX_BUNDLE FALSE WIN32_EXECUTABLE FALSE)

get_filename_component(CASES_DIR "${PROJECT_SOURCE_DIR}/../shared/cases" ABSOLUTE)
if(NOT IS_DIRECTORY "${CASES_DIR}")
    set(CASES_DIR "${PROJECT_SOURCE_DIR}/tests/cli/cases/public")
endif()
foreach(t tst_explanationpane tst_articlebrowser)
    yibao_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp LIBS yibao_ui)
    target_compile_definitions(${t} PRIVATE
        YIBAO_CASES_DIR="${CASES_DIR}"
        YIBAO_EXAMPLE_CASE="${PROJECT_SOURCE_DIR}/resources/examples/example.yibao.json")
    set_tests_properties(${t} PROPERTIES LABELS ui)
endforeach()
