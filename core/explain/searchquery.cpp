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

namespace {

    // Whether the pair index keeps a pair holding this character (see pairs()).
    bool pairable(char32_t c)
    {
        if (c < 0x80)
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return !QChar::isSpace(c);
    }

    // Code points, each case-folded as QString's case-insensitive comparison folds them,
    // so that a word matched without case finds its pair too.
    QList<char32_t> foldedPoints(const QString &text)
    {
        QList<char32_t> out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t c = text.at(i).unicode();
            if (text.at(i).isHighSurrogate() && i + 1 < text.size()
                && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            out.append(QChar::toCaseFolded(c));
        }
        return out;
    }

    void appendPoint(QString *out, char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            out->append(QChar(QChar::highSurrogate(c)));
            out->append(QChar(QChar::lowSurrogate(c)));
        } else {
            out->append(QChar(char16_t(c)));
        }
    }

} // namespace

QString SearchQuery::pairs(const QString &text)
{
    const QList<char32_t> points = foldedPoints(text);
    QString out;
    out.reserve(text.size() * 3);
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (!pairable(points.at(i)) || !pairable(points.at(i + 1)))
            continue;
        appendPoint(&out, points.at(i));
        appendPoint(&out, points.at(i + 1));
        out.append(QLatin1Char(' '));
    }
    return out;
}

QString SearchQuery::pairToken(const QString &word)
{
    const QList<char32_t> points = foldedPoints(word);
    if (points.size() != 2 || !pairable(points.at(0)) || !pairable(points.at(1)))
        return QString();
    QString out;
    appendPoint(&out, points.at(0));
    appendPoint(&out, points.at(1));
    return out;
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
