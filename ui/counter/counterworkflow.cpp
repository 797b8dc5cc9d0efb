// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterworkflow.h"

#include "consultationlistdialog.h"
#include "csvimportdialog.h"
#include "plainmessage.h"
#include "saveconsultationdialog.h"
#include "savedfiguresnotice.h"

#include "model/casedocument.h"

#include "explain/corpus.h"
#include "io/csvimport.h"
#include "io/resultjson.h"
#include "policy/profileloader.h"
#include "present/cards.h"
#include "storage/autosavestore.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

namespace yibao {

CounterWorkflow::CounterWorkflow(CounterHost *host, const QString &databasePath)
    : QObject(host->hostWindow())
    , m_host(host)
    , m_window(host->hostWindow())
    , m_dbPath(databasePath)
    , m_timer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(AutosaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CounterWorkflow::autosave);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(AutosaveRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &CounterWorkflow::autosave);
    m_resolveConflict = [this](const Consultation &theirs) { return askAboutConflict(theirs); };
}

bool CounterWorkflow::autosaveRetryPending() const
{
    return m_retryTimer->isActive();
}

void CounterWorkflow::setAutosaveRetryInterval(int ms)
{
    m_retryTimer->setInterval(ms);
}

QString CounterWorkflow::storageErrorText(const QString &technical)
{
    if (Database::looksLikeFullDisk(technical))
        return tr("磁盘已满，或资料库所在的磁盘无法写入。请腾出磁盘空间（或检查磁盘），"
                  "窗口里的内容都还在。")
            + QStringLiteral("\n\n") + tr("详细信息：%1").arg(technical);
    return technical;
}

CounterWorkflow::~CounterWorkflow() = default;

void CounterWorkflow::start(RestoreMode mode)
{
    m_restoreMode = mode;
    openDatabase();
    applyRetention();
    buildMenu();
    m_window->installEventFilter(this);
    connect(m_host->document(), &CaseDocument::aboutToReset, this,
        [this] { setCurrent(Consultation {}); });
    connect(
        m_host->document(), &CaseDocument::resultChanged, this, &CounterWorkflow::updateNoticeText);
    // A clean exit (every unsaved change saved or deliberately discarded) leaves no
    // autosave behind; a crash or kill never gets here, and that is the point.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        m_timer->stop();
        m_retryTimer->stop();
        clearAutosave();
    });

    if (!m_dbOpen)
        return;
    if (mode == RestoreMode::Always) {
        QString error;
        restoreAutosave(&error);
        if (!error.isEmpty())
            std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        attachAutosave();
    } else if (mode == RestoreMode::Never) {
        attachAutosave();
    }
    // Ask: afterShown() asks, then attaches; until then the slot must not be overwritten.
}

void CounterWorkflow::openDatabase()
{
    m_db = std::make_unique<Database>(m_dbPath);
    QString error;
    m_dbOpen = DatabaseRecovery::open(*m_db, &m_recovery, &error);
    if (m_recovery.recovered || m_recovery.wasEmpty)
        std::fputs(qPrintable(m_recovery.toText() + QLatin1Char('\n')), stderr);
    if (!m_dbOpen) {
        m_dbError = error;
        std::fputs(qPrintable(QStringLiteral("database: ") + error + QLatin1Char('\n')), stderr);
        m_db.reset();
        setStatusNote(tr("资料库无法打开：不自动保存，咨询记录不可用"));
        return;
    }
    m_autosave = std::make_unique<AutosaveStore>(*m_db);
    m_consultations = std::make_unique<ConsultationStore>(*m_db);
    // A slot of this window's own: another window's unsaved case is never overwritten,
    // and never offered while that window runs.
    m_autosaveSlotOk = m_autosave->claimSlot(&error);
    if (!m_autosaveSlotOk) {
        m_autosaveError = error;
        std::fputs(qPrintable(QStringLiteral("autosave: ") + error + QLatin1Char('\n')), stderr);
    }
}

