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

class Library;
class PolicyProfile;

// Where a command writes: stdout for results, stderr for messages.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    // the profiles, corpus, links and texts, loaded once by main()
    const Library &library;
    // --lang zh|en, taken by main() for every command: the language of free-text fields
    // (reasons, messages, formulas, reports); ids, codes and numbers never change
    TextLanguage language = TextLanguage::Chinese;
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

// The case in bytes, read from where; line > 0 when it is one line of a JSON Lines file:
// its errors then name that line (a column within the line would point into the JSON,
// not the file). When it does not load, its errors are printed on io.err and, if errors
// is given, returned there too.
std::optional<LoadedCase> loadCaseOrPrintErrors(const QByteArray &bytes, const QString &where,
    Io &io, const std::optional<QString> &profileOverride = std::nullopt,
    const std::optional<QString> &asOfOverride = std::nullopt, int line = 0,
    InputErrors *errors = nullptr);

// The case file at path ("-": standard input), loaded with the command's --profile and
// --as-of; nullopt, said why on io.err, when it cannot be read or does not load.
std::optional<LoadedCase> readCase(const QString &path, const Options &options, Io &io);

} // namespace yibao
