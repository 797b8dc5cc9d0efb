// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaserecovery.h"

#include "io/casejson.h"
#include "storage/database.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace yibao {

namespace {

    // Every column of a consultation row, in the order of the table (database.cpp).
    // Every column of a consultation row (database.cpp), then its case.
    const char *const ConsultationColumns
        = "id, client_name, id_number, id_masked, id_last4, id_status, note, profile_id, "
          "profile_version, corpus_version, created_at, updated_at";
    constexpr int ConsultationColumnCount = 12;
    constexpr int CaseJsonColumn = 12;
    const char *const SalvageSelect
        = "SELECT c.id, c.client_name, c.id_number, c.id_masked, c.id_last4, c.id_status, "
          "c.note, c.profile_id, c.profile_version, c.corpus_version, c.created_at, "
          "c.updated_at, k.case_json FROM consultation c JOIN consultation_case k "
          "ON k.consultation = c.id";

    struct Salvage
    {
        std::optional<QVariantList> autosave; // case_json, file_path, consultation_id, saved_at
        QList<QVariantList> consultations;
        int unreadable = 0; // ids that sit in damaged pages
        QStringList notes;
    };

    // SQLite's first 16 bytes. A file that does not start with them (or is too short to
    // hold the 100-byte header) is not a database at all; an empty file is a new one.
    std::optional<QString> headerProblem(const QString &path, QString *readError)
    {
        QFile f(path);
        if (!f.exists() || f.size() == 0)
            return std::nullopt;
        if (!f.open(QIODevice::ReadOnly)) {
            *readError = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
            return std::nullopt;
        }
        const QByteArray head = f.read(100);
        if (head.size() < 100 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return QStringLiteral("the file is not an SQLite database (its header is wrong)");
        return std::nullopt;
    }

    // A separate read-only connection to a file, removed when this goes out of scope.
    class ReadOnlyConnection
    {
    public:
        explicit ReadOnlyConnection(const QString &path)
        {
            static QAtomicInt counter;
            m_name = QStringLiteral("yibao-salvage-%1").arg(counter.fetchAndAddRelaxed(1));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                m_error = db.lastError().text();
        }
        ~ReadOnlyConnection()
        {
            {
                QSqlDatabase db = QSqlDatabase::database(m_name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(m_name);
        }
        ReadOnlyConnection(const ReadOnlyConnection &) = delete;
        ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

        QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
        QString error() const { return m_error; }

    private:
        QString m_name;
        QString m_error;
    };

    // SQLite's verdict on a file: sound, damaged, or not known because the check itself
    // could not run for another reason (the file cannot be opened, an I/O error).
    struct Verdict
    {
        enum
        {
            Sound,
            Damaged,
            Unknown
        } kind
            = Sound;
        QString text;
    };

    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as the low byte of an extended code.
    bool isDamageError(const QSqlError &e)
    {
        bool ok = false;
        const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
        return ok && (code == 11 || code == 26);
    }

    Verdict integrityOf(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return { isDamageError(q.lastError()) ? Verdict::Damaged : Verdict::Unknown,
                q.lastError().text() };
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        if (lines == QStringList { QStringLiteral("ok") })
            return {};
        if (lines.isEmpty())
            return { isDamageError(q.lastError()) ? Verdict::Damaged : Verdict::Unknown,
                QStringLiteral("integrity_check gave no answer: ") + q.lastError().text() };
        // integrity_check lists up to 100 problems; the first few say enough.
        const qsizetype shown = std::min<qsizetype>(lines.size(), 3);
        return { Verdict::Damaged,
            QStringLiteral("integrity_check: ") + lines.mid(0, shown).join(QStringLiteral("; "))
                + (lines.size() > shown ? QStringLiteral(" (and %1 more)").arg(lines.size() - shown)
                                        : QString()) };
    }

    // After a scan stopped at a damaged page: the rows beyond it may sit in sound pages that
    // a lookup by id still reaches through the table's interior pages.
    void salvageById(const QSqlDatabase &db, Salvage *s)
    {
        const qint64 last
            = s->consultations.isEmpty() ? 0 : s->consultations.last().at(0).toLongLong();
        qint64 highest = last + 10000; // when even MAX(id) cannot be read
        {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MAX(id) FROM consultation")) && q.next()
                && !q.value(0).isNull())
                highest = q.value(0).toLongLong();
        }
        QSqlQuery q(db);
        if (!q.prepare(QLatin1String(SalvageSelect) + QStringLiteral(" WHERE c.id = ?")))
            return;
        int unreadable = 0;
        const qsizetype before = s->consultations.size();
        for (qint64 id = last + 1; id <= highest; ++id) {
            q.addBindValue(id);
            if (!q.exec()) {
                ++unreadable;
                continue;
            }
            if (q.next()) {
                QVariantList row;
                for (int i = 0; i <= CaseJsonColumn; ++i)
                    row << q.value(i);
                s->consultations << row;
            } else if (q.lastError().isValid()) {
                ++unreadable;
            }
            q.finish();
        }
        s->notes << QStringLiteral("looked up one by one: %1 more consultations read, %2 in "
                                   "damaged pages lost")
                        .arg(s->consultations.size() - before)
                        .arg(unreadable);
        s->unreadable = unreadable;
    }

    // Reads what still reads: each table on its own, row by row, keeping the rows read
    // before an error.
    Salvage salvage(const QString &path)
    {
        Salvage s;
        ReadOnlyConnection c(path);
        if (!c.error().isEmpty()) {
            s.notes << QStringLiteral("the damaged file could not be opened to salvage from: ")
                    + c.error();
            return s;
        }
        {
            QSqlQuery q(c.db());
            if (!q.exec(QStringLiteral("SELECT case_json, file_path, consultation_id, saved_at "
                                       "FROM autosave WHERE slot = 1"))) {
                s.notes << QStringLiteral("the autosave could not be read: ")
                        + q.lastError().text();
            } else if (q.next()) {
                s.autosave = QVariantList { q.value(0), q.value(1), q.value(2), q.value(3) };
            } else if (q.lastError().isValid()) {
                s.notes << QStringLiteral("the autosave could not be read: ")
                        + q.lastError().text();
            }
        }
        {
            QSqlQuery q(c.db());
            q.setForwardOnly(true);
            bool stopped = false;
            if (!q.exec(QLatin1String(SalvageSelect) + QStringLiteral(" ORDER BY c.id"))) {
                s.notes << QStringLiteral("the consultations could not be read in one go: ")
                        + q.lastError().text();
                stopped = true;
            } else {
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i <= CaseJsonColumn; ++i)
                        row << q.value(i);
                    s.consultations << row;
                }
                if (q.lastError().isValid()) {
                    s.notes << QStringLiteral("reading the consultations stopped after %1 rows: %2")
                                   .arg(s.consultations.size())
                                   .arg(q.lastError().text());
                    stopped = true;
                }
            }
            if (stopped)
                salvageById(c.db(), &s);
        }
        return s;
    }

