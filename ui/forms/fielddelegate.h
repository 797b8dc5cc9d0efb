// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace yibao {

// Editors for the case tables: months and dates as tidied text, amounts in an AmountEdit,
// kinds, statuses and care types as combo boxes showing names. The model receives text
// (EditRole), exactly what was typed after tidying, so a wrong value stays visible.
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Field
    {
        Text,
        Month,
        Date,
        Amount,
        Kind,
        Status,
        Care
    };

    explicit FieldDelegate(QObject *parent = nullptr);
    void setField(int column, Field field) { m_fields.insert(column, field); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Field fieldAt(const QModelIndex &index) const
    {
        return m_fields.value(index.column(), Field::Text);
    }
    QHash<int, Field> m_fields;
};

} // namespace yibao
