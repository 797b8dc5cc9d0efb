// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultationlistdialog.h"

#include "plainmessage.h"

#include "consultationmodel.h"

#include "storage/consultationstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace yibao {

ConsultationListDialog::ConsultationListDialog(ConsultationStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ConsultationModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_retention(new QSpinBox(this))
    , m_open(new QPushButton(tr("打开(&O)"), this))
    , m_delete(new QPushButton(tr("删除(&D)…"), this))
    , m_export(new QPushButton(tr("导出(&E)…"), this))
    , m_import(new QPushButton(tr("导入(&I)…"), this))
{
    setWindowTitle(tr("咨询记录"));
    m_filter->setPlaceholderText(tr("按姓名、身份证号后 4 位或日期（如 2026-11）查找"));
    m_filter->setAccessibleName(tr("查找咨询记录"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("咨询记录列表"));
    m_view->setColumnWidth(ConsultationModel::SavedColumn, 140);
    m_view->setColumnWidth(ConsultationModel::NameColumn, 100);
    m_view->setColumnWidth(ConsultationModel::IdColumn, 190);
    m_view->setColumnWidth(ConsultationModel::NoteColumn, 200);

    m_retention->setRange(0, 3650);
    m_retention->setSpecialValueText(tr("一直保留"));
    m_retention->setSuffix(tr(" 天"));
    m_retention->setValue(QSettings().value(QLatin1String(RetentionKey), 0).toInt());
    m_retention->setAccessibleName(tr("保留天数"));
    m_retention->setToolTip(tr("超过这么多天未再保存的咨询记录在程序下次启动时删除；0 为一直保留"));
    connect(m_retention, &QSpinBox::valueChanged, this,
        [](int days) { QSettings().setValue(QLatin1String(RetentionKey), days); });

    auto *top = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("查找(&F)："), this);
    findLabel->setBuddy(m_filter);
    top->addWidget(findLabel);
    top->addWidget(m_filter, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto *retentionLabel = new QLabel(tr("保留(&K)："), this);
    retentionLabel->setBuddy(m_retention);
    buttons->addWidget(retentionLabel);
    buttons->addWidget(m_retention);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addLayout(buttons);
    layout->addWidget(close);

    // Enter in the search box opens the first match.
    m_open->setDefault(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ConsultationListDialog::refresh);
    connect(m_view, &QTableView::doubleClicked, this, &ConsultationListDialog::openSelected);
    connect(m_open, &QPushButton::clicked, this, &ConsultationListDialog::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &ConsultationListDialog::deleteSelected);
    connect(m_export, &QPushButton::clicked, this, &ConsultationListDialog::exportSelected);
    connect(m_import, &QPushButton::clicked, this, &ConsultationListDialog::importFile);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsultationListDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConsultationListDialog::updateButtons);

    refresh();
    resize(860, 520);
}

void ConsultationListDialog::refresh()
{
    const ConsultationFilter filter = ConsultationFilter::fromQuery(m_filter->text());
    QString error;
    const auto rows = m_store.list(filter, &error);
    if (!rows) {
        m_model->setRows({});
        m_count->setText(tr("无法读取咨询记录：%1").arg(error));
        return;
    }
    m_model->setRows(*rows);
    const auto total = m_store.count(&error, filter);
    const int n = int(rows->size());
    if (total && *total > n)
        m_count->setText(tr("显示最近 %1 条，共 %2 条").arg(n).arg(*total));
    else if (filter.isEmpty())
        m_count->setText(tr("共 %n 条咨询记录", nullptr, n));
    else
        m_count->setText(tr("找到 %n 条", nullptr, n));
    if (n > 0)
        m_view->selectRow(0);
}

qint64 ConsultationListDialog::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.constFirst().data(ConsultationModel::IdRole).toLongLong();
}

void ConsultationListDialog::updateButtons()
{
    const bool any = selectedId() != 0;
    m_open->setEnabled(any);
    m_delete->setEnabled(any);
    m_export->setEnabled(any);
}

void ConsultationListDialog::openSelected()
{
    if (const qint64 id = selectedId()) {
        Q_EMIT openRequested(id);
        accept();
    }
}

bool ConsultationListDialog::removeId(qint64 id, QString *error)
{
    if (!m_store.remove(id, error))
        return false;
    refresh();
    return true;
}

void ConsultationListDialog::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const QModelIndex current = m_view->selectionModel()->selectedRows().constFirst();
    const QString name
        = m_model->index(current.row(), ConsultationModel::NameColumn).data().toString();
    const QString when
        = m_model->index(current.row(), ConsultationModel::SavedColumn).data().toString();
    QMessageBox box(QMessageBox::Warning, tr("删除咨询记录"),
        tr("删除 %1（%2 保存）的咨询记录？删除后无法恢复。")
            .arg(name.isEmpty() ? tr("未留姓名") : name, when),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText); // a name such as <b>x</b> is shown as typed
    box.button(QMessageBox::Yes)->setText(tr("删除"));
    box.button(QMessageBox::Cancel)->setText(tr("取消"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    QString error;
    if (!removeId(id, &error))
        plainMessage(this, QMessageBox::Warning, tr("删除咨询记录"), error);
}

bool ConsultationListDialog::exportTo(qint64 id, const QString &path, QString *error)
{
    const auto bytes = m_store.exportJson(id, error);
    if (!bytes)
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.commit()) {
        *error = tr("无法写入 %1：%2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

void ConsultationListDialog::exportSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("导出案例"),
        QDir::home().filePath(QStringLiteral("consultation-%1.yibao.json").arg(id)),
        tr("医保案例 (*.yibao.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(id, path, &error))
        plainMessage(this, QMessageBox::Warning, tr("导出案例"), error);
}

std::optional<qint64> ConsultationListDialog::importFrom(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("无法打开 %1：%2").arg(QDir::toNativeSeparators(path), f.errorString());
        return std::nullopt;
    }
    Consultation details;
    details.note = tr("导入自 %1").arg(QFileInfo(path).fileName());
    InputErrors errors;
    const auto id = m_store.importJson(f.readAll(), details, &errors);
    if (!id) {
        QStringList lines;
        for (const auto &e : std::as_const(errors))
            lines.append(e.toString());
        *error = tr("无法导入 %1：\n%2")
                     .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n')));
        return std::nullopt;
    }
    m_filter->clear();
    refresh();
    return id;
}

void ConsultationListDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("导入案例"), QDir::homePath(), tr("医保案例 (*.yibao.json *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importFrom(path, &error))
        plainMessage(this, QMessageBox::Warning, tr("导入案例"), error);
}

} // namespace yibao
