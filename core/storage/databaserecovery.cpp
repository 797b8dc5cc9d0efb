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

#include <map>
#include <set>

namespace yibao {

namespace {

    // Every column of a consultation row as schema 2 made it (database.cpp); the version
    // of schema 3 starts again at 1 in the fresh file.
    const char *const ConsultationColumns
        = "id, client_name, id_number, id_masked, id_last4, id_status, note, profile_id, "
          "profile_version, corpus_version, created_at, updated_at";
    constexpr int ConsultationColumnCount = 12;
    constexpr int NoteColumn = 6;

    struct Salvage
    {
        QList<QVariantList> autosaves; // slot, case_json, file_path, consultation_id, saved_at
        std::map<qint64, QVariantList> consultations; // by id, ConsultationColumns
        std::map<qint64, QString> cases; // case_json by consultation id
        // result_json (schema 4) by consultation id: the figures the clerk saw. A file of
        // an older schema has none, and one lost in a damaged page is lost: the reopened
        // consultation then says that its figures were not kept.
        std::map<qint64, QString> results;
        int unreadable = 0; // ids named by an index whose row sits in a damaged page
        QStringList notes;
    };

    // Runs a query and hands each row to take until the end or an error; false (and the
    // error in *why) when it stopped early.
    template<typename Take>
    bool scan(const QSqlDatabase &db, const QString &sql, QString *why, Take &&take)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            *why = q.lastError().text();
            return false;
        }
        while (q.next())
            take(q);
        if (q.lastError().isValid()) {
            *why = q.lastError().text();
            return false;
        }
        return true;
    }

    QVariantList consultationRow(const QSqlQuery &q)
    {
        QVariantList row;
        for (int i = 0; i < ConsultationColumnCount; ++i)
            row << q.value(i);
        return row;
    }

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

    // Reads what still reads: each table on its own, in order, keeping the rows read
    // before an error. When a scan stops at a damaged page, the rows beyond it may sit in
    // sound pages that a lookup by id still reaches through the interior pages; the ids
    // to look up come from the indexes and the other table (covering scans that never
    // touch the damaged table's pages), so there are never more lookups than rows.
    Salvage salvage(const QString &path)
    {
        Salvage s;
        ReadOnlyConnection c(path);
        if (!c.error().isEmpty()) {
            s.notes << QStringLiteral("the damaged file could not be opened to salvage from: ")
                    + c.error();
            return s;
        }
        const QSqlDatabase db = c.db();
        QString why;
        if (!scan(db,
                QStringLiteral("SELECT slot, case_json, file_path, consultation_id, saved_at "
                               "FROM autosave ORDER BY slot"),
                &why, [&](const QSqlQuery &q) {
                    s.autosaves << QVariantList { q.value(0), q.value(1), q.value(2), q.value(3),
                        q.value(4) };
                }))
            s.notes << QStringLiteral("the autosave could not be read: ") + why;

        const bool consultationsWhole = scan(db,
            QStringLiteral("SELECT ") + QLatin1String(ConsultationColumns)
                + QStringLiteral(" FROM consultation ORDER BY id"),
            &why, [&](const QSqlQuery &q) {
                s.consultations[q.value(0).toLongLong()] = consultationRow(q);
            });
        if (!consultationsWhole)
            s.notes << QStringLiteral("reading the consultations stopped after %1 rows: %2")
                           .arg(s.consultations.size())
                           .arg(why);
        const bool casesWhole = scan(db,
            QStringLiteral("SELECT consultation, case_json FROM consultation_case "
                           "ORDER BY consultation"),
            &why, [&](const QSqlQuery &q) {
                if (!q.value(1).isNull())
                    s.cases[q.value(0).toLongLong()] = q.value(1).toString();
            });
        if (!casesWhole)
            s.notes << QStringLiteral("reading the cases stopped after %1 rows: %2")
                           .arg(s.cases.size())
                           .arg(why);
        {
            QString ignored; // no such column before schema 4
            scan(db,
                QStringLiteral("SELECT consultation, result_json FROM consultation_case "
                               "WHERE result_json IS NOT NULL ORDER BY consultation"),
                &ignored, [&](const QSqlQuery &q) {
                    s.results[q.value(0).toLongLong()] = q.value(1).toString();
                });
        }
        if (consultationsWhole && casesWhole)
            return s;

        // The ids that exist, as far as anything still says: the indexes of the
        // consultation table and the keys of both tables.
        std::set<qint64> ids;
        for (const auto &[id, row] : s.consultations)
            ids.insert(id);
        for (const auto &[id, json] : s.cases)
            ids.insert(id);
        for (const char *index :
            { "consultation_updated", "consultation_created", "consultation_last4" }) {
            QString ignored;
            scan(db,
                QStringLiteral("SELECT id FROM consultation INDEXED BY %1")
                    .arg(QLatin1String(index)),
                &ignored, [&](const QSqlQuery &q) { ids.insert(q.value(0).toLongLong()); });
        }

        int consultationsRead = 0, casesRead = 0;
        QSqlQuery one(db);
        if (!consultationsWhole
            && one.prepare(QStringLiteral("SELECT ") + QLatin1String(ConsultationColumns)
                + QStringLiteral(" FROM consultation WHERE id = ?"))) {
            for (qint64 id : ids) {
                if (s.consultations.count(id))
                    continue;
                one.addBindValue(id);
                if (one.exec() && one.next()) {
                    s.consultations[id] = consultationRow(one);
                    ++consultationsRead;
                } else if (!s.cases.count(id)) {
                    ++s.unreadable;
                }
                one.finish();
            }
        }
        QSqlQuery k(db);
        if (!casesWhole
            && k.prepare(
                QStringLiteral("SELECT case_json FROM consultation_case WHERE consultation = ?"))) {
            for (qint64 id : ids) {
                if (s.cases.count(id))
                    continue;
                k.addBindValue(id);
                if (k.exec() && k.next() && !k.value(0).isNull()) {
                    s.cases[id] = k.value(0).toString();
                    ++casesRead;
                }
                k.finish();
            }
        }
        s.notes << QStringLiteral("looked up one by one (%1 ids named by the indexes): %2 more "
                                  "consultations and %3 more cases read, %4 ids lost")
                       .arg(ids.size())
                       .arg(consultationsRead)
                       .arg(casesRead)
                       .arg(s.unreadable);
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

    // What a consultation whose case was lost says about it in its note.
    const char *const CaseLostNote = "【资料库损坏时此咨询的案例丢失，只剩客户资料】";
    // What a case whose consultation row was lost is saved as.
    const char *const DetailsLostNote = "【资料库损坏时此咨询的客户资料丢失，只剩案例】";

    bool restore(Database &db, const Salvage &s, RecoveryReport *report, QString *error)
    {
        return db.durableTransaction(error, [&] {
            QSqlQuery a(db.connection());
            if (!db.prepare(a,
                    QStringLiteral("INSERT INTO autosave (slot, case_json, file_path, "
                                   "consultation_id, saved_at) VALUES (?, ?, ?, ?, ?)"),
                    error))
                return false;
            for (const QVariantList &row : s.autosaves) {
                for (const QVariant &v : row)
                    a.addBindValue(v);
                if (!Database::exec(a, error))
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
                    QStringLiteral("INSERT INTO consultation_case (consultation, case_json, "
                                   "result_json) VALUES (?, ?, ?)"),
                    error))
                return false;
            const auto caseOf = [&](qint64 id) -> std::optional<QString> {
                const auto it = s.cases.find(id);
                if (it == s.cases.end())
                    return std::nullopt;
                InputErrors caseErrors;
                if (!CaseJson::parse(it->second.toUtf8(), &caseErrors))
                    return std::nullopt; // would only fail when reopened
                return it->second;
            };
            const QString now = QDateTime::currentDateTime()
                                    .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                                    .toString(Qt::ISODateWithMs);
            const auto insert = [&](qint64 id, QVariantList row,
                                    const std::optional<QString> &json) {
                for (int i = 0; i < ConsultationColumnCount; ++i)
                    q.addBindValue(row.at(i));
                if (!Database::exec(q, error))
                    return false;
                if (!json)
                    return true;
                k.addBindValue(id);
                k.addBindValue(*json);
                const auto result = s.results.find(id);
                k.addBindValue(result == s.results.end() ? QVariant(QMetaType::fromType<QString>())
                                                         : QVariant(result->second));
                return Database::exec(k, error);
            };
            for (const auto &[id, original] : s.consultations) {
                QVariantList row = original;
                bool complete = true;
                for (int i = 1; i < ConsultationColumnCount; ++i)
                    complete = complete && !row.at(i).isNull();
                if (!complete) {
                    report->notes << QStringLiteral("consultation %1 was left out: a field is "
                                                    "missing")
                                         .arg(id);
                    continue;
                }
                const std::optional<QString> json = caseOf(id);
                if (!json) {
                    // The client's name, ID number and note are worth keeping on their own.
                    const QString note = row.at(NoteColumn).toString();
                    row[NoteColumn] = QString(QString::fromUtf8(CaseLostNote)
                        + (note.isEmpty() ? QString() : QStringLiteral(" ") + note));
                    report->notes << QStringLiteral("consultation %1 was kept without its case, "
                                                    "which could not be read")
                                         .arg(id);
                    ++report->casesLost;
                }
                if (!insert(id, row, json))
                    return false;
                ++report->consultationsSalvaged;
            }
            for (const auto &[id, json] : s.cases) {
                if (s.consultations.count(id))
                    continue;
                const std::optional<QString> parsed = caseOf(id);
                if (!parsed)
                    continue;
                InputErrors ignored;
                const QString profile
                    = CaseJson::parse(parsed->toUtf8(), &ignored).value_or(Case {}).profile;
                const QString none = QStringLiteral(""); // NOT NULL columns
                const QVariantList row { id, none, none, none, none, none,
                    QString::fromUtf8(DetailsLostNote), profile, none, none, now, now };
                report->notes << QStringLiteral("the case of consultation %1 was kept without "
                                                "the client's details, which could not be read")
                                     .arg(id);
                if (!insert(id, row, parsed))
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
        return wasEmpty ? QStringLiteral("The database file was empty (0 bytes); it is used as a "
                                         "new database.")
                        : QStringLiteral("The database opened normally.");
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
    if (casesLost > 0)
        lines << QStringLiteral("%1 consultations were kept without their case, which could not "
                                "be read (their note says so).")
                     .arg(casesLost);
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
            report->wasEmpty = db.wasEmpty();
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
    std::set<qint64> found;
    for (const auto &[id, row] : s.consultations)
        found.insert(id);
    for (const auto &[id, json] : s.cases)
        found.insert(id);
    report->consultationsFound = int(found.size());
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
        report->casesLost = 0;
        report->notes << QStringLiteral("the salvaged rows could not be written to the fresh "
                                        "database (they are still in %1): %2")
                             .arg(aside, restoreError);
    }
    return true;
}

} // namespace yibao
