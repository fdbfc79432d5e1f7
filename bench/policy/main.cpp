// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-policy: evaluates an access policy of 10 rules (the starter policy's
// 7 and 3 more) over N of the emulator's users and prints the time of each
// of --runs evaluations as JSON. See docs/BENCHMARKS.md.
#include "emulatordataset.h"
#include "policy.h"
#include "policyevaluation.h"
#include "roleregistry.h"
#include "usersparser.h"
#include "userstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>

using namespace sa;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users (default 1000000)."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Evaluations (default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption policyOption(QStringLiteral("policy"),
        QStringLiteral("The starter policy's file."), QStringLiteral("file"), QStringLiteral(SA_POLICY_FILE));
    parser.addHelpOption();
    parser.addOptions({usersOption, runsOption, policyOption});
    parser.process(app);
    const qint64 count = parser.value(usersOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QFile file(parser.value(policyOption));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    // Ten rules: the starter's seven and three more of the common kinds.
    const QByteArray yaml = file.readAll().replace("exceptions: []",
        "  - id: SOD-PRODUCT\n    title: p\n    severity: low\n    conflict:\n      - [org.product:create]\n"
        "      - [org.product:delete]\n"
        "  - id: PRIV-SETTINGS\n    title: s\n    severity: medium\n    maxHolders: {permissions: "
        "[\"org.settings:*\"], max: 5}\n"
        "  - id: FINANCE-EQUIVALENT\n    title: f\n    severity: low\n    covers: {role: financeUser}\n"
        "exceptions:\n  - {rule: SOD-INVOICE, user: nobody@example.com, reason: r, approvedBy: b, expires: "
        "2099-01-01}\n");
    Policy policy;
    QString error;
    if (!Policy::parse(yaml, file.fileName(), &policy, &error))
        qFatal("%s", qPrintable(error));

    RoleRegistry registry;
    UserStore store(&registry);
    QString loadError;
    if (!EmulatorDataset(1, count).loadInto(store, {}, &loadError))
        qFatal("%s", qPrintable(loadError));
    std::vector<int> rows(size_t(store.size()));
    for (int row = 0; row < store.size(); ++row)
        rows[size_t(row)] = row;

    std::vector<double> ms;
    int findings = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const PolicyResult result = PolicyResult::evaluate(policy, store, rows, QDate::currentDate());
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        findings = 0;
        for (const RuleResult &rule : result.rules)
            findings += int(rule.findings.size());
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    std::printf(
        "{\"users\":%lld,\"rules\":%d,\"role_sets\":%d,\"findings\":%d,\"min_ms\":%.1f,\"median_ms\":%.1f,"
        "\"max_ms\":%.1f}\n",
        count, int(policy.rules.size()), registry.roleSetCount(), findings, sorted.front(),
        sorted[sorted.size() / 2], sorted.back());
    return 0;
}
