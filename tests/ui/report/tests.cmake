# SPDX-License-Identifier: GPL-3.0-or-later
# The 明白纸's preview: the same pages as the PDF (the sheet itself: tests/cli/tst_cli_report).
yibao_add_test(tst_reportwriter SOURCES report/tst_reportwriter.cpp LIBS yibao_ui)
target_compile_definitions(tst_reportwriter PRIVATE
    YIBAO_PUBLIC_CASES="${PROJECT_SOURCE_DIR}/tests/cli/cases/public")
set_tests_properties(tst_reportwriter PROPERTIES LABELS ui)
