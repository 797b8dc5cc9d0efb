// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsmodel.h"

#include "errorpath.h"
#include "labels.h"
#include "window/casedocument.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace yibao {

namespace {
    constexpr int ColumnCount = int(EventsModel::Column::Count);
}

EventsModel::EventsModel(CaseDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_rows(doc->draft().events)
{
    connect(m_doc, &CaseDocument::draftChanged, this, &EventsModel::syncRows);
    connect(m_doc, &CaseDocument::inputErrorsChanged, this, &EventsModel::syncErrors);
    syncErrors(m_doc->inputErrors());
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventsModel::errorAt(int row, int column) const
{
    return m_errors.value({ row, column }).join(QLatin1Char('\n'));
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EventDraft &e = m_rows.at(index.row());
    const bool date = Column(index.column()) == Column::Date;
    switch (role) {
    case Qt::DisplayRole:
        return date ? e.date : Labels::care(e.care);
    case Qt::EditRole:
        return date ? e.date : e.care;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case int(Role::Error): {
        const QString err = errorAt(index.row(), index.column());
        return role == Qt::ToolTipRole && err.isEmpty() ? QVariant() : QVariant(err);
    }
    case Qt::BackgroundRole:
        return errorAt(index.row(), index.column()).isEmpty()
            ? QVariant()
            : QVariant(QBrush(QColor(255, 205, 205)));
    case Qt::ForegroundRole:
        return errorAt(index.row(), index.column()).isEmpty() ? QVariant()
                                                              : QVariant(QBrush(QColor(140, 0, 0)));
    default:
        return {};
    }
}

bool EventsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CaseDraft d = m_doc->draft();
    if (index.row() >= d.events.size())
        return false;
    EventDraft &e = d.events[index.row()];
    if (Column(index.column()) == Column::Date)
        e.date = Labels::tidyDate(value.toString());
    else
        e.care = Labels::careFromText(value.toString()).value_or(value.toString().trimmed());
    m_doc->edit(d, tr("修改就医事件第%1行").arg(index.row() + 1));
    return true;
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
    if (section == int(Column::Date))
        return tr("就医日期");
    if (section == int(Column::Care))
        return tr("就医类型");
    return {};
}

Qt::ItemFlags EventsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

int EventsModel::addRow(int after)
{
    CaseDraft d = m_doc->draft();
    const int at = std::clamp(after + 1, 0, int(d.events.size()));
    EventDraft e;
    if (at > 0)
        e.care = d.events.at(at - 1).care;
    d.events.insert(at, e);
    m_doc->edit(d, tr("添加就医事件"));
    return at;
}

void EventsModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    CaseDraft d = m_doc->draft();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (*it >= 0 && *it < d.events.size())
            d.events.removeAt(*it);
    m_doc->edit(d, tr("删除就医事件"));
}

void EventsModel::clearCells(const QModelIndexList &cells)
{
    CaseDraft d = m_doc->draft();
    for (const auto &i : cells) {
        if (!i.isValid() || i.model() != this || i.row() >= d.events.size())
            continue;
        if (Column(i.column()) == Column::Date)
            d.events[i.row()].date.clear();
        else
            d.events[i.row()].care.clear();
    }
    m_doc->edit(d, tr("清空%n格", nullptr, int(cells.size())));
}

void EventsModel::syncRows()
{
    const QList<EventDraft> &next = m_doc->draft().events;
    if (next == m_rows)
        return;
    const int nOld = int(m_rows.size());
    const int nNew = int(next.size());
    int prefix = 0;
    while (prefix < nOld && prefix < nNew && m_rows.at(prefix) == next.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < nOld - prefix && suffix < nNew - prefix
        && m_rows.at(nOld - 1 - suffix) == next.at(nNew - 1 - suffix))
        ++suffix;
    const int midOld = nOld - prefix - suffix;
    const int midNew = nNew - prefix - suffix;
    const int common = std::min(midOld, midNew);
    if (common > 0) {
        for (int r = prefix; r < prefix + common; ++r)
            m_rows[r] = next.at(r);
        Q_EMIT dataChanged(index(prefix, 0), index(prefix + common - 1, ColumnCount - 1));
    }
    if (midOld > common) {
        beginRemoveRows({}, prefix + common, prefix + midOld - 1);
        m_rows.remove(prefix + common, midOld - common);
        endRemoveRows();
    } else if (midNew > common) {
        beginInsertRows({}, prefix + common, prefix + midNew - 1);
        for (int r = prefix + common; r < prefix + midNew; ++r)
            m_rows.insert(r, next.at(r));
        endInsertRows();
    }
}

void EventsModel::syncErrors(const InputErrors &errors)
{
    QHash<QPair<int, int>, QStringList> cells;
    for (const auto &e : errors) {
        const ErrorPath p = ErrorPath::parse(e.path);
        if (p.list != QLatin1String("events") || p.index < 0)
            continue;
        const int column = p.field == QLatin1String("care") ? int(Column::Care) : int(Column::Date);
        cells[{ p.index, column }].append(e.message);
    }
    if (cells == m_errors)
        return;
    m_errors = cells;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace yibao
