// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/consultationstore.h"
#include "storage/databaserecovery.h"

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QTimer;

namespace yibao {

class AutosaveStore;
class Database;
class MainWindow;

// What the counter needs besides the window itself: the program's database opened at
// start (a damaged file moved aside and replaced), every edit autosaved a moment after
// it is made so that a crash loses nothing typed, the saved consultations (menu 咨询)
// and the contribution history import from CSV. It attaches to a MainWindow from the
// outside and uses only its public interface, so the window works without it (tests,
// --screenshot).
class CounterWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class RestoreMode
    {
        Ask, // an unsaved case of the last run is offered back once the window is up
        Always, // restored without asking (--restore-autosave)
        Never, // left alone (tests of the other parts)
    };
    // How long after the last edit the case is written to the autosave slot: long enough
    // that typing a number is one write, short enough that a crash loses nothing.
    static constexpr int AutosaveDelayMs = 300;

    // The database at path (the program passes Database::defaultPath()).
    explicit CounterWorkflow(MainWindow *window, const QString &databasePath);
    ~CounterWorkflow() override;

    // Opens the database (recovering a damaged one), applies the retention setting, adds
    // the menu and starts autosaving. Call before the window is shown.
    void start(RestoreMode mode);
    // Once the window is shown: tells what recovery did or why the database could not be
    // opened (non-blocking), and offers an unsaved case back (RestoreMode::Ask).
    void afterShown();

    bool databaseOpen() const { return m_dbOpen; }
    QString databaseError() const { return m_dbError; }
    const RecoveryReport &recoveryReport() const { return m_recovery; }
    Database *database() const { return m_db.get(); }
    ConsultationStore *consultations() const { return m_consultations.get(); }
    AutosaveStore *autosaveStore() const { return m_autosave.get(); }
    QMenu *menu() const { return m_menu; }
    // The text of the permanent status bar note (empty while everything works).
    QString statusNote() const;

    // Writes the autosave now if an edit is waiting for the timer (tests; quitting).
    void flushAutosave();
    // Restores the autosave slot into the window; false when there is none or it fails.
    bool restoreAutosave(QString *error);

    // The open case as a consultation with these details (name, ID number, note); the
    // consultation reopened last is updated rather than duplicated. Refused while the
    // case has input errors (the case file can keep those; a consultation keeps a case).
    std::optional<qint64> saveConsultation(
        const Consultation &details, QString *error, bool asNew = false);
    // Replaces the open case by a saved consultation (asking first about unsaved changes);
    // false when the user cancelled or it could not be read (error says why).
    bool openConsultation(qint64 id, QString *error);
    // The consultation the open case came from or was last saved as (id 0: none).
    const Consultation &currentConsultation() const { return m_current; }

    // Test-only hooks for tests/ui/counter (a real yibao process is started, edited
    // through the environment and killed). Not meant for users:
    //   YIBAO_TEST_EDIT=TEXT     types TEXT into the first period's base after start;
    //   YIBAO_TEST_PRINT_CASE=1  prints {"modified","filePath","case"} of the open case
    //                            as JSON to stdout after start and quits.
    void runTestHooks();

    // Menu actions (for tests and for the window's own menus to reuse).
    void showSaveDialog();
    void showListDialog();
    void importCsv();
    // The CSV import without the file dialog: preview, and on confirm one undoable edit.
    // Returns whether periods were added.
    bool importCsvFile(const QString &path);

Q_SIGNALS:
    // The CSV preview dialog is up (tests drive it through this).
    void csvPreviewShown(QDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openDatabase();
    void applyRetention();
    void buildMenu();
    void retranslate();
    void attachAutosave();
    void autosave();
    void clearAutosave();
    void offerRestore();
    void setStatusNote(const QString &text);
    void notify(const QString &title, const QString &text, bool warning);
    void setCurrent(const Consultation &c);

    MainWindow *m_window;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AutosaveStore> m_autosave;
    std::unique_ptr<ConsultationStore> m_consultations;
    bool m_dbOpen = false;
    QString m_dbError;
    RecoveryReport m_recovery;
    RestoreMode m_restoreMode = RestoreMode::Ask;
    bool m_autosaveAttached = false;
    bool m_autosaveWritten = false; // the slot holds this run's case
    QString m_autosaveError; // the last write failed: said in the status bar
    bool m_autosaveWarned = false;
    qint64 m_retentionDeleted = 0;
    Consultation m_current;

    QTimer *m_timer;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_csvAction = nullptr;
};

} // namespace yibao
