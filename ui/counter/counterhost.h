// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/clientidentity.h"

#include <QString>

class QMainWindow;
class QWidget;

namespace yibao {

class CaseDocument;

// What the counter workflow needs of the window it attaches to, and nothing more: the
// window to parent its dialogs, menu and status bar notes; the open case; opening a file
// and starting a new case with the window's own questions about unsaved changes; the
// client of the consultation the case belongs to; and a notice above the panes. MainWindow
// implements it; the counter never includes the window.
class CounterHost
{
public:
    virtual ~CounterHost() = default;

    virtual QMainWindow *hostWindow() = 0;
    virtual CaseDocument *document() const = 0;
    // Opens a case file; on failure the message names the file and what is wrong.
    virtual bool openFile(const QString &path, QString *error) = 0;
    // A new, empty case, after asking about unsaved changes; the open case is still
    // modified afterwards when the user cancelled.
    virtual void newCase() = 0;
    virtual void setClientIdentity(const ClientIdentity &client) = 0;
    // A strip above the panes about the open case (a reopened consultation's changed
    // profile), in place of the one shown before, which is deleted; nullptr removes it.
    // The window owns the widget from then on.
    virtual void setNotice(QWidget *notice) = 0;

protected:
    CounterHost() = default;
    CounterHost(const CounterHost &) = default;
    CounterHost &operator=(const CounterHost &) = default;
};

} // namespace yibao
