// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/accountpainter.h"

#include "present/words.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>

#include <algorithm>

namespace yibao {

namespace {
    QColor bandColor(int i)
    {
        static const QColor colors[] = { QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
            QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1), QColor(0x9c, 0x75, 0x5f) };
        return colors[std::clamp(i, 0, 4)];
    }

    QString bandName(Band b, bool en)
    {
        return Words(en ? TextLanguage::English : TextLanguage::Chinese).band(b);
    }
} // namespace

void AccountPainter::paint(QPainter *painter, const QRectF &rect, const AccountResult &account,
    const QFont &font, bool english)
{
    if (account.perYear.isEmpty())
        return;
    QMap<int, QList<const YearInflow *>> years;
    for (const YearInflow &y : account.perYear)
        years[y.year].append(&y);
    qint64 maxFen = 1;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        qint64 sum = 0;
        for (const YearInflow *y : it.value())
            sum += y->known.fen();
        maxFen = std::max(maxFen, sum);
    }
    painter->save();
    painter->setFont(font);
    const QFontMetricsF fm(font, painter->device());
    const qreal line = fm.height();
    const QString maxLabel = Money::fromFen(maxFen).toYuanString();
    const qreal left = rect.left() + fm.horizontalAdvance(maxLabel) + line * 0.5;
    const QRectF plot(
        left, rect.top() + line * 0.5, rect.right() - left, rect.height() - line * 3.2);
    painter->setPen(QPen(QColor(0x60, 0x60, 0x60), 0));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->drawLine(plot.bottomLeft(), plot.topLeft());
    painter->drawText(
        QRectF(rect.left(), plot.top() - line / 2, left - rect.left() - line * 0.3, line),
        Qt::AlignRight | Qt::AlignVCenter, maxLabel);
    painter->drawText(
        QRectF(rect.left(), plot.bottom() - line / 2, left - rect.left() - line * 0.3, line),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));

    const int n = int(years.size());
    const qreal slot = plot.width() / n;
    const int labelEvery
        = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("2000 ")) / slot)));
    int i = 0;
    for (auto it = years.cbegin(); it != years.cend(); ++it, ++i) {
        const qreal x = plot.left() + i * slot + slot * 0.15;
        qreal y = plot.bottom();
        bool unknown = false;
        for (const YearInflow *yi : it.value()) {
            const qreal h = plot.height() * qreal(yi->known.fen()) / qreal(maxFen);
            painter->fillRect(QRectF(x, y - h, slot * 0.7, h), bandColor(int(yi->band)));
            y -= h;
            unknown = unknown || yi->unknownMonths > 0;
        }
        if (unknown)
            painter->fillRect(QRectF(x, plot.bottom() - line * 0.4, slot * 0.7, line * 0.4),
                QBrush(QColor(0x8a, 0x4b, 0x00), Qt::BDiagPattern));
        if (i % labelEvery == 0)
            painter->drawText(QRectF(x - slot, plot.bottom() + line * 0.1, slot * 2.7, line),
                Qt::AlignHCenter | Qt::AlignTop, QString::number(it.key()));
    }
    // legend: the bands that occur
    qreal lx = plot.left();
    const qreal ly = plot.bottom() + line * 1.5;
    for (int b = 0; b < int(AllBands.size()); ++b) {
        bool present = false;
        for (const YearInflow &yi : account.perYear)
            present = present || yi.band == AllBands[size_t(b)];
        if (!present)
            continue;
        painter->fillRect(QRectF(lx, ly + line * 0.2, line * 0.8, line * 0.6), bandColor(b));
        const QString name = bandName(AllBands[size_t(b)], english);
        painter->drawText(QRectF(lx + line, ly, fm.horizontalAdvance(name) + 2, line),
            Qt::AlignLeft | Qt::AlignVCenter, name);
        lx += line * 2 + fm.horizontalAdvance(name);
    }
    painter->restore();
}

} // namespace yibao
