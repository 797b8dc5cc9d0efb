// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/consultationstore.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace yibao {

// Asks for what a consultation keeps besides the case: the client's name, ID number and a
// note, all optional. The ID number is checked as it is typed; a number that fails the
// check is flagged here and saved all the same (the client's card is the authority).
class SaveConsultationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SaveConsultationDialog(QWidget *parent = nullptr);

    // Fills the fields from a consultation being saved again; a saved one (id != 0) is
    // updated unless the user ticks "save as a new record".
    void setDetails(const Consultation &c);
    bool saveAsNew() const;
    QCheckBox *asNewBox() const { return m_asNew; }
    // Name, ID number (normalized) and note as entered; the case is the caller's.
    Consultation details() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLabel *idHint() const { return m_idHint; }

    // For tests: the day birth dates are judged against.
    void setToday(QDate today);
    // The case's person (个人信息): an ID number whose birth date or sex digit disagrees
    // with them is flagged (still saved: the clerk decides which is right).
    void setPerson(QDate birth, const QString &sexId);

protected:
    // Enter in the name or ID field moves to the next field instead of saving.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkId();

    QLineEdit *m_name;
    QLineEdit *m_id;
    QLabel *m_idHint;
    QPlainTextEdit *m_note;
    QCheckBox *m_asNew;
    QDate m_today = QDate::currentDate();
    QDate m_personBirth;
    QString m_personSex;
};

} // namespace yibao
