// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/explanation.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <stdexcept>

namespace yibao {

namespace {

    const QString Zh = QStringLiteral("zh_CN");
    const QString En = QStringLiteral("en");

    const QRegularExpression &placeholderPattern()
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
        return placeholder;
    }

    QHash<QString, QString> languages(const QJsonValue &v)
    {
        QHash<QString, QString> out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toString());
        return out;
    }

    QString pick(const QHash<QString, QString> &byLanguage, const QString &language)
    {
        const QString s = byLanguage.value(language);
        return s.isEmpty() ? byLanguage.value(Zh) : s;
    }

    struct Month
    {
        int year = 0, month = 0;
        bool valid() const { return month >= 1 && month <= 12; }
    };

    Month parseMonth(const QString &s)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto m = re.match(s);
        if (!m.hasMatch())
            return {};
        return { m.captured(1).toInt(), m.captured(2).toInt() };
    }

    // English texts write months and dates zero-padded as the figures beside them do
    // (2016-01, 2026-04-30); Chinese texts in words (2016年1月).
    QString monthText(Month m, bool en)
    {
        if (en)
            return QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1年%2月").arg(m.year).arg(m.month);
    }

    // "2016年1月至4月", "2015年11月至2016年2月"; "January–April 2016".
    QString spanText(Month a, Month b, bool en)
    {
        if (a.year == b.year && a.month == b.month)
            return monthText(a, en);
        if (en)
            return monthText(a, true) + QStringLiteral(" to ") + monthText(b, true);
        if (a.year == b.year)
            return QStringLiteral("%1年%2月至%3月").arg(a.year).arg(a.month).arg(b.month);
        return monthText(a, false) + QStringLiteral("至") + monthText(b, false);
    }

    QString applyFilter(const QString &value, const QString &filter, bool en)
    {
        if (filter == QLatin1String("ym")) {
            const Month m = parseMonth(value);
            return m.valid() ? monthText(m, en) : value;
        }
        if (filter == QLatin1String("date")) {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (!d.isValid())
                return value;
            if (en)
                return d.toString(Qt::ISODate);
            return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
        }
        // an amount: "2360.00 元" / "2360.00 yuan", and an unknown one without a unit
        if (filter == QLatin1String("yuan")) {
            if (value == u"未知" || value == u"unknown" || value.isEmpty())
                return en ? QStringLiteral("unknown") : QStringLiteral("未知");
            return value + (en ? QStringLiteral(" yuan") : QStringLiteral(" 元"));
        }
        // a count of months or gaps with the right English plural
        if (filter == QLatin1String("months") || filter == QLatin1String("gaps")) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok)
                return value;
            if (filter == QLatin1String("months"))
                return en ? QStringLiteral("%1 month%2").arg(n).arg(n == 1 ? "" : "s")
                          : QStringLiteral("%1 个月").arg(n);
            return en ? QStringLiteral("%1 gap%2").arg(n).arg(n == 1 ? "" : "s")
                      : QStringLiteral("%1 次断缴").arg(n);
        }
        if (filter == QLatin1String("band") && en) {
            static const QHash<QString, QString> names = {
                { QStringLiteral("under35"), QStringLiteral("under-35") },
                { QStringLiteral("35to44"), QStringLiteral("35-to-44") },
                { QStringLiteral("45plus"), QStringLiteral("45-and-over") },
                { QStringLiteral("retired_under70"), QStringLiteral("retired, under-70") },
                { QStringLiteral("retired_70plus"), QStringLiteral("retired, 70-and-over") },
            };
            return names.value(value, value);
        }
        return value;
    }

    class Filler
    {
    public:
        Filler(const TraceStep &step, bool en, const QHash<QString, QString> &glossary)
            : m_step(step)
            , m_en(en)
            , m_glossary(glossary)
        { }

        // The value a name stands for, or nullopt when the step does not have it.
        std::optional<QString> lookup(const QString &name) const
        {
            if (name.startsWith(QLatin1String("param:"))) {
                const QString key = name.mid(6);
                for (const TraceParam &p : m_step.params)
                    if (p.key == key)
                        return p.known && !p.value.isEmpty() ? std::optional<QString>(p.value)
                                                             : std::nullopt;
                return std::nullopt;
            }
            for (const auto &[k, v] : m_step.inputs)
                if (k == name)
                    return v.isEmpty() ? std::nullopt : std::optional<QString>(v);
            return std::nullopt;
        }

        bool holds(const QString &condition) const
        {
            if (condition.startsWith(QLatin1Char('!')))
                return !lookup(condition.mid(1));
            const qsizetype eq = condition.indexOf(QLatin1Char('='));
            if (eq < 0)
                return lookup(condition).has_value();
            const auto v = lookup(condition.left(eq));
            return v && *v == condition.mid(eq + 1);
        }

        // Fills every {…} in text; nullopt if one of them is missing. With filled, each
        // placeholder's text as filled is appended to it, with its spec.
        std::optional<QString> fill(
            const QString &text, QList<QPair<QString, QString>> *filled = nullptr) const
        {
            QString out;
            qsizetype pos = 0;
            auto it = placeholderPattern().globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                out += QStringView(text).mid(pos, m.capturedStart() - pos);
                const auto v = value(m.captured(1));
                if (!v)
                    return std::nullopt;
                if (filled)
                    filled->append({ m.captured(1), *v });
                out += *v;
                pos = m.capturedEnd();
            }
            out += QStringView(text).mid(pos);
            return out;
        }

        // One placeholder's text, from its spec ("name|filter", "span:a,b").
        std::optional<QString> value(const QString &spec) const
        {
            if (spec.startsWith(QLatin1String("span:"))) {
                const QStringList names = spec.mid(5).split(QLatin1Char(','));
                if (names.size() != 2)
                    return std::nullopt;
                const auto a = lookup(names.at(0).trimmed()), b = lookup(names.at(1).trimmed());
                if (!a || !b)
                    return std::nullopt;
                const Month ma = parseMonth(*a), mb = parseMonth(*b);
                if (!ma.valid() || !mb.valid())
                    return *a + (m_en ? QStringLiteral(" to ") : QStringLiteral("至")) + *b;
                return spanText(ma, mb, m_en);
            }
            const qsizetype bar = spec.indexOf(QLatin1Char('|'));
            auto v = lookup(bar < 0 ? spec : spec.left(bar));
            if (!v)
                return std::nullopt;
            // The engine names care types and categories in Chinese; English texts use words.
            if (m_en)
                v = m_glossary.value(*v, *v);
            return bar < 0 ? *v : applyFilter(*v, spec.mid(bar + 1), m_en);
        }

    private:
        const TraceStep &m_step;
        bool m_en;
        const QHash<QString, QString> &m_glossary;
    };

    // The names a placeholder spec stands for: "span:from,to" → from, to; "x|ym" → x.
    QStringList placeholderNames(const QString &spec)
    {
        if (spec.startsWith(QLatin1String("span:"))) {
            QStringList names = spec.mid(5).split(QLatin1Char(','));
            for (QString &n : names)
                n = n.trimmed();
            return names;
        }
        const qsizetype bar = spec.indexOf(QLatin1Char('|'));
        return { bar < 0 ? spec : spec.left(bar) };
    }

    // A declared field as it reads for this step: "[i]" is the index of the step's subject
    // ("gaps[2]"), "{name}" the value of the step's input of that name.
    QString resolvedField(const QString &field, const TraceStep &step)
    {
        if (field.startsWith(QLatin1String("input:")) || field.startsWith(QLatin1String("param:")))
            return field;
        QString out = field;
        static const QRegularExpression indexed(QStringLiteral("\\[(\\d+)\\]$"));
        if (const auto m = indexed.match(step.subject); m.hasMatch())
            out.replace(QLatin1String("[i]"), QLatin1Char('[') + m.captured(1) + QLatin1Char(']'));
        static const QRegularExpression input(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
        for (auto m = input.match(out); m.hasMatch(); m = input.match(out))
            out.replace(m.capturedStart(), m.capturedLength(), step.inputValue(m.captured(1)));
        return out;
    }

    const QStringList &modalities()
    {
        static const QStringList m
            = { QStringLiteral("fact"), QStringLiteral("condition"), QStringLiteral("projection") };
        return m;
    }

    // Splits a template into clauses, each ending after its punctuation mark, so that a
    // clause naming something missing can be left out on its own.
    QStringList clauses(const QString &t, bool en)
    {
        const QString zhMarks = QStringLiteral("，；。");
        QStringList out;
        QString cur;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            cur += c;
            const bool end = en
                ? ((c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('.'))
                    && (i + 1 == t.size() || t.at(i + 1) == QLatin1Char(' ')))
                : zhMarks.contains(c);
            if (end) {
                out.append(cur);
                cur.clear();
            }
        }
        if (!cur.isEmpty())
            out.append(cur);
        return out;
    }

} // namespace

