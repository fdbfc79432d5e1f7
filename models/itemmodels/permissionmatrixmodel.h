// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <vector>

namespace sa {

class RoleRegistry;

// One user's effective permissions: resources as rows (catalog order,
// unknown ones after), actions as columns. A cell is granted, not granted,
// or not applicable (no role known to the app grants that action on that
// resource). It says which roles grant it, and where the user's role departs
// from the standard role of its name: an extra grant, or a missing one. With
// a comparison set, cells that differ from the other user are marked.
class PermissionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum CellState { NotApplicable, NotGranted, Granted };
    Q_ENUM(CellState)
    enum Departure { NoDeparture, ExtraGrant, MissingGrant };
    Q_ENUM(Departure)
    enum Roles {
        CellStateRole = Qt::UserRole + 1, // CellState
        DepartureRole, // Departure
        ProvenanceRole, // QStringList: the roles that grant the cell
        DiffersRole, // bool: differs from the comparison
        NameRole, // headers: the full resource or action name
        PolicyRole, // QStringList: the policy rules this held permission takes part in breaking
    };

    explicit PermissionMatrixModel(const RoleRegistry *registry, QObject *parent = nullptr);

    // Another connection's roles: drops the roles shown, which belong to the old registry.
    void setRegistry(const RoleRegistry *registry);
    void setRoles(const std::vector<const RoleDefinition *> &roles);
    void clear() { setRoles({}); }
    // Marks the cells whose granted state differs from these roles' union.
    void setComparison(const std::vector<const RoleDefinition *> &otherRoles);
    void clearComparison();
    // Marks the cells (by "resource:action") that take part in breaking
    // access policy rules, with the rules' ids.
    void setPolicyMarks(const QHash<QString, QStringList> &marks);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    CellState cellState(int resource, int action) const;
    Departure departure(int resource, int action) const;
    QStringList provenance(int resource, int action) const;
    bool differs(int resource, int action) const;
    int differenceCount() const;

private:
    void rebuild();

    const RoleRegistry *m_registry;
    std::vector<const RoleDefinition *> m_roles;
    std::vector<GrantKey> m_granted; // union of the user's roles
    std::vector<GrantKey> m_applicable; // granted by some known role
    std::vector<GrantKey> m_extra;
    std::vector<GrantKey> m_missing;
    bool m_comparing = false;
    std::vector<GrantKey> m_other;
    QHash<QString, QStringList> m_policyMarks;
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace sa
