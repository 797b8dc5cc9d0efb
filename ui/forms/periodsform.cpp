// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodsform.h"

#include "entrytable.h"
#include "fielddelegate.h"
#include "model/casedocument.h"
#include "periodsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace yibao {

PeriodsForm::PeriodsForm(CaseDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new PeriodsModel(doc, this))
    , m_table(new EntryTable(this))
    , m_delegate(new FieldDelegate(this))
    , m_layout(new QVBoxLayout(this))
    , m_message(new QLabel(this))
{
    using C = PeriodsModel::Column;
    m_delegate->setField(int(C::From), FieldDelegate::Field::Month);
    m_delegate->setField(int(C::To), FieldDelegate::Field::Month);
    m_delegate->setField(int(C::Kind), FieldDelegate::Field::Kind);
    m_delegate->setField(int(C::Base), FieldDelegate::Field::Amount);
    m_delegate->setField(int(C::Status), FieldDelegate::Field::Status);
    m_delegate->setField(int(C::PaidOn), FieldDelegate::Field::Date);
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);

    m_add = new QAction(this);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_split = new QAction(this);
    m_merge = new QAction(this);
    m_remove = new QAction(this);
    m_paste = new QAction(this);
    connect(m_add, &QAction::triggered, this, &PeriodsForm::addRow);
    connect(m_split, &QAction::triggered, this, &PeriodsForm::splitRow);
    connect(m_merge, &QAction::triggered, this, &PeriodsForm::mergeRows);
    connect(m_remove, &QAction::triggered, this, &PeriodsForm::removeRows);
    connect(m_paste, &QAction::triggered, this, &PeriodsForm::paste);
    m_table->addAction(m_add);

    connect(m_table, &EntryTable::addRowRequested, this, &PeriodsForm::addRow);
    connect(m_table, &EntryTable::removeRowsRequested, this, &PeriodsForm::removeRows);
    connect(m_table, &EntryTable::clearCellsRequested, m_model, &PeriodsModel::clearCells);
    connect(m_table, &EntryTable::pasteRequested, this,
        [this](const QModelIndex &at, const QString &text) { m_model->paste(at, text); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PeriodsForm::showCurrentError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeriodsForm::showCurrentError);

    auto *buttons = new QHBoxLayout;
    for (QAction *a : { m_add, m_split, m_merge, m_remove, m_paste }) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_table, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_layout->addWidget(m_message);
    retranslate();
}

void PeriodsForm::setTimeline(QWidget *timeline)
{
    m_layout->insertWidget(0, timeline);
}

QList<QAction *> PeriodsForm::rowActions() const
{
    return { m_add, m_split, m_merge, m_remove, m_paste };
}

void PeriodsForm::addRow()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = m_model->addRow(current.isValid() ? current.row() : m_model->rowCount() - 1);
    // Start typing the new row at the first cell that is not filled in from the row above.
    const int column = m_doc->draft().periods.value(row).from.isEmpty()
        ? int(PeriodsModel::Column::From)
        : int(PeriodsModel::Column::To);
    m_table->setFocus();
    m_table->setCurrentIndex(m_model->index(row, column));
}

void PeriodsForm::splitRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const PeriodDraft p = m_doc->draft().periods.value(current.row());
    const auto from = YearMonth::parse(p.from);
    const auto to = YearMonth::parse(p.to);
    QString suggestion;
    if (from && to && *from < *to)
        suggestion = from->addMonths((from->monthsUntil(*to) + 1) / 2).toString();
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("拆分记录"),
        tr("第二段从哪个月开始（YYYY-MM）："), QLineEdit::Normal, suggestion, &ok);
    if (!ok)
        return;
    const auto at = YearMonth::parse(text.trimmed());
    QString why = tr("“%1”不是 YYYY-MM 形式的月份").arg(text);
    if (!at || !m_model->splitRow(current.row(), *at, &why)) {
        m_message->setText(why);
        m_message->setVisible(true);
    }
}

void PeriodsForm::mergeRows()
{
    const QList<int> rows = m_table->selectedRows();
    QString why;
    if (rows.size() < 2 || rows.last() - rows.first() + 1 != rows.size()
        || !m_model->mergeRows(rows.first(), rows.last(), &why)) {
        m_message->setText(why.isEmpty() ? tr("请选中至少两行相邻的记录") : why);
        m_message->setVisible(true);
    }
}

void PeriodsForm::removeRows()
{
    const QList<int> rows = m_table->selectedRows();
    if (!rows.isEmpty())
        m_model->removeRows(rows);
}

void PeriodsForm::paste()
{
    m_model->paste(m_table->currentIndex(), QApplication::clipboard()->text());
}

void PeriodsForm::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void PeriodsForm::showCurrentError()
{
    const QModelIndex i = m_table->currentIndex();
    const QString e = i.isValid() ? i.data(int(PeriodsModel::Role::Error)).toString() : QString();
    m_message->setText(e.isEmpty()
            ? QString()
            : tr("第%1行 %2：%3")
                  .arg(i.row() + 1)
                  .arg(m_model->headerData(i.column(), Qt::Horizontal).toString(), e));
    m_message->setVisible(!e.isEmpty());
}

void PeriodsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeriodsForm::retranslate()
{
    m_add->setText(tr("添加行"));
    m_add->setToolTip(tr("在当前行之后添加一行（Insert）"));
    m_split->setText(tr("拆分"));
    m_split->setToolTip(tr("把当前行按月份拆成两行"));
    m_merge->setText(tr("合并"));
    m_merge->setToolTip(tr("把选中的相邻几行合并为一行"));
    m_remove->setText(tr("删除行"));
    m_remove->setToolTip(tr("删除选中的行（Ctrl+Delete）；Delete 只清空选中的格"));
    m_paste->setText(tr("粘贴"));
    m_paste->setToolTip(tr("从电子表格粘贴多行（Ctrl+"
                           "V），列顺序：起始月份、截止月份、类型、缴费基数、状态、补缴日期"));
    m_table->setAccessibleName(tr("缴费记录表"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    m_table->viewport()->update();
    showCurrentError();
}

} // namespace yibao
