// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotdiffdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa {

SnapshotDiffDialog::SnapshotDiffDialog(
    const std::vector<SnapshotChange> &changes, const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("snapshotDiffDialog"));
    setWindowTitle(tr("Changes since the snapshot"));
    resize(820, 560);
    auto *label = new QLabel(summary, this);
    label->setWordWrap(true);
    auto *tree = new QTreeWidget(this);
    tree->setHeaderLabels({tr("Change"), tr("User"), tr("Permission"), tr("ID")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAccessibleName(tr("Changes"));
    tree->setSortingEnabled(true);
    for (const SnapshotChange &change : changes) {
        QString what;
        switch (change.kind) {
        case SnapshotChange::Kind::UserAdded:
            what = tr("user added");
            break;
        case SnapshotChange::Kind::UserRemoved:
            what = tr("user removed");
            break;
        case SnapshotChange::Kind::Granted:
            what = tr("gained");
            break;
        case SnapshotChange::Kind::Revoked:
            what = tr("lost");
            break;
        }
        const QString permission
            = change.resource.isEmpty() ? QString() : tr("%1 on %2").arg(change.action, change.resource);
        tree->addTopLevelItem(new QTreeWidgetItem({what, change.email, permission, change.id}));
    }
    tree->sortByColumn(-1, Qt::AscendingOrder);
    tree->header()->resizeSections(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
}

} // namespace sa
