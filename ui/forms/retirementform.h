// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/inputerror.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace yibao {

class AmountEdit;
class CaseDocument;
class MonthEdit;

// The 退休信息 tab: retirement date (or the statutory one), the base at retirement and
// the deemed months (视同缴费月数).
class RetirementForm : public QWidget
{
    Q_OBJECT
public:
    explicit RetirementForm(CaseDocument *doc, QWidget *parent = nullptr);

    QCheckBox *statutoryCheck() const { return m_statutory; }
    MonthEdit *dateEdit() const { return m_date; }
    AmountEdit *baseEdit() const { return m_base; }
    QSpinBox *deemedSpin() const { return m_deemed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showErrors(const InputErrors &errors);
    void showStatutory();
    void retranslate();

    CaseDocument *m_doc;
    QCheckBox *m_statutory;
    MonthEdit *m_date;
    AmountEdit *m_base;
    QSpinBox *m_deemed;
    QLabel *m_dateLabel;
    QLabel *m_baseLabel;
    QLabel *m_deemedLabel;
    QLabel *m_hint;
    QLabel *m_statutoryDate; // the engine's statutory date, shown beside the choice
};

} // namespace yibao
