// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QLockFile;

namespace yibao {

class Database;

// The case being edited and not yet saved, as an autosave slot holds it.
struct Autosave
{
    QByteArray caseJson; // what the window handed over, byte for byte
    QString filePath; // the *.yibao.json it belongs to; empty when none
    qint64 consultationId = 0; // the consultation it was reopened from; 0 when none
    QDateTime savedAt;
    int slot = 0; // the slot it is in
};

// The unsaved case of each running window, kept in the database so that a crash or power
// loss loses nothing typed. The window calls save() a few hundred ms after each edit (it
// debounces; this just stores), clear() once the case is saved, exported or deliberately
// closed. Each save replaces the slot in one transaction that is on disk when it returns.
//
// Each window (each yibao process) writes a slot of its own, held with a lock file
// <database>.autosave-N.lock (QLockFile) for as long as it runs: claimSlot() at start.
// A slot whose lock is free belongs to a window that is gone (ended, killed, lost power):
// orphans() lists those to offer back, and never a running window's.
//
//   m_autosave.claimSlot(&error);
//   m_autosave.save(CaseJson::serialize(m_case), m_filePath, &error);
class AutosaveStore
{
public:
    // Without claimSlot() the store works on slot 1 and holds no lock (tests, tools).
    explicit AutosaveStore(Database &db);
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore &) = delete;
    AutosaveStore &operator=(const AutosaveStore &) = delete;

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Takes the lowest slot number that holds no autosave and whose lock this process can
    // take, and keeps the lock until this object goes. False (error says why) when no lock
    // can be taken, e.g. in a read-only folder.
    bool claimSlot(QString *error);
    int slot() const { return m_slot; }
    bool claimed() const { return m_lock != nullptr; }

    bool save(const QByteArray &caseJson, const QString &filePath, QString *error,
        qint64 consultationId = 0);
    // This window's slot. nullopt with an empty error: there is no autosave (the normal case).
    std::optional<Autosave> load(QString *error) const;
    bool clear(QString *error);

    // The autosaves of windows that are gone, newest first. Their locks are held by this
    // object until releaseOrphans() (or its end), so that a window started meanwhile does
    // not offer the same case too. A running window's slot is never among them.
    std::optional<QList<Autosave>> orphans(QString *error);
    // Moves an orphan's case into this window's slot (one transaction) and lets go of it.
    bool adopt(const Autosave &orphan, QString *error);
    // Deletes an orphan's slot (the user declined it) and lets go of it; no other slot is
    // touched.
    bool discard(int slot, QString *error);
    void releaseOrphans();

    // Every slot in the database, whoever holds it (tests, the salvage of a damaged file).
    std::optional<QList<Autosave>> all(QString *error) const;

    static QString lockPath(const QString &databasePath, int slot);

private:
    std::optional<QList<Autosave>> read(std::optional<int> slot, QString *error) const;

    Database &m_db;
    std::function<QDateTime()> m_now;
    int m_slot = 1;
    std::unique_ptr<QLockFile> m_lock;
    std::map<int, std::unique_ptr<QLockFile>> m_orphanLocks;
};

} // namespace yibao
