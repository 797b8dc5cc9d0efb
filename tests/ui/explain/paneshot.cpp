// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders the results pane and the explanation pane side by side to a PNG, to
// look at them while the main window is elsewhere in the making.
//   QT_QPA_PLATFORM=offscreen paneshot CASE.json CARD_ID OUT.png [WHOLE_EXPLANATION.png]
//   QT_QPA_PLATFORM=offscreen paneshot - article:001#r7 OUT.png   (or search:补缴)
#include "explain/articlebrowser.h"
#include "explain/explanationpane.h"
#include "io/caseloader.h"
#include "results/resultspane.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QPixmap>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextStream>
#include <QTreeWidget>

using namespace yibao;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: paneshot CASE.json CARD_ID|article:PASSAGE|search:QUERY "
                               "OUT.png [WHOLE_EXPLANATION.png]\n";
        return 2;
    }
    const QString target = args.at(2);
    if (target.startsWith(QLatin1String("article:"))
        || target.startsWith(QLatin1String("search:"))) {
        ArticleBrowser browser(yibao::test::library());
        browser.resize(1200, 800);
        if (target.startsWith(QLatin1String("article:")))
            browser.showPassage(target.mid(8));
        else
            browser.search(target.mid(7));
        browser.show();
        app.processEvents();
        return browser.grab().save(args.at(3)) ? 0 : 1;
    }
    QFile f(args.at(1));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    InputErrors errors;
    const auto lc = loadCase(
        f.readAll(), std::nullopt, std::nullopt, yibao::test::library().profiles(), &errors);
    if (!lc)
        return 2;
    const Result r = compute(lc->c, *lc->profile);

    QSplitter split;
    auto *results = new ResultsPane;
    auto *explain = new ExplanationPane(yibao::test::library());
    split.addWidget(results);
    split.addWidget(explain);
    // PANESHOT_HEIGHT: a taller window, to see every card at once.
    split.resize(1100,
        qEnvironmentVariableIntValue("PANESHOT_HEIGHT") > 0
            ? qEnvironmentVariableIntValue("PANESHOT_HEIGHT")
            : 900);
    split.setSizes({ 440, 660 });
    QObject::connect(results, &ResultsPane::cardSelected, explain,
        [&](const QString &id, const QList<TraceStep> &steps) {
            for (const Card &c : results->cards()) {
                if (c.id == id)
                    explain->showCard(c.title, steps, lc->c.profile);
            }
        });
    results->setResult(r, lc->c);
    if (qEnvironmentVariableIsSet("PANESHOT_ERRORS")) {
        // What the pane shows while the form holds a bad value: the last good result, stale.
        results->setInputErrors({ { QStringLiteral("periods[1].base"),
                                      QStringLiteral("\"五千\" 不是以元为单位的金额") },
            { QStringLiteral("person.birth"), QStringLiteral("2025-02-29 不是有效日期") } });
    }
    split.show();
    app.processEvents();
    results->selectCard(target);
    for (int i = 0; i < 5; ++i)
        app.processEvents();
    if (qEnvironmentVariableIsSet("PANESHOT_DEBUG")) {
        QTreeWidget *t = explain->traceTree();
        QTextStream(stderr) << "tree " << t->geometry().y() << " h=" << t->height()
                            << " min=" << t->minimumHeight()
                            << " parent h=" << t->parentWidget()->height()
                            << " minhint=" << t->parentWidget()->minimumSizeHint().height() << "\n";
    }
    if (args.size() > 4) {
        // The whole explanation, scrolled or not, for a look at the passages below.
        // Saved in pieces of 1200 pixels (NAME-1.png, NAME-2.png …) to be viewable.
        if (auto *area = explain->findChild<QScrollArea *>()) {
            const QPixmap whole = area->widget()->grab();
            QString base = args.at(4);
            base.chop(4);
            for (int y = 0, n = 1; y < whole.height(); y += 1200, ++n)
                whole.copy(0, y, whole.width(), std::min(1200, whole.height() - y))
                    .save(base + QStringLiteral("-%1.png").arg(n));
        }
    }
    return split.grab().save(args.at(3)) ? 0 : 1;
}
