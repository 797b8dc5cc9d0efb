// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/policyprofile.h"
#include "trace.h"

#include <QDate>
#include <QString>

#include <optional>

namespace yibao {

// The only way a rule reads a policy number. Every read names the date it is for and is
// written into the trace step (value, effective date, source), OpenFisca-tracer style; an
// unknown value is returned as nullopt and its key is noted as missing.
class ParamReader
{
public:
    explicit ParamReader(const PolicyProfile &profile)
        : m_profile(profile)
    { }

    const Parameter &parameter(const QString &key) const;
    // The value in force on the date; throws std::out_of_range if the profile has none
    // (input validation keeps dates inside the profile, so that is a program error).
    const ParamValue &value(const Parameter &p, QDate at) const;

    // Read and record in step (step may be null when no trace is wanted).
    const ParamValue &read(TraceStep *step, const Parameter &p, QDate at) const;
    std::optional<Rate> rate(TraceStep *step, const Parameter &p, QDate at) const;
    std::optional<qint64> integer(TraceStep *step, const Parameter &p, QDate at) const;
    std::optional<bool> flag(TraceStep *step, const Parameter &p, QDate at) const;
    std::optional<Money> money(TraceStep *step, const Parameter &p, QDate at) const;
    std::optional<QStringList> list(TraceStep *step, const Parameter &p, QDate at) const;
    std::optional<Rounding> rounding(TraceStep *step, const Parameter &p, QDate at) const;
    std::optional<YearMonth> month(TraceStep *step, const Parameter &p, QDate at) const;

    // Convenience for parameters read once: looks the key up each time.
    std::optional<qint64> integer(TraceStep *step, const QString &key, QDate at) const
    {
        return integer(step, parameter(key), at);
    }
    std::optional<Rate> rate(TraceStep *step, const QString &key, QDate at) const
    {
        return rate(step, parameter(key), at);
    }
    std::optional<bool> flag(TraceStep *step, const QString &key, QDate at) const
    {
        return flag(step, parameter(key), at);
    }

    const PolicyProfile &profile() const { return m_profile; }

    static void record(TraceStep *step, const Parameter &p, const ParamValue &v, QDate at);

private:
    const PolicyProfile &m_profile;
};

} // namespace yibao
