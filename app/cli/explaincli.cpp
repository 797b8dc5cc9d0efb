// SPDX-License-Identifier: GPL-3.0-or-later
#include "explaincli.h"
#include "explain/library.h"

#include "storage/corpusstore.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yibao {

std::unique_ptr<Database> openCorpusDatabase(const Options &o, Io &io)
{
    auto db = std::make_unique<Database>(
        o.value(QStringLiteral("--db")).value_or(Database::defaultPath()));
    QString error;
    if (!db->open(&error) || !CorpusStore(*db).ensureBundled(io.library, &error)) {
        io.err << "yibao-cli: database " << db->path() << ": " << error << "\n";
        return nullptr;
    }
    return db;
}

void printJson(Io &io, const QJsonObject &o)
{
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace yibao
