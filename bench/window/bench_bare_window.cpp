// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for the window's launch time and memory: a bare Qt Widgets window with a
// table, started the same way as yibao, shown, and closed as soon as it has painted.
#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(20, 6, &window);
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("ready"));
    window.resize(1440, 900);
    window.show();
    // quit once the first paint has happened
    QTimer::singleShot(0, &app, [&] {
        window.repaint();
        QApplication::quit();
    });
    return QApplication::exec();
}