void CounterWorkflow::applyRetention()
{
    const int days
        = QSettings().value(QLatin1String(ConsultationListDialog::RetentionKey), 0).toInt();
    if (!m_dbOpen || days <= 0)
        return;
    QString error;
    if (const auto n = m_consultations->deleteOlderThan(days, &error))
        m_retentionDeleted = *n;
    else
        std::fputs(qPrintable(QStringLiteral("retention: ") + error + QLatin1Char('\n')), stderr);
    // The moved-aside damaged files hold the same names and ID numbers: the same limit.
    const QDateTime cutoff = QDateTime::currentDateTime().addDays(-days);
    for (const QString &f : damagedCopies()) {
        if (QFileInfo(f).lastModified() >= cutoff)
            continue;
        if (deleteDamagedCopy(f, &error))
            ++m_damagedDeleted;
        else
            std::fputs(
                qPrintable(QStringLiteral("retention: ") + error + QLatin1Char('\n')), stderr);
    }
}

QStringList CounterWorkflow::damagedCopies() const
{
    const QFileInfo db(m_dbPath);
    const QDir dir = db.absoluteDir();
    QStringList out;
    for (const QString &name :
        dir.entryList({ db.fileName() + QStringLiteral(".damaged-*") }, QDir::Files, QDir::Name)) {
        if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")))
            continue; // companions of a copy, deleted with it
        out << dir.filePath(name);
    }
    return out;
}

bool CounterWorkflow::deleteDamagedCopy(const QString &path, QString *error)
{
    if (!damagedCopies().contains(path)) {
        *error = tr("%1 不是损坏资料库的备份").arg(QDir::toNativeSeparators(path));
        return false;
    }
    for (const QString &f : Database::companionFiles(path)) {
        if (QFileInfo::exists(f) && !QFile::remove(f)) {
            *error = tr("无法删除 %1").arg(QDir::toNativeSeparators(f));
            return false;
        }
    }
    return true;
}

