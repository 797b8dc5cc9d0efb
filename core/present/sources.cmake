# SPDX-License-Identifier: GPL-3.0-or-later
# What a person reads about a result, decided once: the result cards (shared by the results
# pane and the printed report), the timeline's months, the shared words and units, the
# explanation model (steps in words, cited passages, conflicts) every renderer lays out,
# and the headline figures of a reopened consultation as saved against now.
target_sources(yibao_present PRIVATE
    present/cards.h present/cards.cpp
    present/timeline.h present/timeline.cpp
    present/words.h present/words.cpp
    present/formulawords.h present/formulawords.cpp
    present/explanationmodel.h present/explanationmodel.cpp
    present/savedfigures.h present/savedfigures.cpp
    present/sheetwords.h present/sheetwords.cpp
    present/summary.h present/summary.cpp
    present/highlight.h present/highlight.cpp
    present/inputwords.h present/inputwords.cpp)
