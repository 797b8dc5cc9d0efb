// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QSize>

class QChart;
class QChartView;
class QPainter;
class QWidget;

namespace yibao {

// The personal account's inflow per year, stacked by age band, with the cumulative inflow
// on a second axis. Years with months whose parameters are unknown are drawn as a grey
// hatched column across the whole height ("参数未知"), never as a low or empty bar: the
// chart must not suggest that nothing was credited when the sources simply do not say.
// The cumulative line therefore is the known part only, and says so in its name.
class AccountChart
{
    Q_DECLARE_TR_FUNCTIONS(yibao::AccountChart)

public:
    // A new chart (the caller owns it), animations off, for a view or for rendering.
    static QChart *createChart(const AccountResult &account, const QFont &font = QFont());
    static QChartView *createView(const AccountResult &account, QWidget *parent = nullptr);
    // Draws the chart into target, laid out as if it were logicalSize pixels: the PDF gets
    // the same layout as the window, scaled.
    static void render(QPainter *painter, const QRectF &target, const AccountResult &account,
        const QFont &font, QSize logicalSize = QSize(720, 380));

    // The series names, for tests and the legend: the band names, the unknown marker and
    // the cumulative line.
    static QString unknownSeriesName();
    static QString cumulativeSeriesName();
    static bool hasUnknown(const AccountResult &account);
};

} // namespace yibao
