// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// sequence-admin-cli: scriptable listing, export and diff of Sequence users.
#include "clitool.h"
#include "sa_version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // A PDF needs fonts, so a GUI application, but never a display.
    std::unique_ptr<QCoreApplication> app;
    if (sa::CliTool::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("sequence-admin-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SA_VERSION_STRING));
    return sa::CliTool().run(arguments);
}
