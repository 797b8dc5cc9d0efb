// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "explaincli.h"

#include "explain/passagesearch.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace yibao {

int runSearch(const QStringList &args, Io &io)
{
    const QString usage
        = QStringLiteral("usage: yibao-cli search QUERY [--json] [--limit N] [--db FILE]\n"
                         "  QUERY: words that must all appear; 1 character or more each\n");
    const auto o = parseOptions(args, { QStringLiteral("--json") },
        { QStringLiteral("--limit"), QStringLiteral("--db") }, io, usage);
    if (!o)
        return ExitBadInput;
    const QString query = o->positional.join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        io.err << "yibao-cli search: expected a QUERY, e.g. yibao-cli search 补缴\n" << usage;
        return ExitBadInput;
    }
    int limit = PassageSearch::DefaultLimit;
    if (const auto l = o->value(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = l->toInt(&ok);
        if (!ok || limit < 1 || limit > 1000) {
            io.err << "yibao-cli search: --limit: expected a whole number from 1 to 1000, got \""
                   << *l << "\"\n";
            return ExitBadInput;
        }
    }
    const auto db = openCorpusDatabase(*o, io);
    if (!db)
        return ExitInternal;
    PassageSearch search(db->connection());
    QString error;
    const auto hits = search.search(query, limit, &error);
    if (!hits) {
        io.err << "yibao-cli search: " << error << "\n";
        return ExitInternal;
    }
    if (o->has(QStringLiteral("--json"))) {
        QJsonArray list;
        int rank = 0;
        for (const SearchHit &h : *hits) {
            QJsonObject ho { { QLatin1String("passage"), h.passage },
                { QLatin1String("article"), h.article }, { QLatin1String("title"), h.title },
                { QLatin1String("text"), h.text }, { QLatin1String("snippet"), h.snippet.text },
                { QLatin1String("rank"), ++rank }, { QLatin1String("kind"), h.kind },
                { QLatin1String("heading"), h.heading } };
            if (!h.date.isEmpty())
                ho.insert(QLatin1String("date"), h.date);
            if (!h.source.isEmpty())
                ho.insert(QLatin1String("source"), h.source);
            list.append(ho);
        }
        printJson(
            io, QJsonObject { { QLatin1String("query"), query }, { QLatin1String("hits"), list } });
        return ExitOk;
    }
    if (hits->isEmpty()) {
        io.out << "没有找到包含“" << query << "”的段落。\n";
        return ExitOk;
    }
    int rank = 0;
    for (const SearchHit &h : *hits) {
        io.out << ++rank << ". " << h.passage << "  " << h.title;
        if (!h.date.isEmpty())
            io.out << "（" << h.source << " " << h.date << "）";
        io.out << "\n   " << h.snippet.text << "\n";
    }
    return ExitOk;
}

} // namespace yibao
