// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/savedfigures.h"

#include <QDialog>
#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace yibao {

// The strip above the panes of a reopened consultation whose profile version has changed
// since it was saved: it says so, and offers the figures of then beside those of now. It
// only shows the text it is given and asks for the comparison.
class SavedFiguresNotice : public QFrame
{
    Q_OBJECT
public:
    explicit SavedFiguresNotice(QWidget *parent = nullptr);

    // The words, and whether the saved figures can be compared (they were kept).
    void setText(const QString &text, bool canCompare);
    void retranslate();

    QLabel *label() const { return m_label; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void compareRequested();
    void closeRequested();

private:
    QLabel *m_label;
    QPushButton *m_compare;
    QPushButton *m_close;
};

// The headline figures as saved and as now, one row each, the changed ones marked. Not
// modal: the clerk can look at the cards beside it.
class SavedFiguresDialog : public QDialog
{
    Q_OBJECT
public:
    // The columns of model().
    enum Column
    {
        CardColumn, // the card's title, on the first row of its figures
        LabelColumn,
        SavedColumn,
        NowColumn,
        ChangeColumn, // "有变化" or empty
        ColumnCount,
    };

    SavedFiguresDialog(const QString &heading, const QString &savedHeader, const QString &nowHeader,
        const QList<FigureComparison> &figures, QWidget *parent = nullptr);

    // The rows again, the figures of now having changed (the case was edited while open).
    void setFigures(const QList<FigureComparison> &figures);

    QStandardItemModel *model() const { return m_model; }
    QLabel *headingLabel() const { return m_heading; }
    QTableView *view() const { return m_view; }

private:
    QLabel *m_heading;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace yibao
