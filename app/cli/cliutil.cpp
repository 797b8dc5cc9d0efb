// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include "explain/library.h"

#include <QFile>

namespace yibao {

std::optional<QString> Options::value(const QString &name) const
{
    for (const auto &[k, v] : values)
        if (k == name)
            return v;
    return std::nullopt;
}

std::optional<Options> parseOptions(const QStringList &args, const QStringList &knownFlags,
    const QStringList &knownValues, Io &io, const QString &usage)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            o.positional.append(a);
            continue;
        }
        QString name = a;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = a.indexOf(QLatin1Char('=')); eq > 0) {
            name = a.left(eq);
            inlineValue = a.mid(eq + 1);
        }
        if (knownFlags.contains(name) && !inlineValue) {
            o.flags.append(name);
        } else if (knownValues.contains(name)) {
            if (!inlineValue && i + 1 >= args.size()) {
                io.err << "yibao-cli: " << name << " needs a value\n" << usage;
                return std::nullopt;
            }
            o.values.append({ name, inlineValue ? *inlineValue : args.at(++i) });
        } else {
            io.err << "yibao-cli: unknown option " << a << "\n" << usage;
            return std::nullopt;
        }
    }
    return o;
}

// Reads a whole file, "-" meaning standard input. On failure says why on err.
std::optional<QByteArray> readInput(const QString &path, Io &io)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        io.err << path << ": cannot be read: " << f.errorString() << "\n";
        return std::nullopt;
    }
    return f.readAll();
}

void printErrors(Io &io, const QString &where, const InputErrors &errors)
{
    for (const QString &line : describeErrors(errors, where))
        io.err << line << "\n";
}

std::optional<LoadedCase> loadCaseOrPrintErrors(const QByteArray &bytes, const QString &where,
    Io &io, const std::optional<QString> &profileOverride,
    const std::optional<QString> &asOfOverride, int line, InputErrors *errors)
{
    InputErrors found;
    auto loaded = loadCase(bytes, profileOverride, asOfOverride, io.library.profiles(), &found);
    if (loaded)
        return loaded;
    if (line > 0)
        for (auto &e : found) {
            e.line = line;
            e.column = 0;
        }
    printErrors(io, where, found);
    if (errors)
        *errors = std::move(found);
    return std::nullopt;
}

std::optional<LoadedCase> readCase(const QString &path, const Options &options, Io &io)
{
    const auto bytes = readInput(path, io);
    if (!bytes)
        return std::nullopt;
    return loadCaseOrPrintErrors(*bytes, path, io, options.value(QStringLiteral("--profile")),
        options.value(QStringLiteral("--as-of")));
}

} // namespace yibao
