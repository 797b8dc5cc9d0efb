// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/article.h"

#include <algorithm>

namespace yibao {

QString passageKindId(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Answer:
        return QStringLiteral("answer");
    case PassageKind::Intro:
        return QStringLiteral("intro");
    case PassageKind::Section:
        return QStringLiteral("section");
    case PassageKind::Closing:
        return QStringLiteral("closing");
    case PassageKind::Related:
        return QStringLiteral("related");
    }
    return QString();
}

const Passage *Article::passage(QStringView passageId) const
{
    for (const Passage &p : passages)
        if (p.id == passageId)
            return &p;
    return nullptr;
}

int Article::count(PassageKind kind) const
{
    return int(std::count_if(
        passages.cbegin(), passages.cend(), [kind](const Passage &p) { return p.kind == kind; }));
}

} // namespace yibao
