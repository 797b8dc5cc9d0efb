// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/cardwidget.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace yibao {

CardWidget::CardWidget(QWidget *parent)
    : QFrame(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *outer = new QVBoxLayout(this);
    // Room on the left for the tone stripe that paintEvent draws.
    outer->setContentsMargins(14, 8, 10, 8);
    outer->setSpacing(4);

    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_badge = new QLabel(this);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setContentsMargins(6, 1, 6, 1);
    head->addWidget(m_title, 1);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    outer->addLayout(head);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    outer->addWidget(m_verdict);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 1);
    outer->addLayout(m_grid);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_note);
    applyFonts();
}

void CardWidget::applyFonts()
{
    QFont tf = font();
    tf.setBold(true);
    tf.setPointSizeF(font().pointSizeF() * 1.1);
    m_title->setFont(tf);
    QFont vf = font();
    vf.setBold(true);
    m_verdict->setFont(vf);
    QFont nf = font();
    nf.setPointSizeF(font().pointSizeF() * 0.9);
    for (const Row &row : std::as_const(m_rows)) {
        row.note->setFont(nf);
        QFont vf2 = font();
        vf2.setItalic(row.value->font().italic());
        row.value->setFont(vf2);
    }
}

void CardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QFrame::changeEvent(event);
}

namespace {

    bool sameCard(const Card &a, const Card &b)
    {
        if (a.id != b.id || a.title != b.title || a.verdict != b.verdict || a.tone != b.tone
            || a.note != b.note || a.lines.size() != b.lines.size())
            return false;
        for (qsizetype i = 0; i < a.lines.size(); ++i) {
            const CardLine &x = a.lines.at(i);
            const CardLine &y = b.lines.at(i);
            if (x.label != y.label || x.value != y.value || x.unknown != y.unknown
                || x.note != y.note)
                return false;
        }
        return true;
    }

} // namespace

void CardWidget::setCard(const Card &card)
{
    // Most keystrokes change one or two cards; leaving the others untouched spares the
    // layout of the whole pane.
    if (m_filled && sameCard(card, m_card))
        return;
    m_filled = true;
    m_card = card;
    m_title->setText(card.title);
    m_verdict->setText(card.verdict);

    // Reuse the rows already there; the grid grows or shrinks only when the number of
    // figures changes (a gap appears, a band ends), not on every keystroke.
    while (m_rows.size() < card.lines.size()) {
        const int r = static_cast<int>(m_rows.size());
        Row row;
        row.label = new QLabel(this);
        row.label->setWordWrap(true);
        row.value = new QLabel(this);
        row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.value->installEventFilter(this);
        row.note = new QLabel(this);
        row.note->setWordWrap(true);
        row.note->setForegroundRole(QPalette::PlaceholderText);
        QFont nf = font();
        nf.setPointSizeF(font().pointSizeF() * 0.9);
        row.note->setFont(nf);
        // hidden until it has a text: a layout shows the widgets added to it unless they
        // were hidden explicitly, and an empty note would leave a blank line in the card
        row.note->hide();
        m_grid->addWidget(row.label, 2 * r, 0);
        m_grid->addWidget(row.value, 2 * r, 1);
        m_grid->addWidget(row.note, 2 * r + 1, 0, 1, 2);
        m_rows << row;
    }
    while (m_rows.size() > card.lines.size()) {
        const Row row = m_rows.takeLast();
        delete row.label;
        delete row.value;
        delete row.note;
    }
    for (qsizetype i = 0; i < card.lines.size(); ++i) {
        const CardLine &l = card.lines.at(i);
        const Row &row = m_rows.at(i);
        row.label->setText(l.label);
        // An unknown figure is flagged in words as well as in colour.
        row.value->setText(l.value);
        if (row.value->font().italic() != l.unknown) {
            QFont f = font();
            f.setItalic(l.unknown);
            row.value->setFont(f);
        }
        const QPalette::ColorRole valueRole
            = l.unknown || m_stale ? QPalette::PlaceholderText : QPalette::WindowText;
        if (row.value->foregroundRole() != valueRole)
            row.value->setForegroundRole(valueRole);
        const QPalette::ColorRole labelRole
            = m_stale ? QPalette::PlaceholderText : QPalette::WindowText;
        if (row.label->foregroundRole() != labelRole)
            row.label->setForegroundRole(labelRole);
        row.note->setText(l.note);
        if (row.note->isHidden() != l.note.isEmpty())
            row.note->setVisible(!l.note.isEmpty());
    }
    m_note->setText(card.note);
    if (m_note->isHidden() != card.note.isEmpty())
        m_note->setVisible(!card.note.isEmpty());
    updateTone();
    updateAccessibility();
}

