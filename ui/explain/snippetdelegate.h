// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace yibao {

// Draws a list item's HtmlRole text (a title and a snippet with the matched words
// marked) as rich text, wrapped to the list's width. Items without it are drawn as usual.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int HtmlRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace yibao
