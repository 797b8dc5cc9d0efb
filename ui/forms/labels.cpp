// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include "domain/money.h"
#include "domain/yearmonth.h"
#include "io/typedinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace yibao::Labels {

namespace {

    using Pair = std::pair<const char *, const char *>;

    // Context "yibao::Labels" for lupdate; the texts follow core's kindChinese() etc.
    constexpr std::array<Pair, 4> Kinds { {
        { "employee", QT_TRANSLATE_NOOP("yibao::Labels", "单位职工") },
        { "flexible", QT_TRANSLATE_NOOP("yibao::Labels", "灵活就业") },
        { "resident", QT_TRANSLATE_NOOP("yibao::Labels", "城乡居民医保") },
        { "deemed", QT_TRANSLATE_NOOP("yibao::Labels", "视同缴费") },
    } };
    constexpr std::array<Pair, 4> Statuses { {
        { "paid", QT_TRANSLATE_NOOP("yibao::Labels", "已缴") },
        { "arrears", QT_TRANSLATE_NOOP("yibao::Labels", "欠费") },
        { "backpaid", QT_TRANSLATE_NOOP("yibao::Labels", "已补缴") },
        { "planned", QT_TRANSLATE_NOOP("yibao::Labels", "计划缴费") },
    } };
    constexpr std::array<Pair, 4> Cares { {
        { "outpatient", QT_TRANSLATE_NOOP("yibao::Labels", "门诊") },
        { "pharmacy", QT_TRANSLATE_NOOP("yibao::Labels", "药店购药") },
        { "inpatient", QT_TRANSLATE_NOOP("yibao::Labels", "住院") },
        { "special_outpatient", QT_TRANSLATE_NOOP("yibao::Labels", "门诊慢特病") },
    } };
    constexpr std::array<Pair, 3> Categories { {
        { "male", QT_TRANSLATE_NOOP("yibao::Labels", "男职工") },
        { "female_cadre", QT_TRANSLATE_NOOP("yibao::Labels", "女干部（原55岁退休）") },
        { "female_worker", QT_TRANSLATE_NOOP("yibao::Labels", "女工人（原50岁退休）") },
    } };
    constexpr std::array<Pair, 2> Sexes { {
        { "male", QT_TRANSLATE_NOOP("yibao::Labels", "男") },
        { "female", QT_TRANSLATE_NOOP("yibao::Labels", "女") },
    } };

    template<std::size_t N> QString label(const std::array<Pair, N> &table, const QString &id)
    {
        for (const auto &[key, text] : table)
            if (id == QLatin1String(key))
                return QCoreApplication::translate("yibao::Labels", text);
        return id;
    }

    template<std::size_t N> QStringList ids(const std::array<Pair, N> &table)
    {
        QStringList out;
        for (const auto &p : table)
            out.append(QString::fromLatin1(p.first));
        return out;
    }

    template<std::size_t N>
    std::optional<QString> fromText(const std::array<Pair, N> &table, const QString &text)
    {
        const QString t = text.trimmed();
        for (const auto &[key, zh] : table) {
            if (t.compare(QLatin1String(key), Qt::CaseInsensitive) == 0
                || t == QString::fromUtf8(zh)
                || t.compare(QCoreApplication::translate("yibao::Labels", zh), Qt::CaseInsensitive)
                    == 0)
                return QString::fromLatin1(key);
        }
        return std::nullopt;
    }

} // namespace

QString kind(const QString &id)
{
    return label(Kinds, id);
}
QString status(const QString &id)
{
    return label(Statuses, id);
}
QString care(const QString &id)
{
    return label(Cares, id);
}
QString category(const QString &id)
{
    return label(Categories, id);
}
QString sex(const QString &id)
{
    return label(Sexes, id);
}

QStringList kindIds()
{
    return ids(Kinds);
}
QStringList statusIds()
{
    return ids(Statuses);
}
QStringList careIds()
{
    return ids(Cares);
}

QStringList categoryIdsFor(const QString &sexId)
{
    if (sexId == QLatin1String("female"))
        return { QStringLiteral("female_cadre"), QStringLiteral("female_worker") };
    return { QStringLiteral("male") };
}

// Core's reader first (ids and the words of print-outs: 职工, 正常, 欠缴 …), then the
// labels in the window's language (English names).
std::optional<QString> kindFromText(const QString &text)
{
    if (const auto k = parseTypedKind(text))
        return kindId(*k);
    return fromText(Kinds, normalizedInput(text));
}
std::optional<QString> statusFromText(const QString &text)
{
    if (const auto s = parseTypedStatus(text))
        return statusId(*s);
    return fromText(Statuses, normalizedInput(text));
}
std::optional<QString> careFromText(const QString &text)
{
    return fromText(Cares, normalizedInput(text));
}

QString tidyMonth(const QString &text)
{
    if (const auto m = parseTypedMonth(text))
        return m->toString();
    return text.trimmed();
}

QString tidyDate(const QString &text)
{
    if (const auto d = parseTypedDate(text))
        return d->toString(Qt::ISODate);
    return text.trimmed();
}

QString tidyAmount(const QString &text)
{
    if (const auto m = parseTypedAmount(text))
        return m->toYuanString();
    return text.trimmed();
}

} // namespace yibao::Labels
