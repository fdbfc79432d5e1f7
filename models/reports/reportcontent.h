// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesscounts.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace sa {

class UserStore;

// What the readable reports (html, pdf) say, worked out once and drawn by
// each in its own way. Text is plain: each writer escapes as it needs.
struct ReportSummary
{
    QMap<QString, int> perRole; // "(no role)" for users without one
    QMap<QString, int> perState;
    AccessCounts access;
    static ReportSummary of(const UserStore &store, const std::vector<int> &rows);
};

struct ReportAction
{
    enum class Mark { Granted, Extra, Missing };
    QString name;
    Mark mark = Mark::Granted;
};

// One user's section: roles with their departures, and per resource the
// granted actions plus those the standard role has and this user lacks.
struct ReportUser
{
    QStringList roleNotes; // "name", "name (custom role)", "name (differs ...)"
    struct Resource
    {
        QString name; // short, e.g. "invoice"
        std::vector<ReportAction> actions;
    };
    std::vector<Resource> resources;
    static ReportUser of(const UserStore &store, int row);
};

} // namespace sa
