// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedocument.h"

#include "draftcommand.h"

#include "explain/passagelinker.h"
#include "io/casejson.h"
#include "io/caseloader.h"
#include "rules/engine.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUndoStack>

namespace yibao {

CaseDocument::CaseDocument(const Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
        [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    newCase();
}

CaseDocument::~CaseDocument() = default;

bool CaseDocument::isModified() const
{
    return !m_undo->isClean();
}

void CaseDocument::edit(const CaseDraft &after, const QString &text, int mergeKey)
{
    if (after == m_draft)
        return;
    m_pristine = false;
    m_undo->push(new DraftCommand(this, m_draft, after, text, mergeKey));
}

void CaseDocument::newCase()
{
    CaseDraft d;
    d.asOf = QDate::currentDate().toString(Qt::ISODate);
    d.periods.append(PeriodDraft {});
    m_filePath.clear();
    m_pristine = true;
    resetTo(d);
    Q_EMIT filePathChanged(m_filePath);
}

void CaseDocument::setCase(const Case &c)
{
    m_pristine = false;
    resetTo(CaseDraft::fromCase(c));
}

bool CaseDocument::openBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QLatin1String("schema")).toString() != CaseJson::Schema) {
        // Not a case file at all: let the parser word the message as the CLI does.
        InputErrors errors;
        CaseJson::parse(bytes, &errors);
        *error = describeErrors(errors).join(QLatin1Char('\n'));
        return false;
    }
    m_pristine = false;
    resetTo(CaseDraft::fromJson(doc.object()));
    return true;
}

bool CaseDocument::open(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    if (!openBytes(f.readAll(), error))
        return false;
    m_filePath = path;
    Q_EMIT filePathChanged(m_filePath);
    return true;
}

QByteArray CaseDocument::serialized() const
{
    if (m_errors.isEmpty() && m_hasResult)
        return CaseJson::serialize(m_case);
    return QJsonDocument(m_draft.toJson()).toJson(QJsonDocument::Indented);
}

bool CaseDocument::save(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(serialized());
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    m_undo->setClean();
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    return true;
}

void CaseDocument::applyDraft(const CaseDraft &d)
{
    m_draft = d;
    Q_EMIT draftChanged();
    recompute();
}

void CaseDocument::resetTo(const CaseDraft &d)
{
    Q_EMIT aboutToReset();
    m_undo->clear();
    m_hasResult = false;
    m_result = Result {};
    applyDraft(d);
    m_undo->setClean();
}

void CaseDocument::recompute()
{
    InputErrors errors;
    const QByteArray bytes = QJsonDocument(m_draft.toJson()).toJson(QJsonDocument::Compact);
    const auto loaded = loadCase(bytes, std::nullopt, std::nullopt, m_library.profiles(), &errors);
    if (!loaded) {
        // an untouched new case: nothing is wrong yet, only empty
        m_errors = m_pristine ? InputErrors() : errors;
        Q_EMIT inputErrorsChanged(m_errors);
        return;
    }
    m_case = loaded->c;
    m_profile = loaded->profile;
    m_result = compute(m_case, *m_profile, ComputeOptions { .trace = true });
    attachPassages(m_result.trace, m_library.links());
    m_hasResult = true;
    m_errors.clear();
    Q_EMIT inputErrorsChanged(m_errors);
    Q_EMIT resultChanged(m_result);
}

} // namespace yibao
