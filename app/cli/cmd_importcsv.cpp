// SPDX-License-Identifier: GPL-3.0-or-later
// yibao-cli import-csv: what the window's history import would add to a case, for a
// clerk checking a file or a script converting print-outs.
#include "commands.h"

#include "io/casejson.h"
#include "io/csvimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yibao {

namespace {

    // Pads to a display width, counting a CJK character as two columns.
    QString padded(const QString &s, int width)
    {
        int w = 0;
        for (QChar c : s)
            w += c.unicode() >= 0x1100 ? 2 : 1;
        return s + QString(std::max(0, width - w), QLatin1Char(' '));
    }

} // namespace

int runImportCsv(const QStringList &args, Io &io)
{
    const QString usage = QStringLiteral("usage: yibao-cli import-csv FILE.csv [--json]\n");
    const auto o = parseOptions(args, { QStringLiteral("--json") }, {}, io, usage);
    if (!o)
        return ExitBadInput;
    if (o->positional.size() != 1) {
        io.err << usage;
        return ExitBadInput;
    }
    const QString path = o->positional.first();
    const auto bytes = readInput(path, io);
    if (!bytes)
        return ExitBadInput;

    const CsvImport r = importContributionCsv(*bytes);
    if (!r.errors.isEmpty()) {
        printErrors(io, path, r.errors);
        io.err << path << ": " << r.errors.size()
               << (r.errors.size() == 1 ? " error; " : " errors; ") << r.rowsAccepted << " of "
               << r.rowsRead << " lines could be read. Nothing was imported.\n";
        return ExitBadInput;
    }

    if (o->has(QStringLiteral("--json"))) {
        // The periods exactly as a case file holds them.
        Case c;
        c.periods = r.periods;
        QJsonObject out { { QLatin1String("periods"),
            CaseJson::toJson(c).value(QLatin1String("periods")) } };
        out.insert(QLatin1String("notes"), QJsonArray::fromStringList(r.notes));
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    io.out << padded(QStringLiteral("所属期"), 22) << padded(QStringLiteral("险种"), 10)
           << padded(QStringLiteral("缴费基数"), 12) << padded(QStringLiteral("状态"), 8)
           << padded(QStringLiteral("到账日期"), 12) << QStringLiteral("行") << "\n";
    for (qsizetype i = 0; i < r.periods.size(); ++i) {
        const ContributionPeriod &p = r.periods.at(i);
        QStringList lines;
        const QList<int> &src = r.periodLines.at(i);
        if (src.size() > 3)
            lines << QString::number(src.first()) + QStringLiteral("…")
                    + QString::number(src.last()) + QStringLiteral(" (%1)").arg(src.size());
        else
            for (int l : src)
                lines << QString::number(l);
        io.out << padded(p.from.toString() + QStringLiteral(" 至 ") + p.to.toString(), 22)
               << padded(kindChinese(p.kind), 10)
               << padded(p.base ? p.base->toYuanString() : QStringLiteral("-"), 12)
               << padded(statusChinese(p.status), 8)
               << padded(p.paidOn ? p.paidOn->toString(Qt::ISODate) : QStringLiteral("-"), 12)
               << lines.join(QStringLiteral(", ")) << "\n";
    }
    io.out << QStringLiteral("%1 个时段，来自 %2 行（%3，%4分隔）\n")
                  .arg(r.periods.size())
                  .arg(r.rowsAccepted)
                  .arg(r.encoding,
                      r.delimiter == QLatin1Char('\t') ? QStringLiteral("制表符")
                                                       : QStringLiteral("逗号"));
    for (const QString &n : r.notes)
        io.out << QStringLiteral("注：") << n << "\n";
    return ExitOk;
}

} // namespace yibao
