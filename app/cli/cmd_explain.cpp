// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "explain/library.h"
#include "explaincli.h"

#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "policy/parameterkeys.h"
#include "policy/profileloader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace yibao {

namespace {

    int editDistance(const QString &a, const QString &b)
    {
        QList<int> prev(b.size() + 1), cur(b.size() + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            prev[j] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            cur[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j)
                cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1,
                    prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            std::swap(prev, cur);
        }
        return prev[b.size()];
    }

    // The ids a clerk most likely meant, best first: ids containing what was typed (or
    // contained in it), then by edit distance to the whole id or to its beginning, so that a
    // misspelt prefix ("gap.waitng") still finds "gap.waiting_months". Never empty.
    QStringList nearest(const QString &id, const QStringList &known, int count = 3)
    {
        const QString typed = id.toLower();
        QList<QPair<int, QString>> scored;
        for (const QString &k : known) {
            int score
                = std::min(editDistance(typed, k), editDistance(typed, k.left(typed.size())) + 1);
            if (k.contains(typed) || typed.contains(k))
                score -= 100;
            scored.append({ score, k });
        }
        std::sort(scored.begin(), scored.end());
        QStringList out;
        for (qsizetype i = 0; i < scored.size() && out.size() < count; ++i)
            out.append(scored.at(i).second);
        return out;
    }

} // namespace

int runExplain(const QStringList &args, Io &io)
{
    const QString usage = QStringLiteral(
        "usage: yibao-cli explain RULE_OR_PARAMETER [--json] [--lang zh_CN|en] [--profile ID]\n"
        "  RULE_OR_PARAMETER: a rule id (gap.resume) or a parameter key (gap.waiting_months)\n");
    const auto o = parseOptions(args, { QStringLiteral("--json") },
        { QStringLiteral("--lang"), QStringLiteral("--profile") }, io, usage);
    if (!o)
        return ExitBadInput;
    if (o->positional.size() != 1) {
        io.err << "yibao-cli explain: expected one rule id or parameter key, e.g. yibao-cli "
                  "explain gap.waiting_months\n"
               << usage;
        return ExitBadInput;
    }
    const QString id = o->positional.first();
    const QString lang = languageId(io.language);
    const ProfileSet &profiles = io.library.profiles();
    const QString profile = o->value(QStringLiteral("--profile")).value_or(QString());
    if (!profile.isEmpty() && !profiles.find(profile)) {
        io.err << "yibao-cli explain: --profile: unknown profile \"" << profile
               << "\"; known: " << profiles.ids().join(QStringLiteral(", ")) << "\n";
        return ExitBadInput;
    }

    const Explanations &texts = io.library.explanations();
    const LinkMap &links = io.library.links();
    const bool isRule = texts.hasRule(id);
    const ParameterKey *param = findParameterKey(id);
    if (!isRule && !param) {
        QStringList known = texts.ruleIds();
        for (const ParameterKey &k : parameterKeys())
            known.append(k.key);
        io.err << "yibao-cli explain: unknown rule or parameter \"" << id
               << "\"; nearest known: " << nearest(id, known).join(QStringLiteral(", "))
               << "\n(see yibao-cli profiles for the parameter keys; rules: "
               << texts.ruleIds().join(QStringLiteral(" ")) << ")\n";
        return ExitBadInput;
    }

    QString title, text;
    QJsonArray values;
    QStringList valueLines;
    if (isRule) {
        title = texts.ruleTitle(id, lang);
        text = texts.ruleText(id, lang);
    } else {
        title = io.language == TextLanguage::English ? param->labelEn : param->label;
        text = texts.parameterText(id, lang);
        for (const PolicyProfile &p : profiles.profiles()) {
            if (!profile.isEmpty() && p.id != profile)
                continue;
            const Parameter *pp = p.find(id);
            if (!pp)
                continue;
            for (const ParamValue &v : pp->values) {
                values.append(QJsonObject { { QLatin1String("profile"), p.id },
                    { QLatin1String("from"), v.from.toString(Qt::ISODate) },
                    { QLatin1String("value"), v.toJson(pp->unit) },
                    { QLatin1String("definedIn"), v.profile },
                    { QLatin1String("source"), v.sourceIn(io.language) } });
                valueLines.append(
                    (io.language == TextLanguage::English ? QStringLiteral("%1  from %2  %3  %4")
                                                          : QStringLiteral("%1  %2 起  %3  %4"))
                        .arg(p.id, v.from.toString(Qt::ISODate), v.display(pp->unit, io.language),
                            v.sourceIn(io.language)));
            }
        }
    }

    const Corpus &corpus = io.library.corpus();
    const QList<Link> linked = io.library.linksFor(id, profile);
    const QStringList citations = links.citationsFor(id, profile, io.language);
    if (o->has(QStringLiteral("--json"))) {
        QJsonArray passages;
        for (const Link &l : linked) {
            const Passage *p = corpus.passage(l.passage);
            QJsonObject po { { QLatin1String("passage"), l.passage },
                { QLatin1String("article"), Corpus::articleOf(l.passage) },
                { QLatin1String("title"), p ? p->title : QString() },
                { QLatin1String("text"), p ? p->text : QString() },
                { QLatin1String("stance"), stanceId(l.stance) },
                { QLatin1String("note"), l.noteIn(io.language) } };
            if (p && !p->heading.isEmpty())
                po.insert(QLatin1String("heading"), p->heading);
            passages.append(po);
        }
        QJsonObject out { { QLatin1String("id"), id },
            { QLatin1String("kind"),
                isRule ? QStringLiteral("rule") : QStringLiteral("parameter") },
            { QLatin1String("title"), title }, { QLatin1String("text"), text },
            { QLatin1String("language"), lang }, { QLatin1String("passages"), passages },
            { QLatin1String("citations"), QJsonArray::fromStringList(citations) } };
        if (!isRule)
            out.insert(QLatin1String("values"), values);
        if (!profile.isEmpty())
            out.insert(QLatin1String("profile"), profile);
        printJson(io, out);
        return ExitOk;
    }

    const bool en = lang == QLatin1String("en");
    io.out << id << "  " << title << "\n\n" << text << "\n";
    if (!valueLines.isEmpty())
        io.out << "\n"
               << (en ? "Values:" : "取值：") << "\n  " << valueLines.join(QStringLiteral("\n  "))
               << "\n";
    bool conflictsHeader = false;
    if (!linked.isEmpty())
        io.out << "\n" << (en ? "Sources:" : "资料原文：") << "\n";
    for (const Link &l : linked) {
        if (l.stance == Stance::Conflicts && !conflictsHeader) {
            io.out << "\n" << (en ? "Sources that say otherwise:" : "资料说法不一：") << "\n";
            conflictsHeader = true;
        }
        const Passage *p = corpus.passage(l.passage);
        const QString passageTitle = p ? p->title : QString();
        io.out << "  " << l.passage << "  "
               << (en && !passageTitle.isEmpty() ? QStringLiteral("「%1」").arg(passageTitle)
                                                 : passageTitle)
               << "\n    " << l.noteIn(io.language) << "\n";
        if (p) {
            QString quote = p->text;
            quote.replace(QLatin1Char('\n'), QLatin1Char(' '));
            io.out << "    「" << quote << "」\n";
        }
    }
    if (!citations.isEmpty())
        io.out << "\n"
               << (en ? "Other sources:" : "其他依据：") << "\n  "
               << citations.join(QStringLiteral("\n  ")) << "\n";
    return ExitOk;
}

} // namespace yibao
