// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

namespace sa {

// The report a person reads: title, source, time, counts per role and state,
// the access overview, then each user with their permissions and their
// departures from the standard role, in words as well as marks.
// A null string when context.progress asked to stop.
QString htmlReport(const UserStore &store, const std::vector<int> &rows, const ReportContext &context);

} // namespace sa
