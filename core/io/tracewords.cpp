// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracewords.h"

#include "explain/explanation.h"
#include "policy/parameterkeys.h"

namespace yibao {

void wordTrace(Trace &trace, TextLanguage language, const Explanations &texts)
{
    if (language != TextLanguage::English)
        return;
    const QString en = languageId(language);
    for (TraceStep &step : trace) {
        if (const QString title = texts.ruleTitle(step.ruleId, en); !title.isEmpty())
            step.title = title;
        for (auto &input : step.inputs)
            if (hasChinese(input.second))
                input.second = texts.englishWord(input.second);
        for (TraceParam &p : step.params) {
            if (const ParameterKey *k = findParameterKey(p.key))
                p.label = k->labelEn;
            // the profile's source is free text: its English (source_en), or the Chinese
            // quoted and said to be given in Chinese only
            p.source = p.sourceIn(language);
            p.note = p.noteIn(language);
        }
    }
}

} // namespace yibao
