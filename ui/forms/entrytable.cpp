// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrytable.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>

#include <algorithm>

namespace yibao {

EntryTable::EntryTable(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    // Widths from the first rows only, and rows of one line of text at a fixed height:
    // measuring every row of a pasted table of 10 000 lines would freeze the window.
    horizontalHeader()->setResizeContentsPrecision(200);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    fitToFont();
}

void EntryTable::fitToFont()
{
    // An empty month column stays wide enough for what will be typed into it.
    horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("0000-00"))
        + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8);
    verticalHeader()->setDefaultSectionSize(
        fontMetrics().height() + 2 * style()->pixelMetric(QStyle::PM_FocusFrameVMargin) + 6);
}

void EntryTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitToFont();
    QTableView::changeEvent(event);
}

QList<int> EntryTable::selectedRows() const
{
    QList<int> rows;
    if (selectionModel()) {
        for (const auto &i : selectionModel()->selectedIndexes())
            rows.append(i.row());
    }
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void EntryTable::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->key() == Qt::Key_Insert && event->modifiers() == Qt::NoModifier) {
            Q_EMIT addRowRequested(
                currentIndex().isValid() ? currentIndex().row() : model()->rowCount() - 1);
            return;
        }
        // Delete empties the selected cells as in a spreadsheet; Ctrl+Delete removes rows.
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
            QModelIndexList cells
                = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
            if (cells.isEmpty() && currentIndex().isValid())
                cells.append(currentIndex());
            if (!cells.isEmpty())
                Q_EMIT clearCellsRequested(cells);
            return;
        }
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
            const QList<int> rows = selectedRows();
            if (!rows.isEmpty())
                Q_EMIT removeRowsRequested(rows);
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            Q_EMIT pasteRequested(currentIndex(), QApplication::clipboard()->text());
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && event->modifiers() == Qt::NoModifier) {
            const QModelIndex next = moveCursor(MoveNext, Qt::NoModifier);
            if (next.isValid())
                setCurrentIndex(next);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void EntryTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits like Tab does and moves on, so a row is typed without the mouse.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        hint = QAbstractItemDelegate::EditNextItem;
    QTableView::closeEditor(editor, hint);
}

QModelIndex EntryTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (model() && current.isValid()) {
        const int lastRow = model()->rowCount() - 1;
        const int lastColumn = model()->columnCount() - 1;
        // No wrapping from the last cell back to the first: the clerk presses Insert for
        // a new row, and a Tab too many must not land on the first row's data.
        if (cursorAction == MoveNext && current.row() == lastRow && current.column() == lastColumn)
            return current;
        if (cursorAction == MovePrevious && current.row() == 0 && current.column() == 0)
            return current;
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

} // namespace yibao
