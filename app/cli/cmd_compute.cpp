// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "explain/passagelinker.h"
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
    const auto loaded = readCase(path, *o, io);
    if (!loaded)
        return ExitBadInput;
    Result r = compute(loaded->c, *loaded->profile, { .trace = true, .language = io.language });
    attachPassages(r.trace);
    if (o->has(QStringLiteral("--json"))) {
        wordTrace(r.trace, io.language);
        // the contract's key order, as batch writes it
        const bool withTrace = true;
        io.out.flush();
        io.out.device()->write(indentJson(ResultJson::toCompactJson(r, withTrace)));
    } else
        io.out << textReport(loaded->c, r,
            io.language == TextLanguage::English && !loaded->profile->nameEn.isEmpty()
                ? loaded->profile->nameEn
                : loaded->profile->name,
            io.language);
    return ExitOk;
}

} // namespace yibao
