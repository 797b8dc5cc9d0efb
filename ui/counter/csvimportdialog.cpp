// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportdialog.h"

#include "forms/errorpath.h"
#include "forms/labels.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace yibao {

namespace {

    QTableView *tableOver(QStandardItemModel *model, QWidget *parent)
    {
        auto *view = new QTableView(parent);
        view->setModel(model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        return view;
    }

    QList<QStandardItem *> rowOf(const QStringList &texts)
    {
        QList<QStandardItem *> items;
        for (const QString &t : texts)
            items.append(new QStandardItem(t));
        return items;
    }

    // Lines of the file that were not imported: a line with two wrong fields is one line,
    // and errors of the whole file (encoding, header) are no data line.
    int rejectedLines(const CsvImport &import)
    {
        QSet<int> lines;
        for (const InputError &e : import.errors)
            if (e.line > import.headerLine)
                lines.insert(e.line);
        return int(lines.size());
    }

    QString linesText(const QList<int> &lines)
    {
        if (lines.isEmpty())
            return {};
        if (lines.size() == 1)
            return QString::number(lines.constFirst());
        return QStringLiteral("%1–%2").arg(lines.constFirst()).arg(lines.constLast());
    }

} // namespace

CsvImportDialog::CsvImportDialog(
    const CsvImport &import, const QString &fileName, bool caseHasPeriods, QWidget *parent)
    : QDialog(parent)
    , m_periods(new QStandardItemModel(this))
    , m_errors(new QStandardItemModel(this))
    , m_summary(new QLabel(this))
    , m_replace(new QRadioButton(tr("替换案例中现有的缴费记录(&R)"), this))
    , m_append(new QRadioButton(tr("追加到现有缴费记录之后(&A)"), this))
{
    setWindowTitle(tr("导入缴费记录：%1").arg(fileName));

    m_periods->setHorizontalHeaderLabels({ tr("起"), tr("止"), tr("月数"), tr("类型"),
        tr("缴费基数（元）"), tr("状态"), tr("到账日期"), tr("文件行") });
    for (qsizetype i = 0; i < import.periods.size(); ++i) {
        const ContributionPeriod &p = import.periods.at(i);
        m_periods->appendRow(rowOf({ p.from.toString(), p.to.toString(),
            QString::number(p.months()), Labels::kind(kindId(p.kind)),
            p.base ? p.base->toYuanString() : QString(), Labels::status(statusId(p.status)),
            p.paidOn ? p.paidOn->toString(Qt::ISODate) : QString(),
            i < import.periodLines.size() ? linesText(import.periodLines.at(i)) : QString() }));
    }

    m_errors->setHorizontalHeaderLabels({ tr("行"), tr("列"), tr("原因") });
    for (const InputError &e : import.errors) {
        const QString column = e.column > 0
            ? (e.path.isEmpty() ? QString::number(e.column)
                                : tr("%1（%2）").arg(e.column).arg(e.path))
            : QString();
        // the reason in the window's language, naming the column (core's catalogue); the
        // whole line, with its number, as the tooltip
        const QList<QStandardItem *> row
            = rowOf({ e.line > 0 ? QString::number(e.line) : QString(), column, errorText(e) });
        const QString whole = csvErrorLine(e);
        for (QStandardItem *item : row)
            item->setToolTip(whole);
        m_errors->appendRow(row);
    }

    m_summary->setWordWrap(true);
    QString summary = tr("编码 %1，读到 %2 行数据：%3 行可导入，合并为 %4 段；%5 行不能导入。")
                          .arg(import.encoding)
                          .arg(import.rowsRead)
                          .arg(import.rowsAccepted)
                          .arg(import.periods.size())
                          .arg(rejectedLines(import));
    // the notes in the window's language (core's catalogue)
    for (const InputError &n : import.noteItems)
        summary += QLatin1Char('\n') + errorText(n);
    m_summary->setText(summary);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *periodsBox = new QGroupBox(tr("将导入的缴费记录"), this);
    auto *pl = new QVBoxLayout(periodsBox);
    auto *periodsView = tableOver(m_periods, periodsBox);
    periodsView->setAccessibleName(tr("将导入的缴费记录"));
    periodsView->resizeColumnsToContents();
    pl->addWidget(periodsView);

    auto *errorsBox = new QGroupBox(tr("不能导入的行"), this);
    auto *el = new QVBoxLayout(errorsBox);
    auto *errorsView = tableOver(m_errors, errorsBox);
    errorsView->setAccessibleName(tr("不能导入的行"));
    errorsView->resizeColumnsToContents();
    el->addWidget(errorsView);
    if (import.errors.isEmpty()) {
        errorsView->hide();
        el->addWidget(new QLabel(tr("没有。每一行都读懂了。"), errorsBox));
    }

    auto *how = new QHBoxLayout;
    how->addWidget(m_replace);
    how->addWidget(m_append);
    how->addStretch(1);
    setReplaces(!caseHasPeriods);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("导入 %n 段", nullptr, int(import.periods.size())));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!import.periods.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(periodsBox, 3);
    layout->addWidget(errorsBox, 2);
    layout->addLayout(how);
    layout->addWidget(buttons);
    resize(900, 640);
}

bool CsvImportDialog::replaces() const
{
    return m_replace->isChecked();
}

void CsvImportDialog::setReplaces(bool replace)
{
    (replace ? m_replace : m_append)->setChecked(true);
}

CaseDraft CsvImportDialog::mergedDraft(
    const CaseDraft &draft, const QList<ContributionPeriod> &periods, bool replace)
{
    Case holder;
    holder.periods = periods;
    const QList<PeriodDraft> imported = CaseDraft::fromCase(holder).periods;
    CaseDraft d = draft;
    if (replace)
        d.periods.clear();
    d.periods.removeAll(PeriodDraft {});
    d.periods.append(imported);
    return d;
}

} // namespace yibao
