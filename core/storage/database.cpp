// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace yibao {

namespace {

    QString nextConnectionName()
    {
        static QAtomicInt counter;
        return QStringLiteral("yibao-db-%1").arg(counter.fetchAndAddRelaxed(1));
    }

    const char *const DiskProblemNote = "; the disk may be full, or the file or its folder "
                                        "read-only";

    QString describe(const QSqlError &e, const QString &sql)
    {
        QString text
            = QStringLiteral("SQL error: %1 (in: %2)").arg(e.text(), sql.simplified().left(160));
        // SQLITE_READONLY (8), SQLITE_IOERR (10), SQLITE_FULL (13): SQLite's words ("disk
        // I/O error") do not say what the user can do about it.
        // A failed COMMIT comes without the code, so SQLite's texts count too.
        bool ok = false;
        const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
        const QString said = e.text();
        if ((ok && (code == 8 || code == 10 || code == 13))
            || said.contains(QLatin1String("disk I/O error"))
            || said.contains(QLatin1String("disk is full"))
            || said.contains(QLatin1String("readonly database")))
            text += QLatin1String(DiskProblemNote);
        return text;
    }

    // Schema version 1. Money is never stored here; text is stored as written.
    const char *const SchemaV1[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        // One row per article file, bundled or added by the user. raw holds the file as given
        // so the passages can be rebuilt whenever the parser improves.
        "CREATE TABLE article ("
        " id TEXT PRIMARY KEY,"
        " origin TEXT NOT NULL,"
        " file_name TEXT NOT NULL,"
        " title TEXT NOT NULL,"
        " answer TEXT NOT NULL,"
        " related_count INTEGER NOT NULL,"
        " excluded_count INTEGER NOT NULL,"
        " added_at TEXT NOT NULL,"
        " raw TEXT NOT NULL)",
        // label is what the index reads besides the text: a related item's title, or the
        // headings above a passage of the main article.
        "CREATE TABLE passage ("
        " id INTEGER PRIMARY KEY,"
        " pid TEXT NOT NULL UNIQUE,"
        " article TEXT NOT NULL REFERENCES article(id),"
        " seq INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"
        " heading TEXT NOT NULL,"
        " title TEXT NOT NULL,"
        " label TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " source TEXT NOT NULL,"
        " date TEXT NOT NULL)",
        "CREATE INDEX passage_article ON passage(article, seq)",
        // Queries of 3+ characters: trigram index over the passage table (external content,
        // so the text is stored once).
        "CREATE VIRTUAL TABLE passage_fts USING fts5(label, text, content='passage', "
        "content_rowid='id', tokenize='trigram')",
        // Queries of 1-2 characters (补缴, 余额): SQLite 3.40's trigram tokenizer cannot match
        // fewer than 3 characters, and scanning the text with instr() grows with the corpus.
        // This index holds the same text with a space after every character, so each
        // character is a token and a short query is a phrase ("补 缴"). Contentless: the
        // spaced text is not stored, only indexed.
        "CREATE VIRTUAL TABLE passage_chars USING fts5(label, text, content='', "
        "tokenize='unicode61')",
        // The curated links of resources/explain, copied here so that SQL reports can join
        // them; the program itself reads them from the resources.
        "CREATE TABLE rule_passage ("
        " subject TEXT NOT NULL,"
        " passage TEXT NOT NULL,"
        " stance TEXT NOT NULL,"
        " note TEXT NOT NULL,"
        " PRIMARY KEY (subject, passage))",
    };

