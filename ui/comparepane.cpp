// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepane.h"

#include "dialogs.h"
#include "permissionmatrixmodel.h"
#include "reportwriter.h"
#include "user.h"
#include "userdetailpane.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>

namespace sa {

ComparePane::ComparePane(const RoleRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_leftModel(new PermissionMatrixModel(registry, this))
    , m_rightModel(new PermissionMatrixModel(registry, this))
    , m_leftView(createMatrixView(this))
    , m_rightView(createMatrixView(this))
    , m_differences(new QListWidget(this))
    , m_exportDifferences(new QPushButton(tr("E&xport the differences\u2026"), this))
{
    setObjectName(QStringLiteral("comparePane"));
    m_leftView->setModel(m_leftModel);
    m_rightView->setModel(m_rightModel);
    m_leftView->setAccessibleName(tr("Permissions of the first user"));
    m_rightView->setAccessibleName(tr("Permissions of the second user"));
    m_summary->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_leftTitle, 1, 0);
    layout->addWidget(m_rightTitle, 1, 1);
    layout->addWidget(m_leftView, 2, 0);
    layout->addWidget(m_rightView, 2, 1);
    layout->addWidget(createMatrixLegend(this), 3, 0, 1, 2);
    // The differences in words, below the matrices: what an auditor copies.
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setAccessibleName(tr("Differences"));
    m_differences->setMaximumHeight(150);
    layout->addWidget(m_differences, 4, 0, 1, 2);
    layout->addWidget(m_exportDifferences, 5, 1, Qt::AlignRight);
    connect(m_exportDifferences, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the differences"), QStringLiteral("differences.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(differencesCsv()) < 0 || !file.commit())
            dialogs::warning(
                this, tr("Export failed"), tr("%1 could not be written: %2").arg(path, file.errorString()));
    });
    layout->setRowStretch(2, 1);
    // Scroll the two matrices together, so the same cell stays side by side.
    for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        auto bar = [orientation](QTableView *view) {
            return orientation == Qt::Horizontal ? view->horizontalScrollBar() : view->verticalScrollBar();
        };
        connect(bar(m_leftView), &QScrollBar::valueChanged, bar(m_rightView), &QScrollBar::setValue);
        connect(bar(m_rightView), &QScrollBar::valueChanged, bar(m_leftView), &QScrollBar::setValue);
    }
    clear();
}

void ComparePane::setRegistry(const RoleRegistry *registry)
{
    clear();
    m_leftModel->setRegistry(registry);
    m_rightModel->setRegistry(registry);
}

void ComparePane::setHiddenByFilters(const QStringList &emails)
{
    if (m_ids.isEmpty())
        return;
    m_summary->setText(emails.isEmpty() ? m_comparison
                                        : m_comparison + QLatin1Char('\n')
                + tr("Hidden by the current filters: %1.").arg(emails.join(QStringLiteral(", "))));
}

void ComparePane::clear()
{
    m_ids.clear();
    m_comparison.clear();
    m_leftModel->clear();
    m_rightModel->clear();
    m_leftTitle->clear();
    m_rightTitle->clear();
    m_differences->clear();
    m_exportDifferences->setEnabled(false);
    m_summary->setText(tr("Select two users in the table, then choose Compare (Ctrl+D)."));
}

void ComparePane::compare(const User &left, const User &right)
{
    m_leftModel->setRoles(left.roles);
    m_rightModel->setRoles(right.roles);
    m_leftModel->setComparison(right.roles);
    m_rightModel->setComparison(left.roles);
    m_leftTitle->setText(QStringLiteral("<b>%1</b>").arg(left.email.toHtmlEscaped()));
    m_rightTitle->setText(QStringLiteral("<b>%1</b>").arg(right.email.toHtmlEscaped()));
    const int differences = m_leftModel->differenceCount();
    m_ids = QStringList {left.id, right.id};
    m_comparison = differences == 0 ? tr("These two users hold exactly the same permissions.")
                                    : tr("%n permissions differ; they are framed.", nullptr, differences);
    m_summary->setText(m_comparison);
    m_leftEmail = left.email;
    m_rightEmail = right.email;
    m_differences->clear();
    m_differences->addItems(ComparePane::differences());
    m_exportDifferences->setEnabled(differences > 0);
}

QStringList ComparePane::differences() const
{
    QStringList lines;
    for (int r = 0; r < m_leftModel->rowCount(); ++r) {
        for (int c = 0; c < m_leftModel->columnCount(); ++c) {
            if (!m_leftModel->differs(r, c))
                continue;
            const QString permission
                = m_leftModel->headerData(r, Qt::Vertical, PermissionMatrixModel::NameRole).toString()
                + QLatin1Char(':')
                + m_leftModel->headerData(c, Qt::Horizontal, PermissionMatrixModel::NameRole).toString();
            const bool left = m_leftModel->cellState(r, c) == PermissionMatrixModel::Granted;
            lines << tr("%1: only %2").arg(permission, left ? m_leftEmail : m_rightEmail);
        }
    }
    return lines;
}

QByteArray ComparePane::differencesCsv() const
{
    QByteArray out("resource,action,holder\n");
    for (int r = 0; r < m_leftModel->rowCount(); ++r) {
        for (int c = 0; c < m_leftModel->columnCount(); ++c) {
            if (!m_leftModel->differs(r, c))
                continue;
            appendCsvField(
                out, m_leftModel->headerData(r, Qt::Vertical, PermissionMatrixModel::NameRole).toString());
            out.append(',');
            appendCsvField(
                out, m_leftModel->headerData(c, Qt::Horizontal, PermissionMatrixModel::NameRole).toString());
            out.append(',');
            appendCsvField(out,
                m_leftModel->cellState(r, c) == PermissionMatrixModel::Granted ? m_leftEmail : m_rightEmail);
            out.append('\n');
        }
    }
    return out;
}

} // namespace sa