void CounterWorkflow::showDamagedCopies()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("损坏资料库的备份"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("资料库损坏时移开的文件。它们含有客户的姓名和完整身份证号，"
                                "确认不再需要后请删除。"),
        &dialog);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    auto *list = new QListWidget(&dialog);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *remove = buttons->addButton(tr("删除(&D)"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    const auto refill = [this, list, remove] {
        list->clear();
        for (const QString &f : damagedCopies()) {
            const QFileInfo info(f);
            auto *item = new QListWidgetItem(
                tr("%1（%2，%3 KB）")
                    .arg(QDir::toNativeSeparators(f),
                        info.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    .arg((info.size() + 1023) / 1024),
                list);
            item->setData(Qt::UserRole, f);
        }
        if (list->count() > 0)
            list->setCurrentRow(0);
        remove->setEnabled(list->count() > 0);
    };
    refill();
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(remove, &QPushButton::clicked, &dialog, [this, list, refill, &dialog] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const QString path = item->data(Qt::UserRole).toString();
        QMessageBox box(QMessageBox::Warning, tr("删除损坏资料库的备份"),
            tr("删除 %1？删除后无法恢复。").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::Cancel, &dialog);
        box.setTextFormat(Qt::PlainText);
        box.button(QMessageBox::Yes)->setText(tr("删除"));
        box.button(QMessageBox::Cancel)->setText(tr("取消"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
        QString error;
        if (!deleteDamagedCopy(path, &error))
            plainMessage(&dialog, QMessageBox::Warning, tr("删除损坏资料库的备份"), error);
        refill();
    });
    dialog.resize(640, 320);
    dialog.exec();
}

void CounterWorkflow::buildMenu()
{
    m_menu = new QMenu(m_window);
    m_saveAction = m_menu->addAction(QString(), this, &CounterWorkflow::showSaveDialog);
    m_listAction = m_menu->addAction(QString(), this, &CounterWorkflow::showListDialog);
    m_damagedAction = m_menu->addAction(QString(), this, &CounterWorkflow::showDamagedCopies);
    m_menu->addSeparator();
    m_csvAction = m_menu->addAction(QString(), this, &CounterWorkflow::importCsv);
    m_saveAction->setEnabled(m_dbOpen);
    m_listAction->setEnabled(m_dbOpen);
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Before the language menu, which stays last.
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> menus = bar->actions();
    // The import is also where people look for it: 文件, before the printing group.
    if (QMenu *file = menus.isEmpty() ? nullptr : menus.constFirst()->menu()) {
        const QList<QAction *> items = file->actions();
        const auto separator = std::find_if(
            items.cbegin(), items.cend(), [](const QAction *a) { return a->isSeparator(); });
        if (separator != items.cend()) {
            file->insertAction(*separator, m_csvAction);
            file->insertSeparator(m_csvAction);
        }
    }
    if (menus.size() >= 2)
        bar->insertMenu(menus.constLast(), m_menu);
    else
        bar->addMenu(m_menu);
    retranslate();
}

void CounterWorkflow::retranslate()
{
    m_menu->setTitle(tr("咨询(&C)"));
    m_saveAction->setText(tr("保存为咨询记录(&S)…"));
    m_listAction->setText(tr("咨询记录(&L)…"));
    m_csvAction->setText(tr("导入缴费记录(CSV)(&I)…"));
    m_damagedAction->setText(tr("损坏资料库的备份(&B)…"));
    if (!m_dbOpen)
        setStatusNote(tr("资料库无法打开：不自动保存，咨询记录不可用"));
    if (m_notice) {
        m_notice->retranslate();
        updateNoticeText();
    }
}

bool CounterWorkflow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange && m_menu)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QString CounterWorkflow::statusNote() const
{
    return m_statusLabel ? m_statusLabel->text() : QString();
}

void CounterWorkflow::setStatusNote(const QString &text)
{
    if (!m_statusLabel) {
        m_statusLabel = new QLabel(m_window);
        m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_window->statusBar()->addPermanentWidget(m_statusLabel);
    }
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void CounterWorkflow::notify(const QString &title, const QString &text, bool warning)
{
    // Not modal: the clerk may have a client waiting and reads it when there is time.
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
        text, QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText);
    box->button(QMessageBox::Ok)->setText(tr("知道了"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void CounterWorkflow::afterShown()
{
    if (!m_dbOpen) {
        notify(tr("资料库无法打开"),
            tr("程序的资料库无法打开：\n%"
               "1\n\n程序照常可用，但这次不会自动保存正在输入的案例，也不能保存或查找咨询记录。"
               "请用“文件→另存为”保存案例，并检查该文件夹是否可写、磁盘是否已满。")
                .arg(m_dbError),
            true);
    } else if (m_recovery.recovered) {
        showRecoveryMessage();
    } else if (m_recovery.wasEmpty) {
        notify(tr("资料库文件是空的"),
            tr("程序的资料库文件是空的（0 字节）：\n%1\n\n已把它当作新资料库使用，"
               "其中没有以前的咨询记录。如果以前在这台电脑上保存过咨询记录，"
               "它们不在这个文件里（可能文件被清空或换过）。")
                .arg(QDir::toNativeSeparators(m_dbPath)),
            true);
    }
    if (m_damagedDeleted > 0)
        m_window->statusBar()->showMessage(
            tr("已按保留期限删除 %n 个损坏资料库的备份", nullptr, m_damagedDeleted), 10000);
    if (m_retentionDeleted > 0)
        m_window->statusBar()->showMessage(
            tr("已按保留期限删除 %n 条旧咨询记录", nullptr, int(m_retentionDeleted)), 10000);
    if (m_dbOpen && m_restoreMode == RestoreMode::Ask)
        QTimer::singleShot(0, this, &CounterWorkflow::offerRestore);
}

void CounterWorkflow::showRecoveryMessage()
{
    // A few lines: what happened, where the file is, what came back. integrity_check's
    // words and the salvage notes (up to a hundred lines) go under 详细信息.
    QString text = tr("程序的资料库已损坏，已移开并新建资料库。\n损坏的文件已移到：\n%1")
                       .arg(QDir::toNativeSeparators(m_recovery.damagedPath));
    if (m_recovery.consultationsFound > 0)
        text += QLatin1Char('\n')
            + tr("从损坏的文件中找回 %1 条咨询记录中的 %2 条。")
                  .arg(m_recovery.consultationsFound)
                  .arg(m_recovery.consultationsSalvaged);
    else if (!m_recovery.notes.isEmpty())
        text += QLatin1Char('\n') + tr("损坏的文件中的咨询记录无法读出；该文件仍保留在上述位置。");
    else
        text += QLatin1Char('\n') + tr("损坏的文件中没有咨询记录。");
    if (m_recovery.casesLost > 0)
        text += QLatin1Char('\n')
            + tr("其中 %n 条的案例已无法读出，记录已保留并加了备注。", nullptr,
                m_recovery.casesLost);
    if (m_recovery.consultationsLost > 0)
        text += QLatin1Char('\n')
            + tr("最多 %n 条咨询记录无法读出。", nullptr, m_recovery.consultationsLost);
    if (m_recovery.autosaveSalvaged)
        text += QLatin1Char('\n') + tr("上次未保存的案例也已找回。");
    m_window->statusBar()->showMessage(tr("资料库已损坏，已移开并新建"), 15000);

    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("资料库已修复"), text, QMessageBox::Ok, m_window);
    box->setTextFormat(Qt::PlainText);
    box->button(QMessageBox::Ok)->setText(tr("知道了"));
    box->setDetailedText(tr("损坏的原因：%1").arg(m_recovery.problem) + QStringLiteral("\n\n")
        + m_recovery.notes.join(QLatin1Char('\n')));
    // Qt's own label for the button is English unless Qt's translations are installed.
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) != QMessageBox::ActionRole)
            continue;
        b->setText(tr("详细信息…"));
        b->setObjectName(QStringLiteral("detailsButton"));
        auto shown = std::make_shared<bool>(false);
        connect(b, &QAbstractButton::clicked, box, [this, b, shown] {
            *shown = !*shown;
            // After QMessageBox's own relabelling, which is Qt's English.
            QTimer::singleShot(0, b,
                [this, b, shown] { b->setText(*shown ? tr("隐藏详细信息") : tr("详细信息…")); });
        });
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void CounterWorkflow::offerRestore()
{
    // Only the cases of windows that are gone: a window still running keeps its own.
    // Newest first; one is restored at most (the window holds one case), each declined
    // one is deleted, and any after a restored one stay for the next window.
    QString error;
    const auto orphans = m_autosave->orphans(&error);
    if (!orphans && !error.isEmpty())
        m_window->statusBar()->showMessage(tr("无法读取自动保存：%1").arg(error), 10000);
    for (const Autosave &slot : orphans.value_or(QList<Autosave> {})) {
        const QString what = slot.filePath.isEmpty()
            ? tr("一个未保存的新案例")
            : tr("案例 %1 的未保存修改").arg(QDir::toNativeSeparators(slot.filePath));
        QMessageBox box(QMessageBox::Question, tr("恢复未保存的案例"),
            tr("上次程序没有正常退出，留下了%1（%2 自动保存）。要恢复吗？")
                .arg(what, slot.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QMessageBox::Yes | QMessageBox::No, m_window);
        box.setTextFormat(Qt::PlainText);
        box.button(QMessageBox::Yes)->setText(tr("恢复(&R)"));
        box.button(QMessageBox::No)->setText(tr("不要，删掉它(&D)"));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() == QMessageBox::Yes) {
            if (!restoreSlot(slot, &error))
                plainMessage(m_window, QMessageBox::Warning, tr("恢复未保存的案例"), error);
            break;
        }
        if (!m_autosave->discard(slot.slot, &error))
            m_window->statusBar()->showMessage(error, 10000);
    }
    m_autosave->releaseOrphans();
    attachAutosave();
}

bool CounterWorkflow::restoreAutosave(QString *error)
{
    if (!m_dbOpen)
        return false;
    const auto orphans = m_autosave->orphans(error);
    bool ok = false;
    if (orphans && !orphans->isEmpty())
        ok = restoreSlot(orphans->constFirst(), error);
    m_autosave->releaseOrphans();
    return ok;
}

bool CounterWorkflow::restoreSlot(const Autosave &slot, QString *error)
{
    CaseDocument *doc = m_host->document();
    // The file it belongs to is opened first so that 保存 writes back to it; then the
    // unsaved text replaces what the file says.
    QString ignored;
    if (slot.filePath.isEmpty() || !QFileInfo::exists(slot.filePath)
        || !m_host->openFile(slot.filePath, &ignored))
        doc->newCase();
    if (!doc->openBytes(slot.caseJson, error)) {
        *error = tr("自动保存的案例无法读取：%1").arg(*error);
        return false;
    }
    doc->undoStack()->resetClean(); // not saved anywhere yet: closing asks
    if (slot.consultationId > 0) {
        QString ignore;
        if (const auto c = m_consultations->load(slot.consultationId, &ignore))
            setCurrent(*c);
    }
    // This window's slot from now on; the gone window's is let go in the same transaction.
    if (m_autosave->adopt(slot, error))
        m_autosaveWritten = true;
    else
        std::fputs(qPrintable(*error + QLatin1Char('\n')), stderr);
    error->clear();
    m_window->statusBar()->showMessage(tr("已恢复上次未保存的案例"), 10000);
    return true;
}

void CounterWorkflow::attachAutosave()
{
    if (m_autosaveAttached || !m_dbOpen || !m_autosaveSlotOk)
        return;
    m_autosaveAttached = true;
    CaseDocument *doc = m_host->document();
    connect(doc, &CaseDocument::draftChanged, m_timer, qOverload<>(&QTimer::start));
    connect(doc, &CaseDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) { // saved to its file, or a case opened in its place
            m_timer->stop();
            m_retryTimer->stop();
            clearAutosave();
        }
    });
}

void CounterWorkflow::flushAutosave()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        autosave();
    }
}

