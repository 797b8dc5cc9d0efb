// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "counter/counterhost.h"
#include "io/inputerror.h"
#include "rules/result.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace yibao {

class Library;

class ArticleBrowser;
class CaseDocument;
class EventsForm;
class ExplanationPane;
class PeriodsForm;
class PersonForm;
class ResultsPane;
class ReportWriter;
class RetirementForm;
class TimelineWidget;

// The counter clerk's window: forms on the left, result cards in the middle, the
// explanation of the selected card on the right, profile and as-of date on top. The
// window wires widgets to the CaseDocument; it computes nothing itself. It is the
// CounterHost the counter workflow (ui/counter) attaches to.
class MainWindow : public QMainWindow, public CounterHost
{
    Q_OBJECT
public:
    // The library holds the profiles, the corpus and the texts the window shows.
    explicit MainWindow(const Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    QMainWindow *hostWindow() override { return this; }
    CaseDocument *document() const override { return m_doc; }
    PersonForm *personForm() const { return m_person; }
    PeriodsForm *periodsForm() const { return m_periods; }
    RetirementForm *retirementForm() const { return m_retirement; }
    EventsForm *eventsForm() const { return m_events; }
    QTabWidget *formTabs() const { return m_tabs; }
    QComboBox *profileCombo() const { return m_profile; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QDateEdit *payOnEdit() const { return m_payOn; }
    // Next to 计算日期: a warning (not an error) when it is in the future or more than a
    // year back; hidden otherwise.
    QLabel *asOfWarning() const { return m_asOfWarning; }
    QListWidget *errorList() const { return m_errorList; }
    ResultsPane *resultsPane() const { return m_results; }
    ExplanationPane *explanationPane() const { return m_explanation; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // Opens a case file; on failure the message names the file and what is wrong.
    bool openFile(const QString &path, QString *error) override;
    bool saveFile(const QString &path, QString *error);
    // "zh_CN" or "en": installs the translation, retranslates every pane, remembers it.
    void setLanguage(const QString &lang);
    QString language() const { return m_language; }
    // Selects the first gap card, or the first card; false when there is no card.
    bool selectFirstGapCard();
    // The window's text size in percent of the system font (Ctrl+= / Ctrl+- / Ctrl+0),
    // kept in QSettings for the next start.
    int zoomPercent() const { return m_zoom; }
    void setZoom(int percent);
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    // Shows form tab index (0 个人信息 … 3 就医事件), for screenshots.
    void showFormTab(int index);
    QStringList recentFiles() const;
    // The client the printed 明白纸 names (set by the counter workflow with a consultation).
    void setClientIdentity(const ClientIdentity &client) override
    {
        m_client = client;
        updateTitle();
    }
    const ClientIdentity &clientIdentity() const { return m_client; }
    void setNotice(QWidget *notice) override;
    QWidget *notice() const { return m_notice; }

public Q_SLOTS:
    void newCase() override;
    void open();
    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Keys for the whole window: Ctrl+Z/Ctrl+Y inside a spin box or date field go to the
    // document's undo stack; Tab from a form tab's last field goes to the next tab.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildTopBar();
    void buildPanes();
    void retranslate();
    void updateTitle();
    void updateUndoTexts();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void loadProfileChoice();
    void updateAsOfWarning();
    void showInputErrors(const InputErrors &errors);
    void showResult(const Result &result);
    ResultsPane *createResultsPane();
    void forgetShownCase();
    void jumpToError(int row);
    void openPassage(const QString &passageId);
    bool reportReady();
    ReportWriter reportWriter() const;
    void previewReportSheet();
    void printReportSheet();
    void exportPdf();
    // Asks before the open case's unsaved changes would be lost; false: the user cancelled.
    bool maybeSave();
    bool tabToNextForm(QWidget *focus);
    void restoreLayout();
    void saveLayout() const;

    CaseDocument *m_doc;
    ClientIdentity m_client;
    QString m_language = QStringLiteral("zh_CN");

    QSplitter *m_splitter = nullptr;
    QVBoxLayout *m_centralLayout = nullptr; // the notice (when shown) above the splitter
    QPointer<QWidget> m_notice;
    QTabWidget *m_tabs = nullptr;
    PersonForm *m_person = nullptr;
    PeriodsForm *m_periods = nullptr;
    RetirementForm *m_retirement = nullptr;
    EventsForm *m_events = nullptr;
    QListWidget *m_errorList = nullptr;
    QLabel *m_errorHeading = nullptr;
    ResultsPane *m_results = nullptr;
    ExplanationPane *m_explanation = nullptr;
    TimelineWidget *m_timeline = nullptr;
    ArticleBrowser *m_browser = nullptr;
    QWidget *m_middle = nullptr;
    QWidget *m_right = nullptr;

    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_asOfWarning = nullptr;
    QAction *m_asOfWarningAction = nullptr; // the label's place in the toolbar
    QLabel *m_payOnLabel = nullptr;
    QDateEdit *m_payOn = nullptr; // its minimum date stands for "not given" (shown as text)

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    int m_zoom = 100;
    QAction *m_zh = nullptr;
    QAction *m_en = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace yibao
