// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafttablemodel.h"

#include "model/casedocument.h"

#include <QBrush>
#include <QColor>

namespace yibao {

DraftTableModel::DraftTableModel(CaseDocument *doc, int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_columnCount(columnCount)
{
    connect(m_doc, &CaseDocument::draftChanged, this, [this] { syncRows(); });
    connect(m_doc, &CaseDocument::inputErrorsChanged, this,
        [this](const InputErrors &errors) { syncErrors(errors); });
}

int DraftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mirroredRows();
}

int DraftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant DraftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < mirroredRows() ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columnCount)
        return {};
    return columnTitle(section);
}

Qt::ItemFlags DraftTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

std::optional<QVariant> DraftTableModel::errorData(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case ErrorRole: {
        const QString error = errorAt(index.row(), index.column());
        return role == Qt::ToolTipRole && error.isEmpty() ? QVariant() : QVariant(error);
    }
    case Qt::BackgroundRole:
        // A pale red that still reads as "marked" in grayscale next to white cells.
        return errorAt(index.row(), index.column()).isEmpty()
            ? QVariant()
            : QVariant(QBrush(QColor(255, 205, 205)));
    case Qt::ForegroundRole:
        return errorAt(index.row(), index.column()).isEmpty() ? QVariant()
                                                              : QVariant(QBrush(QColor(140, 0, 0)));
    default:
        return std::nullopt;
    }
}

void DraftTableModel::errorsChangedEverywhere()
{
    if (mirroredRows() > 0)
        Q_EMIT dataChanged(index(0, 0), index(mirroredRows() - 1, m_columnCount - 1),
            { Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole,
                Qt::AccessibleDescriptionRole, ErrorRole });
}

} // namespace yibao
