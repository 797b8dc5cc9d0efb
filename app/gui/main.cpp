// SPDX-License-Identifier: GPL-3.0-or-later
// yibao — the window. With --screenshot it renders the window offscreen at 1440×900 into
// a PNG and exits, for the README and for checks that look at the window.
#include "counter/counterworkflow.h"
#include "explain/library.h"
#include "model/casedocument.h"
#include "results/resultspane.h"
#include "storage/database.h"
#include "window/language.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return 2;
}

// Lets layouts that were requested while filling the panes run before the window is
// grabbed (nested layouts need several rounds of posted LayoutRequest events).
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot needs no display: pick the offscreen platform unless one was chosen.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("yibao"));
    QApplication::setApplicationName(QStringLiteral("yibao"));
    QApplication::setApplicationVersion(QStringLiteral(YIBAO_VERSION));

    // A screenshot neither reads nor changes the user's settings (layout, recent files):
    // the picture is the same on every machine and the run leaves no trace.
    QTemporaryDir scratchSettings;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0) {
            QSettings::setDefaultFormat(QSettings::IniFormat);
            QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratchSettings.path());
        }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("职工医保计算与解读 — employee medical insurance calculator and explainer"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption openOption(
        QStringLiteral("open"), QStringLiteral("Open the case file CASE."), QStringLiteral("CASE"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render the window at 1440x900 into FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language: zh_CN (default) or en."), QStringLiteral("LANG"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QStringLiteral("With --screenshot: show form tab N (0 个人信息, 1 缴费记录, 2 退休信息, "
                       "3 就医事件; default 1)."),
        QStringLiteral("N"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
        QStringLiteral("With --screenshot: select result card CARD and show its explanation "
                       "(default: the first gap, else the first card). Card ids: errors "
                       "(input errors), warnings, retirement, years, lifelong, backpay, account, "
                       "gaps[0], gaps[1] …, events[0], events[1] …"),
        QStringLiteral("CARD"));
    const QCommandLineOption restoreOption(QStringLiteral("restore-autosave"),
        QStringLiteral("Restore the unsaved case of the last run without asking."));
    parser.addOptions(
        { openOption, shotOption, langOption, tabOption, selectOption, restoreOption });
    parser.addPositionalArgument(QStringLiteral("case"),
        QStringLiteral("A case file to open (same as --open)."), QStringLiteral("[CASE]"));
    parser.process(app);

    const bool screenshot = parser.isSet(shotOption);
    QString lang = parser.isSet(langOption) ? parser.value(langOption) : yibao::Language::saved();
    if (!yibao::Language::available().contains(lang))
        return fail(
            QStringLiteral("--lang: \"%1\" is not a language of this program; expected zh_CN or en")
                .arg(lang));
    yibao::Language::apply(lang);

    QString casePath = parser.value(openOption);
    if (casePath.isEmpty() && !parser.positionalArguments().isEmpty())
        casePath = parser.positionalArguments().constFirst();
    // Without --open the screenshot shows a new, empty case. A case with wrong values is
    // rendered as the clerk would see it (its errors marked); only a file that is not a
    // case at all fails.
    int tab = -1;
    if (parser.isSet(tabOption)) {
        bool ok = false;
        tab = parser.value(tabOption).toInt(&ok);
        if (!ok || tab < 0 || tab > 3)
            return fail(QStringLiteral("--tab: \"%1\" is not a tab; expected 0 to 3")
                            .arg(parser.value(tabOption)));
    }

    const yibao::Library library = yibao::Library::fromResources();
    yibao::MainWindow window(library);
    if (!casePath.isEmpty()) {
        QString error;
        if (!window.openFile(casePath, &error)) {
            if (screenshot)
                return fail(error);
            std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        }
    }

    if (screenshot) {
        window.resize(1440, 900);
        window.show();
        settle();
        if (tab >= 0)
            window.showFormTab(tab);
        if (parser.isSet(selectOption)) {
            if (!window.resultsPane()->selectCard(parser.value(selectOption)))
                return fail(QStringLiteral("--select: no card \"%1\"; this case shows: %2")
                                .arg(parser.value(selectOption),
                                    window.resultsPane()->cardIds().join(QStringLiteral(", "))));
        } else {
            window.selectFirstGapCard();
        }
        settle();
        const QString out = parser.value(shotOption);
        if (!window.grab().save(out, "PNG"))
            return fail(QStringLiteral("%1: cannot write the PNG").arg(out));
        return 0;
    }
    // The database, autosave, consultations and CSV import (not for a screenshot).
    auto *counter = new yibao::CounterWorkflow(&window, yibao::Database::defaultPath());
    counter->start(parser.isSet(restoreOption) ? yibao::CounterWorkflow::RestoreMode::Always
                                               : yibao::CounterWorkflow::RestoreMode::Ask);
    window.show();
    counter->afterShown();
    return app.exec();
}
