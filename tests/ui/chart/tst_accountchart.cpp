// SPDX-License-Identifier: GPL-3.0-or-later
// The personal-account chart: one stacked bar set per band, unknown years marked as such,
// the cumulative line ending at the known total.
#include "chart/accountchart.h"
#include "present/cards.h"
#include "publiccase.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace yibao;

namespace {

Result computePublic(const QString &name)
{
    return test::computePublicCase(name).r;
}

template<typename T> T *seriesOf(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *t = qobject_cast<T *>(s))
            return t;
    return nullptr;
}

} // namespace

class TestAccountChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void series_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QStringList>("bands"); // bar set names, in order
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<QString>("cumulative"); // the line's last value, yuan

        QTest::newRow("03-long-gap-waiting-period (45plus unknown)")
            << QStringLiteral("03-long-gap-waiting-period")
            << QStringList { cardformat::bandName(Band::Under35),
                   cardformat::bandName(Band::From35To44), cardformat::bandName(Band::From45) }
            << true << QStringLiteral("59843.00");
        QTest::newRow("06-beijing-account-bands")
            << QStringLiteral("06-beijing-account-bands") << QStringList() << false << QString();
    }

    // State: a public case's account result. Action: build the chart.
    // Expected: a bar set per band, the unknown marker exactly when a year has unknown
    // months, and the cumulative line ending at the sum of the known inflow.
    void series()
    {
        QFETCH(QString, caseName);
        QFETCH(QStringList, bands);
        QFETCH(bool, unknown);
        QFETCH(QString, cumulative);
        const Result r = computePublic(caseName);
        std::unique_ptr<QChart> chart(AccountChart::createChart(r.account));

        auto *bars = seriesOf<QStackedBarSeries>(chart.get());
        QVERIFY(bars);
        QStringList names;
        for (QBarSet *set : bars->barSets())
            names.append(set->label());
        if (!bands.isEmpty())
            QCOMPARE(names, bands);
        QCOMPARE(names.size(), [&] {
            QStringList seen;
            for (const BandResult &b : r.account.bands)
                seen.append(bandId(b.band));
            return int(seen.size());
        }());

        auto *area = seriesOf<QAreaSeries>(chart.get());
        QCOMPARE(area != nullptr, unknown);
        QCOMPARE(AccountChart::hasUnknown(r.account), unknown);
        if (area) {
            QCOMPARE(area->name(), AccountChart::unknownSeriesName());
            // four points per year with unknown months
            QList<int> years;
            for (const YearInflow &y : r.account.perYear)
                if (y.unknownMonths > 0 && !years.contains(y.year))
                    years.append(y.year);
            QCOMPARE(area->upperSeries()->count(), 4 * int(years.size()));
        }

        auto *line = seriesOf<QLineSeries>(chart.get());
        QVERIFY(line);
        QCOMPARE(line->name(), AccountChart::cumulativeSeriesName());
        qint64 knownFen = 0;
        for (const YearInflow &y : r.account.perYear)
            knownFen += y.known.fen();
        QCOMPARE(qRound64(line->points().last().y() * 100), knownFen);
        if (!cumulative.isEmpty())
            QCOMPARE(Money::fromFen(knownFen).toYuanString(), cumulative);
        if (!unknown)
            QCOMPARE(knownFen, r.account.total.fen());
    }

    // State: a case with an unknown band. Action: render into an image.
    // Expected: something is drawn (not all white); kept as PNG with YIBAO_SNAPSHOT_DIR.
    void renders()
    {
        const Result r = computePublic(QStringLiteral("03-long-gap-waiting-period"));
        QImage img(720, 380, QImage::Format_ARGB32);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            AccountChart::render(&p, QRectF(0, 0, 720, 380), r.account, QFont());
        }
        int dark = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                if (qGray(img.pixel(x, y)) < 128)
                    ++dark;
        QVERIFY(dark > 100);
        const QByteArray dirName = qgetenv("YIBAO_SNAPSHOT_DIR");
        if (!dirName.isEmpty())
            QVERIFY(img.save(QString::fromLocal8Bit(dirName) % QStringLiteral("/chart-03.png")));
    }
};

QTEST_MAIN(TestAccountChart)
#include "tst_accountchart.moc"
