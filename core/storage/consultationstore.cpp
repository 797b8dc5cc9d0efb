// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/consultationstore.h"

#include "explain/corpus.h"
#include "io/casejson.h"
#include "policy/policyprofile.h"
#include "policy/profileloader.h"
#include "storage/corpusstore.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace yibao {

namespace {

    // Local time with its UTC offset and milliseconds: "2026-11-28T09:15:02.120+08:00".
    // A date prefix is then the clerk's calendar day, and the strings sort by time (within
    // one UTC offset, which is all one counter sees).
    QString isoTime(const QDateTime &t)
    {
        return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
    }

    // The list reads two times per row, and QDateTime::fromString is the larger part of
    // listing 10 000 rows; the form isoTime() writes is read by hand, anything else by Qt.
    QDateTime fromIsoTime(const QString &s)
    {
        // 2026-11-28T09:15:02.120+08:00
        const auto digits = [&s](int at, int n) {
            int v = 0;
            for (int i = at; i < at + n; ++i) {
                const char16_t c = s.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                v = v * 10 + (c - u'0');
            }
            return v;
        };
        if (s.size() == 29 && s.at(10) == QLatin1Char('T') && s.at(19) == QLatin1Char('.')
            && (s.at(23) == QLatin1Char('+') || s.at(23) == QLatin1Char('-'))) {
            const QDate d(digits(0, 4), digits(5, 2), digits(8, 2));
            const QTime t(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
            const int oh = digits(24, 2), om = digits(27, 2);
            if (d.isValid() && t.isValid() && oh >= 0 && om >= 0) {
                const int offset = (oh * 3600 + om * 60) * (s.at(23) == QLatin1Char('-') ? -1 : 1);
                return QDateTime(d, t, Qt::OffsetFromUTC, offset);
            }
        }
        return QDateTime::fromString(s, Qt::ISODateWithMs);
    }

    QDateTime systemNow()
    {
        return QDateTime::currentDateTime();
    }

    // Qt binds a null QString as SQL NULL; the columns are NOT NULL, so empty is "".
    QVariant text(const QString &s)
    {
        return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
    }

    // A LIKE pattern that matches value literally (ESCAPE '\').
    QString likeEscaped(const QString &value)
    {
        QString out;
        out.reserve(value.size());
        for (QChar c : value) {
            if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
                out.append(QLatin1Char('\\'));
            out.append(c);
        }
        return out;
    }

    const char *const RowColumns = "id, client_name, id_masked, id_status, note, profile_id, "
                                   "profile_version, created_at, updated_at";

    // "2026-11", "2026/11/28", "2026.1", "2026年11月": a year and month, maybe a day.
    const QRegularExpression &dateWord()
    {
        static const QRegularExpression re(
            QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})(?:月?|[-/.月](\\d{1,2})日?)$"));
        return re;
    }

} // namespace

ConsultationFilter ConsultationFilter::fromQuery(const QString &query)
{
    ConsultationFilter f;
    QStringList nameWords;
    static const QRegularExpression last4(QStringLiteral("^\\d{3}[\\dXx]$"));
    const QStringList words
        = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    static const QRegularExpression whole(QStringLiteral("^\\d{17}[\\dXx]$"));
    for (const QString &w : words) {
        if (whole.match(w).hasMatch()) {
            f.idNumber = normalizeIdNumber(w);
            f.idLast4 = idNumberLast4(f.idNumber); // narrows by the index first
            continue;
        }
        if (last4.match(w).hasMatch()) {
            f.idLast4 = w.toUpper();
            continue;
        }
        const QRegularExpressionMatch m = dateWord().match(w);
        if (m.hasMatch()) {
            const int month = m.captured(2).toInt();
            if (month >= 1 && month <= 12) {
                f.datePrefix = m.captured(1) + QLatin1Char('-')
                    + QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
                if (m.lastCapturedIndex() >= 3 && !m.captured(3).isEmpty())
                    f.datePrefix += QLatin1Char('-')
                        + QStringLiteral("%1").arg(m.captured(3).toInt(), 2, 10, QLatin1Char('0'));
                continue;
            }
        }
        nameWords.append(w);
    }
    f.name = nameWords.join(QLatin1Char(' '));
    return f;
}

