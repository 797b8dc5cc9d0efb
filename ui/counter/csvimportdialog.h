// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"
#include "model/casedraft.h"

#include <QDialog>

class QLabel;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace yibao {

// The preview of a contribution history file: the periods it yields and every rejected
// line with its number and reason. Nothing reaches the case until the user confirms; the
// caller then applies mergedDraft() as one undoable edit.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const CsvImport &import, const QString &fileName, bool caseHasPeriods,
        QWidget *parent = nullptr);

    // Whether the periods replace the case's periods (else they are added after them).
    bool replaces() const;
    void setReplaces(bool replace);

    QStandardItemModel *periodsModel() const { return m_periods; }
    QStandardItemModel *errorsModel() const { return m_errors; }
    QLabel *summaryLabel() const { return m_summary; }

    // The draft with the imported periods: in place of its periods, or after them (the
    // empty row a new case starts with is dropped either way).
    static CaseDraft mergedDraft(
        const CaseDraft &draft, const QList<ContributionPeriod> &periods, bool replace);

private:
    QStandardItemModel *m_periods;
    QStandardItemModel *m_errors;
    QLabel *m_summary;
    QRadioButton *m_replace;
    QRadioButton *m_append;
};

} // namespace yibao
