# SPDX-License-Identifier: GPL-3.0-or-later
# The window's languages. Source strings are Chinese (zh_CN is the primary language);
# yibao_en.ts holds the English. The .qm files are compiled into yibao_report under :/i18n
# (core/CMakeLists.txt), so the command line has them too.
# `cmake --build <dir> --target update_translations` runs lupdate over ui/ and
# core/present/ and core/report/ and refreshes both .ts files.
file(GLOB_RECURSE _yibao_tr_sources CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/*.h ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp
    ${PROJECT_SOURCE_DIR}/core/present/*.h ${PROJECT_SOURCE_DIR}/core/present/*.cpp
    ${PROJECT_SOURCE_DIR}/core/report/*.h ${PROJECT_SOURCE_DIR}/core/report/*.cpp)
qt_add_lupdate(yibao_ui
    TS_FILES
        ${PROJECT_SOURCE_DIR}/resources/translations/yibao_zh_CN.ts
        ${PROJECT_SOURCE_DIR}/resources/translations/yibao_en.ts
    SOURCES ${_yibao_tr_sources}
    OPTIONS -no-obsolete -locations none -source-language zh_CN)
