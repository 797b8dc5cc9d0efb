// SPDX-License-Identifier: GPL-3.0-or-later
#include "personform.h"

#include "amountedit.h"
#include "errorpath.h"
#include "labels.h"
#include "model/casedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace yibao {

PersonForm::PersonForm(CaseDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_form(new QFormLayout)
    , m_birth(new MonthEdit(MonthEdit::Mode::Date, this))
    , m_sex(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_birthLabel(new QLabel(this))
    , m_sexLabel(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_hint(new QLabel(this))
{
    m_birthLabel->setBuddy(m_birth);
    m_sexLabel->setBuddy(m_sex);
    m_categoryLabel->setBuddy(m_category);
    m_form->addRow(m_birthLabel, m_birth);
    m_form->addRow(m_sexLabel, m_sex);
    m_form->addRow(m_categoryLabel, m_category);
    m_hint->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // The wrapped hint sits below the form: a QFormLayout row does not grow with a
    // label's height-for-width, and the hint would be cut after a language switch.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addStretch();
    // Combo boxes follow their texts when the language changes.
    m_sex->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    connect(m_birth, &QLineEdit::editingFinished, this, &PersonForm::commitBirth);
    // Enter moves on to the next field, as in the tables.
    connect(m_birth, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });
    connect(m_sex, &QComboBox::activated, this, &PersonForm::commitSex);
    connect(m_category, &QComboBox::activated, this, &PersonForm::commitCategory);
    connect(m_doc, &CaseDocument::draftChanged, this, &PersonForm::load);
    connect(m_doc, &CaseDocument::inputErrorsChanged, this, &PersonForm::showErrors);
    retranslate();
    load();
    showErrors(m_doc->inputErrors());
}

void PersonForm::fillCategories(const QString &sexId, const QString &categoryId)
{
    const QSignalBlocker block(m_category);
    m_category->clear();
    for (const auto &id : Labels::categoryIdsFor(sexId))
        m_category->addItem(Labels::category(id), id);
    int i = m_category->findData(categoryId);
    if (i < 0 && !categoryId.isEmpty()) {
        // from a file whose category does not fit the sex: kept and marked, not replaced
        m_category->addItem(Labels::category(categoryId), categoryId);
        i = m_category->count() - 1;
    }
    m_category->setCurrentIndex(i);
}

void PersonForm::load()
{
    const CaseDraft &d = m_doc->draft();
    // what the clerk is typing right now is not overwritten by a change elsewhere
    if (m_birth->text() != d.birth && !m_birth->isModified())
        m_birth->setText(d.birth);
    {
        const QSignalBlocker block(m_sex);
        m_sex->clear();
        for (const auto &id : { QStringLiteral("male"), QStringLiteral("female") })
            m_sex->addItem(Labels::sex(id), id);
        m_sex->setCurrentIndex(m_sex->findData(d.sex));
    }
    fillCategories(d.sex, d.category);
}

void PersonForm::commitBirth()
{
    m_birth->tidy();
    CaseDraft d = m_doc->draft();
    d.birth = m_birth->text().trimmed();
    m_birth->setModified(false);
    m_doc->edit(d, tr("修改出生日期"));
}

void PersonForm::commitSex()
{
    CaseDraft d = m_doc->draft();
    d.sex = m_sex->currentData().toString();
    // The category follows the sex so that the two always agree; a woman's is asked for
    // (女干部 or 女工人 decides the old retirement age), never chosen for the clerk.
    const QStringList allowed = Labels::categoryIdsFor(d.sex);
    if (!allowed.contains(d.category))
        d.category = allowed.size() == 1 ? allowed.first() : QString();
    m_doc->edit(d, tr("修改性别"));
}

void PersonForm::commitCategory()
{
    CaseDraft d = m_doc->draft();
    d.category = m_category->currentData().toString();
    m_doc->edit(d, tr("修改人员类别"));
}

void PersonForm::showErrors(const InputErrors &errors)
{
    markField(m_birth, errorsFor(errors, QStringLiteral("person.birth")));
    markField(m_sex, errorsFor(errors, QStringLiteral("person.sex")));
    markField(m_category, errorsFor(errors, QStringLiteral("person.category")));
}

void PersonForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PersonForm::retranslate()
{
    m_birthLabel->setText(tr("出生日期(&B)："));
    m_sexLabel->setText(tr("性别(&S)："));
    m_categoryLabel->setText(tr("人员类别(&G)："));
    m_birth->setAccessibleName(tr("出生日期"));
    m_sex->setAccessibleName(tr("性别"));
    m_category->setAccessibleName(tr("人员类别"));
    m_hint->setText(tr("人员类别决定原法定退休年龄：男职工60岁，女干部55岁，女工人50岁。"));
    m_category->setPlaceholderText(tr("请选择女干部或女工人"));
    load();
}

} // namespace yibao
