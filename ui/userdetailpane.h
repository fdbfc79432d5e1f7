// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace sa {

class PermissionMatrixModel;
class RoleRegistry;
struct User;

// The selected user: e-mail, state, id, accounts, roles, and the
// resources-by-actions matrix with its legend.
class UserDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailPane(const RoleRegistry *registry, QWidget *parent = nullptr);

    // accountLabels: one label per account id, company name when known.
    void showUser(const User &user, const QStringList &accountLabels);
    void clear();
    // Another connection: clears the pane, whose user belonged to the old registry.
    void setRegistry(const RoleRegistry *registry);
    // Says that the user shown is not among the users the filters show.
    void setHiddenByFilters(bool hidden);
    bool isHiddenByFilters() const;
    QString shownUserId() const { return m_userId; }
    QPushButton *reportButton() const { return m_report; }
    // What if this user gained or lost a role: the roles to offer, and the answer.
    void setWhatIfChoices(const QStringList &add, const QStringList &remove);
    void showWhatIf(const QString &text);
    QComboBox *whatIfChoice() const { return m_whatIf; }
    QLabel *whatIfResult() const { return m_whatIfResult; }

Q_SIGNALS:
    // "Report on this user…": a PDF or HTML report of the user shown.
    void reportRequested();
    // The user chose "add role" (add) or "remove role" in What if.
    void whatIfChosen(const QString &role, bool add);

public:
    PermissionMatrixModel *matrixModel() const { return m_matrix; }
    QTableView *matrixView() const { return m_view; }

private:
    const RoleRegistry *m_registry;
    QString m_userId;
    QPushButton *m_report;
    QLabel *m_email;
    QLabel *m_state;
    QLabel *m_id;
    QToolButton *m_copyId;
    QLabel *m_accounts;
    QLabel *m_roles;
    QLabel *m_placeholder;
    QLabel *m_hiddenNote;
    QWidget *m_content;
    PermissionMatrixModel *m_matrix;
    QTableView *m_view;
    QComboBox *m_whatIf;
    QLabel *m_whatIfResult;
};

// A table view set up for a permission matrix.
QTableView *createMatrixView(QWidget *parent);
// The legend under a matrix.
QLabel *createMatrixLegend(QWidget *parent);

} // namespace sa
