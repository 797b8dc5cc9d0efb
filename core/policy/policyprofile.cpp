// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyprofile.h"

#include "parameterkeys.h"

namespace yibao {

const Parameter *PolicyProfile::find(QStringView key) const
{
    auto it = params.constFind(key.toString());
    return it == params.constEnd() ? nullptr : &it.value();
}

QList<const Parameter *> PolicyProfile::parameters() const
{
    QList<const Parameter *> out;
    for (const auto &k : parameterKeys())
        if (const Parameter *p = find(k.key))
            out.append(p);
    return out;
}

QString PolicyProfile::displayName(TextLanguage language) const
{
    if (language == TextLanguage::English && !nameEn.isEmpty())
        return nameEn;
    return name.isEmpty() ? id : name;
}

} // namespace yibao
