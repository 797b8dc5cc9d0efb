// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace yibao {

namespace {

    enum class Pattern
    {
        None,
        Slash,
        Backslash,
        Cross,
        Dots,
        Vertical,
        Horizontal,
        Grid,
        DashedFrame
    };

    Pattern patternOf(TimelineState s)
    {
        switch (s) {
        case TimelineState::Paid:
            return Pattern::None;
        case TimelineState::Backpaid:
            return Pattern::Slash;
        case TimelineState::Owed:
            return Pattern::Cross;
        case TimelineState::NotEnrolled:
            return Pattern::Dots;
        case TimelineState::Resident:
            return Pattern::Vertical;
        case TimelineState::Deemed:
            return Pattern::Horizontal;
        case TimelineState::Waiting:
            return Pattern::Backslash;
        case TimelineState::Planned:
            return Pattern::DashedFrame;
        case TimelineState::Future:
            return Pattern::None;
        case TimelineState::Retired:
            return Pattern::Grid;
        }
        return Pattern::None;
    }

    // Light ink on dark fills, dark ink on light ones, judged by luminance as a grayscale
    // printer would.
    QColor inkFor(const QColor &fill)
    {
        const qreal lum = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
        return lum < 0.45 ? QColor(255, 255, 255, 210) : QColor(0, 0, 0, 170);
    }

    void drawPattern(QPainter *p, const QRectF &r, Pattern pattern, const QColor &ink, qreal step)
    {
        if (pattern == Pattern::None)
            return;
        p->save();
        p->setClipRect(r, Qt::IntersectClip);
        QPen pen(ink, std::max<qreal>(0.6, step / 5.0));
        pen.setCapStyle(Qt::FlatCap);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        const qreal h = r.height();
        // lines are anchored to multiples of step in absolute coordinates so that adjacent
        // cells of one span continue each other's pattern
        const qreal x0 = std::floor((r.left() - h) / step) * step;
        const qreal y0 = std::floor(r.top() / step) * step;
        switch (pattern) {
        case Pattern::Slash:
        case Pattern::Cross:
            for (qreal x = x0; x <= r.right() + h; x += step)
                p->drawLine(QPointF(x, r.bottom()), QPointF(x + h, r.top()));
            if (pattern == Pattern::Slash)
                break;
            Q_FALLTHROUGH();
        case Pattern::Backslash:
            for (qreal x = x0; x <= r.right() + h; x += step)
                p->drawLine(QPointF(x, r.top()), QPointF(x + h, r.bottom()));
            break;
        case Pattern::Vertical:
            for (qreal x = std::floor(r.left() / step) * step + step / 2; x <= r.right(); x += step)
                p->drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
            break;
        case Pattern::Horizontal:
            for (qreal y = y0 + step / 2; y <= r.bottom(); y += step)
                p->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            break;
        case Pattern::Grid:
            for (qreal x = std::floor(r.left() / step) * step + step / 2; x <= r.right(); x += step)
                p->drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
            for (qreal y = y0 + step / 2; y <= r.bottom(); y += step)
                p->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            break;
        case Pattern::Dots: {
            p->setPen(Qt::NoPen);
            p->setBrush(ink);
            const qreal d = std::max<qreal>(0.8, step / 3.0);
            for (qreal y = y0 + step / 2; y <= r.bottom(); y += step)
                for (qreal x = std::floor(r.left() / step) * step + step / 2; x <= r.right();
                     x += step)
                    p->drawEllipse(QPointF(x, y), d / 2, d / 2);
            break;
        }
        case Pattern::DashedFrame: {
            QPen dash(ink, std::max<qreal>(0.8, step / 4.0), Qt::DashLine);
            p->setPen(dash);
            const qreal inset = dash.widthF();
            p->drawRect(r.adjusted(inset, inset, -inset, -inset));
            break;
        }
        case Pattern::None:
            break;
        }
        p->restore();
    }

    QFont sizedFont(const TimelinePaintOptions &o, qreal scale = 1.0)
    {
        QFont f = o.font;
        f.setPixelSize(std::max(1, int(std::lround(o.fontPixelSize * scale))));
        return f;
    }

    QString yearText(int year)
    {
        return QString::number(year);
    }

    // Legend entries: the states present, in enum order, then the two markers.
    QList<TimelineState> presentStates(const Timeline &t)
    {
        bool seen[TimelineStateCount] = {};
        for (const TimelineSpan &s : t.spans)
            seen[int(s.state)] = true;
        QList<TimelineState> out;
        for (int i = 0; i < TimelineStateCount; ++i)
            if (seen[i])
                out.append(TimelineState(i));
        return out;
    }

    struct LegendItem
    {
        QString text;
        std::optional<TimelineState> state; // nullopt: a marker
        int marker = 0; // 1 as-of month, 2 retirement month
    };

