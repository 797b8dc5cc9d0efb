// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casedraft.h"

#include <QUndoCommand>

namespace yibao {

class CaseDocument;

// Every edit is a whole-draft swap: a draft is a few kilobytes even for 45 years, and a
// snapshot cannot get out of step with the forms the way field-by-field inverses can.
class DraftCommand : public QUndoCommand
{
public:
    DraftCommand(
        CaseDocument *doc, CaseDraft before, CaseDraft after, const QString &text, int mergeKey);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CaseDocument *m_doc;
    CaseDraft m_before;
    CaseDraft m_after;
    int m_mergeKey;
};

} // namespace yibao
