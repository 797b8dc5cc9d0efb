# SPDX-License-Identifier: GPL-3.0-or-later
# The 明白纸, laid out with QtGui only (QTextDocument, QPainter, QPdfWriter): its words,
# the timeline and the account chart painted, the pages laid out once.
target_sources(yibao_report PRIVATE
    report/reportwriter.h report/reportwriter.cpp
    report/reportcontent.h report/reportcontent.cpp
    report/timelinepainter.h report/timelinepainter.cpp
    report/accountpainter.h report/accountpainter.cpp)
