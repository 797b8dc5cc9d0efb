// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yibao {

// The client the open case belongs to, as saved with its consultation: the printed
// 明白纸 names them (the ID number masked). Empty for a case that is no consultation.
struct ClientIdentity
{
    QString name;
    QString idNumber; // in full; masked only where it is printed
    qint64 consultation = 0; // the saved consultation's id, 0 when none: the title names it

    bool operator==(const ClientIdentity &) const = default;
};

} // namespace yibao
