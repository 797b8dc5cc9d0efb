// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace yibao {

// A case as the clerk typed it: every field is kept as text, so that a value that does
// not parse yet ("5OOO", "2025-13") stays in its cell with a message instead of being
// thrown away. The draft turns into the case file's JSON and goes through the same
// parser and validator as the CLI (loadCase), so the window shows the CLI's messages and
// their JSON paths map straight onto rows and fields.
struct PeriodDraft
{
    QString from; // "YYYY-MM"
    QString to;
    QString kind = QStringLiteral("employee"); // id as in the case file
    QString base; // yuan, as typed
    QString status = QStringLiteral("paid");
    QString paidOn; // "YYYY-MM-DD" or empty
    QString region;

    bool operator==(const PeriodDraft &) const = default;
};

struct EventDraft
{
    QString date; // "YYYY-MM-DD"
    QString care = QStringLiteral("inpatient");

    bool operator==(const EventDraft &) const = default;
};

struct CaseDraft
{
    QString profile = QStringLiteral("general");
    QString asOf; // "YYYY-MM-DD"
    QString payOn; // "YYYY-MM-DD", or empty: the day of payment is asOf
    QString birth;
    QString sex = QStringLiteral("male");
    QString category = QStringLiteral("male");
    QList<PeriodDraft> periods;
    int deemedMonths = 0;
    bool statutoryRetirement = true;
    QString retirementDate;
    QString baseAtRetirement;
    QList<EventDraft> events;

    bool operator==(const CaseDraft &) const = default;

    // The case file object; empty fields are left out so that the parser names them as
    // missing with its own words.
    QJsonObject toJson() const;
    // Reads any case-file-shaped object without judging it: every scalar becomes text.
    static CaseDraft fromJson(const QJsonObject &o);
    static CaseDraft fromCase(const Case &c);
};

} // namespace yibao
