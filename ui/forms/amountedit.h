// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"

#include <QLineEdit>
#include <QMetaType>

Q_DECLARE_METATYPE(yibao::Money)

namespace yibao {

// A money field in KMyMoney's AmountEdit spirit: a line edit that lets through only what
// can become an amount, exposes the amount as its USER property and writes it back tidied
// ("5000" → "5000.00") when focus leaves. A text that is not an amount is left as typed,
// so the window can say what is wrong with it instead of losing it.
class AmountEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(yibao::Money value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit AmountEdit(QWidget *parent = nullptr);

    Money value() const; // 0 when the text is not an amount
    bool isValid() const;
    void setValue(Money value);
    // Rewrites the text as a two-decimal amount when it is one.
    void tidy();

Q_SIGNALS:
    void valueChanged(yibao::Money value);

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

// A month ("YYYY-MM") or a date ("YYYY-MM-DD") as text: clerks type these faster than
// they click through a calendar, and "1992/7" or "1992年7月" are tidied on leaving.
class MonthEdit : public QLineEdit
{
    Q_OBJECT
public:
    enum class Mode
    {
        Month,
        Date
    };
    explicit MonthEdit(Mode mode, QWidget *parent = nullptr);
    void tidy();

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    Mode m_mode;
};

} // namespace yibao
