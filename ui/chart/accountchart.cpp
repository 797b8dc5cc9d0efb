// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountchart.h"

#include "present/cards.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace yibao {

namespace {

    // Lightness rises with age in work and the retired bands are warm, so both colour and gray
    // tell the bands apart.
    QColor bandColor(Band band)
    {
        switch (band) {
        case Band::Under35:
            return QColor(0x90, 0xca, 0xf9);
        case Band::From35To44:
            return QColor(0x1e, 0x88, 0xe5);
        case Band::From45:
            return QColor(0x0d, 0x47, 0xa1);
        case Band::RetiredUnder70:
            return QColor(0xff, 0xcc, 0x80);
        case Band::Retired70Plus:
            break;
        }
        return QColor(0xe6, 0x51, 0x00);
    }

    // Plotting needs a real number; the figures themselves stay integer fen in the Result.
    qreal yuanValue(const Money &m)
    {
        return qreal(m.fen()) / 100.0;
    }

} // namespace

QString AccountChart::unknownSeriesName()
{
    return tr("参数未知（金额不详）");
}

QString AccountChart::cumulativeSeriesName()
{
    return tr("累计（已知部分）");
}

bool AccountChart::hasUnknown(const AccountResult &account)
{
    return std::any_of(account.perYear.cbegin(), account.perYear.cend(),
        [](const YearInflow &y) { return y.unknownMonths > 0; });
}

QChart *AccountChart::createChart(const AccountResult &account, const QFont &font)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(tr("个人账户划入：按年、按年龄段"));
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    if (account.perYear.isEmpty()) {
        chart->setTitle(tr("个人账户划入：没有已缴费的月份"));
        return chart;
    }

    int firstYear = account.perYear.first().year;
    int lastYear = firstYear;
    for (const YearInflow &y : account.perYear) {
        firstYear = std::min(firstYear, y.year);
        lastYear = std::max(lastYear, y.year);
    }
    const int years = lastYear - firstYear + 1;

    // known inflow per band and year; years without an entry had no inflow at all
    QMap<Band, QList<qreal>> byBand;
    QList<qreal> yearTotal(years, 0.0);
    QList<bool> yearUnknown(years, false);
    for (const YearInflow &y : account.perYear) {
        auto &values = byBand[y.band];
        if (values.isEmpty())
            values.fill(0.0, years);
        const int i = y.year - firstYear;
        values[i] += yuanValue(y.known);
        yearTotal[i] += yuanValue(y.known);
        if (y.unknownMonths > 0)
            yearUnknown[i] = true;
    }

    QStringList categories;
    for (int y = firstYear; y <= lastYear; ++y)
        categories.append(QString::number(y));

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.8);
    for (const Band band : AllBands) {
        if (!byBand.contains(band))
            continue;
        auto *set = new QBarSet(cardformat::bandName(band));
        set->append(byBand.value(band));
        set->setColor(bandColor(band));
        set->setBorderColor(QColor(0x42, 0x42, 0x42));
        bars->append(set);
    }
    chart->addSeries(bars);

    const qreal maxYear
        = std::max<qreal>(1.0, *std::max_element(yearTotal.cbegin(), yearTotal.cend()));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QFont axisFont = font;
    if (axisFont.pixelSize() > 0)
        axisFont.setPixelSize(std::max(6, axisFont.pixelSize() * 8 / 10));
    else
        axisFont.setPointSizeF(std::max<qreal>(5.0, axisFont.pointSizeF() * 0.8));
    axisX->setLabelsFont(axisFont);
    if (years > 12)
        axisX->setLabelsAngle(-90);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, maxYear * 1.1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setLabelsFont(axisFont);
    axisY->setTitleText(tr("每年划入（元）"));
    axisY->setTitleFont(axisFont);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);

    // years with unknown months: a hatched column over the whole height
    if (std::find(yearUnknown.cbegin(), yearUnknown.cend(), true) != yearUnknown.cend()) {
        auto *upper = new QLineSeries;
        const qreal top = axisY->max();
        for (int i = 0; i < years; ++i) {
            if (!yearUnknown.at(i))
                continue;
            upper->append(i - 0.45, 0);
            upper->append(i - 0.45, top);
            upper->append(i + 0.45, top);
            upper->append(i + 0.45, 0);
        }
        auto *area = new QAreaSeries(upper);
        area->setName(unknownSeriesName());
        QBrush hatch(QColor(0x61, 0x61, 0x61), Qt::BDiagPattern);
        area->setBrush(hatch);
        area->setPen(QPen(QColor(0x61, 0x61, 0x61), 1, Qt::DashLine));
        chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisY);
    }

    // cumulative inflow of the known months, on the right axis
    auto *line = new QLineSeries;
    line->setName(cumulativeSeriesName());
    qreal sum = 0;
    for (int i = 0; i < years; ++i) {
        sum += yearTotal.at(i);
        line->append(i, sum);
    }
    line->setPen(QPen(QColor(0x21, 0x21, 0x21), 2.0, Qt::SolidLine));
    line->setPointsVisible(true);
    chart->addSeries(line);
    auto *axisCum = new QValueAxis;
    axisCum->setRange(0, std::max<qreal>(1.0, sum) * 1.05);
    axisCum->applyNiceNumbers();
    axisCum->setLabelFormat(QStringLiteral("%.0f"));
    axisCum->setLabelsFont(axisFont);
    axisCum->setTitleText(tr("累计（元）"));
    axisCum->setTitleFont(axisFont);
    chart->addAxis(axisCum, Qt::AlignRight);
    line->attachAxis(axisX);
    line->attachAxis(axisCum);
    return chart;
}

QChartView *AccountChart::createView(const AccountResult &account, QWidget *parent)
{
    auto *view = new QChartView(createChart(account, parent ? parent->font() : QFont()), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(tr("个人账户划入图"));
    view->setMinimumSize(360, 240);
    return view;
}

void AccountChart::render(QPainter *painter, const QRectF &target, const AccountResult &account,
    const QFont &font, QSize logicalSize)
{
    QGraphicsScene scene;
    QChart *chart = createChart(account, font);
    scene.addItem(chart); // the scene owns it now
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    scene.setSceneRect(chart->geometry());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace yibao
