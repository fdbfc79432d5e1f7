// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace sa {

class PermissionMatrixModel;
class RoleRegistry;
struct User;

// Two users' matrices side by side; cells where they differ are framed.
class ComparePane : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePane(const RoleRegistry *registry, QWidget *parent = nullptr);
    void compare(const User &left, const User &right);
    void clear();
    // Another connection: clears the pane, whose users belonged to the old registry.
    void setRegistry(const RoleRegistry *registry);
    // The ids of the two users compared; empty when none are.
    QStringList comparedIds() const { return m_ids; }
    // Says which of the compared users the filters hide (by e-mail), or nothing.
    void setHiddenByFilters(const QStringList &emails);
    PermissionMatrixModel *leftModel() const { return m_leftModel; }
    PermissionMatrixModel *rightModel() const { return m_rightModel; }
    // The differences as lines: "org.invoice:finalize: only ana@example.com".
    QStringList differences() const;
    // resource,action,holder: the differences as CSV (defused like every report).
    QByteArray differencesCsv() const;
    QListWidget *differenceList() const { return m_differences; }

private:
    QStringList m_ids;
    QString m_comparison; // what the summary says of the two users
    QLabel *m_summary;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    PermissionMatrixModel *m_leftModel;
    PermissionMatrixModel *m_rightModel;
    QTableView *m_leftView;
    QTableView *m_rightView;
    QListWidget *m_differences;
    QPushButton *m_exportDifferences;
    QString m_leftEmail;
    QString m_rightEmail;
};

} // namespace sa
