// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyevaluation.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>
#include <memory>

class QThread;

namespace sa {

class UserTableModel;

// The findings of an access policy over every user loaded: one row per rule
// (severity, id, title, how many break it), recomputed when users arrive
// (coalesced) and at once when the loader changes. Once every user is in
// and there are many, the evaluation runs on a worker thread (the store no
// longer changes then) and the rows change when it is done.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, TitleColumn, UsersColumn, ColumnCount };
    enum Roles {
        RuleIdRole = Qt::UserRole + 1, // QString
        ViolatedRole, // bool
    };

    explicit FindingsModel(UserTableModel *users, QObject *parent = nullptr);

    void setPolicy(std::shared_ptr<const Policy> policy);
    const std::shared_ptr<const Policy> &policy() const { return m_policy; }
    const PolicyResult &result() const { return m_result; }
    // For tests: the day exceptions are judged on.
    void setToday(const QDate &today);
    // The ids of the users who break the rule of a row (exceptions aside).
    QSet<QString> violatorIds(int row) const;
    // From how many users a complete load is evaluated on a worker thread.
    void setAsyncThreshold(int users) { m_asyncThreshold = users; }
    bool isComputing() const { return m_worker != nullptr; }
    // Waits for an evaluation in flight: before the store it reads goes.
    void waitForWorker();
    ~FindingsModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void recomputed();

private:
    UserTableModel *m_users;
    QTimer m_timer;
    std::shared_ptr<const Policy> m_policy;
    PolicyResult m_result;
    std::shared_ptr<const Policy> m_resultPolicy; // what m_result's rules point into
    QDate m_today;
    int m_asyncThreshold = 100000;
    QThread *m_worker = nullptr;
    quint64 m_generation = 0;
};

} // namespace sa
