// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

class QSqlQuery;

namespace yibao {

// The program's SQLite file: one named connection per Database object (never Qt's default
// connection, so two objects, e.g. a test and the code under test, cannot trample each
// other), the schema created or migrated on open, WAL journal. The path is injected so
// tests can work in a QTemporaryDir; the program uses defaultPath().
//
// The SQL outside the FTS5 indexes is kept portable (no SQLite-only syntax), so that the
// tables could live in PostgreSQL behind QPSQL; the full-text indexes are SQLite's own.
class Database
{
public:
    // PRAGMA user_version of the schema this program writes. Bump it when a table or
    // column changes, and add the step from the previous version to migrate() in
    // database.cpp; never edit a step that has shipped.
    //   1: meta, article, passage, passage_fts (trigram), passage_chars (unigram),
    //      rule_passage
    //   2: consultation and consultation_case (saved cases of the counter), autosave
    //      (the one unsaved case)
    //   3: consultation.version (a save against a changed version is refused, see
    //      ConsultationStore::save); autosave holds one slot per running window
    //   4: consultation_case.result_json (the figures the clerk saw when saving, kept so
    //      that a consultation reopened under another profile version can show them)
    static constexpr int SchemaVersion = 4;

    // How long a statement waits for another process's lock before it fails
    // (PRAGMA busy_timeout): two windows on one file take turns instead of failing.
    static constexpr int BusyTimeoutMs = 10000;

    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file (creating its folder), then creates or migrates the schema. A file
    // written by a newer program (user_version above SchemaVersion) is refused rather
    // than misread. On failure returns false and says why in error, naming the path.
    // The file holds clients' names and ID numbers: it is created readable and writable
    // by the user only, and an older file (and its -wal/-shm) is narrowed to that; deleted
    // rows are overwritten with zeros (PRAGMA secure_delete).
    // An existing file of 0 bytes is used as a new database; wasEmpty() then says so.
    // A damaged file is not repaired here; see DatabaseRecovery.
    bool open(QString *error);
    bool isOpen() const;
    void close();
    // The file existed with 0 bytes when open() found it (a new file it created is not).
    bool wasEmpty() const { return m_wasEmpty; }

    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    // <AppDataLocation>/yibao.sqlite: QStandardPaths' per-user data folder for this
    // application (honours QStandardPaths::setTestModeEnabled).
    static QString defaultPath();

    // Small key/value facts about the data, e.g. which bundled corpus is loaded.
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);

    // Whether an error of these helpers is SQLite's full disk (SQLITE_FULL), an I/O error
    // (SQLITE_IOERR: a write refused with EFBIG or EIO) or a read-only file: what the user
    // can do about all of them is the same.
    static bool looksLikeFullDisk(const QString &error);

    // Helpers that turn a failed prepare/exec into a message naming the statement.
    static bool exec(QSqlQuery &query, QString *error);
    bool execSql(const QString &sql, QString *error) const;
    bool prepare(QSqlQuery &query, const QString &sql, QString *error) const;

    // Runs work inside a transaction: committed if it returns true, rolled back otherwise.
    template<typename Work> bool transaction(QString *error, Work &&work)
    {
        if (!begin(error))
            return false;
        if (!work()) {
            rollback();
            return false;
        }
        return commit(error);
    }

    // The same, but the commit reaches the disk before it returns (PRAGMA synchronous =
    // FULL for this one commit; the rest of the time NORMAL, which keeps the file
    // consistent but may lose the last commits on power loss). For what the user typed:
    // consultations and the autosave.
    template<typename Work> bool durableTransaction(QString *error, Work &&work)
    {
        if (!execSql(QStringLiteral("PRAGMA synchronous=FULL"), error))
            return false;
        const bool ok = transaction(error, std::forward<Work>(work));
        QString ignored;
        execSql(QStringLiteral("PRAGMA synchronous=NORMAL"), &ignored);
        return ok;
    }

    // The main file and the -wal/-shm files SQLite keeps next to it.
    static QStringList companionFiles(const QString &path);

private:
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    bool migrate(int from, QString *error);
    int userVersion(QString *error) const;

    QString m_path;
    QString m_connectionName;
    bool m_wasEmpty = false;
};

} // namespace yibao
