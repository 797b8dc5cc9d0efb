// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "language.h"
#include "model/casedocument.h"

#include "domain/idnumber.h"
#include "explain/articlebrowser.h"
#include "explain/explanationpane.h"
#include "forms/amountedit.h"
#include "forms/entrytable.h"
#include "forms/errorpath.h"
#include "forms/eventsform.h"
#include "forms/periodsform.h"
#include "forms/periodsmodel.h"
#include "forms/personform.h"
#include "forms/retirementform.h"
#include "policy/profileloader.h"
#include "report/reportdialogs.h"
#include "report/reportwriter.h"
#include "results/resultspane.h"
#include "timeline/timelinewidget.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace yibao {

namespace {

    const QLatin1String RecentKey("files/recent");
    const QLatin1String LastDirKey("files/lastDir");
    const QLatin1String SplitterKey("window/splitter");
    const QLatin1String GeometryKey("window/geometry");
    const QLatin1String ZoomKey("window/zoom");
    constexpr int MinZoom = 70;
    constexpr int MaxZoom = 200;
    constexpr int ZoomStep = 10;
    constexpr int MaxRecent = 8;
    // The as-of date edit steps day by day; its steps merge into one undo step.
    constexpr int AsOfMergeKey = 102;
    constexpr int PayOnMergeKey = 103;

    // 张三 → 张*, 王小明 → 王*明: enough for the clerk to tell the window, not for a
    // passer-by to read the name.
    QString maskedName(const QString &name)
    {
        const QString n = name.trimmed();
        if (n.size() <= 1)
            return n;
        if (n.size() == 2)
            return n.left(1) + QLatin1Char('*');
        return n.left(1) + QString(n.size() - 2, QLatin1Char('*')) + n.right(1);
    }

    enum Tab
    {
        PersonTab,
        PeriodsTab,
        RetirementTab,
        EventsTab
    };

} // namespace

MainWindow::MainWindow(const Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new CaseDocument(library, this))
{
    buildActions();
    buildMenus();
    buildTopBar();
    buildPanes();

    connect(m_doc, &CaseDocument::aboutToReset, this, &MainWindow::forgetShownCase);
    connect(m_doc, &CaseDocument::resultChanged, this, &MainWindow::showResult);
    connect(m_doc, &CaseDocument::inputErrorsChanged, this, &MainWindow::showInputErrors);
    connect(m_doc, &CaseDocument::draftChanged, this, &MainWindow::loadProfileChoice);
    connect(m_doc, &CaseDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &CaseDocument::modifiedChanged, this, &MainWindow::updateTitle);

    m_language = Language::current();
    setErrorLanguage(m_language);
    // the panes word their explanations themselves and need the language told
    m_results->setLanguage(m_language);
    m_explanation->setLanguage(m_language);
    retranslate();
    restoreLayout();
    loadProfileChoice();
    showInputErrors(m_doc->inputErrors());
    updateTitle();
    // key presses reach the focus widget first; the window looks at them on the way
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The document is deleted with the window's children; its undo stack announces its
    // clearing on the way, when this window is no longer a MainWindow.
    m_doc->undoStack()->disconnect(this);
    m_doc->disconnect(this);
}

