// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafttablemodel.h"

#include "model/casedraft.h"

#include "domain/yearmonth.h"

#include <QHash>
#include <QPair>

namespace yibao {

class CaseDocument;

// The contribution history (缴费记录) as a table over the document's draft.
class PeriodsModel : public DraftTableModel
{
    Q_OBJECT
public:
    // Columns, in the order of the case file's period fields.
    enum class Column
    {
        From, // 起始月份, "YYYY-MM"
        To, // 截止月份, inclusive
        Kind, // 类型: employee, flexible, resident, deemed (shown by name)
        Base, // 缴费基数, yuan with two decimals
        Status, // 状态: paid, arrears, backpaid, planned
        PaidOn, // 补缴日期, backpaid only
        Count
    };
    // Roles besides Qt's: DisplayRole shows names, EditRole holds the raw text or id.
    enum class Role
    {
        Error = ErrorRole, // QString: the validator's messages for this cell, empty if fine
        Path, // QString: the JSON path of the cell, "periods[1].base"
    };
    Q_ENUM(Column)

    explicit PeriodsModel(CaseDocument *doc, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString fieldOf(Column c); // "from", "to", …
    static std::optional<Column> columnOfField(QStringView field);

    // Edits, each one undo step. Rows are the model's rows.
    int addRow(int after); // returns the new row; it continues the row above
    void removeRows(QList<int> rows);
    void clearCells(const QModelIndexList &cells); // one undo step
    bool splitRow(
        int row, YearMonth at, QString *why); // at becomes the first month of the second part
    bool mergeRows(int first, int last, QString *why);
    // Pastes tab-separated rows (a spreadsheet's copy) with its top-left cell at index;
    // rows are added at the end as needed. Returns the number of rows pasted.
    int paste(const QModelIndex &topLeft, const QString &text);

private:
    int mirroredRows() const override { return int(m_rows.size()); }
    QString columnTitle(int column) const override;
    QString errorAt(int row, int column) const override;
    void syncRows() override;
    void syncErrors(const InputErrors &errors) override;
    QString cellText(const PeriodDraft &p, Column c) const;

    QList<PeriodDraft> m_rows;
    QHash<QPair<int, int>, QStringList> m_errors; // (row, column) → messages
    QHash<int, QStringList> m_rowErrors; // errors about a whole row (overlaps)
    // rows whose 欠费 months reach the retirement: the engine's warning, and whether all
    // of the row's months are from the retirement month on
    struct AfterRetirement
    {
        QString message;
        bool whole = false;
    };
    QHash<int, AfterRetirement> m_afterRetirement;
    void syncWarnings();
};

} // namespace yibao
