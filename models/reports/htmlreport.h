// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

namespace sa {

// The report a person reads: title, source, time, counts per role and state,
// the access overview, then each user with their permissions and their
// departures from the standard role, in words as well as marks.
// Written as a stream: the text so far goes to sink every few hundred
// kilobytes (which empties it), so memory stays flat however many users.
// False when context.progress asked to stop or sink returned false.
bool writeHtmlReport(const UserStore &store, const std::vector<int> &rows, const ReportContext &context,
    const std::function<bool(QString &text)> &sink);

} // namespace sa