Explanations Explanations::fromResources()
{
    QFile f(QStringLiteral(":/resources/explain/explanations.json"));
    QString error;
    std::optional<Explanations> x;
    if (f.open(QIODevice::ReadOnly))
        x = fromJson(f.readAll(), &error);
    else
        error = QStringLiteral("missing from the resources");
    // Compiled in and checked by tests: failing here is a build defect.
    if (!x)
        throw std::runtime_error(
            QStringLiteral("resources/explain/explanations.json: %1").arg(error).toStdString());
    return *x;
}

std::optional<Explanations> Explanations::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toString() != QLatin1String("yibao-explanations/1")) {
        *error = QStringLiteral("schema: expected \"yibao-explanations/1\"");
        return std::nullopt;
    }
    Explanations x;
    const QJsonObject rules = root.value(QLatin1String("rules")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Rule r;
        r.title = languages(o.value(QLatin1String("title")));
        r.text = languages(o.value(QLatin1String("text")));
        if (r.text.value(Zh).isEmpty() || r.text.value(En).isEmpty()) {
            *error = QStringLiteral("rules.%1.text: needs zh_CN and en").arg(it.key());
            return std::nullopt;
        }
        for (const QJsonValue &cv : o.value(QLatin1String("cases")).toArray()) {
            const QJsonObject c = cv.toObject();
            Case k;
            for (const QJsonValue &w : c.value(QLatin1String("when")).toArray())
                k.when.append(w.toString());
            k.text.insert(Zh, c.value(Zh).toString());
            k.text.insert(En, c.value(En).toString());
            if (k.text.value(Zh).isEmpty() || k.text.value(En).isEmpty()) {
                *error
                    = QStringLiteral("rules.%1.cases: every case needs zh_CN and en").arg(it.key());
                return std::nullopt;
            }
            // every placeholder is a typed argument: the result field it shows, its modality
            const QString where
                = QStringLiteral("rules.%1.cases[%2]").arg(it.key()).arg(r.cases.size());
            const QJsonObject args = c.value(QLatin1String("args")).toObject();
            for (auto a = args.begin(); a != args.end(); ++a) {
                const QJsonObject d = a.value().toObject();
                const Argument arg { d.value(QLatin1String("field")).toString(),
                    d.value(QLatin1String("modality")).toString() };
                if (arg.field.isEmpty() || !modalities().contains(arg.modality)) {
                    *error = QStringLiteral("%1.args.%2: needs a \"field\" and a \"modality\" "
                                            "(fact, condition or projection)")
                                 .arg(where, a.key());
                    return std::nullopt;
                }
                k.args.insert(a.key(), arg);
            }
            QSet<QString> used;
            for (const QString &lang : { Zh, En }) {
                for (auto m = placeholderPattern().globalMatch(k.text.value(lang)); m.hasNext();) {
                    for (const QString &name : placeholderNames(m.next().captured(1))) {
                        if (!k.args.contains(name)) {
                            *error = QStringLiteral("rule %1: placeholder {%2} in the %3 text of "
                                                    "%4 is not declared in its \"args\"")
                                         .arg(it.key(), name, lang, where);
                            return std::nullopt;
                        }
                        used.insert(name);
                    }
                }
            }
            for (auto a = k.args.cbegin(); a != k.args.cend(); ++a)
                if (!used.contains(a.key())) {
                    *error = QStringLiteral("rule %1: argument %2 of %3 is declared but no "
                                            "text uses it")
                                 .arg(it.key(), a.key(), where);
                    return std::nullopt;
                }
            r.cases.append(k);
        }
        x.m_rules.insert(it.key(), r);
    }
    x.m_glossary = languages(root.value(QLatin1String("glossary")));
    const QJsonObject params = root.value(QLatin1String("parameters")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        x.m_parameters.insert(it.key(), languages(it.value()));
    return x;
}

