// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixture of every window test (after SpeedCrunch's UI tests): settings and data go
// to a temporary directory, never the user's; and a watchdog closes any modal dialog that
// pops up and fails the test that let it appear, instead of hanging the run.
#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace yibao::test {

class UiFixture
{
public:
    UiFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("yibao-test"));
        QCoreApplication::setApplicationName(QStringLiteral("yibao-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        m_watchdog.setInterval(20);
        QObject::connect(&m_watchdog, &QTimer::timeout, [this] {
            if (QWidget *w = QApplication::activeModalWidget()) {
                if (m_expected) {
                    // a dialog the test asked for: hand it over once
                    auto handler = std::exchange(m_expected, nullptr);
                    handler(w);
                    return;
                }
                m_modal = w->windowTitle().isEmpty()
                    ? QString::fromLatin1(w->metaObject()->className())
                    : w->windowTitle();
                if (auto *d = qobject_cast<QDialog *>(w))
                    d->reject();
                else
                    w->close();
            }
        });
        m_watchdog.start();
    }

    // Call in cleanup(): fails the test during which a modal dialog appeared.
    bool noModalSeen(QString *which)
    {
        *which = m_modal;
        m_modal.clear();
        return which->isEmpty();
    }
    QString settingsDir() const { return m_settings.path(); }
    // The next modal dialog is expected: handler answers it instead of the test failing.
    void expectModal(std::function<void(QWidget *)> handler) { m_expected = std::move(handler); }
    bool expectedModalPending() const { return bool(m_expected); }

private:
    QTemporaryDir m_settings;
    QTimer m_watchdog;
    QString m_modal;
    std::function<void(QWidget *)> m_expected;
};

// Sends keys to whatever has focus, as a person typing would: the table's cell editors
// come and go as Tab and Enter move on.
inline void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *w = QApplication::focusWidget();
        QVERIFY2(w, "nothing has focus");
        QTest::keyClick(w, c.toLatin1());
        QCoreApplication::processEvents();
    }
}

inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = QApplication::focusWidget();
    QVERIFY2(w, "nothing has focus");
    QTest::keyClick(w, key, modifiers);
    // Enter in a cell editor commits through a queued call
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace yibao::test
