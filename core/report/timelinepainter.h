// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/timeline.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>

#include <optional>

class QPainter;

namespace yibao {

// How the timeline is drawn; the widget and the printed report differ only in these.
struct TimelinePaintOptions
{
    QFont font; // family and weight; the size is fontPixelSize, in the painter's units
    qreal fontPixelSize = 12;
    bool legend = true;
    std::optional<YearMonth> hoverMonth; // outlined
    int selectedRow = -1; // the months of this period row are outlined
};

// The geometry of one drawing, so that the widget can map a mouse position to a month
// with exactly the rectangles that were painted.
struct TimelineLayout
{
    QRectF grid; // the month cells
    QRectF yearLabels;
    QRectF legend;
    qreal monthLabelWidth = 0;
    int firstYear = 0;
    int years = 0;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    qreal height = 0; // total height used

    QRectF cellRect(YearMonth m) const;
    std::optional<YearMonth> monthAt(QPointF p) const;
};

// A pure painting function: the same pixels for the widget, a PNG and the PDF. One column
// per calendar year and one cell per month (January on top), so that a 45-year career fits
// the width of a table and every month stays a cell one can point at. Every state has its
// own fill pattern as well as its own colour, so a grayscale print still tells them apart.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(yibao::TimelinePainter)

public:
    static TimelineLayout layout(
        const QRectF &rect, const Timeline &t, const TimelinePaintOptions &options);
    static qreal heightForWidth(
        qreal width, const Timeline &t, const TimelinePaintOptions &options);
    static void paint(QPainter *painter, const QRectF &rect, const Timeline &t,
        const TimelinePaintOptions &options);

    static QString stateName(TimelineState state);
    static QColor fillColor(TimelineState state);
    // Draws one state's swatch (fill and pattern) into r: also the legend's.
    static void paintSwatch(
        QPainter *painter, const QRectF &r, TimelineState state, qreal patternStep);
};

} // namespace yibao
