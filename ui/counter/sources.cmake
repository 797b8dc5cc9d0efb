# SPDX-License-Identifier: GPL-3.0-or-later
# The counter workflow: the program database at start (with recovery), the autosave of the
# open case, saved consultations and the contribution history import from CSV.
target_sources(yibao_ui PRIVATE
    counter/counterworkflow.h counter/counterworkflow.cpp
    counter/consultationmodel.h counter/consultationmodel.cpp
    counter/saveconsultationdialog.h counter/saveconsultationdialog.cpp
    counter/consultationlistdialog.h counter/consultationlistdialog.cpp
    counter/csvimportdialog.h counter/csvimportdialog.cpp
    counter/savedfiguresnotice.h counter/savedfiguresnotice.cpp
    counter/plainmessage.h
    counter/counterhost.h)
