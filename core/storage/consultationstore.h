// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/idnumber.h"
#include "io/inputerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace yibao {

class Database;

// One client's case as kept at the counter.
struct Consultation
{
    qint64 id = 0; // 0: not saved yet
    QString clientName; // optional
    // The full number, for the edit field only; everything else shows maskIdNumber().
    // Optional; a number that fails the GB 11643 check is saved and flagged.
    QString idNumber;
    QString note;
    Case c;
    // Which rules and texts the figures came from: the caller names the version of the
    // profile it computed with; save() fills an empty corpusVersion from the database.
    QString profileVersion;
    QString corpusVersion;
    // The result the clerk saw when saving (ResultJson::toCompactJson without the trace;
    // it names its profile and version), kept as given. Empty: none was given, or the
    // consultation was saved before such results were kept (schema 4).
    QByteArray resultJson;
    QDateTime createdAt; // set by save()
    QDateTime updatedAt; // set by save()
    // Counts the saves of this consultation: 1 after the first, +1 for each update. A
    // save of a consultation read at version v is refused when the stored one is no
    // longer v (another window saved it meanwhile); 0 saves without that check.
    qint64 version = 0;
    // The case could not be read back from a damaged database (DatabaseRecovery kept the
    // client's details and said so in the note); c is then an empty case.
    bool caseLost = false;
};

// A line of the consultation list: no full ID number, no case.
struct ConsultationRow
{
    qint64 id = 0;
    QString clientName;
    QString idMasked; // "110***********1234", empty when no number was given
    IdNumberStatus idStatus = IdNumberStatus::Empty;
    QString note;
    QString profileId;
    QString profileVersion;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What the list shows. All given parts must match (AND); an empty filter lists everything.
struct ConsultationFilter
{
    QString name; // substring of the client name
    QString idLast4; // the last 4 characters of the ID number (x matches X)
    QString datePrefix; // "2026", "2026-11" or "2026-11-28": the day it was first saved
    QString idNumber; // a whole ID number (normalized); matched exactly, never shown

    bool isEmpty() const
    {
        return name.isEmpty() && idLast4.isEmpty() && datePrefix.isEmpty() && idNumber.isEmpty();
    }

    // Reads the one search box of the list: words separated by spaces, each a date
    // prefix (2026-11, 2026-11-28, also with / or .), 4 characters that end an ID number
    // (1234, 002X), a whole 18-character ID number (read off the client's card), or else
    // part of a name. "张 2026-11" finds 张's consultations of
    // November 2026.
    static ConsultationFilter fromQuery(const QString &query);
};

// The saved consultations in the program's database. Every write is one transaction that
// is on disk when the call returns (Database::durableTransaction); a failure leaves the
// database as it was and says why, naming the database file.
class ConsultationStore
{
public:
    explicit ConsultationStore(Database &db);

    // The clock for createdAt/updatedAt and retention; tests set a fixed one.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Inserts (c.id == 0) or updates (c.id of a saved consultation; createdAt is kept).
    // Returns the id. An update of c.version > 0 is refused when the stored consultation
    // has another version (saved from another window since c was read): nothing is
    // written, *conflict is set and error says so. The caller then asks the user: reload
    // theirs (load()), keep this one as a new consultation (id 0), or overwrite (version 0).
    std::optional<qint64> save(const Consultation &c, QString *error, bool *conflict = nullptr);

    // Newest first (last saved), at most limit rows (all when limit < 0). The list shows
    // the newest DefaultListLimit matches, and with count(filter) says how many there are
    // ("显示最近 500 条，共 2345 条"): nobody scrolls 10 000 rows, and reading them all
    // costs more than a keystroke may take (bench/README.md, "Storage").
    static constexpr int DefaultListLimit = 500;
    std::optional<QList<ConsultationRow>> list(
        const ConsultationFilter &filter, QString *error, int limit = DefaultListLimit) const;

    std::optional<Consultation> load(qint64 id, QString *error) const;
    bool remove(qint64 id, QString *error);
    // How many consultations match (all of them for an empty filter).
    std::optional<int> count(QString *error, const ConsultationFilter &filter = {}) const;

    // The case of a consultation as a *.yibao.json file (CaseJson::serialize). The file
    // carries the case only: no client name, ID number or note, so that a file passed on
    // (e-mailed, put on a USB stick) does not carry the client's identity.
    std::optional<QByteArray> exportJson(qint64 id, QString *error) const;
    // Reads a *.yibao.json file and saves it as a new consultation with the given name,
    // ID number and note (c.c is replaced by the file's case). Returns the new id; the
    // file's errors (or the database's, with an empty path) go to errors.
    std::optional<qint64> importJson(
        const QByteArray &bytes, const Consultation &details, InputErrors *errors);

    // Retention: deletes the consultations last saved more than days days ago; 0 keeps
    // everything. Returns how many were deleted.
    std::optional<int> deleteOlderThan(int days, QString *error);

private:
    struct Where
    {
        QString sql; // " WHERE …" or empty
        QVariantList binds;
    };
    static Where whereOf(const ConsultationFilter &filter);
    QString fail(const QString &what, const QString &why) const;

    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace yibao