ConsultationStore::ConsultationStore(Database &db)
    : m_db(db)
    , m_now(systemNow)
{ }

QString ConsultationStore::fail(const QString &what, const QString &why) const
{
    return QStringLiteral("%1 (database %2): %3").arg(what, m_db.path(), why);
}

std::optional<qint64> ConsultationStore::save(const Consultation &c, QString *error, bool *conflict)
{
    if (conflict)
        *conflict = false;
    bool changedMeanwhile = false;
    const IdNumberCheck idCheck = checkIdNumber(c.idNumber);
    const QString profileVersion = c.profileVersion;
    QString corpusVersion = c.corpusVersion;
    if (corpusVersion.isEmpty())
        corpusVersion = m_db.meta(QString::fromLatin1(CorpusStore::CorpusVersionKey));
    if (corpusVersion.isEmpty())
        corpusVersion = Corpus::bundledVersion();
    const QString now = isoTime(m_now());
    const QString caseJson = QString::fromUtf8(CaseJson::serialize(c.c));
    // NULL when no result was given: "not kept", not an empty result.
    const QVariant resultJson = c.resultJson.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                       : QVariant(QString::fromUtf8(c.resultJson));

    qint64 id = c.id;
    QString why;
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        const QVariantList values { text(c.clientName.trimmed()), text(idCheck.normalized),
            text(maskIdNumber(idCheck.normalized)), text(idNumberLast4(idCheck.normalized)),
            text(idNumberStatusId(idCheck.status)), text(c.note), text(c.c.profile),
            text(profileVersion), text(corpusVersion) };
        if (id == 0) {
            if (!m_db.prepare(q,
                    QStringLiteral("INSERT INTO consultation (client_name, id_number, id_masked, "
                                   "id_last4, id_status, note, profile_id, profile_version, "
                                   "corpus_version, created_at, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    &why))
                return false;
            for (const QVariant &v : values)
                q.addBindValue(v);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!Database::exec(q, &why))
                return false;
            id = q.lastInsertId().toLongLong();
            if (id <= 0) {
                why = QStringLiteral("the database gave no id for the new row");
                return false;
            }
            QSqlQuery k(m_db.connection());
            if (!m_db.prepare(k,
                    QStringLiteral("INSERT INTO consultation_case (consultation, case_json, "
                                   "result_json) VALUES (?, ?, ?)"),
                    &why))
                return false;
            k.addBindValue(id);
            k.addBindValue(caseJson);
            k.addBindValue(resultJson);
            return Database::exec(k, &why);
        }
        if (!m_db.prepare(q,
                QStringLiteral("UPDATE consultation SET client_name = ?, id_number = ?, "
                               "id_masked = ?, id_last4 = ?, id_status = ?, note = ?, "
                               "profile_id = ?, profile_version = ?, corpus_version = ?, "
                               "updated_at = ?, version = version + 1 WHERE id = ?")
                    + (c.version > 0 ? QStringLiteral(" AND version = ?") : QString()),
                &why))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(now);
        q.addBindValue(id);
        if (c.version > 0)
            q.addBindValue(c.version);
        if (!Database::exec(q, &why))
            return false;
        if (q.numRowsAffected() != 1) {
            QSqlQuery v(m_db.connection());
            if (!m_db.prepare(
                    v, QStringLiteral("SELECT version FROM consultation WHERE id = ?"), &why))
                return false;
            v.addBindValue(id);
            if (!Database::exec(v, &why))
                return false;
            if (v.next()) {
                changedMeanwhile = true;
                why = QStringLiteral("consultation %1 was saved elsewhere meanwhile (version %2, "
                                     "this one was read at version %3)")
                          .arg(id)
                          .arg(v.value(0).toLongLong())
                          .arg(c.version);
            } else {
                why = QStringLiteral("there is no consultation %1 (deleted meanwhile?)").arg(id);
            }
            return false;
        }
        QSqlQuery k(m_db.connection());
        if (!m_db.prepare(k,
                QStringLiteral("UPDATE consultation_case SET case_json = ?, result_json = ? "
                               "WHERE consultation = ?"),
                &why))
            return false;
        k.addBindValue(caseJson);
        k.addBindValue(resultJson);
        k.addBindValue(id);
        if (!Database::exec(k, &why))
            return false;
        if (k.numRowsAffected() == 1)
            return true;
        // Its case was lost with a damaged page and the clerk typed it again.
        QSqlQuery n(m_db.connection());
        if (!m_db.prepare(n,
                QStringLiteral("INSERT INTO consultation_case (consultation, case_json, "
                               "result_json) VALUES (?, ?, ?)"),
                &why))
            return false;
        n.addBindValue(id);
        n.addBindValue(caseJson);
        n.addBindValue(resultJson);
        return Database::exec(n, &why);
    });
    if (!ok) {
        if (conflict)
            *conflict = changedMeanwhile;
        *error = fail(QStringLiteral("cannot save the consultation"), why);
        return std::nullopt;
    }
    return id;
}

