// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "present/cards.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace yibao {

namespace {
    constexpr int Margin = 4;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateAccessibleTexts();
}

namespace {

    bool sameTimeline(const Timeline &a, const Timeline &b)
    {
        if (a.first != b.first || a.last != b.last || a.asOfMonth != b.asOfMonth
            || a.retirementMonth != b.retirementMonth || a.spans.size() != b.spans.size())
            return false;
        for (qsizetype i = 0; i < a.spans.size(); ++i) {
            const TimelineSpan &x = a.spans.at(i);
            const TimelineSpan &y = b.spans.at(i);
            if (x.from != y.from || x.to != y.to || x.state != y.state || x.periodRow != y.periodRow
                || x.gapIndex != y.gapIndex || x.suspended != y.suspended)
                return false;
        }
        return true;
    }

} // namespace

void TimelineWidget::setData(const Case &c, const Result &r)
{
    m_case = c;
    m_gaps = r.gaps;
    Timeline next = buildTimeline(c, r);
    if (sameTimeline(next, m_timeline)) {
        // the tooltips read m_case and m_gaps; the picture is unchanged
        updateAccessibleTexts();
        return;
    }
    m_timeline = std::move(next);
    if (m_hover && !m_timeline.spanAt(*m_hover))
        m_hover.reset();
    if (m_current && !m_timeline.spanAt(*m_current))
        m_current.reset();
    updateAccessibleTexts();
    updateGeometry();
    update();
}

void TimelineWidget::clear()
{
    m_case = Case();
    m_gaps.clear();
    m_timeline = Timeline();
    m_hover.reset();
    m_current.reset();
    updateAccessibleTexts();
    updateGeometry();
    update();
}

void TimelineWidget::setSelectedRow(int row)
{
    if (m_options.selectedRow == row)
        return;
    m_options.selectedRow = row;
    update();
}

TimelinePaintOptions TimelineWidget::options() const
{
    TimelinePaintOptions o = m_options;
    o.font = font();
    // the system font size decides the cell size too, so large fonts give a larger grid
    o.fontPixelSize = QFontInfo(font()).pixelSize();
    o.hoverMonth = m_hover ? m_hover : m_current;
    return o;
}

QRectF TimelineWidget::drawingRect() const
{
    return QRectF(rect().adjusted(Margin, Margin, -Margin, -Margin));
}

int TimelineWidget::heightForWidth(int width) const
{
    return int(std::ceil(
               TimelinePainter::heightForWidth(width - 2 * Margin, m_timeline, options())))
        + 2 * Margin;
}

QSize TimelineWidget::sizeHint() const
{
    const int w = 60 * QFontInfo(font()).pixelSize();
    return QSize(w, heightForWidth(w));
}

QSize TimelineWidget::minimumSizeHint() const
{
    const int w = 20 * QFontInfo(font()).pixelSize();
    return QSize(w, heightForWidth(w));
}

QRect TimelineWidget::cellRect(YearMonth m) const
{
    if (!m_timeline.spanAt(m))
        return QRect();
    const TimelineLayout l = TimelinePainter::layout(drawingRect(), m_timeline, options());
    return l.cellRect(m).toAlignedRect();
}

std::optional<YearMonth> TimelineWidget::monthAt(const QPoint &pos) const
{
    const TimelineLayout l = TimelinePainter::layout(drawingRect(), m_timeline, options());
    const auto m = l.monthAt(QPointF(pos));
    if (!m || !m_timeline.spanAt(*m))
        return std::nullopt;
    return m;
}

QString TimelineWidget::monthText(YearMonth m) const
{
    const TimelineSpan *s = m_timeline.spanAt(m);
    if (!s)
        return QString();
    QStringList lines;
    lines.append(tr("%1：%2").arg(cardformat::month(m), TimelinePainter::stateName(s->state)));
    if (s->periodRow >= 0 && s->periodRow < m_case.periods.size()) {
        const ContributionPeriod &p = m_case.periods.at(s->periodRow);
        QString line = tr("缴费记录第 %1 行：%2 %3 至 %4，%5")
                           .arg(s->periodRow + 1)
                           .arg(kindChinese(p.kind), p.from.toString(), p.to.toString(),
                               statusChinese(p.status));
        if (p.base)
            line += tr("，缴费基数 %1").arg(cardformat::money(*p.base));
        if (p.paidOn)
            line += tr("，%1 补缴").arg(p.paidOn->toString(Qt::ISODate));
        lines.append(line);
    }
    if (s->gapIndex >= 0 && s->gapIndex < m_gaps.size()) {
        const GapResult &g = m_gaps.at(s->gapIndex);
        lines.append(tr("断缴 %1 至 %2（%3）：本金 %4，滞纳金 %5，尚欠 %6")
                         .arg(g.from.toString(), g.to.toString(), cardformat::months(g.months),
                             cardformat::money(g.principal), cardformat::money(g.lateFee),
                             cardformat::money(g.owed)));
        if (s->suspended)
            lines.append(g.resumeMonth
                    ? tr("统筹基金暂停支付，%1起恢复").arg(cardformat::month(*g.resumeMonth))
                    : tr("统筹基金暂停支付，尚未恢复"));
    }
    if (m == m_timeline.asOfMonth)
        lines.append(tr("截至日：%1").arg(cardformat::date(m_case.asOf)));
    if (m == m_timeline.retirementMonth)
        lines.append(tr("退休月"));
    return lines.join(QLatin1Char('\n'));
}

