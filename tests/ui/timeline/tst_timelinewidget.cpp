// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline widget: clicking a month asks for its period row; the tooltip names the
// month's state, its period and its gap.
#include "publiccase.h"
#include "timeline/timelinewidget.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace yibao;

namespace {

YearMonth ym(const char *s)
{
    return *YearMonth::parse(QString::fromLatin1(s));
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void click_selects_period_row_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("row"); // −1: no period there

        const QString c03 = QStringLiteral("03-long-gap-waiting-period");
        QTest::newRow("03 employee 2010-06") << c03 << QStringLiteral("2010-06") << 0;
        QTest::newRow("03 resident 2023-07") << c03 << QStringLiteral("2023-07") << 1;
        QTest::newRow("03 waiting 2024-05") << c03 << QStringLiteral("2024-05") << 2;
        QTest::newRow("03 future 2030-01") << c03 << QStringLiteral("2030-01") << -1;
        QTest::newRow("04 arrears 2026-09")
            << QStringLiteral("04-arrears-owed-today") << QStringLiteral("2026-09") << 1;
    }

    // State: a timeline for a public case, 900 px wide.
    // Action: a left click in the middle of the month's cell.
    // Expected: monthClicked with that month; periodActivated with the row covering it.
    void click_selects_period_row()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, month);
        QFETCH(int, row);
        const test::ComputedCase x = test::computePublicCase(caseName);
        TimelineWidget w;
        w.resize(900, w.heightForWidth(900));
        w.setData(x.c, x.r);
        QSignalSpy rows(&w, &TimelineWidget::periodActivated);
        QSignalSpy months(&w, &TimelineWidget::monthClicked);
        const YearMonth m = *YearMonth::parse(month);
        const QRect cell = w.cellRect(m);
        QVERIFY(!cell.isEmpty());
        QCOMPARE(w.monthAt(cell.center()), std::optional<YearMonth>(m));

        QTest::mouseClick(&w, Qt::LeftButton, Qt::NoModifier, cell.center());

        QCOMPARE(months.size(), 1);
        QCOMPARE(months.at(0).at(0).value<YearMonth>(), m);
        if (row < 0) {
            QCOMPARE(rows.size(), 0);
        } else {
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0).at(0).toInt(), row);
        }
    }

    void tooltip_text_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QStringList>("expected"); // lines of the text

        QTest::newRow("03 waiting 2024-05")
            << QStringLiteral("03-long-gap-waiting-period") << QStringLiteral("2024-05")
            << QStringList { QStringLiteral("2024年5月：等待期（统筹暂停）"),
                   QStringLiteral(
                       "缴费记录第 3 行：灵活就业 2024-03 至 2026-10，已缴，缴费基数 5000.00 元"),
                   QStringLiteral("断缴 2023-07 至 2024-02（8个月）：本金 0.00 元，滞纳金 0.00 "
                                  "元，尚欠 0.00 元"),
                   QStringLiteral("统筹基金暂停支付，2024年9月起恢复") };
        QTest::newRow("04 arrears 2026-10")
            << QStringLiteral("04-arrears-owed-today") << QStringLiteral("2026-10")
            << QStringList { QStringLiteral("2026年10月：欠费未缴"),
                   QStringLiteral(
                       "缴费记录第 2 行：单位职工 2026-07 至 2026-10，欠费，缴费基数 5500.00 元"),
                   QStringLiteral("断缴 2026-07 至 2026-10（4个月）：本金 2596.00 元，滞纳金 88.26 "
                                  "元，尚欠 2684.26 元"),
                   QStringLiteral("统筹基金暂停支付，尚未恢复") };
        QTest::newRow("05 retired as of 2026-11")
            << QStringLiteral("05-beijing-retired-shortfall") << QStringLiteral("2026-11")
            << QStringList { QStringLiteral("2026年11月：已退休"),
                   QStringLiteral("截至日：2026年11月23日") };
    }

    // State: a timeline for a public case. Action: ask for a month's text.
    // Expected: the state, the period row (1-based for people), the gap's figures.
    void tooltip_text()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, month);
        QFETCH(QStringList, expected);
        const test::ComputedCase x = test::computePublicCase(caseName);
        TimelineWidget w;
        w.setData(x.c, x.r);
        QCOMPARE(w.monthText(*YearMonth::parse(month)).split(QLatin1Char('\n')), expected);
    }

    // State: a timeline. Action: none. Expected: the widget says what it is to a screen
    // reader and a month outside the timeline has no text.
    void accessible_texts()
    {
        const test::ComputedCase x
            = test::computePublicCase(QStringLiteral("03-long-gap-waiting-period"));
        TimelineWidget w;
        w.setData(x.c, x.r);
        QCOMPARE(w.accessibleName(), QStringLiteral("缴费时间轴"));
        QVERIFY2(w.accessibleDescription().contains(QStringLiteral("等待期（统筹暂停） 6 个月")),
            qPrintable(w.accessibleDescription()));
        QVERIFY(w.monthText(ym("2002-12")).isEmpty());
        QVERIFY(w.heightForWidth(900) < 260);
    }

    // State: every public case. Action: render the widget at 900 px into an image.
    // Expected: the months are painted (the first month's cell is not the background);
    // with YIBAO_SNAPSHOT_DIR set the PNGs are kept there for a person to look at.
    void renders_every_public_case_data()
    {
        QTest::addColumn<QString>("caseName");
        const QDir dir(QStringLiteral(YIBAO_PUBLIC_CASES));
        for (const QString &f :
            dir.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name)) {
            const QString name = f.chopped(int(qstrlen(".yibao.json")));
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void renders_every_public_case()
    {
        QFETCH(QString, caseName);
        const test::ComputedCase x = test::computePublicCase(caseName);
        TimelineWidget w;
        w.setData(x.c, x.r);
        w.resize(900, w.heightForWidth(900));
        const QImage img = w.grab().toImage();
        const QRect cell = w.cellRect(w.timeline().first);
        QCOMPARE(img.pixelColor((QPointF(cell.center()) * img.devicePixelRatio()).toPoint()).rgb(),
            TimelinePainter::fillColor(w.timeline().spans.first().state).rgb());
        const QByteArray dirName = qgetenv("YIBAO_SNAPSHOT_DIR");
        if (!dirName.isEmpty())
            QVERIFY(img.save(QString::fromLocal8Bit(dirName) % QStringLiteral("/timeline-")
                % caseName % QStringLiteral(".png")));

        // narrow: the legend wraps onto more lines when it must, and the widget grows to hold them
        const int wide = w.height();
        w.resize(360, w.heightForWidth(360));
        QVERIFY(w.height() >= wide);
        if (!dirName.isEmpty())
            QVERIFY(w.grab().save(QString::fromLocal8Bit(dirName)
                % QStringLiteral("/timeline-narrow-") % caseName % QStringLiteral(".png")));
    }

    // State: a timeline with keyboard focus. Action: Home, then Down three times, then
    // Enter. Expected: the fourth month is activated with its period row.
    void keyboard_moves_and_activates()
    {
        const test::ComputedCase x
            = test::computePublicCase(QStringLiteral("03-long-gap-waiting-period"));
        TimelineWidget w;
        w.setData(x.c, x.r);
        w.resize(900, w.heightForWidth(900));
        QSignalSpy rows(&w, &TimelineWidget::periodActivated);
        QSignalSpy months(&w, &TimelineWidget::monthClicked);
        QTest::keyClick(&w, Qt::Key_Home);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&w, Qt::Key_Down);
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.at(0).at(0).value<YearMonth>(), ym("2003-04"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(0).toInt(), 0);
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