QString Explanations::normalizedLanguage(const QString &language)
{
    return language.startsWith(QLatin1String("en")) ? En : Zh;
}

QStringList Explanations::ruleIds() const
{
    QStringList ids = m_rules.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList Explanations::parameterKeys() const
{
    QStringList keys = m_parameters.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString Explanations::ruleTitle(const QString &id, const QString &language) const
{
    return pick(m_rules.value(id).title, normalizedLanguage(language));
}

QString Explanations::ruleText(const QString &id, const QString &language) const
{
    return pick(m_rules.value(id).text, normalizedLanguage(language));
}

QString Explanations::parameterText(const QString &key, const QString &language) const
{
    return pick(m_parameters.value(key), normalizedLanguage(language));
}

QString Explanations::explain(const TraceStep &step, const QString &language) const
{
    return explainWithArguments(step, language).text;
}

FilledSentence Explanations::explainWithArguments(
    const TraceStep &step, const QString &language) const
{
    FilledSentence sentence;
    const auto rule = m_rules.constFind(step.ruleId);
    if (rule == m_rules.cend())
        return sentence;
    const QString lang = normalizedLanguage(language);
    const bool en = lang == En;
    const Filler filler(step, en, m_glossary);
    const Case *chosen = nullptr;
    for (const Case &c : rule->cases) {
        if (std::all_of(c.when.cbegin(), c.when.cend(),
                [&](const QString &w) { return filler.holds(w); })) {
            chosen = &c;
            break;
        }
    }
    if (!chosen) {
        sentence.text = pick(rule->text, lang);
        return sentence;
    }

    // [optional parts] first: kept whole or dropped whole.
    QString t = chosen->text.value(lang);
    static const QRegularExpression optional(QStringLiteral("\\[([^\\[\\]]*)\\]"));
    for (auto m = optional.match(t); m.hasMatch(); m = optional.match(t)) {
        const bool complete = filler.fill(m.captured(1)).has_value();
        t.replace(m.capturedStart(), m.capturedLength(), complete ? m.captured(1) : QString());
    }
    QString out;
    for (const QString &clause : clauses(t, en)) {
        QList<QPair<QString, QString>> filled;
        const auto text = filler.fill(clause, &filled);
        if (!text)
            continue;
        out += *text;
        for (const auto &[spec, shown] : filled) {
            for (const QString &name : placeholderNames(spec)) {
                const Argument arg = chosen->args.value(name);
                sentence.arguments.append({ name, resolvedField(arg.field, step), arg.modality,
                    filler.lookup(name).value_or(QString()), spec, shown, text->trimmed() });
            }
        }
    }
    out = out.trimmed();
    if (out.isEmpty()) {
        sentence.text = pick(rule->text, lang);
        sentence.arguments.clear();
        return sentence;
    }
    // A dropped last clause leaves a comma where the sentence should end.
    const QChar last = out.back();
    if (en && (last == QLatin1Char(',') || last == QLatin1Char(';')))
        out.back() = QLatin1Char('.');
    else if (!en && (last == QChar(0xFF0C) || last == QChar(0xFF1B)))
        out.back() = QChar(0x3002);
    sentence.text = out;
    sentence.caseIndex = int(chosen - rule->cases.constData());
    return sentence;
}

std::optional<QString> Explanations::formatPlaceholder(const QString &placeholder,
    const QHash<QString, QString> &values, const QString &language) const
{
    TraceStep step;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("param:"))) {
            TraceParam p;
            p.key = it.key().mid(6);
            p.value = it.value();
            step.params.append(p);
        } else {
            step.input(it.key(), it.value());
        }
    }
    const Filler filler(step, normalizedLanguage(language) == En, m_glossary);
    return filler.value(placeholder);
}

} // namespace yibao