void CounterWorkflow::autosave()
{
    CaseDocument *doc = m_host->document();
    if (!doc->isModified()) {
        m_retryTimer->stop();
        clearAutosave();
        return;
    }
    // serialized() keeps a draft with wrong values as typed, so that is what comes back.
    QString error;
    if (m_autosave->save(doc->serialized(), doc->filePath(), &error, m_current.id)) {
        m_autosaveWritten = true;
        m_retryTimer->stop();
        if (!m_autosaveError.isEmpty()) {
            m_autosaveError.clear();
            setStatusNote(QString());
            m_statusLabel->setToolTip(QString());
            m_window->statusBar()->showMessage(tr("自动保存已恢复"), 5000);
        }
        return;
    }
    // Tried again on a timer while it is pending: once space returns the case is written
    // without waiting for another edit.
    m_retryTimer->start();
    m_autosaveError = error;
    setStatusNote(tr("自动保存失败，请用“文件→另存为”保存案例"));
    m_statusLabel->setToolTip(storageErrorText(error));
    if (!m_autosaveWarned) {
        m_autosaveWarned = true;
        notify(tr("自动保存失败"),
            tr("正在输入的案例无法自动保存：\n%"
               "1\n\n窗口里的内容都还在，程序会每隔几秒再试。也可以用“文件→另存为”"
               "把案例保存到别处（例如 U 盘）。")
                .arg(storageErrorText(error)),
            true);
    }
}