void MainWindow::buildActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::newCase);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::open);
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    m_preview = new QAction(this);
    connect(m_preview, &QAction::triggered, this, &MainWindow::previewReportSheet);
    m_print = new QAction(this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &MainWindow::printReportSheet);
    m_pdf = new QAction(this);
    connect(m_pdf, &QAction::triggered, this, &MainWindow::exportPdf);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoStack::createUndoAction so that their prefix follows
    // a language switch.
    QUndoStack *stack = m_doc->undoStack();
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    m_redo = new QAction(this);
    // Ctrl+Shift+Z (the platform's redo on Linux) and Ctrl+Y, as office programs have it
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k :
        { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) })
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    m_redo->setShortcuts(redoKeys);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoTexts);

    // Zoom for a client reading along: Ctrl+= (and Ctrl++), Ctrl+-, Ctrl+0.
    // (each key once: the same key twice on one action would be an ambiguous shortcut)
    const auto keys = [](QList<QKeySequence> wanted, QKeySequence::StandardKey standard) {
        for (const QKeySequence &k : QKeySequence::keyBindings(standard))
            if (!wanted.contains(k))
                wanted.append(k);
        return wanted;
    };
    m_zoomIn = new QAction(this);
    m_zoomIn->setShortcuts(
        keys({ QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) },
            QKeySequence::ZoomIn));
    connect(m_zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom + ZoomStep); });
    m_zoomOut = new QAction(this);
    m_zoomOut->setShortcuts(
        keys({ QKeySequence(Qt::CTRL | Qt::Key_Minus) }, QKeySequence::ZoomOut));
    connect(m_zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom - ZoomStep); });
    m_zoomReset = new QAction(this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomReset, &QAction::triggered, this, [this] { setZoom(100); });

    m_languages = new QActionGroup(this);
    m_zh = new QAction(QStringLiteral("中文"), m_languages);
    m_zh->setCheckable(true);
    m_en = new QAction(QStringLiteral("English"), m_languages);
    m_en->setCheckable(true);
    connect(m_zh, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_en, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_save);
    m_fileMenu->addAction(m_saveAs);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preview);
    m_fileMenu->addAction(m_print);
    m_fileMenu->addAction(m_pdf);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_zoomIn);
    m_editMenu->addAction(m_zoomOut);
    m_editMenu->addAction(m_zoomReset);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_zh);
    m_languageMenu->addAction(m_en);
    updateRecentMenu();
}

void MainWindow::buildTopBar()
{
    auto *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("caseBar"));
    bar->setMovable(false);
    m_profileLabel = new QLabel(bar);
    m_profile = new QComboBox(bar);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &p : m_doc->library().profiles().profiles())
        m_profile->addItem(p.id, p.id); // named in the window's language by retranslate()
    m_profileLabel->setBuddy(m_profile);
    m_asOfLabel = new QLabel(bar);
    m_asOf = new QDateEdit(bar);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    m_asOfLabel->setBuddy(m_asOf);
    m_asOfWarning = new QLabel(bar);
    m_asOfWarning->setObjectName(QStringLiteral("asOfWarning"));
    m_asOfWarning->setStyleSheet(QStringLiteral("QLabel { color: #8a4f00; padding: 0 6px; }"));
    // 缴款日期 (the case's payOn): the day the client means to pay; the lowest date of the
    // range shows as "同计算日期" and means not given
    m_payOnLabel = new QLabel(bar);
    m_payOn = new QDateEdit(bar);
    m_payOn->setObjectName(QStringLiteral("payOn"));
    m_payOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_payOn->setCalendarPopup(true);
    m_payOn->setDateRange(QDate(1989, 12, 31), QDate(2100, 12, 31));
    m_payOn->setDate(m_payOn->minimumDate());
    m_payOnLabel->setBuddy(m_payOn);
    bar->addWidget(m_profileLabel);
    bar->addWidget(m_profile);
    bar->addSeparator();
    bar->addWidget(m_asOfLabel);
    bar->addWidget(m_asOf);
    m_asOfWarningAction = bar->addWidget(m_asOfWarning);
    bar->addWidget(m_payOnLabel);
    bar->addWidget(m_payOn);

    connect(m_profile, &QComboBox::activated, this, [this] {
        CaseDraft d = m_doc->draft();
        d.profile = m_profile->currentData().toString();
        m_doc->edit(d, tr("改用政策配置 %1").arg(d.profile));
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](QDate date) {
        CaseDraft d = m_doc->draft();
        d.asOf = date.toString(Qt::ISODate);
        m_doc->edit(d, tr("修改计算日期"), AsOfMergeKey);
    });
    connect(m_payOn, &QDateEdit::dateChanged, this, [this](QDate date) {
        CaseDraft d = m_doc->draft();
        d.payOn = date == m_payOn->minimumDate() ? QString() : date.toString(Qt::ISODate);
        m_doc->edit(d, tr("修改缴款日期"), PayOnMergeKey);
    });
}

