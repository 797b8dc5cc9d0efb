// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/cards.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;

namespace yibao {

// One result card on screen: title, verdict with its tone (colour and a word, so that it
// reads in grayscale and to a screen reader), the figures in a two-column grid with the
// values right-aligned, and an optional note. The widget is generic: setCard() refills it
// in place, so the pane can reuse it for whatever card sits at its position.
class CardWidget : public QFrame
{
    Q_OBJECT

public:
    explicit CardWidget(QWidget *parent = nullptr);

    void setCard(const Card &card);
    const Card &card() const { return m_card; }
    QString cardId() const { return m_card.id; }

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    // Figures of an older input while the current one has errors: greyed and marked.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    static QString toneWord(Card::Tone tone);
    static QColor toneColor(Card::Tone tone);

signals:
    void clicked(); // mouse press, Space or Enter
    void moveRequested(int delta); // Up/Down (−1/+1), Home/End (−1000/+1000)
    void lineActivated(const QString &key); // a press on a figure's row

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    // A zoomed window font: the title, verdict and notes keep their sizes relative to it.
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
    };
    QString lineKeyOf(const QObject *child) const;
    void updateTone();
    void updateAccessibility();
    void applyFonts();

    Card m_card;
    bool m_selected = false;
    bool m_stale = false;
    bool m_filled = false; // setCard() has run at least once
    QColor m_badgeColor;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_note = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
};

} // namespace yibao
