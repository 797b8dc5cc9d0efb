// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedfiguresnotice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace yibao {

SavedFiguresNotice::SavedFiguresNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_compare(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("savedFiguresNotice"));
    // the colours of the explanation pane's notice: a warning, not an error
    setStyleSheet(QStringLiteral("#savedFiguresNotice { border: 1px solid #b36b00; "
                                 "border-radius: 4px; background: #fff7e6; }"
                                 "#savedFiguresNotice QLabel { color: #222; }"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_compare);
    layout->addWidget(m_close);
    connect(m_compare, &QPushButton::clicked, this, &SavedFiguresNotice::compareRequested);
    connect(m_close, &QPushButton::clicked, this, &SavedFiguresNotice::closeRequested);
    retranslate();
}

void SavedFiguresNotice::setText(const QString &text, bool canCompare)
{
    m_label->setText(text);
    m_compare->setVisible(canCompare);
    setAccessibleDescription(text);
}

void SavedFiguresNotice::retranslate()
{
    m_compare->setText(tr("对比保存时的结果(&H)…"));
    m_close->setText(tr("关闭提示"));
    setAccessibleName(tr("政策配置版本已变"));
}

SavedFiguresDialog::SavedFiguresDialog(const QString &heading, const QString &savedHeader,
    const QString &nowHeader, const QList<FigureComparison> &figures, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(heading, this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("对比保存时的结果"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_model->setHorizontalHeaderLabels(
        { tr("结果卡片"), tr("项目"), savedHeader, nowHeader, tr("变化") });
    setFigures(figures);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("保存时与现在的结果"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->resizeColumnsToContents();
    // a verdict is a sentence: it wraps in its column rather than widening the dialog, and
    // the three text columns share whatever width the dialog has
    const int sentence = m_view->fontMetrics().averageCharWidth() * 30;
    for (int c : { int(LabelColumn), int(SavedColumn), int(NowColumn) })
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), sentence));
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c : { int(LabelColumn), int(SavedColumn), int(NowColumn) })
        columns->setSectionResizeMode(c, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    // every row and column without a scroll bar (bold rows are a little wider), as far
    // as the screen allows
    m_view->resizeRowsToContents();
    int width = m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth();
    for (int c = 0; c < ColumnCount; ++c)
        width += m_view->columnWidth(c) + 8;
    const int height = m_view->horizontalHeader()->sizeHint().height()
        + m_view->verticalHeader()->length() + 2 * m_view->frameWidth();
    m_view->setMinimumHeight(std::min(height, 600));
    const int margins = layout->contentsMargins().left() + layout->contentsMargins().right();
    const QRect screen
        = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 900);
    resize(std::min(std::max(720, width + margins), screen.width() - 40),
        std::min(sizeHint().height(), screen.height() - 40));
}

void SavedFiguresDialog::setFigures(const QList<FigureComparison> &figures)
{
    m_model->removeRows(0, m_model->rowCount());
    QString lastCard;
    for (const FigureComparison &f : figures) {
        QList<QStandardItem *> row;
        for (const QString &text : { f.card == lastCard ? QString() : f.card, f.label, f.saved,
                 f.now, f.changed() ? tr("有变化") : QString() })
            row << new QStandardItem(text);
        lastCard = f.card;
        row.at(LabelColumn)->setData(f.key, Qt::UserRole);
        // the reader's eye goes to what changed: bold, and said in words in the last column
        if (f.changed()) {
            for (QStandardItem *item : row) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            row.at(ChangeColumn)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_view->resizeRowsToContents();
}

} // namespace yibao
