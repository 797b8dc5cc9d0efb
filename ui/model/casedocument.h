// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casedraft.h"
#include "explain/library.h"

#include "io/inputerror.h"
#include "rules/result.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace yibao {

class PolicyProfile;

// The open case and everything the window shows about it: the draft the forms edit, the
// undo stack, the file and the last result. It owns no widget; forms ask it for changes
// (edit()) and views listen to its signals. Every change goes through the undo stack and
// recomputes at once: the engine takes about 2 ms for a 45-year case, so it runs on the
// UI thread and there is no "calculate" button.
class CaseDocument : public QObject
{
    Q_OBJECT
public:
    // The library gives the profiles the case is computed with and the passages linked.
    explicit CaseDocument(const Library &library, QObject *parent = nullptr);
    ~CaseDocument() override;

    const CaseDraft &draft() const { return m_draft; }
    // The last case that passed loadCase (valid even while the draft has errors).
    const Case &caseData() const { return m_case; }
    bool hasResult() const { return m_hasResult; }
    const Result &result() const { return m_result; }
    const InputErrors &inputErrors() const { return m_errors; }
    // A new case nothing has been typed into: its empty fields are not errors yet, so
    // that the clerk starts on a clean form rather than a red error card.
    bool isPristine() const { return m_pristine; }
    const PolicyProfile *profile() const { return m_profile; }
    const Library &library() const { return m_library; }

    QUndoStack *undoStack() const { return m_undo; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // One undoable change from the current draft to after. mergeKey >= 0 merges
    // consecutive edits with the same key (a spin box stepping) into one undo step.
    void edit(const CaseDraft &after, const QString &text, int mergeKey = -1);

    // A fresh case: as of today, one empty period to start typing in.
    void newCase();
    void setCase(const Case &c);
    // Reads a case file. A file that is JSON but has wrong values opens with the values
    // marked; a file that is not a case at all returns false with the parser's message.
    bool open(const QString &path, QString *error);
    bool openBytes(const QByteArray &bytes, QString *error);
    // Writes the case file; a draft that does not parse yet is written as typed so that
    // nothing is lost (the CLI will then name what is wrong).
    bool save(const QString &path, QString *error);
    QByteArray serialized() const;

Q_SIGNALS:
    void draftChanged();
    // A new case replaces the open one (new, open): views drop what they show of the old.
    void aboutToReset();
    void resultChanged(const yibao::Result &result);
    void inputErrorsChanged(const yibao::InputErrors &errors);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class DraftCommand;
    void applyDraft(const CaseDraft &d);
    void resetTo(const CaseDraft &d);
    void recompute();

    CaseDraft m_draft;
    Case m_case;
    Result m_result;
    bool m_hasResult = false;
    InputErrors m_errors;
    Library m_library;
    const PolicyProfile *m_profile = nullptr;
    QUndoStack *m_undo = nullptr;
    QString m_filePath;
    bool m_pristine = false;
};

} // namespace yibao
