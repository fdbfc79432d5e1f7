// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissiondelegate.h"

#include <QPainter>
#include <QPen>

#include "accessoverviewmodel.h"
#include "permissionmatrixmodel.h"

#include <QPainter>

namespace sa {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor tint(const QPalette &palette, int hue, int alpha)
{
    QColor color = QColor::fromHsl(hue, 170, isDark(palette) ? 110 : 150);
    color.setAlpha(alpha);
    return color;
}

} // namespace

void PermissionDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto state
        = PermissionMatrixModel::CellState(index.data(PermissionMatrixModel::CellStateRole).toInt());
    const auto departure
        = PermissionMatrixModel::Departure(index.data(PermissionMatrixModel::DepartureRole).toInt());
    const QPalette &palette = option.palette;
    QColor fill;
    if (departure == PermissionMatrixModel::ExtraGrant)
        fill = tint(palette, 38, 190); // amber: granted beyond the standard role
    else if (departure == PermissionMatrixModel::MissingGrant)
        fill = tint(palette, 0, 150); // red: the standard role grants it, this one not
    else if (state == PermissionMatrixModel::Granted)
        fill = tint(palette, 130, 120); // green
    else if (state == PermissionMatrixModel::NotApplicable)
        fill = palette.color(QPalette::Window);
    if (fill.isValid())
        painter->fillRect(option.rect, fill);
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(PermissionMatrixModel::DiffersRole).toBool()) {
        painter->save();
        QPen pen(palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
    // A permission that takes part in breaking a policy rule: a dashed red frame.
    if (!index.data(PermissionMatrixModel::PolicyRole).toStringList().isEmpty()) {
        painter->save();
        QPen pen(tint(palette, 0, 200), 2, Qt::DashLine);
        painter->setPen(pen);
        painter->drawRect(option.rect.adjusted(2, 2, -3, -3));
        painter->restore();
    }
}

void HeatDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double heat = index.data(AccessOverviewModel::HeatRole).toDouble();
    if (heat > 0) {
        QColor color = QColor::fromHsl(215, 180, isDark(option.palette) ? 120 : 110);
        color.setAlpha(40 + int(heat * 200));
        painter->fillRect(option.rect, color);
    }
    QStyleOptionViewItem copy(option);
    if (heat > 0.6)
        copy.palette.setColor(QPalette::Text, Qt::white);
    QStyledItemDelegate::paint(painter, copy, index);
    // The current cell keeps a visible frame whatever the heat and the style
    // (some styles draw no focus rectangle on item views): a keyboard user
    // sees where the arrows are.
    if (option.state & QStyle::State_HasFocus) {
        painter->save();
        QPen pen(option.palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
}

} // namespace sa
