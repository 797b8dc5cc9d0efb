// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

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
    // What went wrong as an id ("to_before_from") and the values to word it with, for
    // inputErrorLine() to say it in the reader's language; message stays the English
    // wording the CLI prints. Empty for errors about the document as a whole.
    QString code = {};
    QStringList args = {};

    static InputError coded(
        const QString &path, const QString &code, const QStringList &args, const QString &message)
    {
        InputError e;
        e.path = path;
        e.message = message;
        e.code = code;
        e.args = args;
        return e;
    }

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

// The errors as lines for a person, each prefixed with where ("case.json: "), at most
// shown of them and then "… and N more": thousands of messages are one mistake repeated.
inline QStringList describeErrors(
    const InputErrors &errors, const QString &where = {}, qsizetype shown = 20)
{
    QStringList lines;
    const QString prefix = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    for (qsizetype i = 0; i < std::min(shown, errors.size()); ++i)
        lines.append(prefix + errors.at(i).toString());
    if (errors.size() > shown)
        lines.append(prefix + QStringLiteral("… and %1 more").arg(errors.size() - shown));
    return lines;
}

} // namespace yibao
