// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/passage.h"

#include <QList>
#include <QString>

namespace yibao {

// A part of an article file that is deliberately not in the corpus, kept so that tests
// and the articles listing can show what was left out and why.
struct ExcludedBlock
{
    QString id; // the id it would have had ("000#r1"); empty for boilerplate lines
    QString reason; // "hospital_list", "off_topic", "disclaimer"
    QString title; // a related item's title
    QString text;
    int line = 0;
};

// One article file, split into passages. The file itself is kept unchanged elsewhere
// (resources/articles, or the database for a user's article); this is its reading.
struct Article
{
    QString id; // "001" or "u001"
    QString fileName; // "001_965773a526713850.txt"
    QString origin; // "bundled" or "user"
    QString title; // the first line
    QString answer; // the short answer line under the title; empty when there is none
    QList<Passage> passages; // in file order
    QList<ExcludedBlock> excluded; // in file order
    int relatedCount = 0; // items under 相关推荐, including the excluded ones

    // The outline as the file writes it, counted by marker: 一、 sections, "1." items and
    // "•" bullets (closing bullets included). Tests pin these to hand counts.
    int sectionCount = 0;
    int itemCount = 0;
    int bulletCount = 0;

    const Passage *passage(QStringView passageId) const;
    int count(PassageKind kind) const;
};

} // namespace yibao
