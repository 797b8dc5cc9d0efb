// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/quote.h"

#include <QHash>

#include <algorithm>

namespace yibao {

namespace {

    // The argument of a command at pos (just after "\cmd"): the text inside {…}, nested
    // braces kept; an argument the source cut off runs to the end. pos moves past it.
    QString braced(QStringView s, qsizetype &pos)
    {
        while (pos < s.size() && s.at(pos) == QLatin1Char(' '))
            ++pos;
        if (pos >= s.size() || s.at(pos) != QLatin1Char('{'))
            return {};
        int depth = 0;
        const qsizetype start = pos + 1;
        for (; pos < s.size(); ++pos) {
            if (s.at(pos) == QLatin1Char('{'))
                ++depth;
            else if (s.at(pos) == QLatin1Char('}') && --depth == 0)
                return s.mid(start, pos++ - start).toString();
        }
        return s.mid(start).toString();
    }

    QString mathToPlain(QStringView s)
    {
        static const QHash<QString, QString> symbols = {
            { QStringLiteral("times"), QStringLiteral(" × ") },
            { QStringLiteral("div"), QStringLiteral(" ÷ ") },
            { QStringLiteral("cdot"), QStringLiteral(" · ") },
            { QStringLiteral("approx"), QStringLiteral(" ≈ ") },
            { QStringLiteral("leq"), QStringLiteral(" ≤ ") },
            { QStringLiteral("le"), QStringLiteral(" ≤ ") },
            { QStringLiteral("geq"), QStringLiteral(" ≥ ") },
            { QStringLiteral("ge"), QStringLiteral(" ≥ ") },
            { QStringLiteral("neq"), QStringLiteral(" ≠ ") },
            { QStringLiteral("pm"), QStringLiteral(" ± ") },
            { QStringLiteral("quad"), QStringLiteral(" ") },
            { QStringLiteral("qquad"), QStringLiteral(" ") },
            { QStringLiteral("left"), QString() },
            { QStringLiteral("right"), QString() },
        };
        QString out;
        for (qsizetype i = 0; i < s.size();) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
                ++i;
                continue;
            }
            if (c != QLatin1Char('\\')) {
                out += c;
                ++i;
                continue;
            }
            ++i;
            if (i >= s.size())
                break;
            if (!s.at(i).isLetter()) { // "\%", "\,", "\ ", "\\"
                const QChar e = s.at(i++);
                out += (e == QLatin1Char('%') || e == QLatin1Char('$') || e == QLatin1Char('{')
                           || e == QLatin1Char('}'))
                    ? e
                    : QLatin1Char(' ');
                continue;
            }
            qsizetype j = i;
            while (j < s.size() && s.at(j).isLetter() && s.at(j).unicode() < 128)
                ++j;
            const QString name = s.mid(i, j - i).toString();
            i = j;
            if (name == QLatin1String("frac")) {
                const QString num = mathToPlain(braced(s, i));
                const QString den = mathToPlain(braced(s, i));
                out += num + QStringLiteral(" ÷ ") + den;
            } else if (const auto it = symbols.constFind(name); it != symbols.cend()) {
                out += *it;
            } else if (i < s.size() && s.at(i) == QLatin1Char('{')) {
                out += mathToPlain(braced(s, i)); // \text{…}, \mathrm{…}, \textbf{…}
            } else {
                out += name; // an unknown symbol: its name is the best we have
            }
        }
        return out.simplified();
    }

    bool endsSentence(QChar c)
    {
        static const QString enders = QStringLiteral("。！？；!?;\n");
        return enders.contains(c);
    }

    bool endsClause(QChar c)
    {
        static const QString clause = QStringLiteral("，,：:、 ");
        return clause.contains(c);
    }

} // namespace

QString plainPassageText(const QString &text)
{
    if (!text.contains(QLatin1String("$$")) && !text.contains(QLatin1String("\\text{")))
        return text;
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("$$"), i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const qsizetype close = text.indexOf(QLatin1String("$$"), open + 2);
        const qsizetype end = close < 0 ? text.size() : close; // the source may cut it off
        out += mathToPlain(QStringView(text).mid(open + 2, end - open - 2));
        i = close < 0 ? text.size() : close + 2;
    }
    // A \text{…} outside $$ (a formula whose opening the source lost).
    if (out.contains(QLatin1String("\\text{"))) {
        QString again;
        qsizetype from = 0;
        for (qsizetype at = out.indexOf(QLatin1String("\\text{")); at >= 0;
             at = out.indexOf(QLatin1String("\\text{"), from)) {
            again += QStringView(out).mid(from, at - from);
            qsizetype pos = at + 5;
            again += mathToPlain(braced(out, pos));
            from = pos;
        }
        again += QStringView(out).mid(from);
        out = again;
    }
    return out;
}

Quote quoteAround(const QString &passageText, const QString &claim, int maxLength)
{
    const QString &text = passageText;
    const qsizetype n = text.size();
    qsizetype at = claim.isEmpty() ? -1 : text.indexOf(claim);
    if (at < 0 && !claim.isEmpty())
        at = text.indexOf(claim, 0, Qt::CaseInsensitive);
    const qsizetype cb = at < 0 ? 0 : at;
    const qsizetype ce = at < 0 ? 0 : at + claim.size();

    // The sentence(s) holding the claim.
    qsizetype s = cb;
    while (s > 0 && !endsSentence(text.at(s - 1)))
        --s;
    qsizetype e = ce;
    while (e < n && !endsSentence(text.at(e)))
        ++e;
    while (e < n && endsSentence(text.at(e)) && text.at(e) != QLatin1Char('\n'))
        ++e;
    while (s < cb && text.at(s).isSpace())
        ++s;
    while (e > ce && text.at(e - 1).isSpace())
        --e;

    qsizetype from = s, to = e;
    if (e - s > maxLength) {
        const qsizetype budget = std::max<qsizetype>(0, maxLength - (ce - cb) - 2);
        // Lead-in up to half the room, the rest after the claim; room one side does not
        // use goes to the other.
        qsizetype lead = std::min(cb - s, budget / 2);
        const qsizetype trail = std::min(e - ce, budget - lead);
        lead = std::min(cb - s, budget - trail);
        from = cb - lead;
        to = ce + trail;
        // Start after a clause boundary and stop at one, where there is one in reach.
        if (from > s) {
            for (qsizetype i = from; i < cb; ++i)
                if (endsClause(text.at(i))) {
                    from = i + 1;
                    break;
                }
        }
        if (to < e) {
            for (qsizetype i = to; i > ce; --i)
                if (endsClause(text.at(i - 1))) {
                    to = i - 1;
                    break;
                }
        }
        while (from < cb && text.at(from).isSpace())
            ++from;
        while (to > ce && text.at(to - 1).isSpace())
            --to;
        // Never split a surrogate pair.
        if (from > s && from < n && text.at(from).isLowSurrogate())
            ++from;
        if (to < e && to > 0 && text.at(to - 1).isHighSurrogate())
            --to;
    }

    Quote q;
    const QChar ellipsis(0x2026);
    if (from > s)
        q.text += ellipsis;
    QString body = text.mid(from, to - from);
    body.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (at >= 0) {
        q.claimAt = q.text.size() + (cb - from);
        q.claimLength = ce - cb;
    }
    q.text += body;
    if (to < e)
        q.text += ellipsis;
    return q;
}

} // namespace yibao
