// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/case.h"
#include "domain/language.h"
#include "io/caseloader.h"
#include "io/inputerror.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace yibao {

class PolicyProfile;

// Where a command writes: stdout for results, stderr for messages.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    // --lang zh|en, taken by main() for every command: the language of free-text fields
    // (reasons, messages, formulas, reports); ids, codes and numbers never change
    Language language = Language::Chinese;
};

// Exit codes of the contract (ARCHITECTURE.md): 0 ok, 2 bad input, 1 internal error.
enum ExitCode
{
    ExitOk = 0,
    ExitInternal = 1,
    ExitBadInput = 2
};

// Options common to commands: "--name value" or "--name=value", flags, positionals.
struct Options
{
    QStringList positional;
    QStringList flags;
    QList<QPair<QString, QString>> values;

    bool has(const QString &flag) const { return flags.contains(flag); }
    std::optional<QString> value(const QString &name) const;
};

// Parses args against the options a command knows; an unknown option is an error.
std::optional<Options> parseOptions(const QStringList &args, const QStringList &knownFlags,
    const QStringList &knownValues, Io &io, const QString &usage);

// Reads a whole file, "-" meaning standard input; on failure says why on io.err.
std::optional<QByteArray> readInput(const QString &path, Io &io);

void printErrors(Io &io, const QString &where, const InputErrors &errors);

} // namespace yibao
