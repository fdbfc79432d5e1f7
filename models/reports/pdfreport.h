// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

namespace sa {

// The readable report as PDF (A4, or Letter where the locale measures in
// inches): the same sections as the html report, drawn page by page with
// QPainter, so time and memory grow with the page being drawn, not with the
// whole report. Page numbers at the foot. Needs a QGuiApplication (fonts).
bool writePdfReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
    const ReportContext &context, QString *error);

} // namespace sa
