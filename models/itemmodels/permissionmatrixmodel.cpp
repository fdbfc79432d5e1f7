// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissionmatrixmodel.h"

#include "roleregistry.h"

#include <algorithm>

namespace sa {

namespace {

bool contains(const std::vector<GrantKey> &sorted, GrantKey key)
{
    return std::binary_search(sorted.begin(), sorted.end(), key);
}

std::vector<GrantKey> unionOf(const std::vector<const RoleDefinition *> &roles)
{
    std::vector<GrantKey> all;
    for (const RoleDefinition *role : roles)
        all.insert(all.end(), role->grants().begin(), role->grants().end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace

PermissionMatrixModel::PermissionMatrixModel(const RoleRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    rebuild();
}

void PermissionMatrixModel::setRegistry(const RoleRegistry *registry)
{
    beginResetModel();
    m_registry = registry;
    m_roles.clear();
    m_comparing = false;
    m_other.clear();
    rebuild();
    endResetModel();
}

void PermissionMatrixModel::setRoles(const std::vector<const RoleDefinition *> &roles)
{
    beginResetModel();
    m_roles = roles;
    rebuild();
    endResetModel();
}

void PermissionMatrixModel::setComparison(const std::vector<const RoleDefinition *> &otherRoles)
{
    beginResetModel();
    m_comparing = true;
    m_other = unionOf(otherRoles);
    endResetModel();
}

void PermissionMatrixModel::setPolicyMarks(const QHash<QString, QStringList> &marks)
{
    m_policyMarks = marks;
    if (m_rows > 0 && m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
}

void PermissionMatrixModel::clearComparison()
{
    beginResetModel();
    m_comparing = false;
    m_other.clear();
    endResetModel();
}

void PermissionMatrixModel::rebuild()
{
    const PermissionCatalog &catalog = m_registry->catalog();
    m_rows = catalog.resourceCount();
    m_columns = catalog.actionCount();
    m_granted = unionOf(m_roles);
    m_applicable = m_registry->grantsOfAnyRole();
    m_extra.clear();
    m_missing.clear();
    for (const RoleDefinition *role : m_roles) {
        const RoleDeparture departure = m_registry->departure(*role);
        m_extra.insert(m_extra.end(), departure.extra.begin(), departure.extra.end());
        for (GrantKey key : departure.missing) {
            if (!contains(m_granted, key)) // another role may grant it anyway
                m_missing.push_back(key);
        }
    }
    std::sort(m_extra.begin(), m_extra.end());
    std::sort(m_missing.begin(), m_missing.end());
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

PermissionMatrixModel::CellState PermissionMatrixModel::cellState(int resource, int action) const
{
    const GrantKey key = grantKey(resource, action);
    if (contains(m_granted, key))
        return Granted;
    return contains(m_applicable, key) ? NotGranted : NotApplicable;
}

PermissionMatrixModel::Departure PermissionMatrixModel::departure(int resource, int action) const
{
    const GrantKey key = grantKey(resource, action);
    if (contains(m_extra, key))
        return ExtraGrant;
    if (contains(m_missing, key))
        return MissingGrant;
    return NoDeparture;
}

QStringList PermissionMatrixModel::provenance(int resource, int action) const
{
    QStringList names;
    for (const RoleDefinition *role : m_roles) {
        if (role->grants(resource, action))
            names << role->name();
    }
    return names;
}

bool PermissionMatrixModel::differs(int resource, int action) const
{
    return m_comparing
        && contains(m_granted, grantKey(resource, action)) != contains(m_other, grantKey(resource, action));
}

int PermissionMatrixModel::differenceCount() const
{
    if (!m_comparing)
        return 0;
    int count = 0;
    for (int r = 0; r < m_rows; ++r) {
        for (int a = 0; a < m_columns; ++a)
            count += differs(r, a) ? 1 : 0;
    }
    return count;
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int resource = index.row();
    const int action = index.column();
    const PermissionCatalog &catalog = m_registry->catalog();
    switch (role) {
    case Qt::DisplayRole: {
        const CellState state = cellState(resource, action);
        const Departure mark = departure(resource, action);
        // Text marks as well as colour, so the matrix reads in black and white.
        if (state == Granted)
            return mark == ExtraGrant ? QStringLiteral("\u2713+") : QStringLiteral("\u2713");
        if (mark == MissingGrant)
            return QStringLiteral("\u2212");
        return state == NotApplicable ? QStringLiteral("\u00b7") : QString();
    }
    case Qt::ToolTipRole: {
        const QString permission
            = tr("%1 on %2").arg(catalog.actionName(action), catalog.resourceName(resource));
        QString text;
        switch (cellState(resource, action)) {
        case Granted:
            text = tr("%1: granted by %2")
                       .arg(permission, provenance(resource, action).join(QStringLiteral(", ")));
            break;
        case NotGranted:
            text = tr("%1: not granted").arg(permission);
            break;
        case NotApplicable:
            text = tr("%1: no role grants this").arg(permission);
            break;
        }
        if (departure(resource, action) == ExtraGrant)
            text += QLatin1Char('\n') + tr("Extra: the standard role of this name does not grant it.");
        else if (departure(resource, action) == MissingGrant)
            text += QLatin1Char('\n') + tr("Missing: the standard role of this name grants it.");
        if (differs(resource, action))
            text += QLatin1Char('\n') + tr("Differs from the other user.");
        const QStringList rules = m_policyMarks.value(m_registry->catalog().resourceName(resource)
            + QLatin1Char(':') + m_registry->catalog().actionName(action));
        if (!rules.isEmpty())
            text += QLatin1Char('\n')
                + tr("Takes part in breaking policy rule %1.").arg(rules.join(QStringLiteral(", ")));
        return text;
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::ToolTipRole);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case CellStateRole:
        return int(cellState(resource, action));
    case DepartureRole:
        return int(departure(resource, action));
    case ProvenanceRole:
        return provenance(resource, action);
    case DiffersRole:
        return differs(resource, action);
    case PolicyRole:
        return m_policyMarks.value(m_registry->catalog().resourceName(resource) + QLatin1Char(':')
            + m_registry->catalog().actionName(action));
    default:
        break;
    }
    return QVariant();
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const PermissionCatalog &catalog = m_registry->catalog();
    const bool resource = orientation == Qt::Vertical;
    if (section < 0 || section >= (resource ? m_rows : m_columns))
        return QVariant();
    const QString name = resource ? catalog.resourceName(section) : catalog.actionName(section);
    switch (role) {
    case Qt::DisplayRole:
        return resource ? PermissionCatalog::shortResourceName(name) : name;
    case Qt::ToolTipRole:
    case NameRole:
        return name;
    default:
        return QVariant();
    }
}

} // namespace sa
