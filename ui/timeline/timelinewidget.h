// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/timeline.h"
#include "report/timelinepainter.h"

#include <QPixmap>
#include <QWidget>

#include <optional>

namespace yibao {

// The contribution timeline above the period table: every month from the first period to
// retirement, coloured and patterned by its state. It only shows and requests: a click asks
// the owner to select the period row (periodActivated); it never edits the case.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setData(const Case &c, const Result &r);
    void clear();
    const Timeline &timeline() const { return m_timeline; }

    // Outlines the months of this period row (the table's current row); −1 for none.
    void setSelectedRow(int row);
    int selectedRow() const { return m_options.selectedRow; }

    // What the tooltip says about a month; empty outside the timeline.
    QString monthText(YearMonth m) const;
    // Where a month is drawn, in widget coordinates (empty if not shown).
    QRect cellRect(YearMonth m) const;
    std::optional<YearMonth> monthAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void periodActivated(int row);
    void monthClicked(yibao::YearMonth month);

protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void leaveEvent(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    TimelinePaintOptions options() const;
    QRectF drawingRect() const;
    void activate(YearMonth m);
    void updateAccessibleTexts();

    Case m_case;
    QList<GapResult> m_gaps;
    Timeline m_timeline;
    TimelinePaintOptions m_options;
    std::optional<YearMonth> m_hover;
    std::optional<YearMonth> m_current; // keyboard position

    // The drawing of ~500 patterned cells costs milliseconds; a keystroke that changes no
    // month's state (a base, a paid-on date) reuses it. Everything the picture depends on
    // is kept with it and compared before reuse.
    QPixmap m_cache;
    Timeline m_cacheTimeline;
    TimelinePaintOptions m_cacheOptions;
    QSize m_cacheSize;
    qreal m_cacheDpr = 0;
    int m_cacheGeneration = -1;
    int m_generation = 0; // bumped by language, palette and style changes
};

} // namespace yibao
