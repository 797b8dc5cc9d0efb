// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodsmodel.h"

#include "errorpath.h"
#include "labels.h"
#include "model/casedocument.h"
#include "present/cards.h"
#include "present/formulawords.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace yibao {

namespace {

    constexpr int ColumnCount = int(PeriodsModel::Column::Count);

    QString &field(PeriodDraft &p, PeriodsModel::Column c)
    {
        switch (c) {
        case PeriodsModel::Column::From:
            return p.from;
        case PeriodsModel::Column::To:
            return p.to;
        case PeriodsModel::Column::Kind:
            return p.kind;
        case PeriodsModel::Column::Base:
            return p.base;
        case PeriodsModel::Column::Status:
            return p.status;
        case PeriodsModel::Column::PaidOn:
        case PeriodsModel::Column::Count:
            break;
        }
        return p.paidOn;
    }

    // What a typed or pasted value becomes in the draft: months, dates and amounts tidied,
    // names turned into ids; anything unreadable stays as typed.
    QString normalised(PeriodsModel::Column c, const QString &text)
    {
        switch (c) {
        case PeriodsModel::Column::From:
        case PeriodsModel::Column::To:
            return Labels::tidyMonth(text);
        case PeriodsModel::Column::PaidOn:
            return Labels::tidyDate(text);
        case PeriodsModel::Column::Base:
            return Labels::tidyAmount(text);
        case PeriodsModel::Column::Kind:
            return Labels::kindFromText(text).value_or(text.trimmed());
        case PeriodsModel::Column::Status:
            return Labels::statusFromText(text).value_or(text.trimmed());
        case PeriodsModel::Column::Count:
            break;
        }
        return text;
    }

} // namespace

PeriodsModel::PeriodsModel(CaseDocument *doc, QObject *parent)
    : DraftTableModel(doc, ColumnCount, parent)
    , m_rows(doc->draft().periods)
{
    syncErrors(m_doc->inputErrors());
    connect(m_doc, &CaseDocument::resultChanged, this, [this] { syncWarnings(); });
    connect(m_doc, &CaseDocument::aboutToReset, this, [this] { m_afterRetirement.clear(); });
    syncWarnings();
}

void PeriodsModel::syncWarnings()
{
    // owed_after_retirement: nothing is owed for those months, so they are not shown as
    // red arrears but as "退休后" with the engine's words
    QHash<int, AfterRetirement> rows;
    if (m_doc->hasResult())
        for (const Warning &w : m_doc->result().warnings) {
            if (w.code != QLatin1String("owed_after_retirement"))
                continue;
            const ErrorPath p = ErrorPath::parse(w.path);
            if (p.list != QLatin1String("periods") || p.index < 0
                || p.index >= m_doc->caseData().periods.size())
                continue;
            const ContributionPeriod &period = m_doc->caseData().periods.at(p.index);
            const bool whole = period.from >= m_doc->result().retirement.month;
            rows.insert(p.index, { warningText(w, cardformat::language()), whole });
        }
    const bool changed = rows.size() != m_afterRetirement.size()
        || std::any_of(rows.keyBegin(), rows.keyEnd(), [this, &rows](int r) {
               return !m_afterRetirement.contains(r)
                   || m_afterRetirement.value(r).message != rows.value(r).message;
           });
    m_afterRetirement = rows;
    if (changed && rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, int(Column::Status)), index(rowCount() - 1, int(Column::Status)));
}

QString PeriodsModel::fieldOf(Column c)
{
    static const char *const names[] = { "from", "to", "kind", "base", "status", "paidOn" };
    return QString::fromLatin1(names[int(c)]);
}

std::optional<PeriodsModel::Column> PeriodsModel::columnOfField(QStringView f)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (fieldOf(Column(c)) == f)
            return Column(c);
    return std::nullopt;
}

QString PeriodsModel::cellText(const PeriodDraft &p, Column c) const
{
    PeriodDraft copy = p;
    return field(copy, c);
}

QString PeriodsModel::errorAt(int row, int column) const
{
    QStringList all = m_rowErrors.value(row);
    all += m_errors.value({ row, column });
    return all.join(QLatin1Char('\n'));
}

QVariant PeriodsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto c = Column(index.column());
    // the warning of arrears after retirement, where the cell has no error
    if (c == Column::Status && m_afterRetirement.contains(index.row())
        && errorAt(index.row(), index.column()).isEmpty()) {
        if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
            return m_afterRetirement.value(index.row()).message;
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(255, 243, 205)); // pale amber: a warning, not an error
    }
    if (const auto error = errorData(index, role))
        return *error;
    const PeriodDraft &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (c == Column::Kind)
            return Labels::kind(p.kind);
        if (c == Column::Status) {
            if (p.status == QLatin1String("arrears") && m_afterRetirement.contains(index.row()))
                return m_afterRetirement.value(index.row()).whole ? tr("退休后")
                                                                  : tr("欠费（部分退休后）");
            return Labels::status(p.status);
        }
        return cellText(p, c);

    case Qt::EditRole:
        return cellText(p, c);
    case Qt::TextAlignmentRole:
        if (c == Column::Base)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case int(Role::Path):
        return QString(QStringLiteral("periods[%1].").arg(index.row()) + fieldOf(c));
    default:
        return {};
    }
}

