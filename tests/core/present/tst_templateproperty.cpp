// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9: our explanation sentences are templates whose typed arguments each name a field
// of the result JSON and a modality (resources/explain/explanations.json, "args"). A property
// over every case file of the repository (and ../shared/cases where the checkout has it)
// and 20 000 generated cases: every argument a filled sentence shows, in both languages,
//  - equals the result field it names (an "input:" argument: the step's input in the trace),
//    and the placeholder filled from the result fields reads as the sentence does;
//  - fits the dates: an argument dated after asOf (a date after it, a month after its month)
//    is never a "fact"; and the clause holding a "condition" or "projection" argument, or any
//    argument dated after asOf, makes no past claim: no 已 (so no 已经) or 曾 in Chinese, and
//    in English none of "was", "were", "already", "did", nor has/have/had followed by
//    "been" or a word ending in -ed.
// The cases together reach every rule id core/rules emits and every warning code (both read
// from the source), and at least 80 % of the generated cases are valid. The property also
// fails, in this test, on explanations whose argument names a wrong field or a wrong
// modality. The generated cases are deterministic (a fixed seed); the sanitizer build runs
// 4 000 of them (YIBAO_PROPERTY_CASES, set by tests/core/present/CMakeLists.txt), the
// normal build 20 000.
#include "explain/explanation.h"
#include "io/caseloader.h"
#include "io/casevalidator.h"
#include "io/resultjson.h"
#include "policy/parameterkeys.h"
#include "policy/profileloader.h"
#include "present/explanationmodel.h"
#include "present/summary.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace yibao;

namespace {

const QString Zh = QStringLiteral("zh_CN");
const QString En = QStringLiteral("en");

// ---- the result JSON, read by the paths the arguments name --------------------------------

// A JSON value as the engine's trace writes it: money and months as their strings, counts as
// digits, flags as true/false, an unknown figure (null) as 未知.
QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("未知");
    default:
        return QStringLiteral("<not a value>");
    }
}

// "gaps[2].owed", "account.bands[band=under35].total", "lifelong.paths[id=one_time].cost",
// "gaps.length": the value, or nullopt when the path leads nowhere.
std::optional<QJsonValue> at(const QJsonObject &root, const QString &path)
{
    static const QRegularExpression segment(QStringLiteral("^([A-Za-z_]+)((?:\\[[^\\]]*\\])*)$"));
    QJsonValue cur = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const auto m = segment.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        if (m.captured(1) == QLatin1String("length") && cur.isArray() && m.captured(2).isEmpty()) {
            cur = cur.toArray().size();
            continue;
        }
        if (!cur.isObject() || !cur.toObject().contains(m.captured(1)))
            return std::nullopt;
        cur = cur.toObject().value(m.captured(1));
        static const QRegularExpression selector(QStringLiteral("\\[([^\\]]*)\\]"));
        for (auto it = selector.globalMatch(m.captured(2)); it.hasNext();) {
            const QString sel = it.next().captured(1);
            if (!cur.isArray())
                return std::nullopt;
            const QJsonArray a = cur.toArray();
            const qsizetype eq = sel.indexOf(QLatin1Char('='));
            if (eq < 0) {
                bool ok = false;
                const int i = sel.toInt(&ok);
                if (!ok || i < 0 || i >= a.size())
                    return std::nullopt;
                cur = a.at(i);
                continue;
            }
            const QString key = sel.left(eq), want = sel.mid(eq + 1);
            const auto found = std::find_if(a.begin(), a.end(),
                [&](const QJsonValue &e) { return e.toObject().value(key).toString() == want; });
            if (found == a.end())
                return std::nullopt;
            cur = *found;
        }
    }
    return cur;
}

// The value an argument's field holds, as the step's input would write it.
std::optional<QString> fieldValue(
    const QJsonObject &result, const QJsonObject &traceStep, const QString &field)
{
    if (field.startsWith(QLatin1String("input:"))) {
        const QJsonObject inputs = traceStep.value(QLatin1String("inputs")).toObject();
        if (!inputs.contains(field.mid(6)))
            return std::nullopt;
        return text(inputs.value(field.mid(6)));
    }
    if (field.startsWith(QLatin1String("param:"))) {
        for (const QJsonValue &p : traceStep.value(QLatin1String("params")).toArray())
            if (p.toObject().value(QLatin1String("key")).toString() == field.mid(6))
                return text(p.toObject().value(QLatin1String("value")));
        return std::nullopt;
    }
    const auto v = at(result, field);
    if (!v)
        return std::nullopt;
    // the result names a kind of care by its id, the step in Chinese
    if (field.endsWith(QLatin1String(".care")))
        if (const auto care = careFromId(v->toString()))
            return careChinese(*care);
    return text(*v);
}