void CounterWorkflow::clearAutosave()
{
    if (!m_dbOpen || !m_autosaveWritten)
        return;
    QString error;
    if (m_autosave->clear(&error))
        m_autosaveWritten = false;
}

std::optional<qint64> CounterWorkflow::saveConsultation(
    const Consultation &details, QString *error, bool asNew)
{
    if (!m_dbOpen) {
        *error = tr("资料库无法打开：%1").arg(m_dbError);
        return std::nullopt;
    }
    const CaseDocument *doc = m_host->document();
    if (!doc->inputErrors().isEmpty() || !doc->hasResult()) {
        *error = tr("案例中还有 %n 处输入需要修改，改正后才能保存为咨询记录。"
                    "（按原样保存可用“文件→另存为”。）",
            nullptr, int(doc->inputErrors().size()));
        return std::nullopt;
    }
    Consultation c = details;
    c.id = asNew ? 0 : m_current.id;
    // The version it was read at: a save from another window since then is not replaced
    // without asking.
    c.version = asNew ? 0 : m_current.version;
    c.c = doc->caseData();
    c.corpusVersion = Corpus::bundledVersion();
    // The figures the clerk sees now, with the profile and version they came from, so that
    // a reopening under another version can show them beside its own.
    c.profileVersion = doc->result().profileVersion;
    c.resultJson = ResultJson::toCompactJson(doc->result(), false);
    bool conflict = false;
    QString why;
    auto id = m_consultations->save(c, &why, &conflict);
    if (!id && conflict) {
        QString readError;
        const auto theirs = m_consultations->load(c.id, &readError);
        if (!theirs) {
            *error = storageErrorText(readError);
            return std::nullopt;
        }
        switch (m_resolveConflict(*theirs)) {
        case ConflictChoice::ReloadTheirs:
            m_timer->stop();
            m_host->document()->setCase(theirs->c);
            m_host->document()->undoStack()->setClean();
            setCurrent(*theirs);
            m_window->statusBar()->showMessage(tr("已载入另一窗口保存的版本"), 5000);
            return theirs->id;
        case ConflictChoice::KeepMineAsNew:
            c.id = 0;
            c.version = 0;
            break;
        case ConflictChoice::Overwrite:
            c.version = 0;
            break;
        case ConflictChoice::Cancel:
            error->clear();
            return std::nullopt;
        }
        id = m_consultations->save(c, &why);
    }
    if (!id) {
        *error = tr("咨询记录没有保存：资料库写入失败。填写的姓名和身份证号都还在，请稍后再试，"
                    "或用“文件→另存为”把案例存成文件。")
            + QStringLiteral("\n\n") + storageErrorText(why);
        return std::nullopt;
    }
    // Saved: the case is no longer "unsaved", and quitting does not ask about it.
    m_host->document()->undoStack()->setClean();
    QString ignored;
    if (const auto saved = m_consultations->load(*id, &ignored))
        setCurrent(*saved);
    else
        m_current.id = *id;
    // Kept in the database now: nothing typed is lost if the program stops here.
    m_timer->stop();
    m_retryTimer->stop();
    clearAutosave();
    return id;
}

