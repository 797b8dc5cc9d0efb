// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "explain/library.h"

#include "policy/parameterkeys.h"
#include "policy/profileloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yibao {

int runProfiles(const QStringList &args, Io &io)
{
    const auto o = parseOptions(args, { QStringLiteral("--json") }, {}, io,
        QStringLiteral("usage: yibao-cli profiles [--json]\n"));
    if (!o)
        return ExitBadInput;
    const ProfileSet &set = io.library.profiles();
    if (o->has(QStringLiteral("--json"))) {
        QJsonArray profiles;
        for (const PolicyProfile &p : set.profiles()) {
            QJsonArray params;
            for (const Parameter *param : p.parameters()) {
                QJsonArray values;
                for (const ParamValue &v : param->values) {
                    QJsonObject vo { { QLatin1String("from"), v.from.toString(Qt::ISODate) },
                        { QLatin1String("value"), v.toJson(param->unit) },
                        { QLatin1String("unit"), unitId(param->unit) },
                        { QLatin1String("source"), v.source },
                        { QLatin1String("profile"), v.profile } };
                    if (!v.note.isEmpty())
                        vo.insert(QLatin1String("note"), v.note);
                    values.append(vo);
                }
                params.append(QJsonObject {
                    { QLatin1String("key"), param->key }, { QLatin1String("values"), values } });
            }
            profiles.append(QJsonObject { { QLatin1String("id"), p.id },
                { QLatin1String("name"), p.name }, { QLatin1String("version"), p.version },
                { QLatin1String("inherits"),
                    p.inherits.isEmpty() ? QJsonValue() : QJsonValue(p.inherits) },
                { QLatin1String("parameters"), params } });
        }
        io.out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QLatin1String("profiles"),
                profiles } }).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const PolicyProfile &p : set.profiles()) {
        io.out << p.id << "  " << p.name << "（版本 " << p.version
               << (p.inherits.isEmpty() ? QString() : QStringLiteral("，继承 ") + p.inherits)
               << "）\n";
        for (const Parameter *param : p.parameters()) {
            const ParameterKey *k = findParameterKey(param->key);
            io.out << "  " << param->key << (k ? QStringLiteral("  ") + k->label : QString())
                   << "\n";
            for (const ParamValue &v : param->values)
                io.out << "    " << v.from.toString(Qt::ISODate) << " 起  "
                       << v.display(param->unit) << "  [" << v.profile << "] " << v.source << "\n";
        }
        io.out << "\n";
    }
    return ExitOk;
}

} // namespace yibao
