# SPDX-License-Identifier: GPL-3.0-or-later
# The results pane: one card per figure family of a Result (cards from core/present).
target_sources(yibao_ui PRIVATE
    results/cardwidget.h results/cardwidget.cpp
    results/resultspane.h results/resultspane.cpp)
