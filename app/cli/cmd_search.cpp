// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "explain/library.h"
#include "explaincli.h"

#include "explain/explanation.h"
#include "explain/passagesearch.h"
#include "policy/parameterkeys.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace yibao {

int runSearch(const QStringList &args, Io &io)
{
    const QString usage
        = QStringLiteral("usage: yibao-cli search QUERY [--json] [--limit N | --all] [--db FILE]\n"
                         "  QUERY: words or a question (断缴后多久恢复); the field's words are\n"
                         "         found under every spelling (断缴/断交/断保) and any of them\n"
                         "         makes a hit; other words must all appear as typed\n"
                         "  --limit N: show the first N hits (default 20); --all: every hit\n");
    const auto o = parseOptions(args, { QStringLiteral("--json"), QStringLiteral("--all") },
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
    if (o->has(QStringLiteral("--all"))) {
        if (o->value(QStringLiteral("--limit"))) {
            io.err << "yibao-cli search: --all and --limit cannot go together\n" << usage;
            return ExitBadInput;
        }
        limit = PassageSearch::RankWindow * 2; // each index gives at most RankWindow
    }
    const auto db = openCorpusDatabase(*o, io);
    if (!db)
        return ExitInternal;
    PassageSearch search(db->connection(), io.library);
    QString error;
    const auto found = search.find(query, limit, &error);
    if (!found) {
        io.err << "yibao-cli search: " << error << "\n";
        return ExitInternal;
    }
    const QList<SearchHit> *hits = &found->hits;
    // The rules and parameters the query names, with our explanation, before the passages.
    const Explanations &texts = io.library.explanations();
    struct Named
    {
        QString id, kind, title, text;
    };
    QList<Named> named;
    for (const QString &id : found->subjects) {
        if (texts.hasRule(id))
            named.append({ id, QStringLiteral("rule"), texts.ruleTitle(id, QStringLiteral("zh_CN")),
                texts.ruleText(id, QStringLiteral("zh_CN")) });
        else if (const ParameterKey *k = findParameterKey(id))
            named.append({ id, QStringLiteral("parameter"), k->label,
                texts.parameterText(id, QStringLiteral("zh_CN")) });
    }
    if (o->has(QStringLiteral("--json"))) {
        QJsonArray rules;
        for (const Named &n : named)
            rules.append(
                QJsonObject { { QLatin1String("id"), n.id }, { QLatin1String("kind"), n.kind },
                    { QLatin1String("title"), n.title }, { QLatin1String("text"), n.text },
                    { QLatin1String("textEn"),
                        n.kind == QLatin1String("rule")
                            ? texts.ruleText(n.id, QStringLiteral("en"))
                            : texts.parameterText(n.id, QStringLiteral("en")) } });
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
        printJson(io,
            QJsonObject { { QLatin1String("query"), query },
                { QLatin1String("terms"), QJsonArray::fromStringList(found->terms) },
                { QLatin1String("rules"), rules }, { QLatin1String("total"), found->total },
                { QLatin1String("hits"), list } });
        return ExitOk;
    }
    // in English the sources' own words (titles, outlets, snippets) stay Chinese inside 「」
    const bool en = io.language == TextLanguage::English;
    const auto quoted = [en](const QString &s) {
        return en && !s.isEmpty() ? QStringLiteral("「%1」").arg(s) : s;
    };
    const QString lang = en ? QStringLiteral("en") : QStringLiteral("zh_CN");
    for (const Named &n : named) {
        const bool rule = n.kind == QLatin1String("rule");
        const QString title = !en ? n.title
            : rule                ? texts.ruleTitle(n.id, lang)
                                  : parameterLabel(n.id, lang);
        const QString text = rule ? texts.ruleText(n.id, lang) : texts.parameterText(n.id, lang);
        io.out << (en ? (rule ? "[rule] " : "[parameter] ") : (rule ? "【规则】" : "【参数】"))
               << title << (en ? " (" : "（") << n.id << (en ? ")" : "）") << "\n   " << text
               << "\n";
    }
    if (!named.isEmpty())
        io.out << (en ? "   More with yibao-cli explain ID; the passages follow.\n\n"
                      : "   详见 yibao-cli explain ID；资料原文如下。\n\n");
    if (hits->isEmpty()) {
        io.out << (en ? QStringLiteral("No passage holds 「%1」.\n")
                      : QStringLiteral("没有找到包含“%1”的段落。\n"))
                      .arg(query);
        return ExitOk;
    }
    io.out << (en ? QStringLiteral("%1 found").arg(found->total)
                  : QStringLiteral("共 %1 条").arg(found->total));
    if (hits->size() < found->total)
        io.out << (en ? QStringLiteral(", the first %1 shown (--all shows all)")
                      : QStringLiteral("，显示前 %1 条（--all 显示全部）"))
                      .arg(hits->size());
    io.out << "\n";
    int rank = 0;
    for (const SearchHit &h : *hits) {
        io.out << ++rank << ". " << h.passage << "  " << quoted(h.title);
        if (!h.date.isEmpty())
            io.out << (en ? QStringLiteral(" (%1 %2)").arg(quoted(h.source), h.date)
                          : QStringLiteral("（%1 %2）").arg(h.source, h.date));
        io.out << "\n   " << quoted(h.snippet.text) << "\n";
    }
    return ExitOk;
}

} // namespace yibao
