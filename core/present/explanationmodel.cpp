// SPDX-License-Identifier: GPL-3.0-or-later
// The one place where the words around a result's figures are decided (ARCHITECTURE.md,
// "One explanation model, many renderers"). Renderers lay these out; they add no claim.
#include "present/explanationmodel.h"

#include "explain/library.h"
#include "explain/quote.h"
#include "policy/parameterkeys.h"
#include "policy/policyprofile.h"
#include "present/formulawords.h"
#include "present/inputwords.h"
#include "present/words.h"
#include "rules/engine.h"

#include <QHash>
#include <QSet>

namespace yibao {

namespace {

    constexpr int QuoteLength = 160;

    QString valueWords(const TraceParam &p, const Words &w)
    {
        if (!p.known)
            return w(u"未知（档案未给出）", u"unknown (the profile does not give it)");
        bool whole = false;
        const int n = p.value.toInt(&whole);
        switch (p.unit) {
        case ParamUnit::Bool:
            return p.value == QLatin1String("true") ? w(u"是", u"yes") : w(u"否", u"no");
        case ParamUnit::Months:
            return whole ? w.months(n) : p.value;
        case ParamUnit::Years:
            if (p.key.startsWith(QLatin1String("retire.")))
                return p.value + w(u" 岁", u" years of age");
            if (!whole)
                return p.value;
            return w.english()
                ? (n == 1 ? QStringLiteral("1 year") : QStringLiteral("%1 years").arg(n))
                : QStringLiteral("%1 年").arg(n);
        case ParamUnit::YuanPerMonth:
            return p.value + w(u" 元/月", u" yuan a month");
        case ParamUnit::Rounding:
            if (p.value == QLatin1String("half_up_fen"))
                return w(u"四舍五入到分", u"rounded half up to the fen");
            if (p.value == QLatin1String("half_up_jiao"))
                return w(u"四舍五入到角", u"rounded half up to the jiao");
            if (p.value == QLatin1String("up_jiao"))
                return w(u"见分进角", u"rounded up to the jiao");
            return p.value;
        case ParamUnit::Kinds: {
            QStringList kinds;
            for (const QString &id : p.value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (const auto k = kindFromId(id.trimmed()))
                    kinds << w.kind(*k);
                else
                    kinds << id.trimmed();
            return kinds.join(w(u"、", u", "));
        }
        case ParamUnit::Percent:
        case ParamUnit::Ratio:
        case ParamUnit::Month:
            break;
        }
        return p.value;
    }

    QString labelOf(const TraceParam &p, const Library &library, const Words &w)
    {
        if (const ParameterKey *k = findParameterKey(p.key))
            return w.english() ? k->labelEn : k->label;
        if (!w.english() && !p.label.isEmpty())
            return p.label;
        QString t = library.explanations().parameterText(p.key, languageId(w.language())).trimmed();
        if (t.endsWith(QLatin1Char('.')))
            t.chop(1);
        return t.isEmpty() ? p.key : t;
    }

    // Beijing's profile, or one built on it (a user's copy inherits from it): a Beijing
    // source then states this profile's own figure, not an example from elsewhere.
    bool isBeijingProfile(const QString &profileId, const Library &library)
    {
        QString id = profileId;
        for (int depth = 0; depth < 16 && !id.isEmpty(); ++depth) {
            if (id == QLatin1String("beijing"))
                return true;
            const PolicyProfile *p = library.profiles().find(id);
            id = p ? p->inherits : QString();
        }
        return false;
    }

    // A passage speaks of Beijing when its own title does, or our note on what it states
    // names Beijing first ("北京：…"): cited for another profile it is an example only.
    bool speaksOfBeijing(const Passage *p, const QString &note)
    {
        return (p && p->title.contains(QStringLiteral("北京")))
            || note.startsWith(QStringLiteral("北京"));
    }

    // 《title》 in Chinese; in English the Chinese title quoted in 「」 (the source's own words
    // stay Chinese, and only inside those marks) with our English rendering beside it.
    QString caption(const Passage &p, const Library &library, const Words &w)
    {
        const auto titled = [&](const QString &t) {
            return w.english() ? QStringLiteral("「%1」").arg(t) : QStringLiteral("《%1》").arg(t);
        };
        const Article *a = library.corpus().article(p.article);
        const QString en = w.english() ? library.articleTitleEn(p.article) : QString();
        const bool related = p.kind == PassageKind::Related;
        QString text = titled(related || !a ? p.title : a->title);
        if (!related && !en.isEmpty())
            text += QStringLiteral(" (%1)").arg(en);
        if (related && a)
            text += w.english()
                ? QStringLiteral(" (related to %1%2)")
                      .arg(titled(a->title), en.isEmpty() ? QString() : QStringLiteral(", ") + en)
                : QStringLiteral("（见%1的相关推荐）").arg(titled(a->title));
        QStringList meta;
        // the outlet's name stays as the source gives it
        if (!p.source.isEmpty())
            meta.append(w.english() ? QStringLiteral("「%1」").arg(p.source) : p.source);
        meta.append(p.date.isEmpty() ? w(u"日期未注明", u"date not given") : p.date);
        return text + QStringLiteral(" · ") + meta.join(QStringLiteral(" · "));
    }

    QString stanceText(Stance s, const Words &w)
    {
        switch (s) {
        case Stance::Supports:
            return w(u"依据", u"states it");
        case Stance::Conflicts:
            return w(u"另一说法（与本档案所用数值不同）",
                u"says otherwise (differs from the value used)");
        case Stance::Context:
            return w(u"背景", u"context");
        }
        return {};
    }

    // The link a step cites a passage by: the rule's, then each parameter's, the first
    // that states words (so a quote is cut around the claim).
    const Link *linkOf(
        const TraceStep &step, const QString &passage, const Library &library, QList<Link> &storage)
    {
        storage = library.links().declaredLinks(step.ruleId);
        for (const TraceParam &p : step.params)
            storage += library.links().declaredLinks(p.key);
        const Link *any = nullptr;
        for (const Link &l : storage) {
            if (l.passage != passage)
                continue;
            if (!l.states.isEmpty())
                return &l;
            if (!any)
                any = &l;
        }
        return any;
    }

    // link: the link the passage is cited by (its claim and our note), null when none is.
    PassageCitation cite(const QString &passageId, Stance stance, const Link *link,
        const QString &profileId, const Library &library, const Words &w)
    {
        const QString claim = link ? link->states : QString();
        // whether it speaks of Beijing is read from our Chinese note, whatever the language
        const QString note = link ? link->note : QString();
        PassageCitation c;
        c.id = passageId;
        c.stance = stance;
        c.stanceText = stanceText(stance, w);
        c.claim = claim;
        c.quotedFor = link ? link->noteIn(w.language()) : QString();
        const Passage *p = library.corpus().passage(passageId);
        if (!p) {
            c.found = false;
            c.caption
                = w(u"资料 %1 不在资料库中", u"passage %1 is not in the corpus").arg(passageId);
            return c;
        }
        c.caption = caption(*p, library, w);
        c.quote = quoteAround(p->text.simplified(), claim, QuoteLength).text;
        c.beijingExample = !isBeijingProfile(profileId, library) && speaksOfBeijing(p, note);
        return c;
    }

    // A short, comparable summary of the figures a client acts on.
    QList<QPair<QString, QString>> summary(const Result &r, const Words &w)
    {
        QList<QPair<QString, QString>> s;
        s.append({ w(u"法定退休日期", u"statutory retirement date"),
            w.date(r.retirement.statutoryDate) });
        s.append(
            { w(u"累计缴费", u"cumulative contributions"), w.months(r.years.cumulativeMonths) });
        std::optional<Money> owed = Money();
        for (const GapResult &g : r.gaps) {
            if (!g.owed)
                owed.reset();
            else if (owed)
                owed = *owed + *g.owed;
        }
        s.append({ w(u"现在需补缴", u"owed now"), w.money(owed) });
        for (const GapResult &g : r.gaps) {
            const QString name = w.span(g.from, g.to);
            const auto yesNo = [&](const std::optional<bool> &b) {
                return b
                    ? (*b ? w(u"视为连续", u"counts as continuous") : w(u"中断", u"interrupted"))
                    : w.unknown();
            };
            s.append({ name + w(u"：是否连续", u": continuity"), yesNo(g.continuous) });
            s.append({ name + w(u"：宽限截止", u": grace deadline"), w.date(g.graceDeadline) });
            s.append({ name + w(u"：统筹恢复", u": pooled fund resumes"),
                g.resumeMonth ? w.month(*g.resumeMonth) : w.unknown() });
            s.append({ name + w(u"：应补合计", u": total to back-pay"), w.money(g.total) });
        }
        s.append({ w(u"个人账户累计划入", u"personal account inflow"), w.money(r.account.total) });
        s.append({ w(u"终身待遇还差", u"short of lifelong benefits by"),
            r.lifelong.shortfallMonths ? w.months(*r.lifelong.shortfallMonths) : w.unknown() });
        for (const LifelongPath &p : r.lifelong.paths)
            s.append({ p.id == QLatin1String("one_time") ? w(u"一次性补缴", u"one-time back-pay")
                                                         : w(u"继续缴费", u"paying on"),
                w.money(p.cost) });
        for (const EventResult &e : r.events)
            s.append({ w.date(e.date) + QStringLiteral(" ") + w.care(e.care),
                e.pooledFund ? (*e.pooledFund ? w(u"统筹基金支付", u"pooled fund pays")
                                              : w(u"统筹基金不支付", u"pooled fund does not pay"))
                             : w.unknown() });
        return s;
    }

    // A copy of the profile whose value in force from `from` is the stated one; nullopt
    // when the unit cannot take it.
    std::optional<PolicyProfile> withValue(
        const PolicyProfile &profile, const QString &key, QDate from, const StatedValue &v)
    {
        if (v.low != v.high || !v.prefix.isEmpty())
            return std::nullopt;
        PolicyProfile copy = profile;
        auto it = copy.params.find(key);
        if (it == copy.params.end())
            return std::nullopt;
        for (ParamValue &pv : it->values) {
            if (pv.from != from)
                continue;
            switch (it->unit) {
            case ParamUnit::Percent:
            case ParamUnit::Ratio:
                pv.rate = Rate::fromPpm(v.low);
                break;
            case ParamUnit::Months:
            case ParamUnit::Years:
                pv.integer = v.low;
                break;
            case ParamUnit::YuanPerMonth:
                pv.money = Money::fromFen(v.low);
                break;
            case ParamUnit::Bool:
                pv.flag = v.low != 0;
                break;
            default:
                return std::nullopt;
            }
            pv.known = true;
            return copy;
        }
        return std::nullopt;
    }

} // namespace

StepExplanation explainStep(
    const TraceStep &step, const QString &profileId, const Library &library, TextLanguage language)
{
    const Words w(language);
    const QString lang = languageId(language);
    StepExplanation s;
    s.ruleId = step.ruleId;
    s.subject = step.subject;
    s.title = w.english() ? library.explanations().ruleTitle(step.ruleId, lang) : step.title;
    if (s.title.isEmpty())
        s.title = step.title;
    FilledSentence said = library.explanations().explainWithArguments(step, lang);
    s.inShort = said.text.trimmed();
    s.arguments = std::move(said.arguments);
    s.ruleText = library.explanations().ruleText(step.ruleId, lang).trimmed();
    s.formula = formulaText(step, language);
    s.result = resultText(step, language);
    s.missing = step.missing;
    for (const auto &[name, value] : step.inputs) {
        // an event's reason is data in the step (TraceStep::reason), worded here
        if (name == QLatin1String("reason")) {
            if (const QString reason = reasonText(step.reason, language); !reason.isEmpty())
                s.inputs.append({ name, inputLabel(name, w), reason });
        } else if (!isZeroInput(value)) {
            s.inputs.append(
                { name, inputLabel(name, w), inputValue(value, w, library.explanations()) });
        }
    }
    const bool general = !isBeijingProfile(profileId, library);
    for (const TraceParam &p : step.params) {
        ParameterLine line;
        line.key = p.key;
        line.label = labelOf(p, library, w);
        line.value = valueWords(p, w);
        line.from = isoDate(p.from);
        line.profile = p.profile;
        line.source = p.sourceIn(language);
        line.note = p.noteIn(language);
        line.meaning = library.explanations().parameterText(p.key, lang).trimmed();
        line.known = p.known;
        // decided on the Chinese source, which names 北京 where the figure is Beijing's
        line.beijingExample = general && p.source.contains(QStringLiteral("北京"));
        s.params.append(line);
    }
    QList<Link> storage;
    for (const QString &id : step.passages) {
        Stance stance = Stance::Supports;
        for (const auto &[passage, st] : step.stances)
            if (passage == id)
                stance = stanceFromId(st).value_or(Stance::Context);
        s.passages.append(
            cite(id, stance, linkOf(step, id, library, storage), profileId, library, w));
    }
    for (const QString &citation : library.links().citationsFor(step.ruleId, profileId, language))
        if (!s.citations.contains(citation))
            s.citations.append(citation);
    for (const TraceParam &p : step.params)
        for (const QString &citation : library.links().citationsFor(
                 p.key, p.profile.isEmpty() ? profileId : p.profile, language))
            if (!s.citations.contains(citation))
                s.citations.append(citation);
    return s;
}

QList<SourceConflict> conflictsOf(const QList<TraceStep> &steps, const QString &profileId,
    const Library &library, TextLanguage language)
{
    const Words w(language);
    const QString lang = languageId(language);
    const bool general = !isBeijingProfile(profileId, library);
    QList<SourceConflict> out;
    QSet<QString> seen; // subject + passage
    for (const TraceStep &step : steps) {
        for (const Link &l : library.conflictsFor(step.ruleId, profileId)) {
            const QString id = step.ruleId + QLatin1Char('|') + l.passage;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            SourceConflict sc;
            sc.subject = step.ruleId;
            sc.label = library.explanations().ruleTitle(step.ruleId, lang);
            if (sc.label.isEmpty())
                sc.label = step.title;
            sc.stated = l.states;
            sc.passage = l.passage;
            sc.note = l.noteIn(language);
            sc.citation = cite(l.passage, Stance::Conflicts, &l, profileId, library, w);
            const QString result = resultText(step, language);
            sc.heading = w(u"「%1」本程序（档案 %2）的结论：%3",
                u"“%1”: this program (profile %2) concludes: %3")
                             .arg(sc.label, profileId, result);
            out.append(sc);
        }
        for (const TraceParam &p : step.params) {
            // judged against the value this step read, not the profile's latest
            for (const Link &l : library.links().conflictsFor(p)) {
                const QString id = p.key + QLatin1Char('|') + l.passage;
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                SourceConflict sc;
                sc.subject = p.key;
                sc.label = labelOf(p, library, w);
                sc.used = valueWords(p, w);
                sc.stated = l.states;
                sc.passage = l.passage;
                sc.note = l.noteIn(language);
                sc.citation = cite(l.passage, Stance::Conflicts, &l, profileId, library, w);
                sc.beijingExample = general && p.source.contains(QStringLiteral("北京"));
                sc.heading = w(u"「%1」本程序采用：%2", u"“%1”: this program uses %2")
                                 .arg(sc.label, sc.used);
                if (p.from.isValid())
                    sc.heading += w(u"（%1起）", u" (from %1)").arg(isoDate(p.from));
                if (!p.source.isEmpty())
                    sc.heading += w(u"，依据：%1", u", source: %1").arg(p.sourceIn(language));
                if (sc.beijingExample)
                    sc.heading += w(u"（北京示例：资料只给出北京的数字）",
                        u" (a Beijing example: the sources give only Beijing's figure)");
                if (p.known) {
                    sc.usedFrom = p.from;
                    sc.statedValue = l.value;
                }
                out.append(sc);
            }
        }
    }
    return out;
}

void computeChanges(QList<SourceConflict> &conflicts, const Case &c, const Result &r,
    const PolicyProfile &profile, TextLanguage language)
{
    const Words w(language);
    QList<QPair<QString, QString>> before;
    bool haveBefore = false;
    QHash<QString, QStringList> recomputed; // key|from|value → changes; {""}: not comparable
    for (SourceConflict &sc : conflicts) {
        if (!sc.statedValue)
            continue;
        const QString cacheKey = sc.subject + QLatin1Char('|') + isoDate(sc.usedFrom)
            + QLatin1Char('|') + QString::number(sc.statedValue->low);
        auto cached = recomputed.constFind(cacheKey);
        if (cached == recomputed.cend()) {
            QStringList changes;
            if (const auto alt = withValue(profile, sc.subject, sc.usedFrom, *sc.statedValue)) {
                if (!haveBefore) {
                    before = summary(r, w);
                    haveBefore = true;
                }
                const Result other = compute(c, *alt, { .trace = false });
                const auto after = summary(other, w);
                for (int i = 0; i < before.size() && i < after.size(); ++i)
                    if (before[i] != after[i])
                        changes.append(
                            w(u"%1：%2 → %3", u"%1: %2 → %3")
                                .arg(before[i].first, before[i].second, after[i].second));
                if (before.size() != after.size())
                    changes.append(
                        w(u"断缴或就医的判断不同", u"the gaps or events come out differently"));
            } else {
                changes.append(QString()); // marker: not comparable
            }
            cached = recomputed.insert(cacheKey, changes);
        }
        const QStringList &changes = *cached;
        sc.comparable = !(changes.size() == 1 && changes.first().isEmpty());
        if (sc.comparable)
            sc.changes = changes;
    }
}

ExplanationModel ExplanationModel::build(const Case &c, const Result &r, const Library &library,
    TextLanguage language, const PolicyProfile *profile)
{
    const Words w(language);
    ExplanationModel m;
    m.language = language;
    m.profileId = r.profileId;
    const PolicyProfile *named = library.profiles().find(r.profileId);
    m.profileName = r.profileId;
    if (named)
        m.profileName = named->displayName(w.language());
    m.steps.reserve(r.trace.size());
    for (const TraceStep &step : r.trace)
        m.steps.append(explainStep(step, r.profileId, library, language));
    m.conflicts = yibao::conflictsOf(r.trace, r.profileId, library, language);
    if (const PolicyProfile *used = profile ? profile : named)
        computeChanges(m.conflicts, c, r, *used, language);
    m.disclaimer = w(u"本结果为政策解读与测算，不是社保经办机构的正式决定。",
        u"This is an explanation and an estimate, not a decision of a social-insurance office.");
    return m;
}

QList<SourceConflict> ExplanationModel::conflictsOf(const QList<StepExplanation> &someSteps) const
{
    QSet<QString> subjects;
    for (const StepExplanation &s : someSteps) {
        subjects.insert(s.ruleId);
        for (const ParameterLine &p : s.params)
            subjects.insert(p.key);
    }
    QList<SourceConflict> out;
    for (const SourceConflict &sc : conflicts)
        if (subjects.contains(sc.subject))
            out.append(sc);
    return out;
}

} // namespace yibao
