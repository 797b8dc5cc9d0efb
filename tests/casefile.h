// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Case files as the tests read them: loaded against the bundled profiles, and listed from
// the folders of example cases. A case file that does not load stops the test with its
// name and the first error: the file is part of the test's data.

#include "io/caseloader.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <initializer_list>

namespace yibao::test {

inline LoadedCase loadCaseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    InputErrors errors;
    const auto loaded
        = loadCase(f.readAll(), std::nullopt, std::nullopt, library().profiles(), &errors);
    if (!loaded)
        qFatal("%s does not load: %s", qPrintable(path), qPrintable(errors.value(0).toString()));
    return *loaded;
}

// Every *.yibao.json in the folders, each folder's files by name.
inline QStringList caseFilesIn(std::initializer_list<const char *> dirs)
{
    QStringList out;
    for (const char *dir : dirs) {
        const QDir d(QString::fromUtf8(dir));
        for (const QString &name :
            d.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
            out << d.filePath(name);
    }
    return out;
}

} // namespace yibao::test