QString CardWidget::toneWord(Card::Tone tone)
{
    switch (tone) {
    case Card::Tone::Good:
        return tr("✓ 正常");
    case Card::Tone::Warning:
        return tr("! 注意");
    case Card::Tone::Bad:
        return tr("✗ 不利");
    case Card::Tone::Unknown:
        return tr("? 未知");
    case Card::Tone::Neutral:
        break;
    }
    return tr("信息");
}

QColor CardWidget::toneColor(Card::Tone tone)
{
    // Chosen to stay distinct from each other on a light background and to differ in
    // lightness too; the badge's word carries the meaning in grayscale.
    switch (tone) {
    case Card::Tone::Good:
        return QColor(0x1e, 0x7b, 0x34);
    case Card::Tone::Warning:
        return QColor(0xb3, 0x6b, 0x00);
    case Card::Tone::Bad:
        return QColor(0xb0, 0x1e, 0x23);
    case Card::Tone::Unknown:
        return QColor(0x6a, 0x4c, 0x93);
    case Card::Tone::Neutral:
        break;
    }
    return QColor(0x45, 0x5a, 0x73);
}

void CardWidget::updateTone()
{
    const QColor c = m_stale ? QColor(0x80, 0x80, 0x80) : toneColor(m_card.tone);
    m_badge->setText(m_stale ? tr("基于上次有效输入") : toneWord(m_card.tone));
    if (m_badgeColor == c)
        return;
    m_badgeColor = c;
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel { color: white; background: %1; border-radius: 3px; font-weight: bold; }")
                               .arg(c.name()));
    QPalette p = m_verdict->palette();
    p.setColor(QPalette::WindowText, c);
    m_verdict->setPalette(p);
    update();
}

void CardWidget::updateAccessibility()
{
    setAccessibleName(
        tr("%1：%2").arg(m_card.title, m_stale ? tr("基于上次有效输入") : m_card.verdict));
    QStringList parts;
    for (const CardLine &l : m_card.lines)
        parts << tr("%1 %2").arg(l.label, l.value);
    if (!m_card.note.isEmpty())
        parts << m_card.note;
    setAccessibleDescription(parts.join(tr("；")));
}

void CardWidget::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

void CardWidget::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    m_filled = false;
    setCard(Card(m_card));
}

QString CardWidget::lineKeyOf(const QObject *child) const
{
    for (qsizetype i = 0; i < m_rows.size() && i < m_card.lines.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (child == row.label || child == row.value || child == row.note)
            return m_card.lines.at(i).key;
    }
    return QString();
}

void CardWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    emit clicked();
    const QString key = lineKeyOf(childAt(event->position().toPoint()));
    if (!key.isEmpty())
        emit lineActivated(key);
    QFrame::mousePressEvent(event);
}

bool CardWidget::eventFilter(QObject *watched, QEvent *event)
{
    // The figures are selectable (a clerk copies an amount), so a press on one does not
    // reach the card by itself: it still selects the card.
    if (event->type() == QEvent::MouseButtonPress) {
        setFocus(Qt::MouseFocusReason);
        emit clicked();
        const QString key = lineKeyOf(watched);
        if (!key.isEmpty())
            emit lineActivated(key);
    }
    return QFrame::eventFilter(watched, event);
}

void CardWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        emit moveRequested(-1);
        return;
    case Qt::Key_Down:
        emit moveRequested(1);
        return;
    case Qt::Key_Home:
        emit moveRequested(-1000);
        return;
    case Qt::Key_End:
        emit moveRequested(1000);
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit clicked();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void CardWidget::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void CardWidget::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void CardWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QPalette &pal = palette();
    p.setPen(QPen(m_selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
        m_selected ? 2.5 : 1));
    p.setBrush(m_selected ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    p.drawRoundedRect(r, 5, 5);
    // The tone stripe on the left edge.
    p.setPen(Qt::NoPen);
    p.setBrush(m_stale ? QColor(0x80, 0x80, 0x80) : toneColor(m_card.tone));
    p.drawRoundedRect(QRectF(r.left() + 3, r.top() + 6, 5, r.height() - 12), 2, 2);
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(3, 3, -3, -3), 4, 4);
    }
}

} // namespace yibao
