// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/passageview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace yibao {

PassageView::PassageView(const QString &passageId, const QString &html, QWidget *parent)
    : QLabel(parent)
    , m_passageId(passageId)
{
    setTextFormat(Qt::RichText);
    setText(html);
    setWordWrap(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setContentsMargins(10, 6, 8, 6);
    setToolTip(tr("点击查看整篇文章（%1）").arg(passageId));
    setAccessibleDescription(tr("按回车键在文章中查看"));
}

void PassageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_passageId);
    QLabel::mouseReleaseEvent(event);
}

void PassageView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        emit activated(m_passageId);
        return;
    }
    QLabel::keyPressEvent(event);
}

void PassageView::paintEvent(QPaintEvent *event)
{
    {
        // A quotation bar on the left, as a printed quote would have.
        QPainter p(this);
        p.fillRect(QRect(0, 2, 3, height() - 4), palette().color(QPalette::Mid));
        if (hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
            p.drawRect(rect().adjusted(0, 0, -1, -1));
        }
    }
    QLabel::paintEvent(event);
}

} // namespace yibao
