// SPDX-License-Identifier: GPL-3.0-or-later
// The program tst_autosavekill starts, kills and starts again: the window with the counter
// workflow, started as app/gui/main.cpp starts it (same application name, so the same
// database path; same order: open the file, start the workflow, show, afterShown), plus
// the two steps only the test takes, once the window is up:
//   --edit TEXT    types TEXT into the first period's base (one undoable edit);
//   --print-case   prints {"modified","filePath","case"} of the open case as one JSON line
//                  to standard output and quits.
#include "counter/counterworkflow.h"
#include "model/casedocument.h"
#include "storage/database.h"
#include "testlibrary.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

void typeIntoFirstBase(yibao::CaseDocument *doc, const QString &text)
{
    yibao::CaseDraft draft = doc->draft();
    if (draft.periods.isEmpty())
        draft.periods.append(yibao::PeriodDraft {});
    draft.periods[0].base = text;
    doc->edit(draft, QStringLiteral("test edit"));
}

void printCaseAndQuit(const yibao::CaseDocument *doc)
{
    QJsonObject o;
    o.insert(QLatin1String("modified"), doc->isModified());
    o.insert(QLatin1String("filePath"), doc->filePath());
    o.insert(QLatin1String("case"), doc->draft().toJson());
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("yibao"));
    QApplication::setApplicationName(QStringLiteral("yibao"));

    QCommandLineParser parser;
    const QCommandLineOption openOption(QStringLiteral("open"), QString(), QStringLiteral("CASE"));
    const QCommandLineOption restoreOption(QStringLiteral("restore-autosave"));
    const QCommandLineOption editOption(QStringLiteral("edit"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption printOption(QStringLiteral("print-case"));
    parser.addOptions({ openOption, restoreOption, editOption, printOption });
    parser.process(app);

    yibao::MainWindow window(yibao::test::library());
    if (parser.isSet(openOption)) {
        QString error;
        if (!window.openFile(parser.value(openOption), &error))
            std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
    }
    auto *counter = new yibao::CounterWorkflow(&window, yibao::Database::defaultPath());
    counter->start(parser.isSet(restoreOption) ? yibao::CounterWorkflow::RestoreMode::Always
                                               : yibao::CounterWorkflow::RestoreMode::Ask);
    window.show();
    counter->afterShown();
    // After afterShown()'s restore, which attaches the autosave.
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(editOption))
            typeIntoFirstBase(window.document(), parser.value(editOption));
        if (parser.isSet(printOption))
            printCaseAndQuit(window.document());
    });
    return app.exec();
}
