// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/money.h"
#include "domain/yearmonth.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace yibao {

// Compact JSON written straight into a byte buffer. Batch work writes one result per case,
// 100 000 a second; building a QJsonObject first costs more than the whole computation.
// Keys are ASCII literals; strings are written as UTF-8 with the escapes JSON requires.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // "key": — the value follows with one of the calls below
    void key(const char *name);

    void null();
    void value(bool v);
    void value(const std::optional<bool> &v); // null when unknown
    void value(const std::optional<int> &v);
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(const QString &v);
    void value(QLatin1String v);
    void value(const QStringList &list);
    void money(const std::optional<Money> &m);
    void month(const std::optional<YearMonth> &m);
    void date(QDate d); // null when invalid

    // "key": value in one call, for the long field lists of a result
    template<typename T> void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }
    void moneyField(const char *name, const std::optional<Money> &m)
    {
        key(name);
        money(m);
    }
    void monthField(const char *name, const std::optional<YearMonth> &m)
    {
        key(name);
        month(m);
    }
    void dateField(const char *name, QDate d)
    {
        key(name);
        date(d);
    }

private:
    void open(char c);
    void close(char c);
    void separate();
    void string(QStringView s);

    QByteArray &m_out;
    // whether the container being written still has no member; deep enough for results
    bool m_empty[32] = {};
    int m_depth = 0;
    bool m_afterKey = false;
};

// The same JSON laid out with line breaks and four-space indents, keys in the order they
// were written (a QJsonDocument round trip would sort them).
QByteArray indentJson(const QByteArray &compact);

} // namespace yibao
