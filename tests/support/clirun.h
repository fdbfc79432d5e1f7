// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real sequence-admin-cli (SA_CLI_PATH) run to its end with the demo
// credentials in its environment.
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStringList>

namespace satest {

struct CliResult
{
    int code = -1; // -1: it crashed
    QByteArray out;
    QByteArray err;
};

// Waits in the event loop: servers under test may live on this thread.
inline CliResult runCli(const QStringList &arguments, const QString &secret = QStringLiteral("demo-secret"),
    const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEQUENCE_CLIENT_ID"), QStringLiteral("demo-client"));
    env.insert(QStringLiteral("SEQUENCE_CLIENT_SECRET"), secret);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SA_CLI_PATH), arguments);
    if (!finished.wait(240000))
        qFatal("sequence-admin-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

// The distinct values of the first column (the id) of a csv of users, header left out.
inline QSet<QByteArray> csvIds(const QByteArray &csv)
{
    QSet<QByteArray> ids;
    for (const QByteArray &line : csv.trimmed().split('\n').mid(1))
        ids.insert(line.left(line.indexOf(',')));
    return ids;
}

} // namespace satest