void TimelineWidget::updateAccessibleTexts()
{
    setAccessibleName(tr("缴费时间轴"));
    if (m_timeline.isEmpty()) {
        setAccessibleDescription(tr("尚无缴费记录"));
        return;
    }
    int months[TimelineStateCount] = {};
    for (const TimelineSpan &s : m_timeline.spans)
        months[int(s.state)] += s.months();
    QStringList parts;
    for (int i = 0; i < TimelineStateCount; ++i)
        if (months[i] > 0)
            parts.append(
                tr("%1 %2 个月").arg(TimelinePainter::stateName(TimelineState(i))).arg(months[i]));
    setAccessibleDescription(tr("%1至%2：%3。方向键逐月移动，回车选中缴费记录。")
                                 .arg(cardformat::month(m_timeline.first),
                                     cardformat::month(m_timeline.last), parts.join(tr("；"))));
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    const TimelinePaintOptions o = options();
    const qreal dpr = devicePixelRatioF();
    const bool reuse = !m_cache.isNull() && m_cacheSize == size() && qFuzzyCompare(m_cacheDpr, dpr)
        && m_cacheGeneration == m_generation && sameTimeline(m_cacheTimeline, m_timeline)
        && m_cacheOptions.selectedRow == o.selectedRow && m_cacheOptions.hoverMonth == o.hoverMonth
        && m_cacheOptions.legend == o.legend
        && qFuzzyCompare(m_cacheOptions.fontPixelSize, o.fontPixelSize)
        && m_cacheOptions.font == o.font;
    if (!reuse) {
        m_cache = QPixmap(size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(palette().base().color());
        QPainter cp(&m_cache);
        TimelinePainter::paint(&cp, drawingRect(), m_timeline, o);
        m_cacheTimeline = m_timeline;
        m_cacheOptions = o;
        m_cacheSize = size();
        m_cacheDpr = dpr;
        m_cacheGeneration = m_generation;
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight(), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

bool TimelineWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(e);
        const auto m = monthAt(he->pos());
        if (m)
            QToolTip::showText(he->globalPos(), monthText(*m), this, cellRect(*m));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *e)
{
    const auto m = monthAt(e->position().toPoint());
    if (m != m_hover) {
        m_hover = m;
        update();
    }
    QWidget::mouseMoveEvent(e);
}

void TimelineWidget::leaveEvent(QEvent *e)
{
    if (m_hover) {
        m_hover.reset();
        update();
    }
    QWidget::leaveEvent(e);
}

void TimelineWidget::activate(YearMonth m)
{
    emit monthClicked(m);
    const TimelineSpan *s = m_timeline.spanAt(m);
    if (s && s->periodRow >= 0)
        emit periodActivated(s->periodRow);
}

void TimelineWidget::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(e);
        return;
    }
    const auto m = monthAt(e->position().toPoint());
    if (!m) {
        QWidget::mousePressEvent(e);
        return;
    }
    m_current = m;
    update();
    activate(*m);
}

void TimelineWidget::keyPressEvent(QKeyEvent *e)
{
    if (m_timeline.isEmpty()) {
        QWidget::keyPressEvent(e);
        return;
    }
    YearMonth m = m_current.value_or(m_timeline.asOfMonth);
    switch (e->key()) {
    case Qt::Key_Up:
        m = m.addMonths(-1);
        break;
    case Qt::Key_Down:
        m = m.addMonths(1);
        break;
    case Qt::Key_Left:
        m = m.addMonths(-12);
        break;
    case Qt::Key_Right:
        m = m.addMonths(12);
        break;
    case Qt::Key_Home:
        m = m_timeline.first;
        break;
    case Qt::Key_End:
        m = m_timeline.last;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current)
            activate(*m_current);
        return;
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    m = std::clamp(m, m_timeline.first, m_timeline.last);
    m_current = m;
    // keyboard users get the tooltip's text where they are
    const QRect cell = cellRect(m);
    QToolTip::showText(mapToGlobal(cell.bottomLeft()), monthText(m), this, cell);
    update();
}

void TimelineWidget::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::PaletteChange
        || e->type() == QEvent::StyleChange || e->type() == QEvent::FontChange)
        ++m_generation;
    if (e->type() == QEvent::FontChange || e->type() == QEvent::LanguageChange) {
        updateAccessibleTexts();
        updateGeometry();
    }
    QWidget::changeEvent(e);
}

} // namespace yibao
