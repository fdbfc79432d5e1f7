// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotdiff.h"

#include <QDialog>

namespace sa {

// What changed since a saved json report: users added and removed, and
// each permission gained or lost.
class SnapshotDiffDialog : public QDialog
{
    Q_OBJECT
public:
    SnapshotDiffDialog(
        const std::vector<SnapshotChange> &changes, const QString &summary, QWidget *parent = nullptr);
    const std::vector<SnapshotChange> &changes() const { return m_changes; }

private:
    std::vector<SnapshotChange> m_changes;
};

} // namespace sa
