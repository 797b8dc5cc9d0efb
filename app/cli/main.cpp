// SPDX-License-Identifier: GPL-3.0-or-later
// yibao-cli: the engine without the window, for scripting, batch work and tests.
#include "commands.h"

#include "cmd_report.h"

#include "explain/library.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <optional>

using namespace yibao;

namespace {

const char *const Usage = R"(用法 / usage: yibao-cli COMMAND [OPTIONS]

  compute CASE.json [--profile ID] [--as-of YYYY-MM-DD] [--json]
                      compute one case (CASE.json may be - for standard input)
  batch CASES.jsonl [--json] [--trace]
                      one result line per case line; bad lines are reported and skipped
  profiles [--json]   the policy profiles with every parameter, value, date and source
  search QUERY [--json]            passages of the source articles
  explain RULE_OR_PARAMETER [--json] our explanation and the passages behind a rule
  articles [--json]   the article corpus
  import-csv FILE.csv [--json]     contribution history from a CSV file, as periods
  report CASE.json --pdf OUT.pdf|- [--appendix] [--lang en] [--name NAME] [--id-stdin]
                      the printable 明白纸 as A4 PDF
  --help, --version

Every command takes --lang zh|en (Chinese by default): the language of reasons, messages,
formulas and reports; ids, codes and numbers never change.

Exit codes: 0 ok, 2 bad input (the message names the file, line or field), 1 internal error.
)";

// Flushes every buffer down to the file descriptor; returns why not all of it arrived.
std::optional<QString> finishOutput(QTextStream &out, QFile &file)
{
    out.flush();
    if (!file.flush() || file.error() != QFileDevice::NoError || out.status() != QTextStream::Ok)
        return file.errorString();
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        return QString::fromLocal8Bit(std::strerror(errno ? errno : EIO));
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    // report lays out text and fonts (QtGui) and needs a QGuiApplication; the rest stays
    // QtCore only
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    const std::unique_ptr<QCoreApplication> app = report
        ? createReportApplication(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yibao"));
    QCoreApplication::setOrganizationName(QStringLiteral("yibao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YIBAO_VERSION));
    // Results go through a QFile on stdout so that a failed write (a full disk, a file-size
    // limit) is seen: the command then exits 1 instead of leaving a truncated file behind 0.
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        return ExitInternal;
    QTextStream out(&stdoutFile);
    QTextStream err(stderr);
    const Library library = Library::fromResources();
    Io io { out, err, library };

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        err << QString::fromUtf8(Usage);
        return ExitBadInput;
    }
    // --lang applies to every command; taken out here so that each command need not know it
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a != QLatin1String("--lang") && !a.startsWith(QLatin1String("--lang=")))
            continue;
        QString value;
        if (a.startsWith(QLatin1String("--lang="))) {
            value = a.mid(7);
            args.removeAt(i);
        } else if (i + 1 < args.size()) {
            value = args.at(i + 1);
            args.remove(i, 2);
        } else {
            err << "yibao-cli: --lang needs a value: zh or en\n";
            return ExitBadInput;
        }
        const auto language = languageFromId(value);
        if (!language) {
            err << "yibao-cli: --lang: expected zh or en, got \"" << value << "\"\n";
            return ExitBadInput;
        }
        io.language = *language;
        --i;
    }
    if (args.isEmpty()) {
        err << QString::fromUtf8(Usage);
        return ExitBadInput;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out << QString::fromUtf8(Usage);
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        out << "yibao-cli " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    struct Command
    {
        const char *name;
        int (*run)(const QStringList &, Io &);
    };
    static const Command commands[] = {
        { "compute", runCompute },
        { "batch", runBatch },
        { "profiles", runProfiles },
        { "import-csv", runImportCsv },
        { "search", runSearch },
        { "explain", runExplain },
        { "articles", runArticles },
        { "report", runReport },
    };
    for (const Command &c : commands) {
        if (command != QLatin1String(c.name))
            continue;
        try {
            const int rc = c.run(args, io);
            if (const auto failed = finishOutput(out, stdoutFile)) {
                err << "yibao-cli: the output could not be written completely (" << *failed
                    << "); it is incomplete and must not be used\n";
                return ExitInternal;
            }
            return rc;
        } catch (const std::exception &e) {
            out.flush();
            err << "yibao-cli: internal error: " << QString::fromUtf8(e.what()) << "\n";
            return ExitInternal;
        }
    }
    err << "yibao-cli: unknown command \"" << command << "\"\n\n" << QString::fromUtf8(Usage);
    return ExitBadInput;
}
