# SPDX-License-Identifier: GPL-3.0-or-later
# The forms of the left pane: person, contribution periods, retirement, medical events,
# with their models, delegates and editors.
target_sources(yibao_ui PRIVATE
    forms/labels.h forms/labels.cpp
    forms/errorpath.h forms/errorpath.cpp
    forms/amountedit.h forms/amountedit.cpp
    forms/fielddelegate.h forms/fielddelegate.cpp
    forms/entrytable.h forms/entrytable.cpp
    forms/drafttablemodel.h forms/drafttablemodel.cpp
    forms/periodsmodel.h forms/periodsmodel.cpp
    forms/periodsform.h forms/periodsform.cpp
    forms/personform.h forms/personform.cpp
    forms/retirementform.h forms/retirementform.cpp
    forms/eventsmodel.h forms/eventsmodel.cpp
    forms/eventsform.h forms/eventsform.cpp)
