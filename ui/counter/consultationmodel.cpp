// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultationmodel.h"

namespace yibao {

ConsultationModel::ConsultationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConsultationModel::setRows(const QList<ConsultationRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ConsultationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsultationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsultationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsultationRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == IdColumn) {
        switch (r.idStatus) {
        case IdNumberStatus::WrongCheckDigit:
            return tr("校验位不对，请核对证件");
        case IdNumberStatus::Malformed:
            return tr("不是有效的 18 位身份证号");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SavedColumn:
        return r.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case NameColumn:
        return r.clientName;
    case IdColumn:
        if (r.idStatus == IdNumberStatus::WrongCheckDigit
            || r.idStatus == IdNumberStatus::Malformed)
            return QString(r.idMasked + QStringLiteral(" ⚠"));
        return r.idMasked;
    case NoteColumn:
        return r.note.section(QLatin1Char('\n'), 0, 0);
    case ProfileColumn:
        return r.profileVersion.isEmpty()
            ? r.profileId
            : QString(r.profileId + QLatin1Char(' ') + r.profileVersion);
    default:
        return {};
    }
}

QVariant ConsultationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SavedColumn:
        return tr("保存时间");
    case NameColumn:
        return tr("姓名");
    case IdColumn:
        return tr("身份证号");
    case NoteColumn:
        return tr("备注");
    case ProfileColumn:
        return tr("政策配置");
    default:
        return {};
    }
}

} // namespace yibao
