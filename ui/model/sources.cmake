# SPDX-License-Identifier: GPL-3.0-or-later
# The model of the open case that the forms, the window and the counter edit: the
# CaseDocument (case, input errors, result, undo stack), its draft and the undo commands.
target_sources(yibao_ui PRIVATE
    model/casedraft.h model/casedraft.cpp
    model/casedocument.h model/casedocument.cpp
    model/draftcommand.h model/draftcommand.cpp
    model/clientidentity.h)
