// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "sa_version.h"

#include <QCoreApplication>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <array>
#include <memory>

Q_LOGGING_CATEGORY(lcI18n, "sequenceadmin.i18n", QtInfoMsg)

namespace sa::application {

QIcon icon()
{
    QIcon fallback;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        fallback.addFile(QStringLiteral(":/icons/%1/" SA_APP_ID ".png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral(SA_APP_ID), fallback);
}

QIcon actionIcon(const QString &themeName)
{
    QIcon bundled;
    for (const int size : {16, 22, 24, 32, 48}) {
        const QString file = QStringLiteral(":/actions/%1/%2.png").arg(size).arg(themeName);
        if (QFile::exists(file))
            bundled.addFile(file, QSize(size, size));
    }
    return QIcon::fromTheme(themeName, bundled);
}

QString installTranslations(const QLocale &locale)
{
    // Owned here so a second call (a test switching languages) replaces them.
    static std::array<std::unique_ptr<QTranslator>, 2> installed;
    for (auto &translator : installed) {
        if (translator)
            QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }

    auto ours = std::make_unique<QTranslator>();
    // Tries each of the locale's UI languages in order ("de-AT", "de", ...).
    if (!ours->load(
            locale, QStringLiteral("sequence-admin"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qCDebug(lcI18n) << "no translation for" << locale.uiLanguages() << "- English";
        // English itself: the source text with its plural forms ("1 user").
        if (ours->load(QStringLiteral("sequence-admin_en"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(ours.get());
            installed[0] = std::move(ours);
        }
        return QStringLiteral("en");
    }
    const QString language = ours->language();
    if (language.startsWith(QLatin1String("en"))) {
        // Qt's strings are English already; only the plural forms are ours.
        QCoreApplication::installTranslator(ours.get());
        installed[0] = std::move(ours);
        return QStringLiteral("en");
    }
    // Qt's own strings (standard buttons, context menus) come with Qt; without
    // them the dialogs' buttons would stay English, which is ugly, not fatal.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed[1] = std::move(qt);
    } else {
        qCInfo(lcI18n) << "Qt's own translation for" << language << "is not installed";
    }
    QCoreApplication::installTranslator(ours.get());
    installed[0] = std::move(ours);
    return language.section(QLatin1Char('_'), 0, 0);
}

} // namespace sa::application