    QList<LegendItem> legendItems(const Timeline &t)
    {
        QList<LegendItem> items;
        for (TimelineState s : presentStates(t))
            items.append({ TimelinePainter::stateName(s), s, 0 });
        items.append({ TimelinePainter::tr("截至日所在月"), std::nullopt, 1 });
        items.append({ TimelinePainter::tr("退休月"), std::nullopt, 2 });
        return items;
    }

    qreal legendHeight(qreal width, const Timeline &t, const TimelinePaintOptions &o,
        QList<QRectF> *rects = nullptr)
    {
        const QFontMetricsF fm(sizedFont(o));
        const qreal sw = o.fontPixelSize * 1.4;
        const qreal rowH = o.fontPixelSize * 1.6;
        const qreal gap = o.fontPixelSize * 1.2;
        qreal x = 0;
        qreal y = 0;
        for (const LegendItem &item : legendItems(t)) {
            const qreal w = sw + o.fontPixelSize * 0.4 + fm.horizontalAdvance(item.text);
            if (x > 0 && x + w > width) {
                x = 0;
                y += rowH;
            }
            if (rects)
                rects->append(QRectF(x, y, w, rowH));
            x += w + gap;
        }
        return y + rowH;
    }

    void drawMarker(QPainter *p, const QRectF &cell, int marker, qreal unit)
    {
        p->save();
        p->setBrush(Qt::NoBrush);
        if (marker == 1) {
            p->setPen(QPen(Qt::black, std::max<qreal>(1.2, unit / 5)));
            p->drawRect(cell.adjusted(-unit / 8, -unit / 8, unit / 8, unit / 8));
        } else {
            // a filled triangle in the corner: visible on any fill, also in grayscale
            p->setPen(QPen(Qt::white, std::max<qreal>(0.5, unit / 12)));
            p->setBrush(Qt::black);
            const qreal s = std::min(cell.width(), cell.height()) * 0.9;
            QPainterPath tri;
            tri.moveTo(cell.topLeft());
            tri.lineTo(cell.topLeft() + QPointF(s, 0));
            tri.lineTo(cell.topLeft() + QPointF(0, s));
            tri.closeSubpath();
            p->drawPath(tri);
            p->setPen(QPen(Qt::black, std::max<qreal>(1.0, unit / 6), Qt::DotLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(cell);
        }
        p->restore();
    }

} // namespace

QString TimelinePainter::stateName(TimelineState state)
{
    switch (state) {
    case TimelineState::Paid:
        return tr("按时缴费");
    case TimelineState::Backpaid:
        return tr("逾期补缴");
    case TimelineState::Owed:
        return tr("欠费未缴");
    case TimelineState::NotEnrolled:
        return tr("未参保");
    case TimelineState::Resident:
        return tr("城乡居民医保");
    case TimelineState::Deemed:
        return tr("视同缴费");
    case TimelineState::Waiting:
        return tr("等待期（统筹暂停）");
    case TimelineState::Planned:
        return tr("计划缴费");
    case TimelineState::Future:
        return tr("未到期");
    case TimelineState::Retired:
        return tr("已退休");
    }
    return QString();
}

QColor TimelinePainter::fillColor(TimelineState state)
{
    // chosen so that their grays differ as well as their hues
    switch (state) {
    case TimelineState::Paid:
        return QColor(0x2e, 0x7d, 0x32); // dark green
    case TimelineState::Backpaid:
        return QColor(0xa5, 0xd6, 0xa7); // light green
    case TimelineState::Owed:
        return QColor(0xc6, 0x28, 0x28); // red
    case TimelineState::NotEnrolled:
        return QColor(0xff, 0xff, 0xff);
    case TimelineState::Resident:
        return QColor(0x90, 0xca, 0xf9); // light blue
    case TimelineState::Deemed:
        return QColor(0xbc, 0xaa, 0xa4); // taupe
    case TimelineState::Waiting:
        return QColor(0xf5, 0x7c, 0x00); // orange: a middle gray, between the light and dark fills
    case TimelineState::Planned:
        return QColor(0xe8, 0xf5, 0xe9); // pale green
    case TimelineState::Future:
        return QColor(0xee, 0xee, 0xee);
    case TimelineState::Retired:
        return QColor(0x3f, 0x51, 0xb5); // indigo
    }
    return Qt::white;
}

void TimelinePainter::paintSwatch(
    QPainter *painter, const QRectF &r, TimelineState state, qreal patternStep)
{
    const QColor fill = fillColor(state);
    painter->fillRect(r, fill);
    drawPattern(painter, r, patternOf(state), inkFor(fill), patternStep);
}

QRectF TimelineLayout::cellRect(YearMonth m) const
{
    const int col = m.year() - firstYear;
    if (col < 0 || col >= years)
        return QRectF();
    return QRectF(grid.left() + col * cellWidth, grid.top() + (m.month() - 1) * cellHeight,
        cellWidth, cellHeight);
}

std::optional<YearMonth> TimelineLayout::monthAt(QPointF p) const
{
    if (!grid.contains(p) || cellWidth <= 0 || cellHeight <= 0)
        return std::nullopt;
    const int col = std::clamp(int((p.x() - grid.left()) / cellWidth), 0, years - 1);
    const int row = std::clamp(int((p.y() - grid.top()) / cellHeight), 0, 11);
    return YearMonth(firstYear + col, row + 1);
}

TimelineLayout TimelinePainter::layout(
    const QRectF &rect, const Timeline &t, const TimelinePaintOptions &o)
{
    TimelineLayout l;
    if (t.isEmpty())
        return l;
    const QFontMetricsF fm(sizedFont(o, 0.85));
    l.firstYear = t.first.year();
    l.years = t.last.year() - t.first.year() + 1;
    l.monthLabelWidth = fm.horizontalAdvance(tr("12月")) + o.fontPixelSize * 0.4;
    const qreal avail = std::max<qreal>(10, rect.width() - l.monthLabelWidth - 2);
    // a short history gets wide cells, but not absurdly wide ones
    l.cellWidth = std::min(avail / l.years, o.fontPixelSize * 3.0);
    l.cellHeight = std::max<qreal>(5, o.fontPixelSize * 0.7);
    l.grid = QRectF(
        rect.left() + l.monthLabelWidth, rect.top() + 1, l.cellWidth * l.years, l.cellHeight * 12);
    l.yearLabels = QRectF(
        l.grid.left(), l.grid.bottom() + 2, l.grid.width(), fm.height() + o.fontPixelSize * 0.3);
    qreal bottom = l.yearLabels.bottom();
    if (o.legend) {
        const qreal lh = legendHeight(rect.width(), t, o);
        l.legend = QRectF(rect.left(), bottom + o.fontPixelSize * 0.4, rect.width(), lh);
        bottom = l.legend.bottom();
    }
    l.height = bottom - rect.top() + 1;
    return l;
}

qreal TimelinePainter::heightForWidth(
    qreal width, const Timeline &t, const TimelinePaintOptions &options)
{
    if (t.isEmpty())
        return options.fontPixelSize * 2;
    return layout(QRectF(0, 0, width, 1000), t, options).height;
}

void TimelinePainter::paint(
    QPainter *p, const QRectF &rect, const Timeline &t, const TimelinePaintOptions &o)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    if (t.isEmpty()) {
        p->setFont(sizedFont(o));
        p->setPen(Qt::darkGray);
        p->drawText(rect, Qt::AlignCenter, tr("尚无缴费记录"));
        p->restore();
        return;
    }
    const TimelineLayout l = layout(rect, t, o);
    const qreal step = std::max<qreal>(2.5, l.cellHeight * 0.55);

    // background of the whole grid: months outside the timeline (before the first month,
    // after the last) stay blank
    p->fillRect(l.grid, QColor(0xfa, 0xfa, 0xfa));

    // each span, cut into one vertical run per calendar year
    for (const TimelineSpan &s : t.spans) {
        for (int y = s.from.year(); y <= s.to.year(); ++y) {
            const YearMonth a = std::max(s.from, YearMonth(y, 1));
            const YearMonth b = std::min(s.to, YearMonth(y, 12));
            const QRectF ra = l.cellRect(a);
            const QRectF rb = l.cellRect(b);
            paintSwatch(p, ra.united(rb), s.state, step);
        }
    }

    // month separators and year separators, light so that spans still read as runs
    p->setPen(QPen(QColor(255, 255, 255, 200), std::max<qreal>(0.5, l.cellHeight / 14)));
    for (int m = 1; m < 12; ++m) {
        const qreal y = l.grid.top() + m * l.cellHeight;
        p->drawLine(QPointF(l.grid.left(), y), QPointF(l.grid.right(), y));
    }
    p->setPen(QPen(Qt::white, std::max<qreal>(1.0, l.cellWidth / 10)));
    for (int c = 1; c < l.years; ++c) {
        const qreal x = l.grid.left() + c * l.cellWidth;
        p->drawLine(QPointF(x, l.grid.top()), QPointF(x, l.grid.bottom()));
    }
    p->setPen(QPen(QColor(0x75, 0x75, 0x75), 0.8));
    p->setBrush(Qt::NoBrush);
    p->drawRect(l.grid);

    // month labels on the left, year ticks and labels below
    const QFont small = sizedFont(o, 0.85);
    p->setFont(small);
    p->setPen(QColor(0x42, 0x42, 0x42));
    const QFontMetricsF fm(small);
    p->drawText(QRectF(rect.left(), l.grid.top(), l.monthLabelWidth - 3, l.cellHeight * 3),
        Qt::AlignRight | Qt::AlignTop, tr("1月"));
    p->drawText(QRectF(rect.left(), l.grid.bottom() - l.cellHeight * 3, l.monthLabelWidth - 3,
                    l.cellHeight * 3),
        Qt::AlignRight | Qt::AlignBottom, tr("12月"));
    const qreal labelW = fm.horizontalAdvance(QStringLiteral("0000")) + o.fontPixelSize * 0.5;
    int every = 1;
    for (int candidate : { 1, 2, 5, 10, 20 }) {
        every = candidate;
        if (candidate * l.cellWidth >= labelW)
            break;
    }
    qreal lastLabelRight = -1e9;
    for (int c = 0; c < l.years; ++c) {
        const int year = l.firstYear + c;
        const qreal x = l.grid.left() + c * l.cellWidth;
        const bool labelled
            = year % every == 0 || (every > 1 && c == 0 && year % every > every / 2);
        p->setPen(QPen(QColor(0x61, 0x61, 0x61), labelled ? 1.0 : 0.6));
        p->drawLine(QPointF(x, l.grid.bottom()), QPointF(x, l.grid.bottom() + (labelled ? 4 : 2)));
        if (!labelled)
            continue;
        const qreal textW = fm.horizontalAdvance(yearText(year));
        QRectF box(x + l.cellWidth / 2 - textW / 2, l.yearLabels.top() + 2, textW, fm.height());
        box.moveLeft(std::clamp(box.left(), rect.left(), rect.right() - box.width()));
        // a label pushed in from the edge must not run into its neighbour
        if (box.left() < lastLabelRight + o.fontPixelSize * 0.3)
            continue;
        lastLabelRight = box.right();
        p->setPen(QColor(0x21, 0x21, 0x21));
        p->drawText(box, Qt::AlignHCenter | Qt::AlignTop, yearText(year));
    }

    // markers and highlights
    if (t.asOfMonth >= t.first && t.asOfMonth <= t.last)
        drawMarker(p, l.cellRect(t.asOfMonth), 1, l.cellHeight);
    if (t.retirementMonth >= t.first && t.retirementMonth <= t.last)
        drawMarker(p, l.cellRect(t.retirementMonth), 2, l.cellHeight);
    if (o.selectedRow >= 0) {
        p->setPen(QPen(QColor(0x0d, 0x47, 0xa1), std::max<qreal>(1.5, l.cellHeight / 4)));
        p->setBrush(Qt::NoBrush);
        for (const TimelineSpan &s : t.spans) {
            if (s.periodRow != o.selectedRow)
                continue;
            for (int y = s.from.year(); y <= s.to.year(); ++y) {
                const QRectF r = l.cellRect(std::max(s.from, YearMonth(y, 1)))
                                     .united(l.cellRect(std::min(s.to, YearMonth(y, 12))));
                p->drawRect(r);
            }
        }
    }
    if (o.hoverMonth) {
        const QRectF r = l.cellRect(*o.hoverMonth);
        if (!r.isNull()) {
            p->setPen(QPen(Qt::black, std::max<qreal>(1.5, l.cellHeight / 4)));
            p->setBrush(Qt::NoBrush);
            p->drawRect(r.adjusted(-1, -1, 1, 1));
        }
    }

    // legend: states present in this timeline, then the two markers
    if (o.legend) {
        QList<QRectF> rects;
        legendHeight(l.legend.width(), t, o, &rects);
        const QList<LegendItem> items = legendItems(t);
        const QFont f = sizedFont(o);
        p->setFont(f);
        const qreal sw = o.fontPixelSize * 1.4;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QRectF r = rects.at(i).translated(l.legend.topLeft());
            const QRectF swatch(
                r.left(), r.center().y() - o.fontPixelSize * 0.45, sw, o.fontPixelSize * 0.9);
            if (items.at(i).state) {
                paintSwatch(
                    p, swatch, *items.at(i).state, std::max<qreal>(2.5, swatch.height() * 0.45));
                p->setPen(QPen(QColor(0x75, 0x75, 0x75), 0.6));
                p->setBrush(Qt::NoBrush);
                p->drawRect(swatch);
            } else {
                p->fillRect(swatch, QColor(0xee, 0xee, 0xee));
                const QRectF cell(swatch.center().x() - swatch.height() / 2, swatch.top(),
                    swatch.height(), swatch.height());
                drawMarker(p, cell, items.at(i).marker, swatch.height());
            }
            p->setPen(QColor(0x21, 0x21, 0x21));
            p->drawText(
                QRectF(swatch.right() + o.fontPixelSize * 0.4, r.top(), r.width() - sw, r.height()),
                Qt::AlignLeft | Qt::AlignVCenter, items.at(i).text);
        }
    }
    p->restore();
}

} // namespace yibao