void MainWindow::buildPanes()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("panes"));
    m_splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(left);
    m_person = new PersonForm(m_doc, m_tabs);
    m_periods = new PeriodsForm(m_doc, m_tabs);
    m_retirement = new RetirementForm(m_doc, m_tabs);
    m_events = new EventsForm(m_doc, m_tabs);
    m_tabs->addTab(m_person, QString());
    m_tabs->addTab(m_periods, QString());
    m_tabs->addTab(m_retirement, QString());
    m_tabs->addTab(m_events, QString());
    // a new case starts with who the client is
    m_tabs->setCurrentIndex(PersonTab);
    leftLayout->addWidget(m_tabs, 1);
    m_errorHeading = new QLabel(left);
    m_errorList = new QListWidget(left);
    // one item per field, wrapped: a long message never widens the form column
    m_errorList->setWordWrap(true);
    m_errorList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_errorList->setMaximumHeight(m_errorList->fontMetrics().height() * 8);
    connect(m_errorList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { jumpToError(m_errorList->row(item)); });
    connect(m_errorList, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { jumpToError(m_errorList->row(item)); });
    leftLayout->addWidget(m_errorHeading);
    leftLayout->addWidget(m_errorList);

    m_timeline = new TimelineWidget(m_periods);
    m_periods->setTimeline(m_timeline);
    connect(m_timeline, &TimelineWidget::periodActivated, m_periods, &PeriodsForm::selectRow);
    connect(m_periods->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_timeline->setSelectedRow(current.isValid() ? current.row() : -1);
        });

    m_results = createResultsPane();
    m_explanation = new ExplanationPane(m_doc->library(), m_splitter);
    connect(m_explanation, &ExplanationPane::passageActivated, this, &MainWindow::openPassage);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_explanation);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 5);
    // the panes, and above them a notice about the open case when there is one (setNotice)
    auto *central = new QWidget(this);
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::setNotice(QWidget *notice)
{
    if (m_notice == notice)
        return;
    if (m_notice) {
        m_notice->hide();
        m_notice->deleteLater();
    }
    m_notice = notice;
    if (notice)
        m_centralLayout->insertWidget(0, notice);
}

ResultsPane *MainWindow::createResultsPane()
{
    // no parent yet: a splitter appends any child widget, and the caller places it
    auto *pane = new ResultsPane;
    pane->setLanguage(m_language);
    connect(pane, &ResultsPane::cardSelected, this,
        [this, pane](const QString &cardId, const QList<TraceStep> &steps) {
            QString title = cardId;
            for (const auto &card : pane->cards())
                if (card.id == cardId)
                    title = card.title;
            m_explanation->showCard(title, steps,
                m_doc->hasResult() ? m_doc->result().profileId : m_doc->draft().profile);
        });
    return pane;
}

void MainWindow::forgetShownCase()
{
    // A new or another client's case must not show the previous client's figures, not
    // even greyed out as stale: the results pane is replaced by an empty one.
    ResultsPane *old = m_results;
    m_results = createResultsPane();
    m_results->setAccessibleName(old->accessibleName());
    m_splitter->replaceWidget(m_splitter->indexOf(old), m_results);
    old->hide();
    old->deleteLater();
    m_timeline->clear();
    m_explanation->clear();
}

void MainWindow::showResult(const Result &result)
{
    m_results->setResult(result, m_doc->caseData());
    m_timeline->setData(m_doc->caseData(), result);
}

void MainWindow::showInputErrors(const InputErrors &all)
{
    // one line per field, in the window's language; what only follows from another
    // mistake (every period "before the birth month") is left out
    const InputErrors errors = clerkErrors(all);
    m_results->setInputErrors(errors);
    // a pasted or imported table can hold thousands of the same mistake: the first ones
    // say it, and laying out ten thousand lines would freeze the window
    constexpr qsizetype Shown = 20;
    m_errorList->clear();
    for (const auto &e : errors.mid(0, Shown)) {
        auto *item = new QListWidgetItem(errorLine(e), m_errorList);
        item->setData(Qt::UserRole, e.path);
        item->setToolTip(item->text());
    }
    if (errors.size() > Shown)
        new QListWidgetItem(
            tr("……另有 %1 处问题，改正上面的问题后会列出").arg(errors.size() - Shown), m_errorList);
    // The 明白纸 is printed from a result of the current input only.
    for (QAction *a : { m_preview, m_print, m_pdf })
        a->setEnabled(errors.isEmpty() && m_doc->hasResult());
    m_errorList->setVisible(!errors.isEmpty());
    m_errorHeading->setVisible(!errors.isEmpty());
    if (errors.isEmpty())
        statusBar()->showMessage(tr("已按当前输入计算"), 3000);
    else if (m_doc->hasResult())
        statusBar()->showMessage(
            tr("有 %n 处输入需要修改；结果基于上次有效输入", nullptr, int(errors.size())));
    else
        statusBar()->showMessage(tr("有 %n 处输入需要填写或修改", nullptr, int(errors.size())));
}

