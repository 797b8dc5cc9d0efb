# SPDX-License-Identifier: GPL-3.0-or-later
yibao_add_test(tst_accountchart SOURCES chart/tst_accountchart.cpp LIBS yibao_ui)
target_compile_definitions(tst_accountchart PRIVATE YIBAO_PUBLIC_CASES="${PROJECT_SOURCE_DIR}/tests/cli/cases/public")
set_tests_properties(tst_accountchart PROPERTIES LABELS ui)
