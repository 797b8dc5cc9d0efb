// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/language.h"
#include "io/caseloader.h"

#include <memory>
#include <optional>

namespace yibao {

class ExplanationModel;
class Library;
struct Result;

struct AnalyseOptions
{
    std::optional<QString> profileOverride; // --profile
    std::optional<QString> asOfOverride; // --as-of
    TextLanguage language = TextLanguage::Chinese;
    bool trace = true; // false: figures only (no passages, no explanation)
    bool explain = true; // build the explanation model (needs the trace)
};

// A case analysed: the case as loaded, its result with the passages attached to every
// step, and the explanation model in the asked language. Its parts are held behind one
// shared pointer: core/storage reads io's headers and never sees the rules' or the
// model's (ARCHITECTURE.md's layer table).
class Analysis
{
public:
    const LoadedCase &loaded() const;
    const Result &result() const;
    const ExplanationModel *model() const; // null unless asked for

private:
    friend std::optional<Analysis> analyse(
        const QByteArray &, const Library &, const AnalyseOptions &, InputErrors *);
    struct Data;
    std::shared_ptr<const Data> d;
};

// The whole pipeline in one call, as every front end runs it: read → validate → compute →
// attach the passages → explain. nullopt with the errors when the case does not load.
std::optional<Analysis> analyse(const QByteArray &caseBytes, const Library &library,
    const AnalyseOptions &options, InputErrors *errors);

} // namespace yibao
