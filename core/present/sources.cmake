# SPDX-License-Identifier: GPL-3.0-or-later
# What the views draw, derived from a Result: the result cards (shared by the results pane
# and the printed report), the timeline's months, and the headline figures of a reopened
# consultation as saved against now.
target_sources(yibao_present PRIVATE
    present/cards.h present/cards.cpp
    present/timeline.h present/timeline.cpp
    present/savedfigures.h present/savedfigures.cpp)
