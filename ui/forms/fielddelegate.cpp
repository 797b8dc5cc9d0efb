// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "amountedit.h"
#include "labels.h"

#include <QComboBox>

namespace yibao {

FieldDelegate::FieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *FieldDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto combo = [parent](const QStringList &ids, QString (*label)(const QString &)) {
        auto *c = new QComboBox(parent);
        for (const auto &id : ids)
            c->addItem(label(id), id);
        c->setFrame(false);
        return c;
    };
    switch (fieldAt(index)) {
    case Field::Month:
        return new MonthEdit(MonthEdit::Mode::Month, parent);
    case Field::Date:
        return new MonthEdit(MonthEdit::Mode::Date, parent);
    case Field::Amount:
        return new AmountEdit(parent);
    case Field::Kind:
        return combo(Labels::kindIds(), &Labels::kind);
    case Field::Status:
        return combo(Labels::statusIds(), &Labels::status);
    case Field::Care:
        return combo(Labels::careIds(), &Labels::care);
    case Field::Text:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *c = qobject_cast<QComboBox *>(editor)) {
        int i = c->findData(value);
        if (i < 0) {
            // an id the program does not know stays selectable, so it is not lost by opening the
            // editor
            c->addItem(value, value);
            i = c->count() - 1;
        }
        c->setCurrentIndex(i);
        return;
    }
    if (auto *e = qobject_cast<QLineEdit *>(editor)) {
        e->setText(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *c = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, c->currentData(), Qt::EditRole);
        return;
    }
    if (auto *a = qobject_cast<AmountEdit *>(editor))
        a->tidy();
    else if (auto *m = qobject_cast<MonthEdit *>(editor))
        m->tidy();
    if (auto *e = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, e->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace yibao
