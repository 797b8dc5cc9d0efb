// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace yibao {

// Finds many short patterns in a text in one pass over it.
//
// A search ranks up to two thousand candidate passages, and a query's words come with
// every spelling and other word for them (断缴 alone is 14 texts), so looking each one up
// with its own QString::indexOf/count over every passage was most of a search's time. Here
// the text is read once: a bit per UTF-16 unit tells whether any pattern starts with it,
// and only there are the patterns starting with that unit compared.
//
// Matching is the same as QString::indexOf and QString::count: occurrences may overlap,
// and a pattern with letters that have case matches case-insensitively (those go through
// QString itself: they are rare in this corpus, and Qt's case folding is the reference),
// any other pattern exactly.
class PatternScan
{
public:
    explicit PatternScan(const QStringList &patterns);

    qsizetype size() const { return m_patterns.size(); }
    const QString &pattern(qsizetype i) const { return m_patterns.at(i); }

    // What one or more scans found.
    struct Found
    {
        QList<int> count; // occurrences per pattern
        QList<int> kept; // positions kept per pattern (at most keep)
        QList<QPair<qsizetype, int>> positions; // (offset + position, pattern), unsorted
    };

    // Counts every occurrence of every pattern in text into found->count, and keeps the
    // first `keep` positions of each pattern (over all scans into found) with offset added.
    void scan(QStringView text, Found *found, int keep = 0, qsizetype offset = 0) const;

    // The same over UTF-8 text (as SQLite stores it), without converting it: positions
    // are still in UTF-16 units, as in the QString the text would be. Returns the text's
    // length in UTF-16 units. The text must be valid UTF-8.
    qsizetype scanUtf8(QByteArrayView text, Found *found, int keep = 0, qsizetype offset = 0) const;

    // A Found sized for this scanner, all zero.
    Found empty() const;

    // Whether the pattern must be matched case-insensitively: it has letters with case.
    static bool hasCase(const QString &pattern);

private:
    void record(Found *found, int pattern, qsizetype at, int keep, qsizetype offset) const;

    QStringList m_patterns;
    std::vector<quint64> m_starts; // one bit per UTF-16 unit that begins an exact pattern
    QHash<char16_t, QList<int>> m_byFirst; // first unit → exact patterns beginning with it
    QList<int> m_folded; // patterns matched case-insensitively
    QList<QByteArray> m_utf8; // the patterns in UTF-8
    std::vector<quint64> m_starts8; // one bit per first two bytes of an exact UTF-8 pattern
    QHash<quint16, QList<int>> m_byFirst8; // first two bytes → exact patterns
    QList<int> m_folded8; // patterns scanUtf8 matches in a converted copy of the text
};

} // namespace yibao