void MainWindow::jumpToError(int row)
{
    const QListWidgetItem *item = m_errorList->item(row);
    if (!item)
        return;
    const ErrorPath p = ErrorPath::parse(item->data(Qt::UserRole).toString());
    if (p.list == QLatin1String("periods")) {
        m_tabs->setCurrentIndex(PeriodsTab);
        if (p.index >= 0 && p.index < m_periods->model()->rowCount()) {
            const auto column
                = PeriodsModel::columnOfField(p.field).value_or(PeriodsModel::Column::From);
            m_periods->table()->setFocus();
            m_periods->table()->setCurrentIndex(m_periods->model()->index(p.index, int(column)));
        }
    } else if (p.list == QLatin1String("events")) {
        m_tabs->setCurrentIndex(EventsTab);
        m_events->table()->setFocus();
    } else if (p.list == QLatin1String("retirement") || p.list == QLatin1String("deemedMonths")) {
        m_tabs->setCurrentIndex(RetirementTab);
    } else if (p.list == QLatin1String("person")) {
        m_tabs->setCurrentIndex(PersonTab);
    } else if (p.list == QLatin1String("asOf")) {
        m_asOf->setFocus();
    } else if (p.list == QLatin1String("profile")) {
        m_profile->setFocus();
    }
}

void MainWindow::loadProfileChoice()
{
    const CaseDraft &d = m_doc->draft();
    {
        const QSignalBlocker block(m_profile);
        int i = m_profile->findData(d.profile);
        if (i < 0) {
            // a profile this program does not have: shown, and the error says so
            m_profile->addItem(d.profile, d.profile);
            i = m_profile->count() - 1;
        }
        m_profile->setCurrentIndex(i);
    }
    if (const auto date = parseIsoDate(d.asOf); date && *date != m_asOf->date()) {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(*date);
    }
    updateAsOfWarning();
    const QDate payOn = parseIsoDate(d.payOn).value_or(m_payOn->minimumDate());
    if (payOn != m_payOn->date()) {
        const QSignalBlocker block(m_payOn);
        m_payOn->setDate(payOn);
    }
}

void MainWindow::updateAsOfWarning()
{
    // A date far from today is usually a typo (2062 for 2026) or a case of last year:
    // said beside the field, the figures are still computed for it.
    const QDate asOf = parseIsoDate(m_doc->draft().asOf).value_or(QDate());
    const QDate today = QDate::currentDate();
    QString text;
    if (asOf.isValid() && asOf > today)
        text = tr("⚠ 计算日期在今天之后");
    else if (asOf.isValid() && asOf < today.addYears(-1))
        text = tr("⚠ 计算日期在一年多以前");
    m_asOfWarning->setText(text);
    m_asOfWarning->setToolTip(text.isEmpty()
            ? QString()
            : tr("请核对计算日期：结果按 %1 计算（今天是 %2）")
                  .arg(asOf.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    m_asOfWarning->setAccessibleName(text);
    m_asOfWarningAction->setVisible(!text.isEmpty());
}

void MainWindow::openPassage(const QString &passageId)
{
    if (!m_browser) {
        m_browser = new ArticleBrowser(m_doc->library(), this);
        m_browser->setWindowFlag(Qt::Window);
        m_browser->resize(900, 700);
        if (m_zoom != 100)
            m_browser->setFont(font());
        // Escape closes the source text, as it closes a dialog
        auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), m_browser);
        connect(close, &QShortcut::activated, m_browser, &QWidget::close);
    }
    m_browser->setWindowTitle(tr("原文资料"));
    m_browser->showPassage(passageId);
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
}

bool MainWindow::reportReady()
{
    if (m_doc->hasResult() && m_doc->inputErrors().isEmpty())
        return true;
    QMessageBox::information(this, tr("打印明白纸"), tr("请先改正输入中的问题，再打印明白纸。"));
    return false;
}

