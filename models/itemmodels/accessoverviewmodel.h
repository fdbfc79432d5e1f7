// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesscounts.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <memory>
#include <vector>

namespace sa {

class UserFilterProxyModel;
class UserStore;

// The whole account at once: resources by actions, each cell the number of
// users shown by the proxy (loaded and matching the filters) who hold that
// permission. Counts users per interned role set first, so a recompute is
// one pass over the rows plus a few hundred role sets, and it is coalesced
// while pages arrive.
class AccessOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        CountRole = Qt::UserRole + 1, // int
        HeatRole, // double, 0..1 of the largest cell
        ResourceRole, // full resource name
        ActionRole, // action name
        DeltaRole, // int: the count minus the baseline's (0 without one)
    };

    explicit AccessOverviewModel(UserFilterProxyModel *users, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int count(int resource, int action) const;
    // Another set of users to compare each count with (a stored snapshot),
    // filtered as the users shown are; cells then read "12 (+3)". Matched
    // by resource and action names: the two may list them differently.
    // Null clears it.
    void setBaseline(std::shared_ptr<const UserStore> users, const QString &label);
    bool hasBaseline() const { return m_baseline != nullptr; }
    int baselineCount(int resource, int action) const;
    int baselineUserCount() const { return m_baselineUsers; }
    int userCount() const { return m_users; }
    qint64 lastRecomputeNs() const { return m_lastNs; }
    void setDelay(int ms) { m_timer.setInterval(ms); }

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void recomputed();

private:
    UserFilterProxyModel *m_proxy;
    QTimer m_timer;
    AccessCounts m_counts;
    int m_max = 0;
    int m_users = 0;
    qint64 m_lastNs = 0;
    std::shared_ptr<const UserStore> m_baseline;
    QString m_baselineLabel;
    QHash<QString, int> m_baselineCounts; // "resource\x1faction" -> holders
    int m_baselineUsers = 0;
};

} // namespace sa
