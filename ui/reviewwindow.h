// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace sa {

class ApiClient;
class PermissionMatrixModel;
struct Policy;
class ReviewFilterModel;
class ReviewSession;
class ReviewTableModel;

// Sign-off: who signs, their role, an optional OpenPGP key, and a
// statement they tick before the review is sealed.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignOffDialog(const QString &reviewer, QWidget *parent = nullptr);
    QLineEdit *reviewerField() const { return m_reviewer; }
    QLineEdit *roleField() const { return m_role; }
    QLineEdit *gpgKeyField() const { return m_gpgKey; }
    QCheckBox *statement() const { return m_statement; }
    QPushButton *signButton() const { return m_sign; }

private:
    void updateButton();
    QLineEdit *m_reviewer;
    QLineEdit *m_role;
    QLineEdit *m_gpgKey;
    QCheckBox *m_statement;
    QPushButton *m_sign;
};

// A revoke of some roles only: which of the roles the selected users hold,
// and why.
class RevokeRolesDialog : public QDialog
{
    Q_OBJECT
public:
    RevokeRolesDialog(const QStringList &roles, int users, QWidget *parent = nullptr);
    QListWidget *roleList() const { return m_roles; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *revokeButton() const { return m_revoke; }
    QStringList checkedRoles() const;

private:
    void updateButton();
    QListWidget *m_roles;
    QLineEdit *m_reason;
    QPushButton *m_revoke;
};

// Review mode: one access review, its users with their decisions, the
// selected user's permissions as frozen in the review. K, R and F decide
// the selected users (keep, revoke, flag; a reason is asked once for all
// of them), U takes a decision back. Sign off seals the review; Confirm
// checks after remediation that the revokes took effect; Verify re-checks
// the folder. A signed review opens read-only.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    // client: the connection to confirm against (may be null).
    explicit ReviewWindow(ApiClient *client, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    ReviewSession *session() const { return m_session; }
    QTableView *table() const { return m_table; }
    ReviewFilterModel *filterModel() const { return m_filter; }
    QComboBox *decisionFilter() const { return m_decisionFilter; }
    PermissionMatrixModel *matrix() const { return m_matrix; }
    QLabel *userHeading() const { return m_userHeading; }
    QLabel *statusText() const { return m_statusText; }
    SignOffDialog *signOffDialog() const { return m_signOffDialog; }
    QPushButton *cancelButton() const { return m_cancel; }
    QAction *signOffAction() const { return m_signOff; }
    QAction *keepAction() const { return m_keep; }

    // Who decides here: "Name <email>"; asked for at the first decision.
    void setReviewer(const QString &reviewer);
    // The access policy whose findings the signed-off reports include (none: null).
    void setPolicy(std::shared_ptr<const Policy> policy) { m_policy = std::move(policy); }
    // Opens a review folder; a warning and false when it cannot be read.
    bool openReview(const QString &dir);
    // Loads the account through the client, recording every page into dir,
    // and opens the new review (reviewOpened) or says why not.
    void startReview(const QString &dir, const QString &title, const UserFilter &scope);
    // Decides the selected users, asking for a reason when needed.
    void decideSelected(Decision decision);
    // Shift+R: asks which of the selected users' roles to revoke, and why.
    void revokeRolesOfSelected();
    RevokeRolesDialog *revokeRolesDialog() const { return m_revokeRolesDialog; }
    // Shows the sign-off dialog (not modal to the app); signOff() when accepted.
    void openSignOffDialog();
    void signOff(const SignOff &signOff);
    void confirmReview();
    void verifyReview();

Q_SIGNALS:
    void reviewOpened();
    void startFailed(const QString &message);
    void signOffFinished(bool ok, const QString &message);
    void confirmFinished(bool ok, const QString &message);
    void verifyFinished(bool intact, const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateState();
    void showCurrentUser();
    // Who decides: the remembered reviewer, else asked for; none when cancelled.
    std::optional<Reviewer> reviewer();
    // Runs work on a thread of its own, then done on this one; one at a time.
    // With cancel, a Cancel button in the status bar calls it.
    void runInBackground(const QString &what, std::function<void()> work, std::function<void()> done,
        std::function<void()> cancel = {});

    QPointer<ApiClient> m_client;
    ReviewSession *m_session;
    ReviewTableModel *m_model;
    ReviewFilterModel *m_filter;
    QTableView *m_table;
    QComboBox *m_decisionFilter;
    PermissionMatrixModel *m_matrix;
    QTableView *m_matrixView;
    QLabel *m_userHeading;
    QLabel *m_statusText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    std::function<void()> m_cancelWork;
    QAction *m_keep = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_flag = nullptr;
    QAction *m_undecide = nullptr;
    QAction *m_revokeRoles = nullptr;
    QAction *m_signOff = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_verify = nullptr;
    QPointer<SignOffDialog> m_signOffDialog;
    QPointer<RevokeRolesDialog> m_revokeRolesDialog;
    // The review items selected, in review order (none: the current one).
    std::vector<int> selectedItems() const;
    QString m_reviewer;
    std::shared_ptr<const Policy> m_policy;
    QThread *m_worker = nullptr;
};

} // namespace sa
