// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace yibao {

// A quoted passage (or a variant in the conflict block) as rich text that can be
// activated with the mouse or from the keyboard (Tab to it, Enter or Space), to open the
// whole article at that place.
class PassageView : public QLabel
{
    Q_OBJECT

public:
    PassageView(const QString &passageId, const QString &html, QWidget *parent = nullptr);
    QString passageId() const { return m_passageId; }

signals:
    void activated(const QString &passageId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_passageId;
};

} // namespace yibao
