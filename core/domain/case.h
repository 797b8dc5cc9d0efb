// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "yearmonth.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace yibao {

enum class Sex
{
    Male,
    Female
};
// The category fixes the original retirement age (60 / 55 / 50).
enum class Category
{
    Male,
    FemaleCadre,
    FemaleWorker
};
enum class PeriodKind
{
    Employee,
    Flexible,
    Resident,
    Deemed
};
enum class PeriodStatus
{
    Paid,
    Arrears,
    Backpaid,
    Planned
};
enum class Care
{
    Outpatient,
    Pharmacy,
    Inpatient,
    SpecialOutpatient
};

// Identifiers as they appear in the case file (contract); parse returns nullopt if unknown.
QString sexId(Sex v);
QString categoryId(Category v);
QString kindId(PeriodKind v);
QString statusId(PeriodStatus v);
QString careId(Care v);
std::optional<Sex> sexFromId(QStringView id);
std::optional<Category> categoryFromId(QStringView id);
std::optional<PeriodKind> kindFromId(QStringView id);
std::optional<PeriodStatus> statusFromId(QStringView id);
std::optional<Care> careFromId(QStringView id);
QString kindChinese(PeriodKind v);
QString statusChinese(PeriodStatus v);
QString careChinese(Care v);
QString categoryChinese(Category v);

Sex sexOfCategory(Category c);

struct Person
{
    QDate birth;
    Sex sex = Sex::Male;
    Category category = Category::Male;
};

// A run of contribution months (所属期), both ends inclusive.
struct ContributionPeriod
{
    YearMonth from;
    YearMonth to;
    PeriodKind kind = PeriodKind::Employee;
    std::optional<Money> base; // monthly base; resident and deemed periods may have none
    PeriodStatus status = PeriodStatus::Paid;
    std::optional<QDate> paidOn; // backpaid only
    QString region; // free text, informational

    int months() const { return from.monthsUntil(to) + 1; }
    bool covers(YearMonth m) const { return from <= m && m <= to; }
    bool operator==(const ContributionPeriod &) const = default;
};

struct MedicalEvent
{
    QDate date;
    Care care = Care::Inpatient;
    bool operator==(const MedicalEvent &) const = default;
};

struct RetirementInput
{
    std::optional<QDate> date; // nullopt: the statutory date
    std::optional<Money> baseAtRetirement; // nullopt: not known
    bool operator==(const RetirementInput &) const = default;
};

// One person's case as the case file (*.yibao.json) holds it.
struct Case
{
    QString profile = QStringLiteral("general");
    QDate asOf;
    // The day the client means to pay what is owed: late fees of owed months run to it
    // (DOMAIN.md gap.*); nullopt means asOf.
    std::optional<QDate> payOn;
    Person person;
    QList<ContributionPeriod> periods;
    int deemedMonths = 0;
    RetirementInput retirement;
    QList<MedicalEvent> events;
};

inline bool operator==(const Person &a, const Person &b)
{
    return a.birth == b.birth && a.sex == b.sex && a.category == b.category;
}
inline bool operator==(const Case &a, const Case &b)
{
    return a.profile == b.profile && a.asOf == b.asOf && a.payOn == b.payOn && a.person == b.person
        && a.periods == b.periods && a.deemedMonths == b.deemedMonths
        && a.retirement == b.retirement && a.events == b.events;
}

} // namespace yibao
