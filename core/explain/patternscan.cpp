// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/patternscan.h"

#include <cstring>

namespace yibao {

namespace {

    quint16 firstTwo(const char *bytes)
    {
        return quint16((quint16(uchar(bytes[0])) << 8) | uchar(bytes[1]));
    }

    bool hasLoneSurrogate(const QString &s)
    {
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
                ++i;
            else if (s.at(i).isSurrogate())
                return true;
        }
        return false;
    }

} // namespace

PatternScan::PatternScan(const QStringList &patterns)
    : m_patterns(patterns)
    , m_starts(65536 / 64, 0)
    , m_starts8(65536 / 64, 0)
{
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const QString &p = m_patterns.at(i);
        m_utf8.append(p.toUtf8());
        if (p.isEmpty())
            continue; // matches nothing (the search never asks for one)
        if (hasCase(p)) {
            m_folded.append(int(i));
            m_folded8.append(int(i));
            continue;
        }
        const char16_t first = p.at(0).unicode();
        m_starts[first / 64] |= quint64(1) << (first % 64);
        m_byFirst[first].append(int(i));
        // One byte is too short for the two-byte key, and a lone surrogate has no UTF-8
        // form: both are looked for in the text as a QString.
        const QByteArray &u = m_utf8.last();
        if (u.size() < 2 || hasLoneSurrogate(p)) {
            m_folded8.append(int(i));
            continue;
        }
        const quint16 key = firstTwo(u.constData());
        m_starts8[key / 64] |= quint64(1) << (key % 64);
        m_byFirst8[key].append(int(i));
    }
}

void PatternScan::record(Found *found, int pattern, qsizetype at, int keep, qsizetype offset) const
{
    ++found->count[pattern];
    if (found->kept.at(pattern) < keep) {
        ++found->kept[pattern];
        found->positions.append({ offset + at, pattern });
    }
}

qsizetype PatternScan::scanUtf8(QByteArrayView text, Found *found, int keep, qsizetype offset) const
{
    const char *bytes = text.data();
    const qsizetype n = text.size();
    qsizetype units = 0; // UTF-16 units before bytes[at]
    for (qsizetype at = 0; at < n; ++at) {
        const uchar c = uchar(bytes[at]);
        if ((c & 0xC0) == 0x80)
            continue; // inside a character
        if (at + 1 < n) {
            const quint16 key = firstTwo(bytes + at);
            if ((m_starts8[key / 64] & (quint64(1) << (key % 64))) != 0) {
                const auto starting = m_byFirst8.constFind(key);
                for (int p : *starting) {
                    const QByteArray &pat = m_utf8.at(p);
                    if (pat.size() <= n - at
                        && std::memcmp(bytes + at, pat.constData(), size_t(pat.size())) == 0)
                        record(found, p, units, keep, offset);
                }
            }
        }
        units += c >= 0xF0 ? 2 : 1;
    }
    if (!m_folded8.isEmpty()) {
        const QString s = QString::fromUtf8(text);
        for (int p : m_folded8) {
            const QString &pat = m_patterns.at(p);
            const Qt::CaseSensitivity cs = hasCase(pat) ? Qt::CaseInsensitive : Qt::CaseSensitive;
            for (qsizetype at = s.indexOf(pat, 0, cs); at >= 0; at = s.indexOf(pat, at + 1, cs))
                record(found, p, at, keep, offset);
        }
    }
    return units;
}

bool PatternScan::hasCase(const QString &pattern)
{
    // CJK text has no case; a case-insensitive search over it only costs time.
    return pattern.toLower() != pattern.toUpper();
}

PatternScan::Found PatternScan::empty() const
{
    Found f;
    f.count = QList<int>(m_patterns.size(), 0);
    f.kept = QList<int>(m_patterns.size(), 0);
    return f;
}

void PatternScan::scan(QStringView text, Found *found, int keep, qsizetype offset) const
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype at = 0; at < n; ++at) {
        const char16_t c = units[at];
        if ((m_starts[c / 64] & (quint64(1) << (c % 64))) == 0)
            continue;
        const auto starting = m_byFirst.constFind(c);
        for (int p : *starting) {
            const QString &pat = m_patterns.at(p);
            const qsizetype len = pat.size();
            if (len <= n - at
                && std::memcmp(units + at, pat.utf16(), size_t(len) * sizeof(char16_t)) == 0)
                record(found, p, at, keep, offset);
        }
    }
    for (int p : m_folded) {
        const QString &pat = m_patterns.at(p);
        for (qsizetype at = text.indexOf(pat, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(pat, at + 1, Qt::CaseInsensitive))
            record(found, p, at, keep, offset);
    }
}

} // namespace yibao
