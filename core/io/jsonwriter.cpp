// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "domain/digits.h"

namespace yibao {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_empty[m_depth - 1])
            m_out.append(',');
        m_empty[m_depth - 1] = false;
    }
}

void JsonWriter::open(char c)
{
    separate();
    m_out.append(c);
    Q_ASSERT(m_depth < int(std::size(m_empty)));
    m_empty[m_depth++] = true;
}

void JsonWriter::close(char c)
{
    --m_depth;
    m_out.append(c);
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::value(const std::optional<bool> &v)
{
    if (v)
        value(*v);
    else
        null();
}

void JsonWriter::value(const std::optional<int> &v)
{
    if (v)
        value(qint64(*v));
    else
        null();
}

void JsonWriter::value(bool v)
{
    separate();
    m_out.append(v ? "true" : "false");
}

void JsonWriter::value(qint64 v)
{
    separate();
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = v < 0;
    quint64 a = negative ? quint64(0) - quint64(v) : quint64(v);
    do {
        *--p = char('0' + a % 10);
        a /= 10;
    } while (a != 0);
    if (negative)
        *--p = '-';
    m_out.append(p, end - p);
}

void JsonWriter::value(const QString &v)
{
    separate();
    string(v);
}

void JsonWriter::value(QLatin1String v)
{
    separate();
    string(QString(v));
}

void JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    endArray();
}

void JsonWriter::money(const std::optional<Money> &m)
{
    if (m)
        value(m->toYuanString());
    else
        null();
}

void JsonWriter::month(const std::optional<YearMonth> &m)
{
    if (m)
        value(m->toString());
    else
        null();
}

void JsonWriter::date(QDate d)
{
    if (d.isValid())
        value(isoDate(d));
    else
        null();
}

void JsonWriter::string(QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    qsizetype plainFrom = 0;
    bool ascii = true; // dates, months and amounts: copied byte by byte, no UTF-8 encoder
    auto flushPlain = [&](qsizetype upTo) {
        const qsizetype n = upTo - plainFrom;
        if (n <= 0)
            return;
        if (!ascii) {
            m_out.append(s.mid(plainFrom, n).toUtf8());
            return;
        }
        const qsizetype old = m_out.size();
        m_out.resize(old + n);
        char *d = m_out.data() + old;
        for (qsizetype k = 0; k < n; ++k)
            d[k] = char(s[plainFrom + k].unicode());
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x80)
            ascii = false;
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        ascii = true;
        switch (c) {
        case u'"':
            m_out.append("\\\"");
            break;
        case u'\\':
            m_out.append("\\\\");
            break;
        case u'\n':
            m_out.append("\\n");
            break;
        case u'\r':
            m_out.append("\\r");
            break;
        case u'\t':
            m_out.append("\\t");
            break;
        default:
            m_out.append("\\u00").append(hex[(c >> 4) & 0xf]).append(hex[c & 0xf]);
        }
    }
    flushPlain(s.size());
    m_out.append('"');
}

QByteArray indentJson(const QByteArray &compact)
{
    QByteArray out;
    out.reserve(compact.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(depth * 4, ' '));
    };
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact.at(i);
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            out.append(c);
            const char next = i + 1 < compact.size() ? compact.at(i + 1) : '\0';
            if (next == '}' || next == ']') { // empty: {} or []
                out.append(next);
                ++i;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        default:
            out.append(c);
        }
    }
    out.append('\n');
    return out;
}

} // namespace yibao
