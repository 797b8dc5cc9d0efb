// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/trace.h"

#include <QList>
#include <QStringList>

namespace yibao {

// The words to highlight in the passages quoted for these steps: each parameter's value as
// an article would write it (11% and 11％, 6个月 and 六个月, 60周岁, 100元) and a few key
// terms of each rule's family. Longest first, so that a longer term is marked before the
// shorter one inside it.
QStringList highlightTerms(const QList<TraceStep> &steps);

} // namespace yibao
