// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "counterhost.h"

#include "present/savedfigures.h"
#include "rules/result.h"
#include "storage/consultationstore.h"
#include "storage/databaserecovery.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QDialog;
class QLabel;
class QMainWindow;
class QMenu;
class QTimer;

namespace yibao {

class AutosaveStore;
class Database;
class SavedFiguresDialog;
class SavedFiguresNotice;

// What the counter needs besides the window itself: the program's database opened at
// start (a damaged file moved aside and replaced), every edit autosaved a moment after
// it is made so that a crash loses nothing typed, the saved consultations (menu 咨询)
// and the contribution history import from CSV. It attaches to a window from the outside
// through CounterHost, so the window works without it (tests, --screenshot).
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
    // After a failed autosave (a full disk), how often it is tried again while the
    // unsaved case waits, so that it is written once space returns without another edit.
    static constexpr int AutosaveRetryMs = 5000;

    // What to do when the consultation being saved was saved from another window since it
    // was opened here.
    enum class ConflictChoice
    {
        ReloadTheirs, // open the other window's version here (this one's edits are dropped)
        KeepMineAsNew, // save this one as a new consultation; theirs stays as it is
        Overwrite, // replace theirs with this one
        Cancel, // save nothing
    };
    using ConflictResolver = std::function<ConflictChoice(const Consultation &theirs)>;

    // The database at path (the program passes Database::defaultPath()).
    explicit CounterWorkflow(CounterHost *host, const QString &databasePath);
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
    // Restores the newest autosave of a window that is gone (never a running window's) into
    // this one, whose slot it then is; false when there is none or it fails.
    bool restoreAutosave(QString *error);
    // A failed autosave waits for the retry timer (tests look at it and shorten it).
    bool autosaveRetryPending() const;
    void setAutosaveRetryInterval(int ms);

    // Asked when a save meets a consultation changed elsewhere; by default a message box
    // with the three choices (tests answer without it).
    void setConflictResolver(ConflictResolver resolver) { m_resolveConflict = std::move(resolver); }

    // The words shown for a failed write to the database: a full disk and an I/O error
    // get the same clear message, with SQLite's words after it.
    static QString storageErrorText(const QString &technical);

    // The moved-aside copies of damaged databases (<database>.damaged-*), which hold
    // clients' data: listed with a delete action (menu 咨询) and removed by the retention
    // setting like the consultations.
    QStringList damagedCopies() const;
    bool deleteDamagedCopy(const QString &path, QString *error);
    void showDamagedCopies();

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

    // A reopened consultation that was saved with another version of its profile than
    // today's: a notice above the panes says so (nullptr when none is shown) and offers
    // the headline figures the clerk saw when saving beside today's. The comparison is
    // empty when no figures were kept (consultations saved before they were) or they do
    // not read; "now" is the open case's last result under today's profile.
    SavedFiguresNotice *savedFiguresNotice() const;
    QList<FigureComparison> savedFigureComparison() const;
    // Opens (or brings back) the comparison beside the window, not modal; nullptr while
    // none is open.
    void showSavedFigures();
    SavedFiguresDialog *savedFiguresDialog() const;

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
    bool restoreSlot(const Autosave &slot, QString *error);
    void setStatusNote(const QString &text);
    void notify(const QString &title, const QString &text, bool warning);
    void setCurrent(const Consultation &c);
    ConflictChoice askAboutConflict(const Consultation &theirs);
    void showRecoveryMessage();
    void showProfileChange();
    void updateNoticeText();
    void dropProfileChange();

    CounterHost *m_host;
    QMainWindow *m_window; // the host's window: parent of dialogs, menu and status bar
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
    // The reopened consultation's profile version differs from today's.
    struct ProfileChange
    {
        QString profileId;
        QString savedVersion;
        QString nowVersion;
        QDateTime savedAt;
        std::optional<Result> saved; // the figures kept when it was saved
        bool unreadable = false; // figures were kept, but do not read back
    };
    std::optional<ProfileChange> m_profileChange;
    QPointer<SavedFiguresNotice> m_notice;
    QPointer<SavedFiguresDialog> m_figuresDialog;

    ConflictResolver m_resolveConflict;
    bool m_autosaveSlotOk = false; // a slot of this window's own is held
    int m_damagedDeleted = 0;

    QTimer *m_timer;
    QTimer *m_retryTimer;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_csvAction = nullptr;
    QAction *m_damagedAction = nullptr;
};

} // namespace yibao
