// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the storage tests: a case to save, and a database in a temporary folder.
#pragma once

#include "domain/case.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

namespace storagetest {

// The example case of resources/examples, written out so the test reads on its own; n
// varies the base so that cases differ.
inline yibao::Case sampleCase(int n = 0)
{
    using namespace yibao;
    Case c;
    c.profile = QStringLiteral("general");
    c.asOf = QDate(2026, 11, 23);
    c.person = { QDate(1975, 5, 12), Sex::Female, Category::FemaleCadre };
    ContributionPeriod p1;
    p1.from = YearMonth(1997, 7);
    p1.to = YearMonth(2015, 12);
    p1.base = Money::fromFen(500000 + n);
    ContributionPeriod p2 = p1;
    p2.from = YearMonth(2016, 1);
    p2.to = YearMonth(2016, 4);
    p2.status = PeriodStatus::Arrears;
    ContributionPeriod p3;
    p3.from = YearMonth(2016, 5);
    p3.to = YearMonth(2025, 6);
    p3.kind = PeriodKind::Flexible;
    p3.base = Money::fromFen(632600);
    ContributionPeriod p4 = p3;
    p4.from = YearMonth(2025, 7);
    p4.to = YearMonth(2025, 8);
    p4.status = PeriodStatus::Backpaid;
    p4.paidOn = QDate(2025, 9, 10);
    c.periods = { p1, p2, p3, p4 };
    c.retirement.baseAtRetirement = Money::fromFen(632600);
    c.events = { { QDate(2016, 3, 15), Care::Inpatient } };
    return c;
}

// Root may write anywhere, so permission tests cannot fail as root.
inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace storagetest
