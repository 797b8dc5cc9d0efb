// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "explain/library.h"

#include "explain/passagelinker.h"
#include "io/resultjson.h"
#include "io/tracewords.h"
#include "rules/engine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yibao {

namespace {
    const QString BatchUsage
        = QStringLiteral("usage: yibao-cli batch CASES.jsonl [--json] [--trace]\n");
} // namespace

// One case per line (JSON Lines). Every line gets one output line: the result object with
// "line" added, or {"line": N, "errors": [...]} for a bad line; the run goes on either
// way, and the exit code is 2 if any line was bad. Without --json a short summary line per
// case is printed instead. Blank lines are skipped and produce no output.
int runBatch(const QStringList &args, Io &io)
{
    const auto o = parseOptions(
        args, { QStringLiteral("--json"), QStringLiteral("--trace") }, {}, io, BatchUsage);
    if (!o)
        return ExitBadInput;
    if (o->positional.size() != 1) {
        io.err << "yibao-cli batch: expected exactly one JSON Lines file\n" << BatchUsage;
        return ExitBadInput;
    }
    const QString path = o->positional.first();
    const auto bytes = readInput(path, io);
    if (!bytes)
        return ExitBadInput;
    const bool json = o->has(QStringLiteral("--json"));
    const ComputeOptions options { .trace = o->has(QStringLiteral("--trace")) };
    int bad = 0;
    int lineNo = 0;
    int cases = 0;
    qsizetype pos = 0;
    while (pos < bytes->size()) {
        qsizetype nl = bytes->indexOf('\n', pos);
        if (nl < 0)
            nl = bytes->size();
        const QByteArray line = bytes->mid(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        ++cases;
        InputErrors errors;
        const auto loaded
            = loadCaseOrPrintErrors(line, path, io, std::nullopt, std::nullopt, lineNo, &errors);
        if (!loaded) {
            ++bad;
            if (json) {
                QJsonArray list;
                for (const auto &e : errors)
                    list.append(QJsonObject { { QLatin1String("path"), e.path },
                        { QLatin1String("message"), e.message } });
                io.out << QString::fromUtf8(QJsonDocument(
                    QJsonObject { { QLatin1String("line"), lineNo },
                        { QLatin1String("errors"),
                            list } }).toJson(QJsonDocument::Compact))
                       << "\n";
            }
            continue;
        }
        Result r = compute(loaded->c, *loaded->profile, options);
        if (options.trace) {
            attachPassages(r.trace, io.library.links());
            wordTrace(r.trace, io.language, io.library.explanations());
        }
        if (json) {
            // bytes straight to the device: re-encoding through QTextStream would cost more
            // than computing the case
            QByteArray text = ResultJson::toCompactJson(r, options.trace, lineNo, io.language);
            text.append('\n');
            io.out.flush();
            io.out.device()->write(text);
        } else {
            io.out << "line " << lineNo << ": 退休 "
                   << r.retirement.statutoryDate.toString(Qt::ISODate) << "，累计 "
                   << r.years.cumulativeMonths << " 个月，断缴 " << r.gaps.size() << " 次，补缴 "
                   << (r.backPay.gapTotal ? r.backPay.gapTotal->toYuanString()
                                          : QStringLiteral("未知"))
                   << " 元，终身待遇"
                   << (!r.lifelong.qualifies          ? "未知"
                              : *r.lifelong.qualifies ? "达到"
                                                      : "未达到")
                   << "\n";
        }
    }
    io.err << path << ": " << cases << " cases, " << (cases - bad) << " computed, " << bad
           << " rejected\n";
    return bad ? ExitBadInput : ExitOk;
}

} // namespace yibao