ReportWriter MainWindow::reportWriter() const
{
    ReportOptions options;
    options.language = m_language;
    if (m_doc->profile())
        options.profileName = m_doc->profile()->displayName(
            m_language == QLatin1String("en") ? TextLanguage::English : TextLanguage::Chinese);
    options.clientName = m_client.name;
    options.idNumber = m_client.idNumber;
    return ReportWriter(m_doc->caseData(), m_doc->result(), m_doc->library(), options);
}

void MainWindow::previewReportSheet()
{
    if (reportReady())
        previewReport(reportWriter(), this);
}

void MainWindow::printReportSheet()
{
    if (reportReady())
        printReport(reportWriter(), this);
}

void MainWindow::exportPdf()
{
    if (!reportReady())
        return;
    QString suggested
        = m_doc->filePath().isEmpty() ? tr("明白纸") + QStringLiteral(".pdf") : m_doc->filePath();
    if (suggested.endsWith(QLatin1String(".yibao.json")))
        suggested.chop(int(qstrlen(".yibao.json")));
    else if (suggested.endsWith(QLatin1String(".json")))
        suggested.chop(int(qstrlen(".json")));
    if (!suggested.endsWith(QLatin1String(".pdf")))
        suggested += QStringLiteral(".pdf");
    if (exportReportPdf(reportWriter(), suggested, this))
        statusBar()->showMessage(tr("明白纸已导出"), 5000);
}

void MainWindow::showFormTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool MainWindow::selectFirstGapCard()
{
    const QStringList ids = m_results->cardIds();
    for (const auto &id : ids)
        if (id.startsWith(QLatin1String("gaps[")))
            return m_results->selectCard(id);
    for (const auto &id : ids)
        if (id != ResultsPane::errorsCardId() && id != ResultsPane::warningsCardId())
            return m_results->selectCard(id);
    return false;
}

