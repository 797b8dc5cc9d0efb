// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's month states for the public cases, written out span by span.
#include "present/timeline.h"
#include "publiccase.h"

#include <QFile>
#include <QTest>

using namespace yibao;

namespace {

// "2023-07..2024-02 resident row=1 gap=0 suspended"
QString describe(const TimelineSpan &s)
{
    QString text = s.from.toString() % QStringLiteral("..") % s.to.toString() % QLatin1Char(' ')
        % timelineStateId(s.state);
    if (s.periodRow >= 0)
        text += QStringLiteral(" row=") % QString::number(s.periodRow);
    if (s.gapIndex >= 0)
        text += QStringLiteral(" gap=") % QString::number(s.gapIndex);
    if (s.suspended)
        text += QStringLiteral(" suspended");
    return text;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void spans_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("01-continuous-career-male")
            << QStringLiteral("01-continuous-career-male") << QStringList();
        QTest::newRow("02-short-gap-backpaid-in-time")
            << QStringLiteral("02-short-gap-backpaid-in-time")
            << QStringList { QStringLiteral("2010-07..2025-12 paid row=0"),
                   QStringLiteral("2026-01..2026-01 backpaid row=1 gap=0"),
                   QStringLiteral("2026-02..2026-02 backpaid row=1 gap=0 suspended"),
                   QStringLiteral("2026-03..2026-04 waiting row=2 gap=0 suspended"),
                   QStringLiteral("2026-05..2026-10 paid row=2"),
                   QStringLiteral("2026-11..2043-08 future"),
                   QStringLiteral("2043-09..2043-09 retired") };
        QTest::newRow("03-long-gap-waiting-period")
            << QStringLiteral("03-long-gap-waiting-period")
            << QStringList { QStringLiteral("2003-01..2023-06 paid row=0"),
                   QStringLiteral("2023-07..2023-07 resident row=1 gap=0"),
                   QStringLiteral("2023-08..2024-02 resident row=1 gap=0 suspended"),
                   QStringLiteral("2024-03..2024-08 waiting row=2 gap=0 suspended"),
                   QStringLiteral("2024-09..2026-10 paid row=2"),
                   QStringLiteral("2026-11..2042-11 future"),
                   QStringLiteral("2042-12..2042-12 retired") };
        QTest::newRow("04-arrears-owed-today")
            << QStringLiteral("04-arrears-owed-today")
            << QStringList { QStringLiteral("2014-09..2026-06 paid row=0"),
                   QStringLiteral("2026-07..2026-07 owed row=1 gap=0"),
                   QStringLiteral("2026-08..2026-10 owed row=1 gap=0 suspended"),
                   QStringLiteral("2026-11..2044-12 future"),
                   QStringLiteral("2045-01..2045-01 retired") };
        QTest::newRow("05-beijing-retired-shortfall")
            << QStringLiteral("05-beijing-retired-shortfall")
            << QStringList { QStringLiteral("2004-01..2026-05 paid row=0"),
                   QStringLiteral("2026-06..2026-11 retired") };
    }

    // State: a public case computed under its own profile.
    // Action: build the timeline.
    // Expected: the spans as written out (an empty list only checks the invariants).
    void spans()
    {
        QFETCH(QString, caseName);
        QFETCH(QStringList, expected);
        const test::ComputedCase x = test::computePublicCase(caseName);
        const Timeline t = buildTimeline(x.c, x.r);
        QVERIFY(!t.isEmpty());
        QStringList got;
        for (const TimelineSpan &s : t.spans)
            got.append(describe(s));
        if (!expected.isEmpty())
            QCOMPARE(got, expected);

        // contiguous, first to last, and spanAt finds each month's span
        QCOMPARE(t.spans.first().from, t.first);
        QCOMPARE(t.spans.last().to, t.last);
        int months = 0;
        for (qsizetype i = 0; i < t.spans.size(); ++i) {
            const TimelineSpan &s = t.spans.at(i);
            months += s.months();
            if (i > 0)
                QCOMPARE(t.spans.at(i - 1).to.addMonths(1), s.from);
            QCOMPARE(t.spanAt(s.from), &s);
            QCOMPARE(t.spanAt(s.to), &s);
        }
        QCOMPARE(months, t.monthCount());
        QVERIFY(!t.spanAt(t.first.addMonths(-1)));
        QVERIFY(!t.spanAt(t.last.addMonths(1)));
        QVERIFY(t.last >= x.r.retirement.month);
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
