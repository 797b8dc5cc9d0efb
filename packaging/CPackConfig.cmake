# SPDX-License-Identifier: GPL-3.0-or-later
# Packages of yibao: `cpack --config build/CPackConfig.cmake` after a build (or
# `cmake --build build --target package`). One generator per platform's habit: a .deb and
# a tarball on Linux, a zip (and NSIS where installed) on Windows, a disk image on macOS.
# The Qt libraries themselves are deployed separately on Windows and macOS (windeployqt,
# macdeployqt; see packaging/README.md).

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/yibao.desktop DESTINATION share/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/yibao.svg DESTINATION share/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME yibao)
set(CPACK_PACKAGE_VENDOR "yibao")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "职工医保计算与解读 — employee medical insurance calculator and explainer")
set(CPACK_PACKAGE_INSTALL_DIRECTORY yibao)
set(CPACK_PACKAGE_EXECUTABLES yibao "职工医保计算与解读")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR ZIP)
    find_program(_yibao_makensis makensis)
    if(_yibao_makensis)
        list(APPEND CPACK_GENERATOR NSIS)
        set(CPACK_NSIS_DISPLAY_NAME "职工医保计算与解读")
        set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    endif()
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR TGZ DEB)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "yibao")
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    # Debian 12's Qt 6.4 runtime; the SQLite driver is only recommended by libqt6sql6
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # qt6-translations-l10n: qtbase_zh_CN.qm, so that Qt's own file, print and message
    # dialogs speak Chinese in the Chinese window; qt6-qpa-plugins: the xcb platform
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, qt6-translations-l10n, qt6-qpa-plugins, fonts-wqy-microhei | fonts-noto-cjk")
endif()

include(CPack)