void MainWindow::newCase()
{
    if (!maybeSave())
        return;
    m_doc->newCase();
    m_explanation->clear();
    m_tabs->setCurrentIndex(PersonTab);
    m_person->birthEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("打开案例"),
        settings.value(LastDirKey).toString(), tr("医保案例 (*.yibao.json *.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("打开案例"), error);
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    QString why;
    if (!m_doc->open(path, &why)) {
        *error = tr("无法打开 %1：\n%2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    addRecentFile(path);
    m_explanation->clear();
    // an opened case is mostly about its contribution record
    m_tabs->setCurrentIndex(PeriodsTab);
    selectFirstGapCard();
    return true;
}

bool MainWindow::saveFile(const QString &path, QString *error)
{
    QString why;
    if (!m_doc->save(path, &why)) {
        *error = tr("无法保存 %1：%2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    addRecentFile(path);
    if (m_doc->inputErrors().isEmpty())
        statusBar()->showMessage(tr("已保存 %1").arg(QDir::toNativeSeparators(path)), 5000);
    else // kept as typed; the CLI will refuse it until the marked fields are corrected
        statusBar()->showMessage(
            tr("已保存 %1（其中 %n 处输入仍需修改）", nullptr, int(m_doc->inputErrors().size()))
                .arg(QDir::toNativeSeparators(path)),
            8000);
    return true;
}

bool MainWindow::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!saveFile(m_doc->filePath(), &error)) {
        QMessageBox::warning(this, tr("保存案例"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QSettings settings;
    const QString start
        = m_doc->filePath().isEmpty() ? settings.value(LastDirKey).toString() : m_doc->filePath();
    QString path
        = QFileDialog::getSaveFileName(this, tr("另存案例"), start, tr("医保案例 (*.yibao.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".yibao.json");
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::warning(this, tr("保存案例"), error);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("未保存的修改"),
        tr("当前案例有未保存的修改。要先保存吗？"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    // Our own button texts: Qt's translations are not installed on every machine.
    box.button(QMessageBox::Save)->setText(tr("保存(&S)"));
    box.button(QMessageBox::Discard)->setText(tr("不保存(&D)"));
    box.button(QMessageBox::Cancel)->setText(tr("取消"));
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > MaxRecent)
        files.removeLast();
    QSettings().setValue(RecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            QString error;
            if (!openFile(path, &error))
                QMessageBox::warning(this, tr("打开案例"), error);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *stack = m_doc->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setText(stack->canUndo() ? tr("撤销“%1”(&U)").arg(stack->undoText()) : tr("撤销(&U)"));
    m_redo->setText(stack->canRedo() ? tr("重做“%1”(&R)").arg(stack->redoText()) : tr("重做(&R)"));
}

void MainWindow::updateTitle()
{
    // the client of a saved consultation (masked: the title is seen by whoever passes),
    // else the file's name; 未命名 only for a case saved nowhere
    QString name
        = m_doc->filePath().isEmpty() ? tr("未命名") : QFileInfo(m_doc->filePath()).fileName();
    if (!m_client.name.isEmpty())
        name = maskedName(m_client.name);
    else if (!m_client.idNumber.isEmpty())
        name = maskIdNumber(m_client.idNumber);
    else if (m_client.consultation != 0) // saved without name or ID: still not 未命名
        name = tr("咨询记录 %1").arg(m_client.consultation);
    setWindowTitle(name + QStringLiteral("[*] — ") + tr("职工医保计算与解读"));
    setWindowModified(m_doc->isModified());
}

void MainWindow::setLanguage(const QString &lang)
{
    Language::apply(lang);
    Language::save(lang);
    m_language = Language::current();
    setErrorLanguage(m_language);
    // The translator's LanguageChange retranslates the Qt-side texts; the panes build
    // their texts from the result and are told the language directly.
    m_results->setLanguage(m_language);
    m_explanation->setLanguage(m_language);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("文件(&F)"));
    m_recentMenu->setTitle(tr("最近打开(&R)"));
    m_editMenu->setTitle(tr("编辑(&E)"));
    m_languageMenu->setTitle(tr("语言(&L)"));
    m_new->setText(tr("新建(&N)"));
    m_open->setText(tr("打开(&O)…"));
    m_save->setText(tr("保存(&S)"));
    m_saveAs->setText(tr("另存为(&A)…"));
    m_preview->setText(tr("打印预览明白纸(&V)…"));
    m_print->setText(tr("打印明白纸(&P)…"));
    m_pdf->setText(tr("导出明白纸 PDF(&D)…"));
    m_quit->setText(tr("退出(&Q)"));
    m_zoomIn->setText(tr("放大文字(&I)"));
    m_zoomOut->setText(tr("缩小文字(&O)"));
    m_zoomReset->setText(tr("文字恢复原大小(&0)"));
    updateUndoTexts();
    const TextLanguage language
        = m_language == QLatin1String("en") ? TextLanguage::English : TextLanguage::Chinese;
    for (int i = 0; i < m_profile->count(); ++i)
        if (const PolicyProfile *p
            = m_doc->library().profiles().find(m_profile->itemData(i).toString()))
            m_profile->setItemText(
                i, p->displayName(language) + QStringLiteral(" (") + p->id + QLatin1Char(')'));
    m_zh->setChecked(m_language == QLatin1String("zh_CN"));
    m_en->setChecked(m_language == QLatin1String("en"));
    m_tabs->setTabText(PersonTab, tr("个人信息(&N)"));
    m_tabs->setTabText(PeriodsTab, tr("缴费记录(&O)"));
    m_tabs->setTabText(RetirementTab, tr("退休信息(&R)"));
    m_tabs->setTabText(EventsTab, tr("就医事件(&V)"));
    m_tabs->setAccessibleName(tr("案例表单"));
    m_profileLabel->setText(tr("政策配置(&P)："));
    m_profile->setAccessibleName(tr("政策配置"));
    m_profile->setToolTip(tr("计算所用的政策参数：全国通用或地方配置"));
    m_asOfLabel->setText(tr("计算日期(&D)："));
    m_asOf->setAccessibleName(tr("计算日期"));
    m_asOf->setToolTip(tr("按哪一天计算欠费、滞纳金和待遇"));
    m_payOnLabel->setText(tr("缴款日期(&Y)："));
    updateAsOfWarning();
    m_payOn->setAccessibleName(tr("缴款日期"));
    m_payOn->setSpecialValueText(tr("同计算日期"));
    m_payOn->setToolTip(
        tr("客户打算哪天缴清欠费：欠缴月份的滞纳金算到这一天，并按这一天判断能否视为连续缴费"));
    m_errorHeading->setText(tr("输入需要修改（点击定位）："));
    m_errorList->setAccessibleName(tr("输入问题列表"));
    m_results->setAccessibleName(tr("计算结果"));
    m_explanation->setAccessibleName(tr("结果解读"));
    showInputErrors(m_doc->inputErrors());
    updateTitle();
}

namespace {

    // Whether Tab can put the cursor on w, as QWidget::focusNextPrevChild decides.
    bool tabStop(const QWidget *w, const QWidget *window)
    {
        return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isEnabled()
            && w->isVisibleTo(window);
    }

    bool inside(const QWidget *w, const QWidget *ancestor)
    {
        for (; w; w = w->parentWidget())
            if (w == ancestor)
                return true;
        return false;
    }

} // namespace

bool MainWindow::tabToNextForm(QWidget *focus)
{
    const int page = m_tabs->currentIndex();
    QWidget *current = m_tabs->currentWidget();
    if (!current || !inside(focus, current) || page + 1 >= m_tabs->count())
        return false;
    // a table moves from cell to cell first; only its last cell leaves it
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        const QModelIndex at = view->currentIndex();
        const QAbstractItemModel *model = view->model();
        if (view->tabKeyNavigation() && model && model->rowCount() > 0
            && (!at.isValid() || at.row() < model->rowCount() - 1
                || at.column() < model->columnCount() - 1))
            return false;
    }
    QWidget *next = focus->nextInFocusChain();
    while (next != focus && !tabStop(next, this))
        next = next->nextInFocusChain();
    if (inside(next, current))
        return false; // not the tab's last field
    m_tabs->setCurrentIndex(page + 1);
    QWidget *page2 = m_tabs->currentWidget();
    for (QWidget *w = page2->nextInFocusChain(); w != page2; w = w->nextInFocusChain()) {
        if (!inside(w, page2))
            break;
        if (tabStop(w, this)) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    page2->setFocus(Qt::TabFocusReason);
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QMainWindow::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return QMainWindow::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (type == QEvent::ShortcutOverride) {
        // A spin box or date field would undo its own text; the window's undo goes
        // through the document so that Ctrl+Z means the same everywhere. Left unaccepted,
        // the key reaches the window's Undo/Redo actions.
        const bool spin = qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget());
        const QKeySequence pressed(key->keyCombination());
        if (spin
            && (m_undo->shortcuts().contains(pressed) || m_redo->shortcuts().contains(pressed))) {
            event->ignore();
            return true;
        }
        return QMainWindow::eventFilter(watched, event);
    }
    if (key->key() == Qt::Key_Tab && !(key->modifiers() & ~Qt::KeypadModifier)
        && widget == QApplication::focusWidget() && tabToNextForm(widget))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    if (m_browser)
        m_browser->close();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: the size the screenshots are made at, or what the screen allows.
        const QSize room
            = screen() ? screen()->availableGeometry().size() * 9 / 10 : QSize(1440, 900);
        resize(QSize(1440, 900).boundedTo(room));
    }
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        // the results column wide enough for a card's label and figure side by side in
        // either language (the account card's bands), the forms and the explanation beside
        m_splitter->setSizes({ 480, 570, 390 });
    const int zoom = settings.value(ZoomKey, 100).toInt();
    if (zoom != 100)
        setZoom(zoom);
}

void MainWindow::setZoom(int percent)
{
    percent = std::clamp(percent, MinZoom, MaxZoom);
    if (percent == m_zoom && font().resolveMask() != 0)
        return;
    m_zoom = percent;
    QSettings().setValue(ZoomKey, m_zoom);
    QFont f = QApplication::font();
    f.setPointSizeF(QApplication::font().pointSizeF() * m_zoom / 100.0);
    // Set on the window, every child that does not set its own font follows.
    setFont(f);
    if (m_browser)
        m_browser->setFont(f);
    m_zoomIn->setEnabled(m_zoom < MaxZoom);
    m_zoomOut->setEnabled(m_zoom > MinZoom);
    statusBar()->showMessage(tr("文字大小 %1%").arg(m_zoom), 2000);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

} // namespace yibao
