// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace yibao {

class Database;

// The case being edited and not yet saved, as the autosave slot holds it.
struct Autosave
{
    QByteArray caseJson; // what the window handed over, byte for byte
    QString filePath; // the *.yibao.json it belongs to; empty when none
    qint64 consultationId = 0; // the consultation it was reopened from; 0 when none
    QDateTime savedAt;
};

// One slot in the database for the unsaved case, so that a crash or power loss loses
// nothing typed. The window calls save() a few hundred ms after each edit (it debounces;
// this just stores), clear() once the case is saved, exported or deliberately closed, and
// load() at start: a slot that is still there is an unsaved case to offer back.
//
//   m_autosave.save(CaseJson::serialize(m_case), m_filePath, &error);
//
// Each save replaces the slot in one transaction that is on disk when it returns.
class AutosaveStore
{
public:
    explicit AutosaveStore(Database &db);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    bool save(const QByteArray &caseJson, const QString &filePath, QString *error,
        qint64 consultationId = 0);
    // nullopt with an empty error: there is no autosave (the normal case).
    std::optional<Autosave> load(QString *error) const;
    bool clear(QString *error);

private:
    Database &m_db;
    std::function<QDateTime()> m_now;
};

} // namespace yibao
