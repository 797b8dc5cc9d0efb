// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace yibao {

// Reads profile files (schema "yibao-profile/1"), resolves inheritance and validates
// everything a rule will rely on: known keys, their units, real dates, values in
// ascending order, and coverage from the profile's first day.
class ProfileSet
{
public:
    // The profiles shipped in resources/profiles (compiled into the program); the
    // program holds them in its Library.
    static ProfileSet fromResources();

    // Adds one profile file; its parent must already be in the set. On error returns
    // false and sets error to "FILE: PATH: what is wrong".
    bool addFromJson(const QByteArray &json, const QString &fileName, QString *error);

    const PolicyProfile *find(QStringView id) const;
    QStringList ids() const;
    const QList<PolicyProfile> &profiles() const { return m_profiles; }

private:
    QList<PolicyProfile> m_profiles;
};

} // namespace yibao
