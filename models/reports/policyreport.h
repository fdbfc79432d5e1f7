// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyevaluation.h"

#include <QByteArray>
#include <QJsonObject>

namespace sa {

class UserStore;

// The findings of a policy in the CLI's formats and in the reports.
enum class PolicyFormat { Text, Json, Csv, Sarif, Junit };
bool parsePolicyFormat(const QString &name, PolicyFormat *out);

QByteArray writePolicyResult(
    PolicyFormat format, const Policy &policy, const PolicyResult &result, const UserStore &store);
// The json form ({"policy", "summary", "rules", "expiredExceptions", "warnings"}),
// also the "findings" member of the json report.
QJsonObject policyResultJson(const Policy &policy, const PolicyResult &result, const UserStore &store);
// One line per finding's permissions: "org.invoice:create (financeUser) + org.invoice:send (financeUser)".
QString findingText(const Finding &finding);

} // namespace sa
