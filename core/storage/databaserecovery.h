// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/autosavestore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

class Database;

// What DatabaseRecovery::open did, for the window to tell the user.
struct RecoveryReport
{
    bool recovered = false; // the file was damaged and has been replaced by a fresh one
    QString problem; // why it was judged damaged: the open error or integrity_check's words
    QString damagedPath; // where the damaged file now is (its -wal/-shm moved beside it)
    // What could still be read from the damaged file and was copied into the fresh one.
    bool autosaveSalvaged = false;
    int consultationsFound = 0; // rows read from the damaged file
    int consultationsSalvaged = 0; // of those, copied (their case still reads back)
    // ids that could not be looked up for damaged pages: at most this many were lost
    int consultationsLost = 0;
    // consultations kept without their case (its row sat in a damaged page): a note says so
    int casesLost = 0;
    // The file was there with 0 bytes and has been used as a new database (not damage).
    bool wasEmpty = false;
    QStringList notes; // what could not be read or copied, and why

    // Several lines in English for a log or the CLI; the window words its own message
    // from the fields.
    QString toText() const;
};

// Opens the program's database, and when the file cannot be read as SQLite or fails
// PRAGMA integrity_check: reads what it still can from it (the autosave slots, the
// consultations and their cases, each table on its own, so that a damaged case table does
// not lose the names and the other way round; a lookup by id only for the ids the
// indexes still name, so the work grows with the rows, never with the id range), moves it
// aside as <name>.damaged-YYYYMMDD-HHMMSS (never deletes it),
// creates a fresh database and copies the salvaged rows in. The bundled corpus is not
// part of the salvage: the caller runs CorpusStore::ensureBundled() after open, as on
// every start, and that rebuilds it.
//
// Problems that are not damage are not "recovered": a read-only file or folder, a full
// disk, a file written by a newer yibao. open() returns false and error names the path,
// and the file is left where it is.
namespace DatabaseRecovery {
    bool open(Database &db, RecoveryReport *report, QString *error,
        const QDateTime &now = QDateTime::currentDateTime());

    // The integrity check alone: nullopt when the file reads as sound, else what is wrong.
    std::optional<QString> checkIntegrity(Database &db);
} // namespace DatabaseRecovery

} // namespace yibao
