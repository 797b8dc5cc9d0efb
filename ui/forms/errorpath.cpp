// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorpath.h"

#include "io/inputerrorwords.h"

#include <QCoreApplication>
#include <QPalette>
#include <QWidget>

namespace yibao {

namespace {
    TextLanguage g_errorLanguage = TextLanguage::Chinese;
}

void setErrorLanguage(const QString &languageId)
{
    g_errorLanguage = languageFromId(languageId).value_or(TextLanguage::Chinese);
}

QString errorLine(const InputError &error)
{
    return inputErrorLine(error, g_errorLanguage);
}

QString csvErrorLine(const InputError &error)
{
    return csvImportErrorLine(error, g_errorLanguage);
}

InputErrors clerkErrors(const InputErrors &errors)
{
    return errorsForClerk(errors);
}

QString errorText(const InputError &error)
{
    return inputErrorText(error, g_errorLanguage);
}

QString errorsFor(const InputErrors &errors, const QString &path)
{
    QStringList out;
    for (const auto &e : errors)
        if (e.path == path)
            out.append(errorText(e));
    return out.join(QLatin1Char('\n'));
}

QString errorPlace(const QString &path)
{
    const ErrorPath p = ErrorPath::parse(path);
    static const QHash<QString, const char *> fields {
        { QStringLiteral("from"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "起始月份") },
        { QStringLiteral("to"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "截止月份") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "类型") },
        { QStringLiteral("base"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "缴费基数") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "状态") },
        { QStringLiteral("paidOn"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "补缴日期") },
        { QStringLiteral("birth"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "出生日期") },
        { QStringLiteral("sex"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "性别") },
        { QStringLiteral("category"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "人员类别") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "日期") },
        { QStringLiteral("care"), QT_TRANSLATE_NOOP("yibao::ErrorPlace", "就医类型") },
        { QStringLiteral("baseAtRetirement"),
            QT_TRANSLATE_NOOP("yibao::ErrorPlace", "退休时缴费基数") },
    };
    const QString field = fields.contains(p.field)
        ? QCoreApplication::translate("yibao::ErrorPlace", fields.value(p.field))
        : p.field;
    if (p.list == QLatin1String("periods")) {
        if (p.index < 0)
            return QCoreApplication::translate("yibao::ErrorPlace", "缴费记录");
        return QCoreApplication::translate("yibao::ErrorPlace", "缴费记录 第%1行").arg(p.index + 1)
            + (field.isEmpty() ? QString() : QLatin1Char(' ') + field);
    }
    if (p.list == QLatin1String("events")) {
        if (p.index < 0)
            return QCoreApplication::translate("yibao::ErrorPlace", "就医事件");
        return QCoreApplication::translate("yibao::ErrorPlace", "就医事件 第%1行").arg(p.index + 1)
            + (field.isEmpty() ? QString() : QLatin1Char(' ') + field);
    }
    if (p.list == QLatin1String("person"))
        return QCoreApplication::translate("yibao::ErrorPlace", "个人信息")
            + (field.isEmpty() ? QString() : QLatin1Char(' ') + field);
    if (p.list == QLatin1String("retirement"))
        return QCoreApplication::translate("yibao::ErrorPlace", "退休信息")
            + (field.isEmpty() ? QString()
                               : QLatin1Char(' ')
                        + (p.field == QLatin1String("date")
                                ? QCoreApplication::translate("yibao::ErrorPlace", "退休日期")
                                : field));
    if (p.list == QLatin1String("asOf"))
        return QCoreApplication::translate("yibao::ErrorPlace", "计算日期");
    if (p.list == QLatin1String("deemedMonths"))
        return QCoreApplication::translate("yibao::ErrorPlace", "视同缴费月数");
    if (p.list == QLatin1String("profile"))
        return QCoreApplication::translate("yibao::ErrorPlace", "政策配置");
    return path;
}

void markField(QWidget *field, const QString &message)
{
    if (field->property("yibaoError").toString() == message)
        return;
    field->setProperty("yibaoError", message);
    // Only the roles set here are resolved; an empty palette inherits the parent's again.
    QPalette pal;
    if (!message.isEmpty()) {
        pal.setColor(QPalette::Base, QColor(255, 205, 205));
        pal.setColor(QPalette::Button, QColor(255, 205, 205));
        pal.setColor(QPalette::Text, QColor(140, 0, 0));
    }
    field->setPalette(pal);
    field->setToolTip(message);
    field->setAccessibleDescription(message);
}

} // namespace yibao
