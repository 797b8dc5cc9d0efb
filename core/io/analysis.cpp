// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/analysis.h"

#include "explain/library.h"
#include "explain/passagelinker.h"
#include "present/explanationmodel.h"
#include "rules/engine.h"

namespace yibao {

struct Analysis::Data
{
    LoadedCase loaded;
    Result result;
    std::optional<ExplanationModel> model;
};

const LoadedCase &Analysis::loaded() const
{
    return d->loaded;
}

const Result &Analysis::result() const
{
    return d->result;
}

const ExplanationModel *Analysis::model() const
{
    return d->model ? &*d->model : nullptr;
}

std::optional<Analysis> analyse(const QByteArray &caseBytes, const Library &library,
    const AnalyseOptions &options, InputErrors *errors)
{
    auto loaded = loadCase(
        caseBytes, options.profileOverride, options.asOfOverride, library.profiles(), errors);
    if (!loaded)
        return std::nullopt;
    auto data = std::make_shared<Analysis::Data>();
    data->loaded = std::move(*loaded);
    data->result = compute(data->loaded.c, *data->loaded.profile, { .trace = options.trace });
    if (options.trace) {
        attachPassages(data->result.trace, library.links());
        if (options.explain)
            data->model = ExplanationModel::build(
                data->loaded.c, data->result, library, options.language, data->loaded.profile);
    }
    Analysis a;
    a.d = std::move(data);
    return a;
}

} // namespace yibao
