// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmd_report.h"
#include "explain/library.h"

#include "explain/passagelinker.h"
#include "policy/policyprofile.h"
#include "report/reportwriter.h"
#include "rules/engine.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTranslator>

namespace yibao {

namespace {
    const QString ReportUsage = QStringLiteral(
        "usage: yibao-cli report CASE.json --pdf OUT.pdf|- [--appendix] [--lang zh|en] "
        "[--name NAME] [--id-stdin]\n"
        "                        [--profile ID] [--as-of YYYY-MM-DD]\n"
        "  --appendix   add our explanations, the quoted passages, the conflicts of the sources\n"
        "               and the computation steps after the two-page sheet\n"
        "  --id-stdin   the client's ID number is the first line of standard "
        "input\n"
        "               (also: environment variable YIBAO_REPORT_ID); never on "
        "the command\n"
        "               line, where the process list and shell history would "
        "keep it\n");

    // The first line of standard input, without its line end.
    QString readIdLine()
    {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(in.readLine(256)).trimmed();
    }
} // namespace

std::unique_ptr<QCoreApplication> createReportApplication(int &argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runReport(const QStringList &args, Io &io)
{
    const auto o
        = parseOptions(args, { QStringLiteral("--id-stdin"), QStringLiteral("--appendix") },
            { QStringLiteral("--pdf"), QStringLiteral("--lang"), QStringLiteral("--name"),
                QStringLiteral("--id"), QStringLiteral("--profile"), QStringLiteral("--as-of") },
            io, ReportUsage);
    if (!o)
        return ExitBadInput;
    if (o->positional.size() != 1) {
        io.err << "yibao-cli report: expected exactly one case file\n" << ReportUsage;
        return ExitBadInput;
    }
    const auto pdf = o->value(QStringLiteral("--pdf"));
    if (!pdf || pdf->isEmpty()) {
        io.err << "yibao-cli report: --pdf OUT.pdf is required\n" << ReportUsage;
        return ExitBadInput;
    }
    const QString lang = languageId(io.language);

    if (o->value(QStringLiteral("--id"))) {
        io.err << "yibao-cli report: --id would show the full ID number in the process list "
                  "and the shell history; give it on standard input with --id-stdin (or in "
                  "the environment variable YIBAO_REPORT_ID)\n";
        return ExitBadInput;
    }
    const QString path = o->positional.first();
    const bool toStdout = *pdf == QLatin1String("-");
    if (!toStdout && path != QLatin1String("-")
        && QFileInfo(*pdf).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        io.err << "yibao-cli report: --pdf " << *pdf
               << " is the case file itself; choose another name for the PDF\n";
        return ExitBadInput;
    }
    if (o->has(QStringLiteral("--id-stdin")) && path == QLatin1String("-")) {
        io.err << "yibao-cli report: --id-stdin and a case read from standard input (-) "
                  "cannot both use it\n";
        return ExitBadInput;
    }
    const auto loaded = readCase(path, *o, io);
    if (!loaded)
        return ExitBadInput;

    // the sheet writes its own words in both languages; the timeline's legend comes from
    // the translation
    if (lang == QLatin1String("en")) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/yibao_en.qm")))
            QCoreApplication::installTranslator(translator);
        else
            io.err << "yibao-cli report: the English translation is not built in; the headings "
                      "stay Chinese\n";
    }

    Result r = compute(loaded->c, *loaded->profile, { .trace = true });
    attachPassages(r.trace, io.library.links());
    ReportOptions options;
    options.language = lang;
    options.clientName = o->value(QStringLiteral("--name")).value_or(QString());
    options.idNumber = o->has(QStringLiteral("--id-stdin"))
        ? readIdLine()
        : qEnvironmentVariable("YIBAO_REPORT_ID").trimmed();
    options.profileName = loaded->profile->name;
    options.profile = loaded->profile;
    options.appendix = o->has(QStringLiteral("--appendix"));
    const ReportWriter writer(loaded->c, r, io.library, options);
    if (toStdout) {
        // the whole PDF first: standard output gets a complete file or nothing
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!writer.writePdf(&buffer)) {
            io.err << "yibao-cli report: the PDF could not be laid out\n";
            return ExitInternal;
        }
        io.out.flush();
        io.out.device()->write(buffer.data());
        return ExitOk;
    }
    QString error;
    if (!writer.writePdf(*pdf, &error)) {
        io.err << "yibao-cli report: " << error << "\n";
        return ExitInternal;
    }
    io.out << QDir::toNativeSeparators(*pdf) << "\n";
    return ExitOk;
}

} // namespace yibao
