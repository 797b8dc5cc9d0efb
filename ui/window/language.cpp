// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace yibao::Language {

namespace {

    struct Translators
    {
        QTranslator *own = nullptr;
        QTranslator *qt = nullptr;
        QString lang = QStringLiteral("zh_CN");
    };

    Translators &translators()
    {
        static Translators t;
        return t;
    }

    const QLatin1String SettingsKey("ui/language");

} // namespace

QStringList available()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

QString current()
{
    return translators().lang;
}

bool apply(const QString &lang)
{
    if (!available().contains(lang))
        return false;
    Translators &t = translators();
    for (QTranslator **tr : { &t.own, &t.qt }) {
        if (*tr) {
            QCoreApplication::removeTranslator(*tr);
            delete *tr;
            *tr = nullptr;
        }
    }
    // The translators live as long as the application; they are parented to it so that
    // they go away with it.
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ok = own->load(QStringLiteral(":/i18n/yibao_") + lang + QStringLiteral(".qm"));
    if (ok) {
        QCoreApplication::installTranslator(own);
        t.own = own;
    } else {
        delete own;
    }
    // Qt's own texts (the Save / Discard / Cancel buttons, the calendar) in the same language.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(
            QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        t.qt = qt;
    } else {
        delete qt;
    }
    t.lang = lang;
    return ok || lang == QLatin1String("zh_CN");
}

QString saved()
{
    const QString lang = QSettings().value(SettingsKey, QStringLiteral("zh_CN")).toString();
    return available().contains(lang) ? lang : QStringLiteral("zh_CN");
}

void save(const QString &lang)
{
    QSettings().setValue(SettingsKey, lang);
}

} // namespace yibao::Language
