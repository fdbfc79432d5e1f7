#pragma once

#include "reportwriter.h"

namespace sa {

// The report a person reads: title, source, time, counts per role and state,
// the access overview, then each user with their permissions and their
// departures from the standard role, in words as well as marks.
QString htmlReport(const UserStore &store, const std::vector<int> &rows, const ReportContext &context);

// The same report as PDF (A4, or Letter where the locale measures in
// inches), with page numbers. Needs a QGuiApplication (fonts).
bool writePdfReport(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
    const ReportContext &context, QString *error);

} // namespace sa
