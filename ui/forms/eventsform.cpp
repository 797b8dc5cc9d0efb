// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsform.h"

#include "entrytable.h"
#include "eventsmodel.h"
#include "fielddelegate.h"
#include "model/casedocument.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace yibao {

EventsForm::EventsForm(CaseDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new EventsModel(doc, this))
    , m_table(new EntryTable(this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_add(new QAction(this))
    , m_remove(new QAction(this))
{
    auto *delegate = new FieldDelegate(this);
    delegate->setField(int(EventsModel::Column::Date), FieldDelegate::Field::Date);
    delegate->setField(int(EventsModel::Column::Care), FieldDelegate::Field::Care);
    m_table->setModel(m_model);
    m_table->setItemDelegate(delegate);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_add);
    connect(m_add, &QAction::triggered, this, &EventsForm::addRow);
    connect(m_remove, &QAction::triggered, this, &EventsForm::removeRows);
    connect(m_table, &EntryTable::addRowRequested, this, &EventsForm::addRow);
    connect(m_table, &EntryTable::removeRowsRequested, this, &EventsForm::removeRows);
    connect(m_table, &EntryTable::clearCellsRequested, m_model, &EventsModel::clearCells);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &EventsForm::showCurrentError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EventsForm::showCurrentError);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : { m_add, m_remove }) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    retranslate();
}

void EventsForm::addRow()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = m_model->addRow(current.isValid() ? current.row() : m_model->rowCount() - 1);
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void EventsForm::removeRows()
{
    const QList<int> rows = m_table->selectedRows();
    if (!rows.isEmpty())
        m_model->removeRows(rows);
}

void EventsForm::showCurrentError()
{
    const QModelIndex i = m_table->currentIndex();
    const QString e = i.isValid() ? i.data(int(EventsModel::Role::Error)).toString() : QString();
    m_message->setText(e.isEmpty() ? QString() : tr("第%1行：%2").arg(i.row() + 1).arg(e));
    m_message->setVisible(!e.isEmpty());
}

void EventsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventsForm::retranslate()
{
    m_hint->setText(tr("就医日期与类型：判断当天个人账户能否使用、统筹基金是否报销。"));
    m_add->setText(tr("添加事件"));
    m_add->setToolTip(tr("添加一次就医（Insert）"));
    m_remove->setText(tr("删除事件"));
    m_remove->setToolTip(tr("删除选中的就医事件（Ctrl+Delete）"));
    m_table->setAccessibleName(tr("就医事件表"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    m_table->viewport()->update();
    showCurrentError();
}

} // namespace yibao
