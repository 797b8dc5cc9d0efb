// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/consultationstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace yibao {

// The consultation list as a table: rows as ConsultationStore::list gives them, which
// carry the masked ID number only, so no view of this model can show a full one.
class ConsultationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SavedColumn,
        NameColumn,
        IdColumn,
        NoteColumn,
        ProfileColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1; // the consultation's database id

    explicit ConsultationModel(QObject *parent = nullptr);

    void setRows(const QList<ConsultationRow> &rows);
    const QList<ConsultationRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConsultationRow> m_rows;
};

} // namespace yibao
