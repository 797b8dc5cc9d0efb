// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/inputerror.h"

#include <QAbstractTableModel>
#include <QList>

#include <algorithm>
#include <optional>

namespace yibao {

class CaseDocument;

// What the tables over a list of the document's draft (periods, events) share: a mirror
// of the rows brought in step with the document through proper insert/remove/dataChanged
// signals (so views keep their current cell across an edit, an undo or a redo), row
// numbers and column titles as headers, editable cells, and the marking of cells the
// validator complains about.
class DraftTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The validator's messages for a cell (QString, empty if fine).
    static constexpr int ErrorRole = Qt::UserRole + 1;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    // Follows doc: syncRows() on every draft change, syncErrors() on every change of the
    // input errors. The subclass syncs the errors once itself when it is constructed.
    DraftTableModel(CaseDocument *doc, int columnCount, QObject *parent);

    virtual int mirroredRows() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QString errorAt(int row, int column) const = 0;
    virtual void syncRows() = 0;
    virtual void syncErrors(const InputErrors &errors) = 0;

    // The error roles of a cell (tool tip, accessible description, ErrorRole, and the
    // pale red marking); nullopt for any other role.
    std::optional<QVariant> errorData(const QModelIndex &index, int role) const;
    // After the errors changed: every cell's error roles.
    void errorsChangedEverywhere();

    // Brings mirror in step with next: the rows both keep at the start and the end stay,
    // the ones between are changed in place, and the difference is removed or inserted.
    template<typename Row> void syncMirror(QList<Row> &mirror, const QList<Row> &next);

    CaseDocument *const m_doc;

private:
    const int m_columnCount;
};

template<typename Row> void DraftTableModel::syncMirror(QList<Row> &mirror, const QList<Row> &next)
{
    if (mirror == next)
        return;
    const int nOld = int(mirror.size());
    const int nNew = int(next.size());
    int prefix = 0;
    while (prefix < nOld && prefix < nNew && mirror.at(prefix) == next.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < nOld - prefix && suffix < nNew - prefix
        && mirror.at(nOld - 1 - suffix) == next.at(nNew - 1 - suffix))
        ++suffix;
    const int midOld = nOld - prefix - suffix;
    const int midNew = nNew - prefix - suffix;
    const int common = std::min(midOld, midNew);
    if (common > 0) {
        for (int r = prefix; r < prefix + common; ++r)
            mirror[r] = next.at(r);
        Q_EMIT dataChanged(index(prefix, 0), index(prefix + common - 1, m_columnCount - 1));
    }
    const int first = prefix + common;
    if (midOld > common) {
        beginRemoveRows({}, first, prefix + midOld - 1);
        mirror.remove(first, midOld - common);
        endRemoveRows();
    } else if (midNew > common) {
        beginInsertRows({}, first, prefix + midNew - 1);
        for (int r = first; r < prefix + midNew; ++r)
            mirror.insert(r, next.at(r));
        endInsertRows();
    }
    Q_ASSERT(mirror == next);
}

} // namespace yibao
