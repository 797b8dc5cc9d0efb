// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliutil.h"

#include <QCoreApplication>

#include <memory>

namespace yibao {

// yibao-cli report: the printable 明白纸 as PDF, laid out by core/report with QtGui (no
// widgets). It needs a QGuiApplication, which main() asks for with createReportApplication
// when the command is "report".
int runReport(const QStringList &args, Io &io);

// A QGuiApplication on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so that
// the report also runs where there is no display.
std::unique_ptr<QCoreApplication> createReportApplication(int &argc, char **argv);

} // namespace yibao
