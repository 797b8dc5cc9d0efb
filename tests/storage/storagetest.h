// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the storage tests: a case to save, and a database in a temporary folder.
#pragma once

#include "domain/case.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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

// Root passes every permission check (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), and tests
// run as root in CI. A test of file modes therefore runs itself again in a child process
// whose capabilities lack those two (util-linux's setpriv): root still owns the temporary
// folder, so the test can make and clean up its files, but a 0444 file or a 0555 folder
// stops it as it stops a clerk. Use at the top of the test function:
//
//   STORAGETEST_WITHOUT_DAC_OVERRIDE();
//
// As another user this does nothing; as root the function's verdict is the child's.
inline void runWithoutDacOverride(const char *function)
{
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    QVERIFY2(!setpriv.isEmpty(),
        "running as root: setpriv (util-linux) is needed to drop CAP_DAC_OVERRIDE");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("YIBAO_TEST_WITHOUT_DAC"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(setpriv,
        { QStringLiteral("--bounding-set=-dac_override,-dac_read_search"),
            QStringLiteral("--inh-caps=-all"), QCoreApplication::applicationFilePath(),
            QString::fromLatin1(function) });
    QVERIFY(child.waitForFinished(120000));
    const QString out = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
    // Ran, not skipped: the child says PASS for this very function.
    const QRegularExpression passed(
        QStringLiteral("^PASS   : \\w+::%1\\(\\)$").arg(QLatin1String(function)),
        QRegularExpression::MultilineOption);
    QVERIFY2(passed.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("SKIP")), qPrintable(out));
}

#define STORAGETEST_WITHOUT_DAC_OVERRIDE()                                                         \
    do {                                                                                           \
        if (::geteuid() == 0 && !qEnvironmentVariableIsSet("YIBAO_TEST_WITHOUT_DAC")) {            \
            storagetest::runWithoutDacOverride(QTest::currentTestFunction());                      \
            return;                                                                                \
        }                                                                                          \
    } while (false)

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace storagetest
