// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafttablemodel.h"

#include "model/casedraft.h"

#include <QHash>
#include <QPair>

namespace yibao {

class CaseDocument;

// The 就医事件 table (date, care type) over the document's draft.
class EventsModel : public DraftTableModel
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
        Error = ErrorRole, // QString: the validator's messages for this cell
    };
    Q_ENUM(Column)

    explicit EventsModel(CaseDocument *doc, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addRow(int after);
    void removeRows(QList<int> rows);
    void clearCells(const QModelIndexList &cells); // one undo step

private:
    int mirroredRows() const override { return int(m_rows.size()); }
    QString columnTitle(int column) const override;
    QString errorAt(int row, int column) const override;
    void syncRows() override;
    void syncErrors(const InputErrors &errors) override;

    QList<EventDraft> m_rows;
    QHash<QPair<int, int>, QStringList> m_errors;
};

} // namespace yibao
