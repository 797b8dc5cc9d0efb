// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountedit.h"

#include "labels.h"

#include <QRegularExpressionValidator>

namespace yibao {

AmountEdit::AmountEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // Digits, separators and a sign get through so that "-5" or "5000.123" reach the
    // parser and come back with its message; letters cannot be typed at all.
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9.,，\\- ]{0,20}")), this));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(QStringLiteral("0.00"));
    connect(this, &QLineEdit::textChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

Money AmountEdit::value() const
{
    return Money::parseYuan(Labels::tidyAmount(text())).value_or(Money());
}

bool AmountEdit::isValid() const
{
    return Money::parseYuan(Labels::tidyAmount(text())).has_value();
}

void AmountEdit::setValue(Money value)
{
    setText(value.toYuanString());
}

void AmountEdit::tidy()
{
    const QString t = Labels::tidyAmount(text());
    if (t != text())
        setText(t);
}

void AmountEdit::focusOutEvent(QFocusEvent *event)
{
    tidy();
    QLineEdit::focusOutEvent(event);
}

MonthEdit::MonthEdit(Mode mode, QWidget *parent)
    : QLineEdit(parent)
    , m_mode(mode)
{
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9\\-./年月日 ]{0,14}")), this));
    setPlaceholderText(
        mode == Mode::Month ? QStringLiteral("YYYY-MM") : QStringLiteral("YYYY-MM-DD"));
}

void MonthEdit::tidy()
{
    const QString t = m_mode == Mode::Month ? Labels::tidyMonth(text()) : Labels::tidyDate(text());
    if (t != text())
        setText(t);
}

void MonthEdit::focusOutEvent(QFocusEvent *event)
{
    tidy();
    QLineEdit::focusOutEvent(event);
}

} // namespace yibao
