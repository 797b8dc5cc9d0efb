# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(yibao_ui PRIVATE
    report/reportdialogs.h report/reportdialogs.cpp)
