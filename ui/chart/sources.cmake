# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(yibao_ui PRIVATE
    chart/accountchart.h chart/accountchart.cpp)