CounterWorkflow::ConflictChoice CounterWorkflow::askAboutConflict(const Consultation &theirs)
{
    QMessageBox box(QMessageBox::Warning, tr("咨询记录已在别处修改"),
        tr("这条咨询记录（%1）在您打开之后已由另一个窗口保存过（%2）。要怎么办？")
            .arg(theirs.clientName.isEmpty() ? tr("未留姓名") : theirs.clientName,
                theirs.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    QPushButton *asNew = box.addButton(tr("我的另存为新记录(&N)"), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("载入对方的版本(&R)"), QMessageBox::DestructiveRole);
    QPushButton *overwrite = box.addButton(tr("用我的覆盖(&O)"), QMessageBox::DestructiveRole);
    box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.setDefaultButton(asNew); // nothing is lost
    box.exec();
    if (box.clickedButton() == asNew)
        return ConflictChoice::KeepMineAsNew;
    if (box.clickedButton() == reload)
        return ConflictChoice::ReloadTheirs;
    if (box.clickedButton() == overwrite)
        return ConflictChoice::Overwrite;
    return ConflictChoice::Cancel;
}

bool CounterWorkflow::openConsultation(qint64 id, QString *error)
{
    const auto c = m_consultations->load(id, error);
    if (!c)
        return false;
    CaseDocument *doc = m_host->document();
    m_host->newCase(); // asks about unsaved changes and forgets the file name
    if (doc->isModified()) {
        error->clear(); // cancelled: nothing to report
        return false;
    }
    if (c->caseLost) {
        // Kept from a damaged database without its case: the details are there, the case
        // is typed again and saved into the same consultation.
        setCurrent(*c);
        plainMessage(m_window, QMessageBox::Information, tr("打开咨询记录"),
            tr("这条咨询记录的案例在资料库损坏时丢失了，只剩客户资料和备注。"
               "请重新输入案例，保存时会存回这条记录。"));
        return true;
    }
    doc->setCase(c->c);
    setCurrent(*c);
    const QString who = c->clientName.isEmpty() ? tr("未留姓名") : c->clientName;
    // The figures are computed again with the profile of today; when its version is not
    // the one the consultation was saved with, they may differ from what the client was
    // told, and the clerk is told so.
    const PolicyProfile *profile = doc->library().profiles().find(c->c.profile);
    if (profile && !c->profileVersion.isEmpty() && c->profileVersion != profile->version) {
        m_window->statusBar()->showMessage(
            tr("已打开 %1 的咨询记录。注意：它保存时的政策配置是 %2 版本 %3，现行版本是 %4，"
               "数字已按现行版本重新计算，可能与当时告知客户的不同。")
                .arg(who, c->c.profile, c->profileVersion, profile->version),
            60000);
        ProfileChange change;
        change.profileId = c->c.profile;
        change.savedVersion = c->profileVersion;
        change.nowVersion = profile->version;
        change.savedAt = c->updatedAt;
        if (!c->resultJson.isEmpty()) {
            QString why;
            change.saved = ResultJson::readFigures(c->resultJson, &why);
            change.unreadable = !change.saved;
            if (!change.saved)
                std::fputs(qPrintable(QStringLiteral("consultation %1: the figures kept with it "
                                                     "do not read: %2\n")
                                          .arg(id)
                                          .arg(why)),
                    stderr);
        }
        m_profileChange = change;
        showProfileChange();
    } else {
        m_window->statusBar()->showMessage(tr("已打开 %1 的咨询记录").arg(who), 5000);
    }
    return true;
}

void CounterWorkflow::showProfileChange()
{
    auto *notice = new SavedFiguresNotice;
    connect(
        notice, &SavedFiguresNotice::compareRequested, this, &CounterWorkflow::showSavedFigures);
    connect(notice, &SavedFiguresNotice::closeRequested, this, [this] {
        m_host->setNotice(nullptr); // the comparison stays open if it is
        m_notice = nullptr;
        m_window->setFocus();
    });
    m_notice = notice;
    updateNoticeText();
    m_host->setNotice(notice);
}

SavedFiguresNotice *CounterWorkflow::savedFiguresNotice() const
{
    return m_notice;
}

SavedFiguresDialog *CounterWorkflow::savedFiguresDialog() const
{
    return m_figuresDialog;
}

QList<FigureComparison> CounterWorkflow::savedFigureComparison() const
{
    const CaseDocument *doc = m_host->document();
    if (!m_profileChange || !m_profileChange->saved || !doc->hasResult())
        return {};
    return compareHeadlineFigures(
        doc->caseData(), *m_profileChange->saved, doc->result(), cardformat::language());
}

void CounterWorkflow::updateNoticeText()
{
    if (!m_notice || !m_profileChange)
        return;
    const ProfileChange &p = *m_profileChange;
    QString text = tr("这条咨询记录保存时按政策配置 %1 的 %2 版计算，现行版本是 %3，"
                      "下面的结果已按现行版本重新计算。")
                       .arg(p.profileId, p.savedVersion, p.nowVersion);
    if (p.unreadable) {
        text += tr("保存时存档的结果无法读取，无法对比。");
    } else if (!p.saved) {
        text += tr("保存时的结果未存档，无法对比。");
    } else {
        const QList<FigureComparison> figures = savedFigureComparison();
        if (m_figuresDialog)
            m_figuresDialog->setFigures(figures); // open beside the case while it is edited
        const int changed = int(std::count_if(figures.cbegin(), figures.cend(),
            [](const FigureComparison &f) { return f.changed(); }));
        text += changed == 0 ? tr("与保存时相比，主要数字没有变化。")
                             : tr("与保存时相比，有 %n 项主要数字不同。", nullptr, changed);
    }
    m_notice->setText(text, p.saved.has_value());
}

void CounterWorkflow::showSavedFigures()
{
    if (!m_profileChange || !m_profileChange->saved)
        return;
    const ProfileChange &p = *m_profileChange;
    if (m_figuresDialog)
        m_figuresDialog->close(); // rebuilt with the figures of now
    const QString savedAt = p.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString heading
        = tr("左列是 %1 保存这条咨询记录时显示的结果（政策配置 %2 的 %3 版，计算日期 %4）；"
             "右列是现在按现行版本 %5 和窗口中的输入计算的结果。")
              .arg(savedAt, p.profileId, p.savedVersion, p.saved->asOf.toString(Qt::ISODate),
                  p.nowVersion);
    auto *dialog = new SavedFiguresDialog(heading, tr("保存时（%1 版）").arg(p.savedVersion),
        tr("现在（%1 版）").arg(p.nowVersion), savedFigureComparison(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_figuresDialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void CounterWorkflow::dropProfileChange()
{
    m_profileChange.reset();
    if (m_figuresDialog)
        m_figuresDialog->close();
    if (m_notice) {
        m_host->setNotice(nullptr); // deleted later
        m_notice = nullptr;
    }
}

void CounterWorkflow::showSaveDialog()
{
    const CaseDocument *doc = m_host->document();
    if (!doc->inputErrors().isEmpty() || !doc->hasResult()) {
        // Said before the dialog, not after the clerk has typed the client's details.
        QString error;
        saveConsultation({}, &error);
        plainMessage(m_window, QMessageBox::Information, tr("保存为咨询记录"), error);
        return;
    }
    SaveConsultationDialog dialog(m_window);
    dialog.setPerson(doc->caseData().person.birth, sexId(doc->caseData().person.sex));
    dialog.setDetails(m_current);
    // A failed save says why and opens the dialog again with what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (saveConsultation(dialog.details(), &error, dialog.saveAsNew())) {
            m_window->statusBar()->showMessage(tr("已保存为咨询记录"), 5000);
            return;
        }
        if (error.isEmpty())
            return; // cancelled in the conflict question
        plainMessage(m_window, QMessageBox::Warning, tr("保存为咨询记录"), error);
    }
}

void CounterWorkflow::showListDialog()
{
    if (!m_dbOpen)
        return;
    ConsultationListDialog dialog(*m_consultations, m_window);
    qint64 chosen = 0;
    connect(&dialog, &ConsultationListDialog::openRequested, this,
        [&chosen](qint64 id) { chosen = id; });
    dialog.exec();
    QString ignored;
    if (m_current.id && !m_consultations->load(m_current.id, &ignored))
        m_current.id = 0; // deleted in the list: a later save makes a new one
    if (!chosen)
        return;
    QString error;
    if (!openConsultation(chosen, &error) && !error.isEmpty())
        plainMessage(m_window, QMessageBox::Warning, tr("打开咨询记录"), error);
}

void CounterWorkflow::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("导入缴费记录"),
        QSettings().value(QStringLiteral("counter/csvDir"), QDir::homePath()).toString(),
        tr("缴费记录 (*.csv *.txt);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("counter/csvDir"), QFileInfo(path).absolutePath());
    importCsvFile(path);
}

bool CounterWorkflow::importCsvFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        plainMessage(m_window, QMessageBox::Warning, tr("导入缴费记录"),
            tr("无法打开 %1：%2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    const CsvImport import = importContributionCsv(f.readAll());
    CaseDocument *doc = m_host->document();
    bool hasPeriods = false;
    for (const PeriodDraft &p : doc->draft().periods)
        hasPeriods = hasPeriods || !(p == PeriodDraft {});
    CsvImportDialog dialog(import, QFileInfo(path).fileName(), hasPeriods, m_window);
    Q_EMIT csvPreviewShown(&dialog);
    if (dialog.exec() != QDialog::Accepted || import.periods.isEmpty())
        return false;
    doc->edit(CsvImportDialog::mergedDraft(doc->draft(), import.periods, dialog.replaces()),
        tr("导入缴费记录 %1").arg(QFileInfo(path).fileName()));
    m_window->statusBar()->showMessage(
        tr("已导入 %n 段缴费记录", nullptr, int(import.periods.size())), 5000);
    return true;
}

void CounterWorkflow::setCurrent(const Consultation &c)
{
    // Another case, or this one saved again (its figures now are the saved ones): what was
    // said about the version it had been saved with no longer holds.
    dropProfileChange();
    m_current = c;
    // The 明白纸 names the client (masked ID) of the consultation the case belongs to.
    m_host->setClientIdentity(ClientIdentity { c.clientName, c.idNumber, c.id });
}

} // namespace yibao
