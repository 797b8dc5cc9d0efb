// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "explaincli.h"

#include "explain/article.h"
#include "explain/articleparser.h"
#include "explain/corpus.h"
#include "explain/library.h"
#include "explain/topicfilter.h"
#include "storage/corpusstore.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

namespace yibao {

namespace {

    const char *const ArticlesUsage
        = "usage: yibao-cli articles [--json] [--db FILE]              list the corpus\n"
          "       yibao-cli articles show ID [--json] [--db FILE]      an article's passages\n"
          "       yibao-cli articles add FILE... [--json] [--db FILE]  add your own articles "
          "(UTF-8 text,\n"
          "                                                           laid out like the bundled "
          "ones)\n"
          "       yibao-cli articles remove ID [--db FILE]             remove an article you "
          "added\n";

    // A user's file is taken only as UTF-8 text; anything else would index as garbage.
    std::optional<QString> readUtf8(const QString &path, Io &io)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "yibao-cli articles: " << path << ": cannot read: " << f.errorString()
                   << "\n";
            return std::nullopt;
        }
        const QByteArray bytes = f.readAll();
        QStringDecoder decode(QStringDecoder::Utf8);
        QString text = decode(bytes);
        if (decode.hasError()) {
            io.err << "yibao-cli articles: " << path << ": expected UTF-8 text\n";
            return std::nullopt;
        }
        if (text.trimmed().isEmpty()) {
            io.err << "yibao-cli articles: " << path
                   << ": the file is empty; expected an article whose first line is its title\n";
            return std::nullopt;
        }
        return text;
    }

    QJsonObject passageJson(const Passage &p)
    {
        QJsonObject o { { QLatin1String("passage"), p.id },
            { QLatin1String("kind"), passageKindId(p.kind) }, { QLatin1String("title"), p.title },
            { QLatin1String("heading"), p.heading }, { QLatin1String("text"), p.text } };
        if (!p.date.isEmpty())
            o.insert(QLatin1String("date"), p.date);
        if (!p.source.isEmpty())
            o.insert(QLatin1String("source"), p.source);
        return o;
    }

    // What was left out of an article and by which rule (TopicFilter): read again from the
    // bundled file, or from the text a user's article was added with.
    QJsonArray excludedJson(const ArticleInfo &a, const Database &db, const Corpus &corpus)
    {
        Article parsed;
        if (const Article *bundled
            = a.origin == QLatin1String("bundled") ? corpus.article(a.id) : nullptr) {
            parsed = *bundled;
        } else {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT raw FROM article WHERE id = ?"));
            q.addBindValue(a.id);
            if (q.exec() && q.next())
                parsed = ArticleParser::parse(q.value(0).toString(), a.id, a.fileName, a.origin);
        }
        QJsonArray out;
        for (const ExcludedBlock &b : parsed.excluded) {
            QJsonObject o { { QLatin1String("reason"), b.reason },
                { QLatin1String("rule"),
                    TopicFilter::reasonText(b.reason, QStringLiteral("zh_CN")) },
                { QLatin1String("ruleEn"),
                    TopicFilter::reasonText(b.reason, QStringLiteral("en")) },
                { QLatin1String("line"), b.line } };
            if (!b.id.isEmpty())
                o.insert(QLatin1String("passage"), b.id);
            if (!b.title.isEmpty())
                o.insert(QLatin1String("title"), b.title);
            out.append(o);
        }
        return out;
    }

} // namespace

