// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small builders so that each test row states a case in one line.

#include "domain/case.h"
#include "policy/profileloader.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QTest>

namespace yibao::test {

inline YearMonth ym(const char *s)
{
    return *YearMonth::parse(QString::fromLatin1(s));
}
inline QDate day(const char *s)
{
    return *parseIsoDate(QString::fromLatin1(s));
}
inline Money yuan(const char *s)
{
    return *Money::parseYuan(QString::fromLatin1(s));
}

inline ContributionPeriod period(const char *from, const char *to, PeriodKind kind,
    const char *base, PeriodStatus status = PeriodStatus::Paid, const char *paidOn = nullptr)
{
    ContributionPeriod p;
    p.from = ym(from);
    p.to = ym(to);
    p.kind = kind;
    if (base)
        p.base = yuan(base);
    p.status = status;
    if (paidOn)
        p.paidOn = day(paidOn);
    return p;
}

inline Case person(const char *birth, Category cat, const char *asOf = "2026-11-23",
    const char *profile = "general")
{
    Case c;
    c.profile = QString::fromLatin1(profile);
    c.asOf = day(asOf);
    c.person.birth = day(birth);
    c.person.category = cat;
    c.person.sex = sexOfCategory(cat);
    return c;
}

inline const PolicyProfile &profile(const QString &id)
{
    const PolicyProfile *p = yibao::test::library().profiles().find(id);
    if (!p)
        qFatal("no bundled profile %s", qPrintable(id));
    return *p;
}

inline Result run(const Case &c)
{
    return compute(c, profile(c.profile));
}

inline QString money(const std::optional<Money> &m)
{
    return m ? m->toYuanString() : QStringLiteral("null");
}

} // namespace yibao::test

namespace yibao::test {

// "2010-01..2015-12 employee 5000 paid; 2016-01..2016-04 flexible 4500 backpaid@2016-05-10"
// ("-" for no base) — the periods of a case in one line of a _data() row.
inline QList<ContributionPeriod> periods(const QString &spec)
{
    QList<ContributionPeriod> out;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = part.simplified().split(QLatin1Char(' '));
        if (f.size() != 4)
            qFatal("bad period spec: %s", qPrintable(part));
        ContributionPeriod p;
        p.from = *YearMonth::parse(f[0].section(QStringLiteral(".."), 0, 0));
        p.to = *YearMonth::parse(f[0].section(QStringLiteral(".."), 1, 1));
        p.kind = *kindFromId(f[1]);
        if (f[2] != QLatin1String("-"))
            p.base = *Money::parseYuan(f[2]);
        p.status = *statusFromId(f[3].section(QLatin1Char('@'), 0, 0));
        if (f[3].contains(QLatin1Char('@')))
            p.paidOn = *parseIsoDate(f[3].section(QLatin1Char('@'), 1, 1));
        out.append(p);
    }
    return out;
}

inline QString gapsText(const Result &r)
{
    QStringList out;
    for (const auto &g : r.gaps)
        out.append(QStringLiteral("%1..%2 %3m p=%4 f=%5 o=%6 c=%7 cd=%8 r=%9 d=%10")
                       .arg(g.from.toString(), g.to.toString())
                       .arg(g.months)
                       .arg(money(g.principal), money(g.lateFee), money(g.owed))
                       .arg(g.continuous ? int(*g.continuous) : -1)
                       .arg(g.continuousIfPaidByDeadline ? int(*g.continuousIfPaidByDeadline) : -1)
                       .arg(g.resumeMonth ? g.resumeMonth->toString() : QStringLiteral("null"),
                           g.graceDeadline.toString(Qt::ISODate)));
    return out.join(QStringLiteral(" | "));
}

} // namespace yibao::test
