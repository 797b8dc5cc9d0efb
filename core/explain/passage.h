// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yibao {

// Where a passage sits in its article; decides the letter of its id (see Passage::id).
enum class PassageKind
{
    Answer, // the short answer under the title ("可以使用")
    Intro, // the paragraph(s) before the first numbered part
    Section, // a numbered part of the main article, at any depth
    Closing, // the closing advice or summary after the numbered parts
    Related, // one item under 相关推荐
};

QString passageKindId(PassageKind kind); // "answer", "intro", "section", "closing", "related"

// One quotable piece of an article, quoted as the file has it: list markers ("1.", "•")
// and indentation are dropped, every other character is the file's own.
//
// Passage ids (stable; they are referenced from resources/explain/links.json, saved
// cases and reports, so a better parser must never renumber them):
//
//   AAA#a        the short answer line under the title
//   AAA#i        the introduction (all paragraphs before the first numbered part)
//   AAA#sP.Q.R   a numbered part by its place in the outline. Each level is counted
//                from 1 in file order among its siblings, whatever marker the file
//                uses: the level-1 parts are the 一、二、… sections when the article has
//                them, otherwise its top-level "1." items; the next levels are the
//                "1." items and "•" bullets inside them. The file's own numbers are
//                not used because they are unreliable (000 numbers every item "1.").
//                001#s2.1 is item 1 of section 二; 001#s2.1.3 is its third bullet.
//   AAA#c        the closing paragraph(s); AAA#c.N the N-th bullet under a closing
//                heading such as 建议
//   AAA#rN       the N-th item under 相关推荐, counted over all items including the
//                ones left out of the corpus, so that leaving an item out (or taking it
//                back in) never shifts the others
//
// AAA is the article id: the 3-digit prefix of a bundled file, "u" + 3 digits for an
// article a user added. A heading that has no text of its own ("二、处理方式与操作建议")
// is not a passage; it is kept in the heading of the passages below it.
struct Passage
{
    QString id; // "001#s2.1"
    QString article; // "001"
    PassageKind kind = PassageKind::Section;
    QString heading; // the headings above this passage, outermost first, " › " between
    QString title; // a related item's title; the article's title for the other kinds
    QString text; // the passage's lines, '\n' between
    QString source; // related items: the source label ("健康新闻")
    QString date; // related items: the date as the file gives it ("2025-04-19")
    int line = 0; // 1-based line of the file where the passage starts
};

} // namespace yibao
