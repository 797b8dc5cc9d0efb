// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/snippetdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace yibao {

namespace {

    constexpr int Margin = 4;

    void prepare(
        QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html, int width)
    {
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(Margin);
        doc.setHtml(html);
        doc.setTextWidth(width);
    }

} // namespace

void SnippetDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = opt.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    QTextDocument doc;
    prepare(doc, opt, html, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext ctx;
    const bool selected = opt.state & QStyle::State_Selected;
    ctx.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    const int width = option.widget ? option.widget->width() - 24 : 300;
    prepare(doc, option, html, std::max(width, 120));
    return QSize(static_cast<int>(doc.idealWidth()), static_cast<int>(doc.size().height()) + 2);
}

} // namespace yibao