// ---- dates and past claims ----------------------------------------------------------------

// Whether an argument's value is a date after asOf or a month after asOf's month.
bool datedAfter(const QString &value, const QDate &asOf)
{
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (day.match(value).hasMatch())
        return QDate::fromString(value, Qt::ISODate) > asOf;
    if (const auto m = month.match(value); m.hasMatch())
        return YearMonth(m.captured(1).toInt(), m.captured(2).toInt()) > YearMonth::of(asOf);
    return false;
}

bool pastClaim(const QString &clause, const QString &language)
{
    if (language == Zh)
        return clause.contains(QChar(0x5DF2)) || clause.contains(QChar(0x66FE)); // 已, 曾
    static const QRegularExpression en(
        QStringLiteral("\\b(?:(?:has|have|had)\\s+(?:been|[a-z-]+ed)|was|were|already|did)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return en.match(clause).hasMatch();
}

// ---- the property ---------------------------------------------------------------------------

struct Check
{
    const Explanations &texts;
    QStringList failures; // the first of each kind (rule, argument, what is wrong)
    QSet<QString> kinds;
    int failed = 0;
    QSet<QString> rules;
    QSet<QString> warnings;
    qint64 arguments = 0;
    QSet<QPair<QString, int>> casesUsed; // rule id and index of each template case filled

    void fail(const QString &kind, const std::function<QString()> &what)
    {
        ++failed;
        if (kinds.contains(kind) || kinds.size() >= 40)
            return;
        kinds.insert(kind);
        failures.append(what());
    }
    QString report() const
    {
        return QStringLiteral("%1 failures; the first of each kind:\n").arg(failed)
            + failures.join(QLatin1Char('\n'));
    }

    void run(const Case &c, const Result &r, const QString &name)
    {
        const QJsonObject json = ResultJson::toJson(r, true);
        const QJsonArray trace = json.value(QLatin1String("trace")).toArray();
        for (const Warning &w : r.warnings) {
            warnings.insert(w.code);
            // the warning says the person retired: the retirement month is not after asOf
            if (w.code == QLatin1String("owed_after_retirement")
                && r.retirement.month > YearMonth::of(c.asOf))
                fail(w.code, [&]() -> QString {
                    return QStringLiteral("%1: warning %2 says the person retired in %3, after "
                                          "asOf %4")
                        .arg(name, w.code, r.retirement.month.toString(),
                            c.asOf.toString(Qt::ISODate));
                });
        }
        if (trace.size() != r.trace.size()) {
            fail(QStringLiteral("trace"), [&]() -> QString {
                return name + QStringLiteral(": the JSON trace has another length");
            });
            return;
        }
        for (qsizetype k = 0; k < r.trace.size(); ++k) {
            const TraceStep &step = r.trace.at(k);
            rules.insert(step.ruleId);
            const QJsonObject traceStep = trace.at(k).toObject();
            for (const QString &lang : { Zh, En })
                sentence(c, json, traceStep, step, lang, name);
        }
    }

    void sentence(const Case &c, const QJsonObject &json, const QJsonObject &traceStep,
        const TraceStep &step, const QString &lang, const QString &name)
    {
        const FilledSentence s = texts.explainWithArguments(step, lang);
        casesUsed.insert({ step.ruleId, s.caseIndex });
        const auto where = [&]() -> QString {
            return QStringLiteral("%1 (asOf %2): %3 %4 (%5) «%6»")
                .arg(name, c.asOf.toString(Qt::ISODate), step.ruleId, step.subject, lang, s.text);
        };
        if (s.text.isEmpty() || s.text.contains(QLatin1Char('{'))
            || s.text.contains(QLatin1Char('}')))
            fail(step.ruleId + QStringLiteral(" placeholder left"), [&]() -> QString {
                return where() + QStringLiteral(": empty, or a placeholder left");
            });
        // the values of the sentence's names, read from the result: a placeholder such as
        // {span:from,to} is filled again from them
        QHash<QString, QString> fromResult;
        for (const FilledArgument &a : s.arguments) {
            ++arguments;
            const auto arg = [&]() -> QString {
                return QStringLiteral("%1 argument %2 → %3 (%4) = «%5»")
                    .arg(where(), a.name, a.field, a.modality, a.value);
            };
            const QString kind = step.ruleId + QLatin1Char(' ') + lang + QLatin1Char(' ') + a.name;
            const auto v = fieldValue(json, traceStep, a.field);
            if (!v) {
                fail(kind + QStringLiteral(" no field"), [&]() -> QString {
                    return arg() + QStringLiteral(": no such field in the result");
                });
                continue;
            }
            if (*v != a.value)
                fail(kind + QStringLiteral(" value"), [&]() -> QString {
                    return arg() + QStringLiteral(": the result field holds «%1»").arg(*v);
                });
            fromResult.insert(a.name, *v);
            const bool after = datedAfter(a.value, c.asOf);
            if (a.modality == QLatin1String("fact") && after)
                fail(kind + QStringLiteral(" fact"), [&]() -> QString {
                    return arg() + QStringLiteral(": dated after asOf but stated as a fact");
                });
            if ((a.modality != QLatin1String("fact") || after) && pastClaim(a.clause, lang))
                fail(kind + QStringLiteral(" past"), [&]() -> QString {
                    return arg()
                        + QStringLiteral(": its clause «%1» makes a past claim").arg(a.clause);
                });
            // the sentence's last mark may have been made a full stop
            if (!s.text.contains(QStringView(a.clause).chopped(1)) || !a.clause.contains(a.text))
                fail(kind + QStringLiteral(" clause"), [&]() -> QString {
                    return arg()
                        + QStringLiteral(": clause «%1» or text «%2» not in the sentence")
                              .arg(a.clause, a.text);
                });
        }
        for (const FilledArgument &a : s.arguments) {
            const auto again = texts.formatPlaceholder(a.placeholder, fromResult, lang);
            if (!again || *again != a.text)
                fail(step.ruleId + QLatin1Char(' ') + lang + QLatin1Char(' ') + a.placeholder,
                    [&]() -> QString {
                        return QStringLiteral("%1 {%2}: filled from the result it reads «%3», "
                                              "the sentence has «%4»")
                            .arg(where(), a.placeholder,
                                again.value_or(QStringLiteral("<missing>")), a.text);
                    });
        }
    }
};

// ---- the cases --------------------------------------------------------------------------------

QStringList caseFilePaths()
{
    QStringList paths { QStringLiteral(YIBAO_EXAMPLE_CASE) };
    QStringList dirs { QStringLiteral(YIBAO_CASES_PUBLIC), QStringLiteral(YIBAO_CASES_OWN) };
#ifdef YIBAO_CASES_SHARED
    dirs << QStringLiteral(YIBAO_CASES_SHARED);
#endif
    for (const QString &dir : dirs) {
        const QDir d(dir);
        for (const QString &n :
            d.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
            paths << d.filePath(n);
    }
    return paths;
}

LoadedCase loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    InputErrors errors;
    const auto c = loadCase(
        f.readAll(), std::nullopt, std::nullopt, yibao::test::library().profiles(), &errors);
    if (!c)
        qFatal("%s does not load", qPrintable(path));
    return *c;
}

int bounded(QRandomGenerator &rng, int lo, int hi) // lo … hi inclusive
{
    return lo + int(rng.bounded(quint32(hi - lo + 1)));
}

QDate dayBetween(QRandomGenerator &rng, const QDate &a, const QDate &b)
{
    return b <= a ? a : a.addDays(qint64(rng.bounded(quint32(a.daysTo(b) + 1))));
}

// A case a clerk could enter: a working life of employee, flexible and resident runs with
// breaks, paid, owed or back-paid (soon or late), planned months ahead, deemed months,
// sometimes a retirement date, a base at retirement, a payOn, and medical events before and
// after asOf. The validator has the last word: a refused case is counted, not checked.
Case generate(QRandomGenerator &rng)
{
    Case c;
    c.profile = rng.bounded(3) == 0 ? QStringLiteral("beijing") : QStringLiteral("general");
    c.asOf = dayBetween(rng, QDate(1995, 1, 1), QDate(2045, 12, 31));
    const int pick = bounded(rng, 0, 2);
    c.person.category = pick == 0 ? Category::Male
        : pick == 1               ? Category::FemaleCadre
                                  : Category::FemaleWorker;
    c.person.sex = sexOfCategory(c.person.category);
    c.person.birth = c.asOf.addDays(-qint64(bounded(rng, 18 * 365, 85 * 365)));
    const YearMonth asOfMonth = YearMonth::of(c.asOf);
    YearMonth m = std::max(YearMonth(1990, 1),
        YearMonth::of(c.person.birth).addMonths(bounded(rng, 16 * 12, 40 * 12)));
    // the record ends at the asOf month or the month before (an ongoing payment, or none)
    const YearMonth end = rng.bounded(2) ? asOfMonth : asOfMonth.addMonths(-1);
    if (m <= end && rng.bounded(5) == 0) {
        ContributionPeriod d;
        d.kind = PeriodKind::Deemed;
        d.to = m.addMonths(-1);
        d.from = d.to.addMonths(-bounded(rng, 0, 120));
        c.periods.append(d);
    }
    while (m <= end) {
        const int len = rng.bounded(2) ? bounded(rng, 12, 120) : bounded(rng, 1, 8);
        ContributionPeriod p;
        p.from = m;
        p.to = std::min(end, m.addMonths(len - 1));
        m = p.to.addMonths(1);
        const int kind = bounded(rng, 0, 99);
        if (kind >= 90)
            continue; // not insured: a gap of months without any insurance
        p.kind = kind < 55 ? PeriodKind::Employee
            : kind < 78    ? PeriodKind::Flexible
                           : PeriodKind::Resident;
        if (p.kind != PeriodKind::Resident)
            p.base = Money::fromFen(qint64(bounded(rng, 1000, 30000)) * 100);
        const int status = bounded(rng, 0, 99);
        if (status < 62 || p.kind == PeriodKind::Resident) {
            p.status = PeriodStatus::Paid;
        } else if (status < 78) {
            p.status = p.to < asOfMonth ? PeriodStatus::Arrears : PeriodStatus::Paid;
        } else {
            // back-paid within a few weeks (in grace), or much later
            const QDate due = p.from.addMonths(1).firstDay();
            const QDate early = p.to.addMonths(1).firstDay();
            const QDate paidOn = rng.bounded(2) ? dayBetween(rng, early, early.addDays(80))
                                                : dayBetween(rng, early, c.asOf);
            if (due <= c.asOf && paidOn <= c.asOf && paidOn >= due) {
                p.status = PeriodStatus::Backpaid;
                p.paidOn = paidOn;
            }
        }
        c.periods.append(p);
    }
    if (rng.bounded(5) < 2) { // planned months ahead
        ContributionPeriod p;
        p.from = end.addMonths(1 + bounded(rng, 0, 3));
        p.to = p.from.addMonths(bounded(rng, 0, 150));
        p.kind = rng.bounded(3) ? PeriodKind::Flexible : PeriodKind::Employee;
        p.base = Money::fromFen(qint64(bounded(rng, 3000, 20000)) * 100);
        p.status = PeriodStatus::Planned;
        if (p.from >= asOfMonth)
            c.periods.append(p);
    }
    if (rng.bounded(4) == 0)
        c.deemedMonths = bounded(rng, 0, 240);
    if (rng.bounded(5) == 0)
        c.retirement.date
            = dayBetween(rng, c.person.birth.addYears(45), c.person.birth.addYears(66));
    if (rng.bounded(2))
        c.retirement.baseAtRetirement = Money::fromFen(qint64(bounded(rng, 3000, 20000)) * 100);
    if (rng.bounded(5) == 0)
        c.payOn = c.asOf.addDays(bounded(rng, 0, 150));
    const int events = bounded(rng, 0, 5);
    for (int i = 0; i < events; ++i) {
        MedicalEvent e;
        e.date = dayBetween(rng, std::max(QDate(1990, 1, 1), c.asOf.addYears(-8)),
            c.asOf.addYears(rng.bounded(2) ? 1 : 12));
        e.care = Care(bounded(rng, 0, 3));
        c.events.append(e);
    }
    return c;
}

// Every rule id literal in core/rules (dotted names of a rule family that are not parameter
// keys), read from the source as tst_linkmap does.
QStringList rulesInSource()
{
    static const QRegularExpression literal(QStringLiteral(
        "\"((?:retire|years|gap|account|lifelong|eligibility|enrol)\\.[a-z_0-9.]*[a-z_0-9])\""));
    QSet<QString> ids;
    const QDir dir(QStringLiteral(YIBAO_SOURCE_DIR "/core/rules"));
    for (const QString &n : dir.entryList({ QStringLiteral("*.cpp"), QStringLiteral("*.h") })) {
        QFile f(dir.filePath(n));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(dir.filePath(n)));
        const QString source = QString::fromUtf8(f.readAll());
        for (auto it = literal.globalMatch(source); it.hasNext();) {
            const QString id = it.next().captured(1);
            if (!findParameterKey(id) && !id.endsWith(QLatin1String(".h"))
                && !id.endsWith(QLatin1String(".cpp")))
                ids.insert(id);
        }
    }
    QStringList out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

// Every warning code the engine writes: the snake_case literals of core/rules/warnings.cpp.
QStringList warningCodesInSource()
{
    QFile f(QStringLiteral(YIBAO_SOURCE_DIR "/core/rules/warnings.cpp"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read warnings.cpp");
    static const QRegularExpression code(
        QStringLiteral("QStringLiteral\\(\"([a-z]+(?:_[a-z]+)+)\"\\)"));
    QSet<QString> codes;
    const QString source = QString::fromUtf8(f.readAll());
    for (auto it = code.globalMatch(source); it.hasNext();)
        codes.insert(it.next().captured(1));
    QStringList out(codes.cbegin(), codes.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray bundledJson()
{
    QFile f(QStringLiteral(":/resources/explain/explanations.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("explanations.json is not in the resources");
    return f.readAll();
}

// The bundled explanations with one change made to the JSON, in memory.
Explanations modified(const std::function<void(QJsonObject &rules)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(bundledJson()).object();
    QJsonObject rules = root.value(QLatin1String("rules")).toObject();
    change(rules);
    root.insert(QLatin1String("rules"), rules);
    QString error;
    const auto x = Explanations::fromJson(QJsonDocument(root).toJson(), &error);
    if (!x)
        qFatal("the modified explanations do not load: %s", qPrintable(error));
    return *x;
}

// Sets field and modality of an argument in every case of a rule that declares it.
void redeclare(QJsonObject &rules, const QString &rule, const QString &arg, const QString &field,
    const QString &modality)
{
    QJsonObject r = rules.value(rule).toObject();
    QJsonArray cases = r.value(QLatin1String("cases")).toArray();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QJsonObject c = cases.at(i).toObject();
        QJsonObject args = c.value(QLatin1String("args")).toObject();
        if (!args.contains(arg))
            continue;
        QJsonObject a = args.value(arg).toObject();
        if (!field.isEmpty())
            a.insert(QLatin1String("field"), field);
        if (!modality.isEmpty())
            a.insert(QLatin1String("modality"), modality);
        args.insert(arg, a);
        c.insert(QLatin1String("args"), args);
        cases.replace(i, c);
    }
    r.insert(QLatin1String("cases"), cases);
    rules.insert(rule, r);
}

constexpr quint32 Seed = 20261202u;

// How many generated cases were valid and how many the validator refused.
struct Generated
{
    int valid = 0;
    int refused = 0;
};

// Calls f(case, result, i) on each valid one of the first count generated cases while it
// returns true.
template<typename F> Generated eachGenerated(int count, F &&f)
{
    QRandomGenerator rng(Seed);
    Generated g;
    for (int i = 0; i < count; ++i) {
        const Case c = generate(rng);
        const PolicyProfile *profile = yibao::test::library().profiles().find(c.profile);
        if (!profile)
            qFatal("no profile %s", qPrintable(c.profile));
        if (!validateCase(c, *profile).isEmpty()) {
            ++g.refused;
            continue;
        }
        ++g.valid;
        if (!f(c, compute(c, *profile), i))
            break;
    }
    return g;
}

} // namespace

class TestTemplateProperty : public QObject
{
    Q_OBJECT

    Check m_all { yibao::test::library().explanations(), {}, {}, 0, {}, {}, 0, {} };

private slots:
    // The loader refuses a placeholder without a declaration, naming rule and placeholder.
    void undeclaredPlaceholderIsRefused()
    {
        QJsonObject root = QJsonDocument::fromJson(bundledJson()).object();
        QJsonObject rules = root.value(QLatin1String("rules")).toObject();
        QJsonObject rule = rules.value(QLatin1String("years.cumulative")).toObject();
        QJsonArray cases = rule.value(QLatin1String("cases")).toArray();
        QJsonObject c = cases.at(0).toObject();
        c.insert(QLatin1String("en"),
            QString(c.value(QLatin1String("en")).toString()
                + QStringLiteral(" Counted on {countedOn|date}.")));
        cases.replace(0, c);
        rule.insert(QLatin1String("cases"), cases);
        rules.insert(QLatin1String("years.cumulative"), rule);
        root.insert(QLatin1String("rules"), rules);
        QString error;
        QVERIFY(!Explanations::fromJson(QJsonDocument(root).toJson(), &error));
        QCOMPARE(error,
            QStringLiteral("rule years.cumulative: placeholder {countedOn} in the en text of "
                           "rules.years.cumulative.cases[0] is not declared in its \"args\""));

        // a declaration needs a field and one of the three modalities
        QJsonObject args = cases.at(0).toObject().value(QLatin1String("args")).toObject();
        args.insert(QStringLiteral("countedOn"),
            QJsonObject { { "field", "asOf" }, { "modality", "likely" } });
        c.insert(QLatin1String("args"), args);
        cases.replace(0, c);
        rule.insert(QLatin1String("cases"), cases);
        rules.insert(QLatin1String("years.cumulative"), rule);
        root.insert(QLatin1String("rules"), rules);
        QVERIFY(!Explanations::fromJson(QJsonDocument(root).toJson(), &error));
        QCOMPARE(error,
            QStringLiteral("rules.years.cumulative.cases[0].args.countedOn: needs a \"field\" and "
                           "a \"modality\" (fact, condition or projection)"));
        // and with a modality it loads
        args.insert(QStringLiteral("countedOn"),
            QJsonObject { { "field", "asOf" }, { "modality", "fact" } });
        c.insert(QLatin1String("args"), args);
        cases.replace(0, c);
        rule.insert(QLatin1String("cases"), cases);
        rules.insert(QLatin1String("years.cumulative"), rule);
        root.insert(QLatin1String("rules"), rules);
        QVERIFY2(Explanations::fromJson(QJsonDocument(root).toJson(), &error), qPrintable(error));
    }

    // A filled sentence lists its arguments: name, resolved field, modality, value, text.
    void argumentsAreListed()
    {
        Case c;
        c.asOf = QDate(2026, 11, 23);
        c.person.birth = QDate(1975, 3, 14);
        c.person.category = Category::Male;
        c.person.sex = Sex::Male;
        ContributionPeriod p;
        p.from = YearMonth(2000, 1);
        p.to = YearMonth(2026, 5);
        p.base = Money::fromFen(500000);
        c.periods.append(p);
        ContributionPeriod owed = p;
        owed.from = owed.to = YearMonth(2026, 6);
        owed.status = PeriodStatus::Arrears;
        c.periods.append(owed);
        const Result r = compute(c, *yibao::test::library().profiles().find(u"general"));
        const auto step = std::find_if(r.trace.cbegin(), r.trace.cend(),
            [](const TraceStep &t) { return t.ruleId == QLatin1String("retire.statutory"); });
        QVERIFY(step != r.trace.cend());
        // born 1975-03-14: 60 in 2035-03, after asOf; n = 2025-01 … 2035-03 = 123 months,
        // delayed ⌈123 ÷ 4⌉ = 31 (cap 36): retirement 2037-10-14, a projection
        const FilledSentence s
            = yibao::test::library().explanations().explainWithArguments(*step, Zh);
        QCOMPARE(s.caseIndex, 0);
        const auto arg = [&](const QString &name) {
            for (const FilledArgument &a : s.arguments)
                if (a.name == name)
                    return a;
            return FilledArgument {};
        };
        QCOMPARE(
            arg(QStringLiteral("statutoryDate")).field, QStringLiteral("retirement.statutoryDate"));
        QCOMPARE(arg(QStringLiteral("statutoryDate")).modality, QStringLiteral("projection"));
        QCOMPARE(arg(QStringLiteral("statutoryDate")).value, QStringLiteral("2037-10-14"));
        QCOMPARE(arg(QStringLiteral("statutoryDate")).text, QStringLiteral("2037年10月14日"));
        QCOMPARE(arg(QStringLiteral("birth")).field, QStringLiteral("input:birth"));
        QCOMPARE(arg(QStringLiteral("birth")).modality, QStringLiteral("fact"));
        QCOMPARE(arg(QStringLiteral("delayMonths")).text, QStringLiteral("31 个月"));
        QVERIFY(s.text.contains(arg(QStringLiteral("statutoryDate")).clause));

        // a gap's arguments name that gap: its index in the result
        const auto fee = std::find_if(r.trace.cbegin(), r.trace.cend(),
            [](const TraceStep &t) { return t.ruleId == QLatin1String("gap.late_fee"); });
        QVERIFY(fee != r.trace.cend());
        const FilledSentence f
            = yibao::test::library().explanations().explainWithArguments(*fee, En);
        QVERIFY(!f.arguments.isEmpty());
        bool owedSeen = false;
        for (const FilledArgument &a : f.arguments)
            if (a.name == QLatin1String("owed")) {
                owedSeen = true;
                QCOMPARE(a.field, QStringLiteral("gaps[0].owed"));
                QCOMPARE(a.modality, QStringLiteral("condition"));
            }
        QVERIFY(owedSeen);
    }

    void caseFiles_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : caseFilePaths())
            QTest::newRow(qPrintable(
                QFileInfo(p).dir().dirName() + QLatin1Char('/') + QFileInfo(p).fileName()))
                << p;
    }
    void caseFiles()
    {
        QFETCH(QString, path);
        const LoadedCase lc = loadFile(path);
        Check one { yibao::test::library().explanations(), {}, {}, 0, {}, {}, 0, {} };
        const Result r = compute(lc.c, *lc.profile);
        one.run(lc.c, r, QFileInfo(path).fileName());
        m_all.run(lc.c, r, QFileInfo(path).fileName());
        QVERIFY2(one.failures.isEmpty(), qPrintable(one.report()));
        QVERIFY(one.arguments > 20);
    }

    // 20 000 generated cases (YIBAO_PROPERTY_CASES may lower it under a sanitizer).
    void generatedCases()
    {
        const int count = qEnvironmentVariableIsSet("YIBAO_PROPERTY_CASES")
            ? qEnvironmentVariableIntValue("YIBAO_PROPERTY_CASES")
            : 20000;
        QElapsedTimer timer;
        timer.start();
        const Generated g = eachGenerated(count, [&](const Case &c, const Result &r, int i) {
            m_all.run(c, r, QStringLiteral("generated #%1").arg(i));
            return true;
        });
        qInfo("%d generated cases (%d valid, %d refused), %lld arguments checked in %lld ms", count,
            g.valid, g.refused, m_all.arguments, timer.elapsed());
        QVERIFY2(m_all.failures.isEmpty(), qPrintable(m_all.report()));
        // at least 80 % of the generated cases are valid
        QVERIFY2(g.valid * 5 >= count * 4,
            qPrintable(QStringLiteral("%1 of %2 valid").arg(g.valid).arg(count)));
    }

    // Page 1 of the 明白纸 (present/summary) over the first 10 000 generated cases, in
    // Chinese: a grace period said to have ended ended before asOf, a "pay by" date is not
    // before asOf, a retirement said to have happened is not after asOf's month, a
    // projection is said only before retirement, and the amount owed is the gaps' sum.
    void sheetSummaryFitsTheDates()
    {
        static const QRegularExpression ended(
            QStringLiteral("宽限期已于 (\\d+)年(\\d+)月(\\d+)日 结束"));
        static const QRegularExpression payBy(
            QStringLiteral("(?:请在 |补缴截止 )(\\d+)年(\\d+)月(\\d+)日"));
        static const QRegularExpression retiredIn(QStringLiteral("已于 (\\d+)年(\\d+)月 退休"));
        static const QRegularExpression owedNow(QStringLiteral("现在需补缴：共 ([0-9.]+) 元"));
        // 10 000 (fewer under a sanitizer, as for generatedCases)
        const int count = std::min(10000,
            qEnvironmentVariableIsSet("YIBAO_PROPERTY_CASES")
                ? qEnvironmentVariableIntValue("YIBAO_PROPERTY_CASES")
                : 10000);
        QStringList failures;
        int sheets = 0, endedSeen = 0, payBySeen = 0, retiredSeen = 0, owedSeen = 0;
        eachGenerated(count, [&](const Case &c, const Result &r, int i) {
            SummaryOptions options;
            options.issuedOn = c.asOf;
            const SheetSummary sheet = summarize(c, r,
                ExplanationModel::build(c, r, yibao::test::library(), TextLanguage::Chinese),
                options);
            ++sheets;
            QStringList lines;
            for (const SummarySection &section : sheet.sections)
                for (const SummaryParagraph &p : section.paragraphs)
                    lines << p.text << p.items << p.brief;
            const QString text = lines.join(QLatin1Char('\n'));
            const QString name = QStringLiteral("generated #%1: ").arg(i);
            const auto dateOf = [](const QRegularExpressionMatch &m) {
                return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            };
            for (auto it = ended.globalMatch(text); it.hasNext(); ++endedSeen)
                if (const auto m = it.next(); dateOf(m) >= c.asOf)
                    failures << name + m.captured(0);
            for (auto it = payBy.globalMatch(text); it.hasNext(); ++payBySeen)
                if (const auto m = it.next(); dateOf(m) < c.asOf)
                    failures << name + m.captured(0);
            for (auto it = retiredIn.globalMatch(text); it.hasNext(); ++retiredSeen) {
                const auto m = it.next();
                if (QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1)
                    > QDate(c.asOf.year(), c.asOf.month(), 1))
                    failures << name + m.captured(0);
            }
            if (text.contains(QStringLiteral("这是预测")) == r.lifelong.retired)
                failures << name
                        + QStringLiteral("projection said %1 retirement")
                              .arg(r.lifelong.retired ? u"after" : u"before");
            if (const auto m = owedNow.match(text); m.hasMatch()) {
                ++owedSeen;
                Money owed;
                bool known = true;
                for (const GapResult &g : r.gaps) {
                    if (g.owed && g.owed->fen() > 0)
                        owed = owed + *g.owed;
                    known = known && (g.owed || g.owedMonths == 0);
                }
                if (known && m.captured(1) != owed.toYuanString())
                    failures << name + m.captured(0) + QStringLiteral(" ≠ ") + owed.toYuanString();
            }
            return failures.size() < 20;
        });
        // each kind of sentence was met often enough for the property to mean something
        qInfo("%d sheets: %d ended, %d pay-by, %d retired, %d owed", sheets, endedSeen, payBySeen,
            retiredSeen, owedSeen);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(sheets > count / 2);
        QVERIFY(endedSeen > 50 && payBySeen >= 5 && retiredSeen > 50 && owedSeen > 50);
    }

    // Together the case files and the generated cases reach every rule id the engine emits
    // and every warning code (runs after the two above).
    void everyRuleAndWarningReached()
    {
        const QStringList ids = rulesInSource();
        QVERIFY(ids.size() > 20);
        for (const QString &id : ids) {
            QVERIFY2(yibao::test::library().explanations().hasRule(id), qPrintable(id));
            QVERIFY2(m_all.rules.contains(id), qPrintable(id + QStringLiteral(" never reached")));
        }
        const QStringList codes = warningCodesInSource();
        QVERIFY(!codes.isEmpty());
        for (const QString &code : codes)
            QVERIFY2(
                m_all.warnings.contains(code), qPrintable(code + QStringLiteral(" never reached")));
        // which template cases no case reached, for whoever writes the next generator
        QStringList unreached;
        const QJsonObject rules = QJsonDocument::fromJson(bundledJson())
                                      .object()
                                      .value(QLatin1String("rules"))
                                      .toObject();
        for (auto it = rules.begin(); it != rules.end(); ++it) {
            const qsizetype n
                = it.value().toObject().value(QLatin1String("cases")).toArray().size();
            for (int k = 0; k < int(n); ++k)
                if (!m_all.casesUsed.contains({ it.key(), k }))
                    unreached << QStringLiteral("%1[%2]").arg(it.key()).arg(k);
        }
        qInfo("template cases reached by no case: %s",
            qPrintable(unreached.join(QLatin1String(", "))));
    }

    // The property fails on explanations whose argument names a wrong field…
    void wrongFieldIsCaught()
    {
        const Explanations wrong = modified([](QJsonObject &rules) {
            redeclare(rules, QStringLiteral("gap.principal"), QStringLiteral("principal"),
                QStringLiteral("gaps[i].lateFee"), QString());
        });
        Check check { wrong, {}, {}, 0, {}, {}, 0, {} };
        for (const QString &p : caseFilePaths()) {
            const LoadedCase lc = loadFile(p);
            check.run(lc.c, compute(lc.c, *lc.profile), QFileInfo(p).fileName());
        }
        QVERIFY(!check.failures.isEmpty());
        QVERIFY2(check.failures.first().contains(QLatin1String("gap.principal"))
                && check.failures.first().contains(QStringLiteral("argument principal → gaps[")),
            qPrintable(check.failures.first()));
    }

    // …or a wrong modality: a resumption after asOf stated as a fact, or a past claim made
    // in the clause of a projection.
    void wrongModalityIsCaught()
    {
        const Explanations wrong = modified([](QJsonObject &rules) {
            redeclare(rules, QStringLiteral("gap.resume"), QStringLiteral("resumeMonth"), QString(),
                QStringLiteral("fact"));
        });
        Check check { wrong, {}, {}, 0, {}, {}, 0, {} };
        // up to the first case with a resumption after asOf
        eachGenerated(20000, [&](const Case &c, const Result &r, int i) {
            check.run(c, r, QStringLiteral("generated #%1").arg(i));
            return check.failed == 0;
        });
        QVERIFY(!check.failures.isEmpty());
        QVERIFY2(check.failures.first().contains(QLatin1String("gap.resume"))
                && check.failures.first().contains(QLatin1String("but stated as a fact")),
            qPrintable(check.failures.first()));

        const Explanations claims = modified([](QJsonObject &rules) {
            QJsonObject r = rules.value(QLatin1String("lifelong.shortfall")).toObject();
            QJsonArray cases = r.value(QLatin1String("cases")).toArray();
            QJsonObject c = cases.at(1).toObject(); // qualifies before retirement
            QVERIFY(
                c.value(QLatin1String("zh_CN")).toString().contains(QStringLiteral("预计可达")));
            c.insert(QLatin1String("zh_CN"),
                c.value(QLatin1String("zh_CN"))
                    .toString()
                    .replace(QStringLiteral("预计可达"), QStringLiteral("已经达到")));
            cases.replace(1, c);
            r.insert(QLatin1String("cases"), cases);
            rules.insert(QLatin1String("lifelong.shortfall"), r);
        });
        Check past { claims, {}, {}, 0, {}, {}, 0, {} };
        for (const QString &p : caseFilePaths()) {
            const LoadedCase lc = loadFile(p);
            past.run(lc.c, compute(lc.c, *lc.profile), QFileInfo(p).fileName());
        }
        QVERIFY(!past.failures.isEmpty());
        QVERIFY2(past.failures.first().contains(QLatin1String("projectedMonths"))
                && past.failures.first().contains(QLatin1String("makes a past claim")),
            qPrintable(past.failures.first()));
    }
};

QTEST_GUILESS_MAIN(TestTemplateProperty)
#include "tst_templateproperty.moc"
