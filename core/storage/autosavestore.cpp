// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/autosavestore.h"

#include "storage/database.h"

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

} // namespace

AutosaveStore::AutosaveStore(Database &db)
    : m_db(db)
    , m_now(systemNow)
{ }

bool AutosaveStore::save(
    const QByteArray &caseJson, const QString &filePath, QString *error, qint64 consultationId)
{
    const QDateTime t = m_now();
    const QString savedAt = t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
    QString why;
    // Delete and insert rather than an upsert: portable SQL (see database.h).
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        if (!m_db.execSql(QStringLiteral("DELETE FROM autosave"), &why))
            return false;
        if (!m_db.prepare(q,
                QStringLiteral("INSERT INTO autosave (slot, case_json, file_path, "
                               "consultation_id, saved_at) VALUES (1, ?, ?, ?, ?)"),
                &why))
            return false;
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

std::optional<Autosave> AutosaveStore::load(QString *error) const
{
    QSqlQuery q(m_db.connection());
    QString why;
    if (!m_db.prepare(q,
            QStringLiteral("SELECT case_json, file_path, consultation_id, saved_at"
                           " FROM autosave WHERE slot = 1"),
            &why)
        || !Database::exec(q, &why)) {
        *error = fail(m_db, QStringLiteral("cannot read the autosaved case"), why);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Autosave a;
    a.caseJson = q.value(0).toString().toUtf8();
    a.filePath = q.value(1).toString();
    a.consultationId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    a.savedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    return a;
}

bool AutosaveStore::clear(QString *error)
{
    QString why;
    const bool ok = m_db.durableTransaction(
        &why, [&] { return m_db.execSql(QStringLiteral("DELETE FROM autosave"), &why); });
    if (!ok)
        *error = fail(m_db, QStringLiteral("cannot clear the autosaved case"), why);
    return ok;
}

} // namespace yibao
