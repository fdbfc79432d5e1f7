// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QSortFilterProxyModel>
#include <memory>
#include <optional>
#include <vector>

namespace sa {

class ApiClient;
class RoleRegistry;
class UserStore;

// A review opened in the window: review.json with the users as frozen in
// its raw pages, for the table and the permission matrix; decisions saved
// as they are made. Also starts a review (a load recorded into a folder)
// and confirms one, without blocking.
class ReviewSession : public QObject
{
    Q_OBJECT
public:
    explicit ReviewSession(QObject *parent = nullptr);
    ~ReviewSession() override;

    // Reads review.json and parses the recorded pages; false with *error.
    bool open(const QString &dir, QString *error);
    bool isOpen() const { return m_open; }
    const Review &review() const { return m_review; }
    // Every user of the account as the review recorded it.
    const UserStore &store() const { return *m_store; }
    const RoleRegistry &registry() const { return *m_registry; }
    // The store row of a review item.
    int rowOf(int item) const { return m_rows[size_t(item)]; }
    bool isReadOnly() const { return m_review.isSigned(); }

    // Decides items and writes review.json; false with *error (nothing changed).
    // revokedRoles: with Revoke, only these roles are taken away.
    bool decide(const std::vector<int> &items, Decision decision, const QString &reason,
        const Reviewer &reviewer, QString *error, const QStringList &revokedRoles = {});

    // Starts a review in dir: loads every user through client, recording
    // each page; then opens it. progress() while loading, then startFinished().
    void start(ApiClient *client, const QString &dir, const QString &title, const UserFilter &scope);
    // Loads the account again into confirm/ and checks every revoke; then
    // confirmFinished() with the revokes still in force.
    void confirm(ApiClient *client);
    // Stops a start or a confirmation; what it recorded is removed.
    void cancel();
    bool isBusy() const { return m_loader != nullptr; }

Q_SIGNALS:
    void progress(qint64 loaded, qint64 total);
    void startFinished(bool ok, const QString &message);
    void confirmFinished(bool ok, const QString &message, const std::vector<sa::ConfirmOutcome> &stillHeld);
    void decisionsChanged();
    // A review was opened (or opened again): everything shown changes.
    void opened();

private:
    void load(ApiClient *client, const QString &folder);
    void loaded(bool complete);
    void discardRecording();

    Review m_review;
    std::unique_ptr<RoleRegistry> m_registry;
    std::unique_ptr<UserStore> m_store;
    std::vector<int> m_rows;
    bool m_open = false;
    // A load in progress (start or confirm).
    std::unique_ptr<UserLoader> m_loader;
    std::unique_ptr<PageRecorder> m_recorder;
    Extraction m_extraction;
    QString m_loadDir;
    QString m_loadFolder;
    QString m_title;
    UserFilter m_scope;
    bool m_confirming = false;
    bool m_createdDir = false;
};

// The users of a review: e-mail, state, roles and the decision made.
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EmailColumn,
        StateColumn,
        RolesColumn,
        DecisionColumn,
        ReasonColumn,
        ReviewerColumn,
        ColumnCount
    };
    static constexpr int DecisionRole = Qt::UserRole + 1; // int(Decision)

    explicit ReviewTableModel(ReviewSession *session, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString decisionText(Decision decision);

private:
    ReviewSession *m_session;
};

// Shows all users, or only those with one decision.
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setDecision(std::optional<Decision> decision);
    std::optional<Decision> decision() const { return m_decision; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Decision> m_decision;
};

} // namespace sa

Q_DECLARE_METATYPE(std::vector<sa::ConfirmOutcome>)