int runArticles(const QStringList &args, Io &io)
{
    const QString usage = QString::fromUtf8(ArticlesUsage);
    const auto o
        = parseOptions(args, { QStringLiteral("--json") }, { QStringLiteral("--db") }, io, usage);
    if (!o)
        return ExitBadInput;
    const bool json = o->has(QStringLiteral("--json"));
    // in English the sources' own words (titles, passages) stay Chinese inside 「」
    const bool en = io.language == TextLanguage::English;
    const auto quoted = [en](const QString &s) {
        return en && !s.isEmpty() ? QStringLiteral("「%1」").arg(s) : s;
    };
    const QString action = o->positional.value(0);
    const QStringList rest = o->positional.mid(1);
    if (!action.isEmpty() && action != QLatin1String("show") && action != QLatin1String("add")
        && action != QLatin1String("remove")) {
        io.err << "yibao-cli articles: unknown action \"" << action
               << "\"; expected show, add or remove\n"
               << usage;
        return ExitBadInput;
    }
    if ((action == QLatin1String("show") || action == QLatin1String("remove"))
        && rest.size() != 1) {
        io.err << "yibao-cli articles " << action
               << ": expected one article id (see yibao-cli articles)\n"
               << usage;
        return ExitBadInput;
    }
    if (action == QLatin1String("add") && rest.isEmpty()) {
        io.err << "yibao-cli articles add: expected one or more text files\n" << usage;
        return ExitBadInput;
    }
    // Read the user's files before touching the database, so bad input writes nothing.
    QList<CorpusStore::UserFile> files;
    for (const QString &path : rest) {
        if (action != QLatin1String("add"))
            break;
        const auto text = readUtf8(path, io);
        if (!text)
            return ExitBadInput;
        files.append({ QFileInfo(path).fileName(), *text });
    }

    const auto db = openCorpusDatabase(*o, io);
    if (!db)
        return ExitInternal;
    CorpusStore store(*db);
    QString error;

    if (action == QLatin1String("add")) {
        const auto ids = store.addUserArticles(files, &error);
        if (!ids) {
            io.err << "yibao-cli articles add: " << error << "\n";
            return ExitInternal;
        }
        if (json)
            printJson(
                io, QJsonObject { { QLatin1String("added"), QJsonArray::fromStringList(*ids) } });
        else
            for (qsizetype i = 0; i < ids->size(); ++i)
                io.out << ids->at(i) << "  " << files.at(i).fileName << "\n";
        return ExitOk;
    }
    const auto articles = store.articles(&error);
    if (!articles) {
        io.err << "yibao-cli articles: " << error << "\n";
        return ExitInternal;
    }
    if (action == QLatin1String("remove") || action == QLatin1String("show")) {
        const QString id = rest.first();
        const auto found = std::find_if(
            articles->cbegin(), articles->cend(), [&](const ArticleInfo &a) { return a.id == id; });
        if (found == articles->cend()) {
            QStringList known;
            for (const ArticleInfo &a : *articles)
                known.append(a.id);
            io.err << "yibao-cli articles " << action << ": no article \"" << id
                   << "\"; known: " << known.join(QStringLiteral(", ")) << "\n";
            return ExitBadInput;
        }
        if (action == QLatin1String("remove")) {
            if (found->origin != QLatin1String("user")) {
                io.err << "yibao-cli articles remove: " << id
                       << " is bundled with the program; only articles you added can be removed\n";
                return ExitBadInput;
            }
            if (!store.removeUserArticle(id, &error)) {
                io.err << "yibao-cli articles remove: " << error << "\n";
                return ExitInternal;
            }
            io.out << "removed " << id << "\n";
            return ExitOk;
        }
        const auto passages = store.passagesOf(id, &error);
        if (!passages) {
            io.err << "yibao-cli articles show: " << error << "\n";
            return ExitInternal;
        }
        if (json) {
            QJsonArray list;
            for (const Passage &p : *passages)
                list.append(passageJson(p));
            printJson(io,
                QJsonObject { { QLatin1String("id"), id }, { QLatin1String("title"), found->title },
                    { QLatin1String("passages"), list } });
            return ExitOk;
        }
        io.out << id << "  " << quoted(found->title) << "\n";
        for (const Passage &p : *passages) {
            QString text = p.text;
            text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
            io.out << "  " << p.id << "  "
                   << (p.kind == PassageKind::Related
                              ? (en ? QStringLiteral("[related] 「%1」 ").arg(p.title)
                                    : QStringLiteral("【") + p.title + QStringLiteral("】"))
                              : QString())
                   << quoted(text) << "\n";
        }
        return ExitOk;
    }

    if (json) {
        QJsonArray list;
        for (const ArticleInfo &a : *articles) {
            QJsonObject ao { { QLatin1String("id"), a.id }, { QLatin1String("file"), a.fileName },
                { QLatin1String("origin"), a.origin }, { QLatin1String("title"), a.title },
                { QLatin1String("answer"),
                    a.answer.isEmpty() ? QJsonValue() : QJsonValue(a.answer) },
                { QLatin1String("passages"), a.passages }, { QLatin1String("related"), a.related },
                { QLatin1String("excluded"), a.excluded },
                { QLatin1String("excludedItems"), excludedJson(a, *db, io.library.corpus()) } };
            if (!a.addedAt.isEmpty())
                ao.insert(QLatin1String("addedAt"), a.addedAt);
            list.append(ao);
        }
        printJson(io, QJsonObject { { QLatin1String("articles"), list } });
        return ExitOk;
    }
    for (const ArticleInfo &a : *articles) {
        io.out << a.id << "  " << quoted(a.title);
        if (const QString titleEn = io.library.articleTitleEn(a.id); en && !titleEn.isEmpty())
            io.out << " (" << titleEn << ")";
        io.out << "\n    "
               << (a.origin == QLatin1String("user") ? (en ? "added by the user" : "用户添加")
                                                     : (en ? "bundled" : "随程序提供"))
               << " · " << a.fileName << " · "
               << (!en                      ? QStringLiteral("%1 段").arg(a.passages)
                          : a.passages == 1 ? QStringLiteral("1 passage")
                                            : QStringLiteral("%1 passages").arg(a.passages));
        if (a.related > 0)
            io.out << (en ? QStringLiteral(" · %1 related").arg(a.related)
                          : QStringLiteral(" · 相关推荐 %1 条").arg(a.related));
        if (a.excluded > 0)
            io.out << (en ? QStringLiteral(" · %1 left out").arg(a.excluded)
                          : QStringLiteral(" · 未收录 %1 处").arg(a.excluded));
        if (!a.answer.isEmpty())
            io.out << (en ? QStringLiteral(" · short answer: 「%1」").arg(a.answer)
                          : QStringLiteral(" · 简答：%1").arg(a.answer));
        io.out << "\n";
    }
    return ExitOk;
}

} // namespace yibao
