// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace sa {

// sequence-admin-cli: lists and exports users, diffs two json reports or
// stored snapshots, keeps snapshots and checks drift against a baseline.
// Exit codes are part of its interface (README, --help).
class CliTool
{
public:
    enum ExitCode {
        Success = 0,
        DifferencesFound = 1, // diff and drift only
        UsageError = 2,
        AuthenticationFailed = 3,
        NetworkOrServerFailure = 4,
        InvalidData = 5,
        KeychainError = 6,
        CannotWriteOutput = 7,
        StoreError = 8,
    };

    // True when the arguments ask for a report that needs fonts (pdf), so
    // main() must create a QGuiApplication rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

    // Runs the tool; arguments include the program name, as from argv.
    int run(const QStringList &arguments);
};

} // namespace sa