    // <path>.damaged-YYYYMMDD-HHMMSS, or with -2, -3… when that name is taken.
    QString asideName(const QString &path, const QDateTime &now)
    {
        const QString base
            = path + QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString name = base;
        for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
             ++n)
            name = base + QStringLiteral("-%1").arg(n);
        return name;
    }

    bool moveAside(const QString &path, const QString &aside, QString *error)
    {
        const QStringList from = Database::companionFiles(path);
        const QStringList to = Database::companionFiles(aside);
        for (qsizetype i = 0; i < from.size(); ++i) {
            if (!QFileInfo::exists(from.at(i)))
                continue;
            QFile f(from.at(i));
            if (!f.rename(to.at(i))) {
                *error = QStringLiteral("the database %1 is damaged and could not be moved aside "
                                        "to %2: %3")
                             .arg(from.at(i), to.at(i), f.errorString());
                return false;
            }
        }
        return true;
    }

    bool restore(Database &db, const Salvage &s, RecoveryReport *report, QString *error)
    {
        return db.durableTransaction(error, [&] {
            if (s.autosave) {
                QSqlQuery q(db.connection());
                if (!db.prepare(q,
                        QStringLiteral("INSERT INTO autosave (slot, case_json, file_path, "
                                       "consultation_id, saved_at) VALUES (1, ?, ?, ?, ?)"),
                        error))
                    return false;
                for (const QVariant &v : *s.autosave)
                    q.addBindValue(v);
                if (!Database::exec(q, error))
                    return false;
                report->autosaveSalvaged = true;
            }
            QSqlQuery q(db.connection());
            if (!db.prepare(q,
                    QStringLiteral("INSERT INTO consultation (")
                        + QLatin1String(ConsultationColumns)
                        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    error))
                return false;
            QSqlQuery k(db.connection());
            if (!db.prepare(k,
                    QStringLiteral(
                        "INSERT INTO consultation_case (consultation, case_json) VALUES (?, ?)"),
                    error))
                return false;
            for (const QVariantList &row : s.consultations) {
                // A row whose case no longer parses would only fail when reopened.
                InputErrors caseErrors;
                if (!CaseJson::parse(row.at(CaseJsonColumn).toString().toUtf8(), &caseErrors)) {
                    report->notes << QStringLiteral("consultation %1 was left out: its case "
                                                    "does not read back")
                                         .arg(row.at(0).toLongLong());
                    continue;
                }
                bool complete = true;
                for (int i = 1; i < ConsultationColumnCount; ++i)
                    complete = complete && !row.at(i).isNull();
                if (!complete) {
                    report->notes << QStringLiteral("consultation %1 was left out: a field is "
                                                    "missing")
                                         .arg(row.at(0).toLongLong());
                    continue;
                }
                for (int i = 0; i < ConsultationColumnCount; ++i)
                    q.addBindValue(row.at(i));
                k.addBindValue(row.at(0));
                k.addBindValue(row.at(CaseJsonColumn));
                if (!Database::exec(q, error) || !Database::exec(k, error))
                    return false;
                ++report->consultationsSalvaged;
            }
            return true;
        });
    }

} // namespace

