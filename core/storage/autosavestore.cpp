// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/autosavestore.h"

#include "storage/database.h"

#include <QLockFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace yibao {

namespace {

    QDateTime systemNow()
    {
        return QDateTime::currentDateTime();
    }

    QString fail(const Database &db, const QString &what, const QString &why)
    {
        return QStringLiteral("%1 (database %2): %3").arg(what, db.path(), why);
    }

    // More windows than anyone opens at one counter; a bound so a folder full of lock
    // files cannot keep the start busy.
    constexpr int MaxSlots = 1000;

    std::unique_ptr<QLockFile> tryLock(const QString &path)
    {
        auto lock = std::make_unique<QLockFile>(path);
        // Held for as long as the window runs: never stale by age, only when the process
        // that wrote it is gone (QLockFile checks its pid and name).
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            return nullptr;
        return lock;
    }

} // namespace

AutosaveStore::AutosaveStore(Database &db)
    : m_db(db)
    , m_now(systemNow)
{ }

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::lockPath(const QString &databasePath, int slot)
{
    return databasePath + QStringLiteral(".autosave-%1.lock").arg(slot);
}

bool AutosaveStore::claimSlot(QString *error)
{
    QString why;
    const auto rows = all(&why);
    if (!rows) {
        *error = why;
        return false;
    }
    QSet<int> taken;
    for (const Autosave &a : *rows)
        taken.insert(a.slot);
    for (int n = 1; n <= MaxSlots; ++n) {
        if (taken.contains(n) || m_orphanLocks.count(n))
            continue;
        if (auto lock = tryLock(lockPath(m_db.path(), n))) {
            m_lock = std::move(lock);
            m_slot = n;
            return true;
        }
    }
    *error = fail(m_db, QStringLiteral("cannot take an autosave slot"),
        QStringLiteral("no lock file %1 could be created").arg(lockPath(m_db.path(), 1)));
    return false;
}

bool AutosaveStore::save(
    const QByteArray &caseJson, const QString &filePath, QString *error, qint64 consultationId)
{
    const QDateTime t = m_now();
    const QString savedAt = t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
    QString why;
    // Delete and insert rather than an upsert: portable SQL (see database.h).
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        if (!m_db.prepare(q, QStringLiteral("DELETE FROM autosave WHERE slot = ?"), &why))
            return false;
        q.addBindValue(m_slot);
        if (!Database::exec(q, &why))
            return false;
        if (!m_db.prepare(q,
                QStringLiteral("INSERT INTO autosave (slot, case_json, file_path, "
                               "consultation_id, saved_at) VALUES (?, ?, ?, ?, ?)"),
                &why))
            return false;
        q.addBindValue(m_slot);
        q.addBindValue(QString::fromUtf8(caseJson));
        q.addBindValue(filePath.isEmpty() ? QVariant() : QVariant(filePath));
        q.addBindValue(consultationId > 0 ? QVariant(consultationId) : QVariant());
        q.addBindValue(savedAt);
        return Database::exec(q, &why);
    });
    if (!ok)
        *error = fail(m_db, QStringLiteral("cannot autosave the open case"), why);
    return ok;
}

std::optional<QList<Autosave>> AutosaveStore::read(std::optional<int> slot, QString *error) const
{
    QSqlQuery q(m_db.connection());
    QString why;
    const QString sql = QStringLiteral("SELECT case_json, file_path, consultation_id, saved_at, "
                                       "slot FROM autosave")
        + (slot ? QStringLiteral(" WHERE slot = ?") : QString())
        + QStringLiteral(" ORDER BY saved_at DESC, slot");
    if (!m_db.prepare(q, sql, &why)) {
        *error = fail(m_db, QStringLiteral("cannot read the autosaved case"), why);
        return std::nullopt;
    }
    if (slot)
        q.addBindValue(*slot);
    if (!Database::exec(q, &why)) {
        *error = fail(m_db, QStringLiteral("cannot read the autosaved case"), why);
        return std::nullopt;
    }
    QList<Autosave> out;
    while (q.next()) {
        Autosave a;
        a.caseJson = q.value(0).toString().toUtf8();
        a.filePath = q.value(1).toString();
        a.consultationId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        a.savedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        a.slot = q.value(4).toInt();
        out.append(a);
    }
    return out;
}

std::optional<Autosave> AutosaveStore::load(QString *error) const
{
    const auto rows = read(m_slot, error);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst();
}

std::optional<QList<Autosave>> AutosaveStore::all(QString *error) const
{
    return read(std::nullopt, error);
}

bool AutosaveStore::clear(QString *error)
{
    QString why;
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        if (!m_db.prepare(q, QStringLiteral("DELETE FROM autosave WHERE slot = ?"), &why))
            return false;
        q.addBindValue(m_slot);
        return Database::exec(q, &why);
    });
    if (!ok)
        *error = fail(m_db, QStringLiteral("cannot clear the autosaved case"), why);
    return ok;
}

std::optional<QList<Autosave>> AutosaveStore::orphans(QString *error)
{
    const auto rows = all(error);
    if (!rows)
        return std::nullopt;
    QList<Autosave> out;
    for (const Autosave &a : *rows) {
        if (a.slot == m_slot)
            continue; // this window's own
        if (!m_orphanLocks.count(a.slot)) {
            auto lock = tryLock(lockPath(m_db.path(), a.slot));
            if (!lock)
                continue; // its window is running
            m_orphanLocks[a.slot] = std::move(lock);
        }
        out.append(a);
    }
    return out;
}

bool AutosaveStore::adopt(const Autosave &orphan, QString *error)
{
    QString why;
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        if (!m_db.prepare(q, QStringLiteral("DELETE FROM autosave WHERE slot = ?"), &why))
            return false;
        q.addBindValue(m_slot);
        if (!Database::exec(q, &why))
            return false;
        if (!m_db.prepare(q, QStringLiteral("UPDATE autosave SET slot = ? WHERE slot = ?"), &why))
            return false;
        q.addBindValue(m_slot);
        q.addBindValue(orphan.slot);
        if (!Database::exec(q, &why))
            return false;
        if (q.numRowsAffected() != 1) {
            why = QStringLiteral("autosave slot %1 is gone").arg(orphan.slot);
            return false;
        }
        return true;
    });
    if (!ok) {
        *error = fail(m_db, QStringLiteral("cannot take over the autosaved case"), why);
        return false;
    }
    m_orphanLocks.erase(orphan.slot);
    return true;
}

bool AutosaveStore::discard(int slot, QString *error)
{
    QString why;
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        if (!m_db.prepare(q, QStringLiteral("DELETE FROM autosave WHERE slot = ?"), &why))
            return false;
        q.addBindValue(slot);
        return Database::exec(q, &why);
    });
    if (!ok) {
        *error = fail(m_db, QStringLiteral("cannot delete the autosaved case"), why);
        return false;
    }
    m_orphanLocks.erase(slot);
    return true;
}

void AutosaveStore::releaseOrphans()
{
    m_orphanLocks.clear();
}

} // namespace yibao
