// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/inputerror.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace yibao {

class CaseDocument;
class MonthEdit;

// The 个人信息 tab: birth date, sex and category. The category list only offers the
// categories of the chosen sex, so the two cannot disagree when typed here; a file that
// says otherwise opens with the parser's message on the category field.
class PersonForm : public QWidget
{
    Q_OBJECT
public:
    explicit PersonForm(CaseDocument *doc, QWidget *parent = nullptr);

    MonthEdit *birthEdit() const { return m_birth; }
    QComboBox *sexCombo() const { return m_sex; }
    QComboBox *categoryCombo() const { return m_category; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showErrors(const InputErrors &errors);
    void retranslate();
    void fillCategories(const QString &sexId, const QString &categoryId);
    void commitBirth();
    void commitSex();
    void commitCategory();

    CaseDocument *m_doc;
    QFormLayout *m_form;
    MonthEdit *m_birth;
    QComboBox *m_sex;
    QComboBox *m_category;
    QLabel *m_birthLabel;
    QLabel *m_sexLabel;
    QLabel *m_categoryLabel;
    QLabel *m_hint;
};

} // namespace yibao