QString RecoveryReport::toText() const
{
    if (!recovered)
        return QStringLiteral("The database opened normally.");
    QStringList lines;
    lines << QStringLiteral("The database was damaged (%1).").arg(problem);
    lines << QStringLiteral("It was moved aside to %1 and a fresh database was created.")
                 .arg(damagedPath);
    lines << (autosaveSalvaged ? QStringLiteral("The unsaved case (autosave) was recovered.")
                               : QStringLiteral("No unsaved case (autosave) was recovered."));
    lines << QStringLiteral("Consultations: %1 found in the damaged file, %2 recovered, %3 "
                            "unreadable.")
                 .arg(consultationsFound)
                 .arg(consultationsSalvaged)
                 .arg(consultationsLost);
    lines << notes;
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> DatabaseRecovery::checkIntegrity(Database &db)
{
    const Verdict v = integrityOf(db.connection());
    return v.kind == Verdict::Sound ? std::nullopt : std::optional<QString>(v.text);
}

bool DatabaseRecovery::open(
    Database &db, RecoveryReport *report, QString *error, const QDateTime &now)
{
    *report = RecoveryReport();
    const QString path = db.path();

    QString readError;
    std::optional<QString> problem = headerProblem(path, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (!problem) {
        QString openError;
        if (db.open(&openError)) {
            const Verdict v = integrityOf(db.connection());
            if (v.kind == Verdict::Unknown) {
                *error = QStringLiteral("cannot check %1: %2").arg(path, v.text);
                return false;
            }
            if (v.kind == Verdict::Damaged)
                problem = v.text;
        } else {
            // Damage, or something else (read-only, newer schema, full disk)? Only SQLite's
            // own word that the file is corrupt counts: a file that merely cannot be opened
            // is left where it is.
            db.close();
            const QFileInfo info(path);
            Verdict v { Verdict::Unknown, QString() };
            if (info.exists() && info.size() > 0) {
                ReadOnlyConnection probe(path);
                if (probe.error().isEmpty())
                    v = integrityOf(probe.db());
            }
            if (v.kind != Verdict::Damaged) {
                *error = openError;
                return false;
            }
            problem = openError;
        }
    }
    if (!problem)
        return true;

    // Damaged: salvage, move aside, start afresh.
    db.close();
    report->recovered = true;
    report->problem = *problem;
    const Salvage s = salvage(path);
    report->consultationsFound = int(s.consultations.size());
    report->consultationsLost = s.unreadable;
    report->notes = s.notes;
    const QString aside = asideName(path, now);
    if (!moveAside(path, aside, error))
        return false;
    report->damagedPath = aside;
    if (!db.open(error))
        return false;
    QString restoreError;
    if (!restore(db, s, report, &restoreError)) {
        report->autosaveSalvaged = false;
        report->consultationsSalvaged = 0;
        report->notes << QStringLiteral("the salvaged rows could not be written to the fresh "
                                        "database (they are still in %1): %2")
                             .arg(aside, restoreError);
    }
    return true;
}

} // namespace yibao
