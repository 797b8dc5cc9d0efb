// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yibao::fmt {

// Formatting months, money and rates happens hundreds of times per traced computation;
// QString::arg/number allocate several temporaries each time, these write straight into
// one buffer and allocate once.

// Writes v in decimal, zero-padded to at least width digits, at p; returns the end.
inline char16_t *write(char16_t *p, quint64 v, int width = 1)
{
    char16_t tmp[20];
    int n = 0;
    do {
        tmp[n++] = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n < width)
        tmp[n++] = u'0';
    while (n > 0)
        *p++ = tmp[--n];
    return p;
}

inline QString toString(const char16_t *begin, const char16_t *end)
{
    return QString(reinterpret_cast<const QChar *>(begin), qsizetype(end - begin));
}

} // namespace yibao::fmt
