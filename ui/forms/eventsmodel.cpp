// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsmodel.h"

#include "errorpath.h"
#include "labels.h"
#include "model/casedocument.h"

#include <algorithm>

namespace yibao {

namespace {
    constexpr int ColumnCount = int(EventsModel::Column::Count);
}

EventsModel::EventsModel(CaseDocument *doc, QObject *parent)
    : DraftTableModel(doc, ColumnCount, parent)
    , m_rows(doc->draft().events)
{
    syncErrors(m_doc->inputErrors());
}

QString EventsModel::errorAt(int row, int column) const
{
    return m_errors.value({ row, column }).join(QLatin1Char('\n'));
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto error = errorData(index, role))
        return *error;
    const EventDraft &e = m_rows.at(index.row());
    const bool date = Column(index.column()) == Column::Date;
    switch (role) {
    case Qt::DisplayRole:
        return date ? e.date : Labels::care(e.care);
    case Qt::EditRole:
        return date ? e.date : e.care;
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

QString EventsModel::columnTitle(int column) const
{
    return Column(column) == Column::Date ? tr("就医日期") : tr("就医类型");
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
    syncMirror(m_rows, m_doc->draft().events);
}

void EventsModel::syncErrors(const InputErrors &errors)
{
    QHash<QPair<int, int>, QStringList> cells;
    for (const auto &e : errors) {
        const ErrorPath p = ErrorPath::parse(e.path);
        if (p.list != QLatin1String("events") || p.index < 0)
            continue;
        const int column = p.field == QLatin1String("care") ? int(Column::Care) : int(Column::Date);
        cells[{ p.index, column }].append(errorText(e));
    }
    if (cells == m_errors)
        return;
    m_errors = cells;
    errorsChangedEverywhere();
}

} // namespace yibao
