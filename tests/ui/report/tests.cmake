# SPDX-License-Identifier: GPL-3.0-or-later
# The 明白纸: a PDF per public case, checked with poppler's pdftotext and pdffonts, and the
# CLI's report command (when yibao-cli has it).
yibao_add_test(tst_reportwriter SOURCES report/tst_reportwriter.cpp LIBS yibao_ui)
target_compile_definitions(tst_reportwriter PRIVATE
    YIBAO_PUBLIC_CASES="${PROJECT_SOURCE_DIR}/tests/cli/cases/public"
    YIBAO_CLI="$<TARGET_FILE:yibao-cli>")
add_dependencies(tst_reportwriter yibao-cli)
set_tests_properties(tst_reportwriter PROPERTIES LABELS ui)
