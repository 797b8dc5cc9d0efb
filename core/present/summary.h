// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/language.h"
#include "present/explanationmodel.h"
#include "rules/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace yibao {

// One paragraph of the summary: a sentence (plain text), and/or a list under it. A list
// too long for the page is said by brief instead (when brief is empty the list is always
// shown): the renderer chooses, the words are decided here.
struct SummaryParagraph
{
    QString text;
    bool answer = false; // the answer of its section (the sheet sets it in bold)
    QStringList items;
    QString brief;
};

struct SummarySection
{
    QString id; // "today", "retirement", "years", "account", "care", "conflicts", "next"
    QString heading;
    QList<SummaryParagraph> paragraphs;
};

// Page 1 of the 明白纸 in words: who, as of when, and the answers a client asks for —
// is the pooled fund paying, what is owed by whom and by when, the retirement date, the
// years against the minimum, the account, each medical event, the conflicts that change
// this result, and what to do next. Every figure is the result's; every sentence says a
// deadline still ahead as a condition and a projection as a projection.
struct SheetSummary
{
    QString title;
    QStringList who; // client, masked ID number, birth, category
    QString computed; // as-of date, profile, issue date
    QList<SummarySection> sections;
    QString footer;
};

struct SummaryOptions
{
    TextLanguage language = TextLanguage::Chinese;
    QString clientName; // optional
    QString idNumber; // optional, as typed; only ever shown masked
    QDate issuedOn; // invalid: today
    QString profileName; // the profile's display name; empty: the model's
};

SheetSummary summarize(
    const Case &c, const Result &r, const ExplanationModel &model, const SummaryOptions &options);

} // namespace yibao
