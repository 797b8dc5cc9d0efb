// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace yibao {

// A table for typing rows from the keyboard alone: typing starts editing the cell, Tab and
// Enter commit and move on to the next cell, Insert asks for a new row, Delete asks to
// empty the selected cells and Ctrl+Delete to remove the selected rows, Ctrl+V pastes a
// spreadsheet's rows. The table only asks (signals); the form that owns the model carries the
// change out.
class EntryTable : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTable(QWidget *parent = nullptr);

    QList<int> selectedRows() const;

Q_SIGNALS:
    void addRowRequested(int afterRow);
    void removeRowsRequested(const QList<int> &rows);
    void clearCellsRequested(const QModelIndexList &cells);
    void pasteRequested(const QModelIndex &topLeft, const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    // A zoomed window font: row heights and the month column follow it.
    void changeEvent(QEvent *event) override;

private:
    void fitToFont();
};

} // namespace yibao
