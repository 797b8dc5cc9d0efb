// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftcommand.h"

#include "casedocument.h"

namespace yibao {

DraftCommand::DraftCommand(
    CaseDocument *doc, CaseDraft before, CaseDraft after, const QString &text, int mergeKey)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{ }

void DraftCommand::redo()
{
    m_doc->applyDraft(m_after);
}

void DraftCommand::undo()
{
    m_doc->applyDraft(m_before);
}

bool DraftCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id() || id() < 0)
        return false;
    m_after = static_cast<const DraftCommand *>(other)->m_after;
    // a merge that ends where it began leaves nothing to undo
    setObsolete(m_after == m_before);
    return true;
}

} // namespace yibao
