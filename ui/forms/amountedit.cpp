// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountedit.h"

#include "labels.h"

namespace yibao {

AmountEdit::AmountEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // No validator: what is typed stays as typed ("4千5abc" is not dropped to "45"); core's
    // reader takes "４５００", "4,500", "4500元", "¥4500", and anything else is marked.
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
    // No validator either: an unreadable month stays as typed and is marked.
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
