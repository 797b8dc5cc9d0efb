// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/casedraft.h"

#include "io/inputerror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>

namespace yibao {

class CaseDocument;

// The 就医事件 table (date, care type) over the document's draft, kept in step the same
// way as PeriodsModel.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column
    {
        Date, // 就医日期, "YYYY-MM-DD"
        Care, // 就医类型: outpatient, pharmacy, inpatient, special_outpatient
        Count
    };
    enum class Role
    {
        Error = Qt::UserRole + 1, // QString: the validator's messages for this cell
    };
    Q_ENUM(Column)

    explicit EventsModel(CaseDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int addRow(int after);
    void removeRows(QList<int> rows);
    void clearCells(const QModelIndexList &cells); // one undo step

private:
    void syncRows();
    void syncErrors(const InputErrors &errors);
    QString errorAt(int row, int column) const;

    CaseDocument *m_doc;
    QList<EventDraft> m_rows;
    QHash<QPair<int, int>, QStringList> m_errors;
};

} // namespace yibao
