// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "explain/library.h"
#include "io/analysis.h"
#include "io/resultjson.h"
#include "io/textreport.h"
#include "io/tracewords.h"
#include "policy/policyprofile.h"
#include "rules/engine.h"

#include "io/jsonwriter.h"

#include <QIODevice>

namespace yibao {

namespace {
    const QString ComputeUsage = QStringLiteral(
        "usage: yibao-cli compute CASE.json [--profile ID] [--as-of YYYY-MM-DD] [--json]\n");
} // namespace

int runCompute(const QStringList &args, Io &io)
{
    const auto o = parseOptions(args, { QStringLiteral("--json") },
        { QStringLiteral("--profile"), QStringLiteral("--as-of") }, io, ComputeUsage);
    if (!o)
        return ExitBadInput;
    if (o->positional.size() != 1) {
        io.err << "yibao-cli compute: expected exactly one case file\n" << ComputeUsage;
        return ExitBadInput;
    }
    const QString path = o->positional.first();
    const auto bytes = readInput(path, io);
    if (!bytes)
        return ExitBadInput;
    const bool json = o->has(QStringLiteral("--json"));
    InputErrors errors;
    // the JSON carries the trace worded in the asked language, not the model
    const auto a = analyse(*bytes, io.library,
        { .profileOverride = o->value(QStringLiteral("--profile")),
            .asOfOverride = o->value(QStringLiteral("--as-of")),
            .language = io.language,
            .explain = !json },
        &errors);
    if (!a) {
        printErrors(io, path, errors);
        return ExitBadInput;
    }
    if (json) {
        Result r = a->result();
        wordTrace(r.trace, io.language, io.library.explanations());
        // the contract's key order, as batch writes it
        const bool withTrace = true;
        io.out.flush();
        io.out.device()->write(
            indentJson(ResultJson::toCompactJson(r, withTrace, std::nullopt, io.language)));
    } else
        io.out << textReport(a->loaded().c, a->result(), *a->model());
    return ExitOk;
}

} // namespace yibao
