// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QIcon;

namespace sa {

// What every window of the app shares: its icon and its language.
namespace application {

// The theme's icon when the package installed one, else the built-in one.
QIcon icon();
// An action's icon by its freedesktop name ("view-refresh"): the desktop
// theme's when it has one, else the one bundled with the app.
QIcon actionIcon(const QString &themeName);

// Installs the translations for the first of locale's UI languages that has
// one (ours and Qt's own), replacing any installed before. English needs
// none. Returns the language now in use, e.g. "de" or "en".
QString installTranslations(const QLocale &locale = QLocale::system());

} // namespace application

} // namespace sa
