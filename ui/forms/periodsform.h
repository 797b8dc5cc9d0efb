// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace yibao {

class CaseDocument;
class EntryTable;
class FieldDelegate;
class PeriodsModel;

// The 缴费记录 tab: the contribution table with its row actions and, under it, the
// message for the current cell. A timeline can be put above the table.
class PeriodsForm : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodsForm(CaseDocument *doc, QWidget *parent = nullptr);

    EntryTable *table() const { return m_table; }
    PeriodsModel *model() const { return m_model; }
    // The message for the current cell, shown under the table when the cell is wrong.
    QLabel *messageLabel() const { return m_message; }
    void setTimeline(QWidget *timeline);
    QList<QAction *> rowActions() const;

public Q_SLOTS:
    void addRow();
    void splitRow();
    void mergeRows();
    void removeRows();
    void paste();
    void selectRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrentError();

    CaseDocument *m_doc;
    PeriodsModel *m_model;
    EntryTable *m_table;
    FieldDelegate *m_delegate;
    QVBoxLayout *m_layout;
    QLabel *m_message;
    QAction *m_add;
    QAction *m_split;
    QAction *m_merge;
    QAction *m_remove;
    QAction *m_paste;
};

} // namespace yibao
