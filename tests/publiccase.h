// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One of the public example cases (tests/cli/cases/public), loaded and computed, for the
// tests of what the views draw. The test target defines YIBAO_PUBLIC_CASES.

#include "domain/case.h"
#include "io/caseloader.h"
#include "policy/policyprofile.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QFile>
#include <QStringBuilder>

#ifndef YIBAO_PUBLIC_CASES
#error "YIBAO_PUBLIC_CASES must name tests/cli/cases/public"
#endif

namespace yibao::test {

struct ComputedCase
{
    Case c;
    Result r;
};

// name without ".yibao.json": "03-long-gap-waiting-period"
inline ComputedCase computePublicCase(const QString &name)
{
    QFile f(QStringLiteral(YIBAO_PUBLIC_CASES "/") % name % QStringLiteral(".yibao.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    InputErrors errors;
    const auto loaded
        = loadCase(f.readAll(), std::nullopt, std::nullopt, library().profiles(), &errors);
    if (!loaded)
        qFatal("bad public case %s", qPrintable(name));
    return { loaded->c, compute(loaded->c, *loaded->profile) };
}

} // namespace yibao::test
