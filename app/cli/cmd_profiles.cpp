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
    // --lang changes the free text only (names, labels, sources, notes); ids and values stay
    const bool en = io.language == TextLanguage::English;
    const QString lang = en ? QStringLiteral("en") : QStringLiteral("zh_CN");
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
                        { QLatin1String("source"), v.sourceIn(io.language) },
                        { QLatin1String("profile"), v.profile } };
                    if (!v.note.isEmpty())
                        vo.insert(QLatin1String("note"), v.noteIn(io.language));
                    values.append(vo);
                }
                params.append(QJsonObject {
                    { QLatin1String("key"), param->key }, { QLatin1String("values"), values } });
            }
            profiles.append(QJsonObject { { QLatin1String("id"), p.id },
                { QLatin1String("name"), en && !p.nameEn.isEmpty() ? p.nameEn : p.name },
                { QLatin1String("version"), p.version },
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
        io.out << p.id << "  " << (en && !p.nameEn.isEmpty() ? p.nameEn : p.name)
               << (en ? QStringLiteral(" (version ") : QStringLiteral("（版本 ")) << p.version
               << (p.inherits.isEmpty() ? QString()
                          : en          ? QStringLiteral(", inherits ") + p.inherits
                                        : QStringLiteral("，继承 ") + p.inherits)
               << (en ? ")\n" : "）\n");
        for (const Parameter *param : p.parameters()) {
            const QString label
                = findParameterKey(param->key) ? parameterLabel(param->key, lang) : QString();
            io.out << "  " << param->key
                   << (label.isEmpty() ? QString() : QStringLiteral("  ") + label) << "\n";
            for (const ParamValue &v : param->values)
                io.out << "    " << v.from.toString(Qt::ISODate) << (en ? " on  " : " 起  ")
                       << v.display(param->unit, io.language) << "  [" << v.profile << "] "
                       << v.sourceIn(io.language) << "\n";
        }
        io.out << "\n";
    }
    return ExitOk;
}

} // namespace yibao
