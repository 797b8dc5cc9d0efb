// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace yibao {

class CaseDocument;
class EntryTable;
class EventsModel;

// The 就医事件 tab: the dates and care types to judge (个人账户 / 统筹 on that day).
class EventsForm : public QWidget
{
    Q_OBJECT
public:
    explicit EventsForm(CaseDocument *doc, QWidget *parent = nullptr);

    EntryTable *table() const { return m_table; }
    EventsModel *model() const { return m_model; }

public Q_SLOTS:
    void addRow();
    void removeRows();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrentError();

    CaseDocument *m_doc;
    EventsModel *m_model;
    EntryTable *m_table;
    QLabel *m_hint;
    QLabel *m_message;
    QAction *m_add;
    QAction *m_remove;
};

} // namespace yibao