    // Schema version 2: the counter's saved consultations and the autosave slot.
    const char *const SchemaV2[] = {
        // One client's consultation as saved at the counter: what the list shows and
        // filters on. id_number is kept in full, normalized (spaces removed, x → X): the
        // edit field shows it when the consultation is reopened, and the file is readable
        // by the user only. Everything that lists consultations reads id_masked and
        // id_last4 instead, so a list never carries a full number; id_status is the
        // GB 11643 check's verdict (IdNumberStatus: "", valid, wrong_check_digit,
        // malformed), kept so the list can flag a wrong number without reading it. Times
        // are local ISO 8601 with the UTC offset, so that a date prefix (2026-11-28) is
        // the clerk's calendar day.
        "CREATE TABLE consultation ("
        " id INTEGER PRIMARY KEY,"
        " client_name TEXT NOT NULL,"
        " id_number TEXT NOT NULL,"
        " id_masked TEXT NOT NULL,"
        " id_last4 TEXT NOT NULL,"
        " id_status TEXT NOT NULL,"
        " note TEXT NOT NULL,"
        " profile_id TEXT NOT NULL,"
        " profile_version TEXT NOT NULL,"
        " corpus_version TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)",
        "CREATE INDEX consultation_updated ON consultation(updated_at)",
        "CREATE INDEX consultation_created ON consultation(created_at)",
        "CREATE INDEX consultation_last4 ON consultation(id_last4)",
        // The case of each consultation, as the case file writes it (CaseJson::serialize),
        // so a saved case reads back exactly as exported. A table of its own so that
        // filtering the list as the clerk types scans the small rows above, not the cases
        // (a case is ten times the size of its list row; bench/README.md, "Storage").
        "CREATE TABLE consultation_case ("
        " consultation INTEGER PRIMARY KEY REFERENCES consultation(id) ON DELETE CASCADE,"
        " case_json TEXT NOT NULL)",
        // The case being edited and not yet saved, written a few hundred ms after every
        // edit; one row (slot 1) at most. case_json is whatever the window hands over (it
        // may not validate yet); file_path is the *.yibao.json it was opened from or saved
        // to, consultation_id the consultation it was reopened from (both may be NULL).
        "CREATE TABLE autosave ("
        " slot INTEGER PRIMARY KEY,"
        " case_json TEXT NOT NULL,"
        " file_path TEXT,"
        " consultation_id INTEGER,"
        " saved_at TEXT NOT NULL)",
    };

    // Schema version 3: a version on each consultation, so that a save from one window
    // does not silently replace what another saved meanwhile; the autosave table is
    // unchanged, but its slot is now the number of the window that holds it
    // (AutosaveStore::claimSlot) rather than always 1.
    const char *const SchemaV3[] = {
        "ALTER TABLE consultation ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    };

    // Schema version 4: the result the clerk saw when the consultation was saved
    // (ResultJson::toCompactJson without the trace: profile id and version, asOf and every
    // figure), so that reopening it after the profile changed can show those figures next
    // to today's. Next to the case rather than in the consultation row, which the list
    // scans as the clerk types. NULL for consultations saved before: nothing was kept.
    const char *const SchemaV4[] = {
        "ALTER TABLE consultation_case ADD COLUMN result_json TEXT",
    };

    // Only the user may read the file: it holds clients' names and ID numbers.
    constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    void restrictToOwner(const QString &path)
    {
        for (const QString &f : Database::companionFiles(path))
            if (QFileInfo::exists(f))
                QFile::setPermissions(f, OwnerOnly);
    }

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("yibao.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

QStringList Database::companionFiles(const QString &path)
{
    return { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") };
}

void Database::close()
{
    QSqlDatabase db = connection();
    if (db.isValid())
        db.close();
}

bool Database::open(QString *error)
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the folder %1").arg(folder);
        return false;
    }
    // Create the file ourselves, with its permissions, before SQLite sees it: SQLite would
    // create it with the umask's (usually world-readable), and the -wal/-shm files it
    // makes later copy the main file's permissions. An empty file is a new database.
    m_wasEmpty = info.exists() && info.size() == 0;
    if (!info.exists()) {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
            *error = QStringLiteral("cannot create %1: %2").arg(m_path, f.errorString());
            return false;
        }
    } else if (!info.isWritable()) {
        *error = QStringLiteral("%1 is read-only: nothing could be saved in it").arg(m_path);
        return false;
    }
    // WAL writes a -wal file next to the database; a read-only folder would fail on the
    // first write with a message that names neither.
    if (!QFileInfo(folder).isWritable()) {
        *error = QStringLiteral("the folder %1 is read-only: the database %2 cannot be written")
                     .arg(folder, m_path);
        return false;
    }
    restrictToOwner(m_path);
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return false;
    }
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    // From here a failure names the file too: "file is not a database" alone does not
    // tell the user which one.
    const auto failed = [&] {
        *error = m_path + QStringLiteral(": ") + *error;
        return false;
    };
    // WAL lets the window read while a rebuild writes; NORMAL sync is safe with WAL. A
    // search reads up to a thousand passages scattered over the table (PassageSearch);
    // a 32 MB page cache keeps them in memory while a clerk types, where SQLite's default
    // 2 MB would re-read them for every keystroke.
    if (!execSql(QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs), error)
        || !execSql(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !execSql(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !execSql(QStringLiteral("PRAGMA foreign_keys=ON"), error)
        || !execSql(QStringLiteral("PRAGMA secure_delete=ON"), error)
        || !execSql(QStringLiteral("PRAGMA cache_size=-32768"), error))
        return failed();
    restrictToOwner(m_path);
    const int version = userVersion(error);
    if (version < 0)
        return failed();
    if (version > SchemaVersion) {
        *error = QStringLiteral(
            "%1 was written by a newer yibao (schema %2; this program knows up to %3)")
                     .arg(m_path)
                     .arg(version)
                     .arg(SchemaVersion);
        return false;
    }
    if (version < SchemaVersion && !migrate(version, error))
        return failed();
    return true;
}

int Database::userVersion(QString *error) const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = describe(q.lastError(), QStringLiteral("PRAGMA user_version"));
        return -1;
    }
    return q.value(0).toInt();
}