ConsultationStore::Where ConsultationStore::whereOf(const ConsultationFilter &filter)
{
    Where w;
    QStringList where;
    if (!filter.name.isEmpty()) {
        where << QStringLiteral("client_name LIKE ? ESCAPE '\\'");
        w.binds << QVariant(QLatin1Char('%') + likeEscaped(filter.name) + QLatin1Char('%'));
    }
    if (!filter.idLast4.isEmpty()) {
        where << QStringLiteral("id_last4 = ?");
        w.binds << QVariant(filter.idLast4.toUpper());
    }
    if (!filter.idNumber.isEmpty()) {
        where << QStringLiteral("id_number = ?");
        w.binds << QVariant(normalizeIdNumber(filter.idNumber));
    }
    if (!filter.datePrefix.isEmpty()) {
        where << QStringLiteral("created_at LIKE ? ESCAPE '\\'");
        w.binds << QVariant(likeEscaped(filter.datePrefix) + QLatin1Char('%'));
    }
    if (!where.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return w;
}

std::optional<QList<ConsultationRow>> ConsultationStore::list(
    const ConsultationFilter &filter, QString *error, int limit) const
{
    const Where w = whereOf(filter);
    QString sql = QStringLiteral("SELECT ") + QLatin1String(RowColumns)
        + QStringLiteral(" FROM consultation") + w.sql
        + QStringLiteral(" ORDER BY updated_at DESC, id DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    const QVariantList &binds = w.binds;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString why;
    if (!m_db.prepare(q, sql, &why)) {
        *error = fail(QStringLiteral("cannot list the consultations"), why);
        return std::nullopt;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!Database::exec(q, &why)) {
        *error = fail(QStringLiteral("cannot list the consultations"), why);
        return std::nullopt;
    }
    QList<ConsultationRow> rows;
    while (q.next()) {
        ConsultationRow r;
        r.id = q.value(0).toLongLong();
        r.clientName = q.value(1).toString();
        r.idMasked = q.value(2).toString();
        r.idStatus = idNumberStatusFromId(q.value(3).toString());
        r.note = q.value(4).toString();
        r.profileId = q.value(5).toString();
        r.profileVersion = q.value(6).toString();
        r.createdAt = fromIsoTime(q.value(7).toString());
        r.updatedAt = fromIsoTime(q.value(8).toString());
        rows.append(r);
    }
    return rows;
}

std::optional<Consultation> ConsultationStore::load(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    QString why;
    const QString what = QStringLiteral("cannot read consultation %1").arg(id);
    if (!m_db.prepare(q,
            QStringLiteral("SELECT c.client_name, c.id_number, c.note, c.profile_version, "
                           "c.corpus_version, k.case_json, c.created_at, c.updated_at, c.version, "
                           "k.result_json"
                           " FROM consultation c LEFT JOIN consultation_case k"
                           " ON k.consultation = c.id WHERE c.id = ?"),
            &why)) {
        *error = fail(what, why);
        return std::nullopt;
    }
    q.addBindValue(id);
    if (!Database::exec(q, &why)) {
        *error = fail(what, why);
        return std::nullopt;
    }
    if (!q.next()) {
        *error = fail(what, QStringLiteral("there is no such consultation"));
        return std::nullopt;
    }
    Consultation c;
    InputErrors caseErrors;
    std::optional<Case> parsed;
    if (q.value(5).isNull()) { // lost with a damaged page (DatabaseRecovery)
        c.caseLost = true;
        parsed = Case {};
    } else {
        parsed = CaseJson::parse(q.value(5).toString().toUtf8(), &caseErrors);
    }
    if (!parsed) {
        QStringList lines;
        for (const InputError &e : caseErrors)
            lines << e.toString();
        *error = fail(what, QStringLiteral("its case does not read back: ") + lines.join(u"; "));
        return std::nullopt;
    }
    c.id = id;
    c.clientName = q.value(0).toString();
    c.idNumber = q.value(1).toString();
    c.note = q.value(2).toString();
    c.profileVersion = q.value(3).toString();
    c.corpusVersion = q.value(4).toString();
    c.c = *parsed;
    c.createdAt = fromIsoTime(q.value(6).toString());
    c.updatedAt = fromIsoTime(q.value(7).toString());
    c.version = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        c.resultJson = q.value(9).toString().toUtf8();
    return c;
}

bool ConsultationStore::remove(qint64 id, QString *error)
{
    QString why;
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        if (!m_db.prepare(q, QStringLiteral("DELETE FROM consultation WHERE id = ?"), &why))
            return false;
        q.addBindValue(id);
        if (!Database::exec(q, &why))
            return false;
        if (q.numRowsAffected() != 1) {
            why = QStringLiteral("there is no such consultation");
            return false;
        }
        return true;
    });
    if (!ok)
        *error = fail(QStringLiteral("cannot delete consultation %1").arg(id), why);
    return ok;
}

