// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace yibao {

// One thing wrong with an input, located so that a form can put the cursor on it and a
// terminal user can find it: path is the JSON path ("periods[1].base") or empty for the
// whole document; line is 1-based where known (0 otherwise).
struct InputError
{
    QString path;
    QString message;
    int line = 0;
    int column = 0;

    QString toString() const
    {
        QString where = path;
        if (line > 0)
            where = QStringLiteral("line %1").arg(line)
                + (column > 0 ? QStringLiteral(", column %1").arg(column) : QString())
                + (path.isEmpty() ? QString() : QStringLiteral(", ") + path);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

using InputErrors = QList<InputError>;

} // namespace yibao
