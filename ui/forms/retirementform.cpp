// SPDX-License-Identifier: GPL-3.0-or-later
#include "retirementform.h"

#include "amountedit.h"
#include "errorpath.h"
#include "model/casedocument.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace yibao {

// The deemed-months spin box merges its steps into one undo step.
constexpr int DeemedMergeKey = 101;

RetirementForm::RetirementForm(CaseDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_statutory(new QCheckBox(this))
    , m_date(new MonthEdit(MonthEdit::Mode::Date, this))
    , m_base(new AmountEdit(this))
    , m_deemed(new QSpinBox(this))
    , m_dateLabel(new QLabel(this))
    , m_baseLabel(new QLabel(this))
    , m_deemedLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_statutoryDate(new QLabel(this))
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_statutory);
    form->addRow(m_statutoryDate);
    m_dateLabel->setBuddy(m_date);
    m_baseLabel->setBuddy(m_base);
    m_deemedLabel->setBuddy(m_deemed);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_baseLabel, m_base);
    form->addRow(m_deemedLabel, m_deemed);
    m_hint->setWordWrap(true);
    // The wrapped hint sits below the form (see PersonForm).
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch();
    m_deemed->setRange(0, 720);

    connect(m_statutory, &QCheckBox::toggled, this, [this](bool on) {
        CaseDraft d = m_doc->draft();
        d.statutoryRetirement = on;
        m_doc->edit(d, on ? tr("按法定退休日期") : tr("填写退休日期"));
    });
    connect(m_date, &QLineEdit::editingFinished, this, [this] {
        m_date->tidy();
        CaseDraft d = m_doc->draft();
        d.retirementDate = m_date->text().trimmed();
        m_date->setModified(false);
        m_doc->edit(d, tr("修改退休日期"));
    });
    connect(m_base, &QLineEdit::editingFinished, this, [this] {
        m_base->tidy();
        CaseDraft d = m_doc->draft();
        d.baseAtRetirement = m_base->text().trimmed();
        m_base->setModified(false);
        m_doc->edit(d, tr("修改退休时缴费基数"));
    });
    connect(m_deemed, &QSpinBox::valueChanged, this, [this](int v) {
        CaseDraft d = m_doc->draft();
        d.deemedMonths = v;
        m_doc->edit(d, tr("修改视同缴费月数"), DeemedMergeKey);
    });
    // Enter moves on to the next field, as in the tables.
    for (QLineEdit *e : { static_cast<QLineEdit *>(m_date), static_cast<QLineEdit *>(m_base) })
        connect(e, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });
    connect(m_doc, &CaseDocument::draftChanged, this, &RetirementForm::load);
    connect(m_doc, &CaseDocument::inputErrorsChanged, this, &RetirementForm::showErrors);
    connect(m_doc, &CaseDocument::resultChanged, this, &RetirementForm::showStatutory);
    connect(m_doc, &CaseDocument::inputErrorsChanged, this, &RetirementForm::showStatutory);
    retranslate();
    load();
    showErrors(m_doc->inputErrors());
    showStatutory();
}

void RetirementForm::load()
{
    const CaseDraft &d = m_doc->draft();
    {
        const QSignalBlocker block(m_statutory);
        m_statutory->setChecked(d.statutoryRetirement);
    }
    m_date->setEnabled(!d.statutoryRetirement);
    if (m_date->text() != d.retirementDate && !m_date->isModified())
        m_date->setText(d.retirementDate);
    if (m_base->text() != d.baseAtRetirement && !m_base->isModified())
        m_base->setText(d.baseAtRetirement);
    if (m_deemed->value() != d.deemedMonths) {
        const QSignalBlocker block(m_deemed);
        m_deemed->setValue(d.deemedMonths);
    }
}

void RetirementForm::showStatutory()
{
    // Only a figure of the current input is shown; with errors the line stays empty
    // rather than showing a date for input that is no longer there.
    const Result &r = m_doc->result();
    if (!m_doc->hasResult() || !m_doc->inputErrors().isEmpty()
        || !r.retirement.statutoryDate.isValid()) {
        m_statutoryDate->clear();
        return;
    }
    m_statutoryDate->setText(tr("法定退休日期：%1（%2岁%3个月）")
                                 .arg(r.retirement.statutoryDate.toString(Qt::ISODate))
                                 .arg(r.retirement.ageYears)
                                 .arg(r.retirement.ageMonths));
}

void RetirementForm::showErrors(const InputErrors &errors)
{
    markField(m_date, errorsFor(errors, QStringLiteral("retirement.date")));
    markField(m_base, errorsFor(errors, QStringLiteral("retirement.baseAtRetirement")));
    markField(m_deemed, errorsFor(errors, QStringLiteral("deemedMonths")));
}

void RetirementForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RetirementForm::retranslate()
{
    m_statutory->setText(tr("按法定退休年龄退休(&T)"));
    m_dateLabel->setText(tr("退休日期(&I)："));
    m_baseLabel->setText(tr("退休时缴费基数（元）(&A)："));
    m_deemedLabel->setText(tr("视同缴费月数(&M)："));
    m_deemed->setSuffix(tr(" 个月"));
    m_statutory->setAccessibleName(tr("按法定退休年龄退休"));
    m_date->setAccessibleName(tr("退休日期"));
    m_base->setAccessibleName(tr("退休时缴费基数"));
    m_deemed->setAccessibleName(tr("视同缴费月数"));
    showStatutory();
    m_hint->setText(tr("法定退休日期按2024年《关于实施渐进式延迟法定退休年龄的决定》计算；退休时缴"
                       "费基数用于计算一次性补缴。"));
}

} // namespace yibao
