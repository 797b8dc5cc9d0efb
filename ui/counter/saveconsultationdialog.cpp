// SPDX-License-Identifier: GPL-3.0-or-later
#include "saveconsultationdialog.h"

#include "domain/idnumber.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace yibao {

SaveConsultationDialog::SaveConsultationDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_idHint(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_asNew(new QCheckBox(tr("另存为一条新记录(&W)"), this))
{
    setWindowTitle(tr("保存为咨询记录"));
    m_name->setAccessibleName(tr("姓名"));
    m_name->setPlaceholderText(tr("可不填"));
    m_id->setAccessibleName(tr("身份证号"));
    m_id->setPlaceholderText(tr("可不填；18 位"));
    m_id->setMaxLength(24); // room for spaces typed between the groups
    m_idHint->setWordWrap(true);
    m_idHint->setAccessibleName(tr("身份证号检查结果"));
    m_note->setAccessibleName(tr("备注"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("例如：来访原因、约定的下次办理事项"));

    auto *form = new QFormLayout;
    form->addRow(tr("姓名(&N)："), m_name);
    form->addRow(tr("身份证号(&I)："), m_id);
    form->addRow(QString(), m_idHint);
    form->addRow(tr("备注(&R)："), m_note);
    form->addRow(QString(), m_asNew);
    m_asNew->setToolTip(tr("不勾选时更新打开的这条咨询记录"));
    m_asNew->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存(&S)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    // Enter moves to the next field as everywhere in the window; only the button saves
    // (a name typed and Enter pressed must not save without the ID number).
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    m_name->installEventFilter(this);
    m_id->installEventFilter(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("当前案例连同以下信息保存在本机的资料库中。身份证号只在这里完整显示"
                                "，其他地方只显示前 3 位和后 4 位。"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_id, &QLineEdit::textChanged, this, &SaveConsultationDialog::checkId);
    checkId();
    resize(520, sizeHint().height());
}

bool SaveConsultationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_name || watched == m_id)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            (watched == m_name ? static_cast<QWidget *>(m_id) : m_note)
                ->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SaveConsultationDialog::setPerson(QDate birth, const QString &sexId)
{
    m_personBirth = birth;
    m_personSex = sexId;
    checkId();
}

void SaveConsultationDialog::setToday(QDate today)
{
    m_today = today;
    checkId();
}

void SaveConsultationDialog::setDetails(const Consultation &c)
{
    m_name->setText(c.clientName);
    m_id->setText(c.idNumber);
    m_note->setPlainText(c.note);
    m_asNew->setVisible(c.id != 0);
    setWindowTitle(c.id != 0 ? tr("更新咨询记录") : tr("保存为咨询记录"));
}

bool SaveConsultationDialog::saveAsNew() const
{
    return m_asNew->isVisible() && m_asNew->isChecked();
}

Consultation SaveConsultationDialog::details() const
{
    Consultation c;
    c.clientName = m_name->text().trimmed();
    c.idNumber = normalizeIdNumber(m_id->text());
    c.note = m_note->toPlainText().trimmed();
    return c;
}

void SaveConsultationDialog::checkId()
{
    const IdNumberCheck check = checkIdNumber(m_id->text(), m_today);
    QString text;
    bool warn = true;
    switch (check.status) {
    case IdNumberStatus::Empty:
        text = tr("不填也可以保存。");
        warn = false;
        break;
    case IdNumberStatus::Valid:
        text = tr("号码有效（出生日期 %1）。").arg(check.birth.toString(Qt::ISODate));
        warn = false;
        break;
    case IdNumberStatus::WrongCheckDigit:
        text = tr("最后一位校验位应为 %1，请核对证件。仍可保存，记录会标出此问题。")
                   .arg(check.expectedCheckDigit);
        break;
    case IdNumberStatus::Malformed:
        text = tr(
            "不是有效的 18 位身份证号（位数、地区码或出生日期不对）。仍可保存，记录会标出此问题。");
        break;
    }
    // Compared with 个人信息: a number of someone else, or a mistyped birth date.
    if (check.birth.isValid() && m_personBirth.isValid() && check.birth != m_personBirth) {
        text += QLatin1Char(' ')
            + tr("身份证号中的出生日期 %1 与个人信息的出生日期 %2 不一致，请核对。")
                  .arg(check.birth.toString(Qt::ISODate), m_personBirth.toString(Qt::ISODate));
        warn = true;
    }
    if (check.normalized.size() == 18 && check.normalized.at(16).isDigit()
        && !m_personSex.isEmpty()) {
        const bool male = check.normalized.at(16).digitValue() % 2 == 1;
        if (male != (m_personSex == QLatin1String("male"))) {
            text += QLatin1Char(' ')
                + (male ? tr("身份证号第 17 位表示男性，与个人信息的性别（女）不一致，请核对。")
                        : tr("身份证号第 17 位表示女性，与个人信息的性别（男）不一致，请核对。"));
            warn = true;
        }
    }
    m_idHint->setText(text);
    // Flagged in the palette's link colour would be too quiet; a plain word of warning
    // and a red frame around the field are what a clerk notices.
    m_idHint->setStyleSheet(warn ? QStringLiteral("color: #b00020;") : QString());
    m_id->setStyleSheet(
        warn ? QStringLiteral("QLineEdit { border: 1px solid #b00020; }") : QString());
    m_id->setProperty("idStatus", idNumberStatusId(check.status));
}

} // namespace yibao