bool PeriodsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto c = Column(index.column());
    CaseDraft d = m_doc->draft();
    if (index.row() >= d.periods.size())
        return false;
    QString &f = field(d.periods[index.row()], c);
    const QString v = normalised(c, value.toString());
    if (f == v)
        return true;
    f = v;
    m_doc->edit(d,
        tr("修改第%1行%2")
            .arg(index.row() + 1)
            .arg(headerData(index.column(), Qt::Horizontal).toString()));
    return true;
}

QString PeriodsModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::From:
        return tr("起始月份");
    case Column::To:
        return tr("截止月份");
    case Column::Kind:
        return tr("类型");
    case Column::Base:
        return tr("缴费基数（元）");
    case Column::Status:
        return tr("状态");
    case Column::PaidOn:
        return tr("补缴日期");
    case Column::Count:
        break;
    }
    return {};
}

int PeriodsModel::addRow(int after)
{
    CaseDraft d = m_doc->draft();
    const int at = std::clamp(after + 1, 0, int(d.periods.size()));
    PeriodDraft p;
    if (at > 0) {
        // A new row usually continues the one above: same kind and base, next month.
        const PeriodDraft &prev = d.periods.at(at - 1);
        p.kind = prev.kind;
        p.base = prev.base;
        p.status = prev.status == QLatin1String("backpaid") ? QStringLiteral("paid") : prev.status;
        if (const auto m = YearMonth::parse(prev.to))
            p.from = m->addMonths(1).toString();
    }
    d.periods.insert(at, p);
    m_doc->edit(d, tr("添加第%1行").arg(at + 1));
    return at;
}

void PeriodsModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    CaseDraft d = m_doc->draft();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (*it >= 0 && *it < d.periods.size())
            d.periods.removeAt(*it);
    m_doc->edit(d,
        rows.size() == 1 ? tr("删除第%1行").arg(rows.first() + 1)
                         : tr("删除%n行", nullptr, int(rows.size())));
}

void PeriodsModel::clearCells(const QModelIndexList &cells)
{
    CaseDraft d = m_doc->draft();
    for (const auto &i : cells)
        if (i.isValid() && i.model() == this && i.row() < d.periods.size())
            field(d.periods[i.row()], Column(i.column())).clear();
    m_doc->edit(d, tr("清空%n格", nullptr, int(cells.size())));
}

bool PeriodsModel::splitRow(int row, YearMonth at, QString *why)
{
    CaseDraft d = m_doc->draft();
    if (row < 0 || row >= d.periods.size())
        return false;
    const auto from = YearMonth::parse(d.periods.at(row).from);
    const auto to = YearMonth::parse(d.periods.at(row).to);
    if (!from || !to || !(*from < at && at <= *to)) {
        *why = tr("拆分月份须在本行的起止月份之间（不含起始月份）");
        return false;
    }
    PeriodDraft second = d.periods.at(row);
    d.periods[row].to = at.addMonths(-1).toString();
    second.from = at.toString();
    d.periods.insert(row + 1, second);
    m_doc->edit(d, tr("拆分第%1行").arg(row + 1));
    return true;
}

bool PeriodsModel::mergeRows(int first, int last, QString *why)
{
    CaseDraft d = m_doc->draft();
    if (first < 0 || last >= d.periods.size() || last <= first) {
        *why = tr("请选中至少两行相邻的记录");
        return false;
    }
    for (int r = first; r < last; ++r) {
        const auto to = YearMonth::parse(d.periods.at(r).to);
        const auto next = YearMonth::parse(d.periods.at(r + 1).from);
        if (!to || !next || to->addMonths(1) != *next) {
            *why = tr("第%1行与第%2行的月份不相接，不能合并").arg(r + 1).arg(r + 2);
            return false;
        }
    }
    d.periods[first].to = d.periods.at(last).to;
    d.periods.remove(first + 1, last - first);
    m_doc->edit(d, tr("合并第%1至%2行").arg(first + 1).arg(last + 1));
    return true;
}

int PeriodsModel::paste(const QModelIndex &topLeft, const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = t.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return 0;
    CaseDraft d = m_doc->draft();
    const int row0 = topLeft.isValid() ? topLeft.row() : int(d.periods.size());
    const int col0 = topLeft.isValid() ? topLeft.column() : 0;
    for (int i = 0; i < lines.size(); ++i) {
        const int row = row0 + i;
        while (d.periods.size() <= row)
            d.periods.append(PeriodDraft {});
        const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
        for (int j = 0; j < cells.size() && col0 + j < ColumnCount; ++j)
            field(d.periods[row], Column(col0 + j)) = normalised(Column(col0 + j), cells.at(j));
    }
    m_doc->edit(d, tr("粘贴%n行", nullptr, int(lines.size())));
    return int(lines.size());
}

void PeriodsModel::syncRows()
{
    syncMirror(m_rows, m_doc->draft().periods);
}

void PeriodsModel::syncErrors(const InputErrors &errors)
{
    QHash<QPair<int, int>, QStringList> cells;
    QHash<int, QStringList> rows;
    for (const auto &e : errors) {
        const ErrorPath p = ErrorPath::parse(e.path);
        if (p.list != QLatin1String("periods") || p.index < 0)
            continue;
        if (p.field.isEmpty()) {
            rows[p.index].append(errorText(e));
        } else if (const auto c = columnOfField(p.field)) {
            cells[{ p.index, int(*c) }].append(errorText(e));
        } else {
            rows[p.index].append(errorText(e));
        }
    }
    if (cells == m_errors && rows == m_rowErrors)
        return;
    m_errors = cells;
    m_rowErrors = rows;
    errorsChangedEverywhere();
}

} // namespace yibao
