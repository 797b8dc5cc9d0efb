// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QWidget>

namespace yibao {

// A modal message box whose text is shown as written: a client's name or a file name
// such as "<b>x</b>" is never read as markup (QMessageBox's static helpers guess).
inline QMessageBox::StandardButton plainMessage(
    QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace yibao
