// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/searchquery.h"

#include <QRegularExpression>

namespace yibao {

namespace {

    bool isEdgeJunk(QChar c)
    {
        return c.isPunct() || c.isSymbol() || c.isSpace();
    }

    QString quoted(const QString &s)
    {
        QString inner = s;
        inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + inner + QLatin1Char('"');
    }

} // namespace

SearchQuery SearchQuery::parse(const QString &query)
{
    SearchQuery q;
    static const QRegularExpression blanks(QStringLiteral("[\\s\\x{3000}]+"));
    const QStringList words = query.split(blanks, Qt::SkipEmptyParts);
    for (QString w : words) {
        qsizetype b = 0, e = w.size();
        while (b < e && isEdgeJunk(w.at(b)))
            ++b;
        while (e > b && isEdgeJunk(w.at(e - 1)))
            --e;
        w = w.mid(b, e - b);
        if (!w.isEmpty() && !q.m_terms.contains(w, Qt::CaseInsensitive))
            q.m_terms.append(w);
    }
    return q;
}

int SearchQuery::length(const QString &term)
{
    int n = 0;
    for (qsizetype i = 0; i < term.size(); ++i)
        if (!term.at(i).isLowSurrogate())
            ++n;
    return n;
}

QStringList SearchQuery::longTerms() const
{
    QStringList out;
    for (const QString &t : m_terms)
        if (length(t) >= TrigramMinLength)
            out.append(t);
    return out;
}

QStringList SearchQuery::shortTerms() const
{
    QStringList out;
    for (const QString &t : m_terms)
        if (length(t) < TrigramMinLength)
            out.append(t);
    return out;
}

QString SearchQuery::trigramMatch() const
{
    QStringList parts;
    for (const QString &t : longTerms())
        parts.append(quoted(t));
    return parts.join(QStringLiteral(" AND "));
}

QString SearchQuery::charsMatch() const
{
    QStringList parts;
    for (const QString &t : shortTerms()) {
        const QString s = spaced(t).trimmed();
        if (!s.isEmpty())
            parts.append(quoted(s));
    }
    return parts.join(QStringLiteral(" AND "));
}

QString SearchQuery::spaced(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        out.append(c);
        // A character outside the BMP is two units; keep them together as one token.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            out.append(text.at(++i));
        out.append(QLatin1Char(' '));
    }
    return out;
}

} // namespace yibao