bool Database::migrate(int from, QString *error)
{
    // Each step takes the schema from version v to v + 1, in one transaction together
    // with the new user_version, so a crash leaves either the old or the new schema.
    for (int v = from; v < SchemaVersion; ++v) {
        const bool ok = transaction(error, [&] {
            // Another window may have migrated while this one waited for the write lock.
            const int current = userVersion(error);
            if (current < 0)
                return false;
            if (current > v)
                return true;
            if (v == 0) {
                for (const char *sql : SchemaV1)
                    if (!execSql(QString::fromUtf8(sql), error))
                        return false;
            }
            if (v == 1) {
                for (const char *sql : SchemaV2)
                    if (!execSql(QString::fromUtf8(sql), error))
                        return false;
            }
            if (v == 2) {
                for (const char *sql : SchemaV3)
                    if (!execSql(QString::fromUtf8(sql), error))
                        return false;
            }
            if (v == 3) {
                for (const char *sql : SchemaV4)
                    if (!execSql(QString::fromUtf8(sql), error))
                        return false;
            }
            return execSql(QStringLiteral("PRAGMA user_version = %1").arg(v + 1), error);
        });
        if (!ok)
            return false;
    }
    return true;
}

QString Database::meta(const QString &key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

bool Database::setMeta(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(connection());
    if (!prepare(q, QStringLiteral("DELETE FROM meta WHERE key = ?"), error))
        return false;
    q.addBindValue(key);
    if (!exec(q, error))
        return false;
    if (!prepare(q, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), error))
        return false;
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, error);
}

bool Database::looksLikeFullDisk(const QString &error)
{
    return error.contains(QLatin1String(DiskProblemNote))
        || error.contains(QLatin1String("disk is full"))
        || error.contains(QLatin1String("disk I/O error"));
}

bool Database::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = describe(query.lastError(), query.lastQuery());
    return false;
}

bool Database::execSql(const QString &sql, QString *error) const
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return true;
    *error = describe(q.lastError(), sql);
    return false;
}

bool Database::prepare(QSqlQuery &query, const QString &sql, QString *error) const
{
    if (query.prepare(sql))
        return true;
    *error = describe(query.lastError(), sql);
    return false;
}

bool Database::begin(QString *error)
{
    if (connection().driverName() != QLatin1String("QSQLITE")) {
        QSqlDatabase db = connection();
        if (db.transaction())
            return true;
        *error = describe(db.lastError(), QStringLiteral("BEGIN"));
        return false;
    }
    // SQLite: IMMEDIATE takes the write lock at the start, waiting up to busy_timeout for another
    // window's; a deferred BEGIN would fail at its first write without waiting when the
    // other wrote since this one's first read.
    return execSql(QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool Database::commit(QString *error)
{
    if (execSql(QStringLiteral("COMMIT"), error))
        return true;
    rollback();
    return false;
}

void Database::rollback()
{
    QString ignored;
    execSql(QStringLiteral("ROLLBACK"), &ignored);
}

} // namespace yibao