std::optional<int> ConsultationStore::count(QString *error, const ConsultationFilter &filter) const
{
    const Where w = whereOf(filter);
    QSqlQuery q(m_db.connection());
    QString why;
    if (!m_db.prepare(q, QStringLiteral("SELECT COUNT(*) FROM consultation") + w.sql, &why)) {
        *error = fail(QStringLiteral("cannot count the consultations"), why);
        return std::nullopt;
    }
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    if (!Database::exec(q, &why)) {
        *error = fail(QStringLiteral("cannot count the consultations"), why);
        return std::nullopt;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<QByteArray> ConsultationStore::exportJson(qint64 id, QString *error) const
{
    const std::optional<Consultation> c = load(id, error);
    if (!c)
        return std::nullopt;
    if (c->caseLost) {
        *error = fail(QStringLiteral("cannot export consultation %1").arg(id),
            QStringLiteral("its case was lost when the database was damaged"));
        return std::nullopt;
    }
    return CaseJson::serialize(c->c);
}

std::optional<qint64> ConsultationStore::importJson(
    const QByteArray &bytes, const Consultation &details, InputErrors *errors)
{
    const std::optional<Case> parsed = CaseJson::parse(bytes, errors);
    if (!parsed)
        return std::nullopt;
    Consultation c = details;
    c.id = 0;
    c.c = *parsed;
    QString why;
    const std::optional<qint64> id = save(c, &why);
    if (!id)
        errors->append({ QString(), why });
    return id;
}

std::optional<int> ConsultationStore::deleteOlderThan(int days, QString *error)
{
    if (days <= 0)
        return 0;
    const QString cutoff = isoTime(m_now().addDays(-days));
    int deleted = 0;
    QString why;
    const bool ok = m_db.durableTransaction(&why, [&] {
        QSqlQuery q(m_db.connection());
        if (!m_db.prepare(q, QStringLiteral("DELETE FROM consultation WHERE updated_at < ?"), &why))
            return false;
        q.addBindValue(cutoff);
        if (!Database::exec(q, &why))
            return false;
        deleted = q.numRowsAffected();
        return true;
    });
    if (!ok) {
        *error = fail(QStringLiteral("cannot delete the old consultations"), why);
        return std::nullopt;
    }
    return deleted;
}

} // namespace yibao
