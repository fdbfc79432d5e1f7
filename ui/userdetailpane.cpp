// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdetailpane.h"

#include "permissiondelegate.h"
#include "permissionmatrixmodel.h"
#include "roleregistry.h"
#include "user.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sa {

QTableView *createMatrixView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setTabKeyNavigation(false); // Tab leaves the matrix
    view->setItemDelegate(new PermissionDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    view->setAccessibleName(QObject::tr("Permission matrix"));
    view->setAccessibleDescription(QObject::tr("Resources as rows, actions as columns"));
    return view;
}

QLabel *createMatrixLegend(QWidget *parent)
{
    auto *legend = new QLabel(parent);
    legend->setWordWrap(true);
    legend->setText(
        QObject::tr("\u2713 granted \u2003 \u2713+ extra: beyond the standard role \u2003 "
                    "\u2212 missing: the standard role grants it \u2003 \u00b7 no role grants this \u2003 "
                    "framed: differs from the other user"));
    legend->setAccessibleName(QObject::tr("Legend"));
    return legend;
}

UserDetailPane::UserDetailPane(const RoleRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_email(new QLabel(this))
    , m_state(new QLabel(this))
    , m_id(new QLabel(this))
    , m_copyId(new QToolButton(this))
    , m_accounts(new QLabel(this))
    , m_roles(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a user to see their roles and permissions."), this))
    , m_hiddenNote(
          new QLabel(tr("This user is hidden by the current filters: the table does not show them."), this))
    , m_content(new QWidget(this))
    , m_matrix(new PermissionMatrixModel(registry, this))
    , m_view(createMatrixView(m_content))
{
    setObjectName(QStringLiteral("userDetailPane"));
    QFont big = m_email->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_email->setFont(big);
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // What the server sent, never read as markup.
    for (QLabel *label : {m_email, m_state, m_id})
        label->setTextFormat(Qt::PlainText);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_accounts->setWordWrap(true);
    m_roles->setWordWrap(true);
    m_copyId->setText(tr("&Copy"));
    m_copyId->setToolTip(tr("Copy the user id to the clipboard"));
    m_copyId->setAccessibleName(tr("Copy user id"));
    connect(m_copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_userId); });
    m_state->setObjectName(QStringLiteral("stateBadge"));
    m_state->setMargin(3);
    m_view->setModel(m_matrix);

    m_report = new QPushButton(tr("Report on th&is user\u2026"), m_content);
    m_report->setObjectName(QStringLiteral("userReport"));
    m_report->setToolTip(tr("A PDF or HTML report of this user's roles and permissions"));
    connect(m_report, &QPushButton::clicked, this, &UserDetailPane::reportRequested);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);
    auto *form = new QFormLayout;
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state);
    stateRow->addStretch(1);
    form->addRow(tr("State:"), stateRow);
    form->addRow(tr("ID:"), idRow);
    form->addRow(tr("Accounts:"), m_accounts);
    form->addRow(tr("Roles:"), m_roles);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_hiddenNote->setObjectName(QStringLiteral("hiddenNote"));
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->setFrameShape(QFrame::StyledPanel);
    m_hiddenNote->setMargin(4);
    m_hiddenNote->hide();
    contentLayout->addWidget(m_hiddenNote);
    contentLayout->addWidget(m_email);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(createMatrixLegend(m_content));
    // What if: a role added or removed, and the policy rules that would then
    // be broken or no longer (nothing is sent: the API only reads).
    m_whatIf = new QComboBox(m_content);
    m_whatIf->setObjectName(QStringLiteral("whatIf"));
    m_whatIf->setAccessibleName(tr("What if this user gained or lost a role"));
    auto *whatIfLabel = new QLabel(tr("&What if:"), m_content);
    whatIfLabel->setBuddy(m_whatIf);
    m_whatIfResult = new QLabel(m_content);
    m_whatIfResult->setObjectName(QStringLiteral("whatIfResult"));
    m_whatIfResult->setWordWrap(true);
    connect(m_whatIf, &QComboBox::activated, this, [this](int index) {
        const QVariantList choice = m_whatIf->itemData(index).toList();
        if (choice.size() == 2)
            Q_EMIT whatIfChosen(choice[0].toString(), choice[1].toBool());
        else
            m_whatIfResult->clear();
    });
    auto *whatIfRow = new QHBoxLayout;
    whatIfRow->addWidget(whatIfLabel);
    whatIfRow->addWidget(m_whatIf, 1);
    whatIfRow->addWidget(m_report);
    contentLayout->addLayout(whatIfRow);
    contentLayout->addWidget(m_whatIfResult);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);
    clear();
}

void UserDetailPane::setRegistry(const RoleRegistry *registry)
{
    clear();
    m_registry = registry;
    m_matrix->setRegistry(registry);
}

void UserDetailPane::setHiddenByFilters(bool hidden)
{
    m_hiddenNote->setVisible(hidden && !m_userId.isEmpty());
}

bool UserDetailPane::isHiddenByFilters() const
{
    return !m_hiddenNote->isHidden();
}

void UserDetailPane::setWhatIfChoices(const QStringList &add, const QStringList &remove)
{
    m_whatIf->clear();
    m_whatIfResult->clear();
    m_whatIf->addItem(tr("\u2014 a role added or removed, against the policy \u2014"));
    for (const QString &role : remove)
        m_whatIf->addItem(tr("remove %1").arg(role), QVariantList {role, false});
    for (const QString &role : add)
        m_whatIf->addItem(tr("add %1").arg(role), QVariantList {role, true});
    m_whatIf->setEnabled(!add.isEmpty() || !remove.isEmpty());
}

void UserDetailPane::showWhatIf(const QString &text)
{
    m_whatIfResult->setText(text);
}

void UserDetailPane::clear()
{
    m_hiddenNote->hide();
    m_userId.clear();
    m_matrix->clear();
    m_content->hide();
    m_placeholder->show();
}

void UserDetailPane::showUser(const User &user, const QStringList &accountLabels)
{
    m_userId = user.id;
    m_email->setText(user.email);
    m_state->setText(user.state);
    const bool active = user.state == QLatin1String("active");
    const QColor badge = QColor::fromHsl(active      ? 130
            : user.state == QLatin1String("deleted") ? 0
                                                     : 38,
        150, 120);
    m_state->setStyleSheet(
        QStringLiteral("QLabel#stateBadge { background: %1; color: white; border-radius: 4px; }")
            .arg(badge.name()));
    m_state->setAccessibleName(tr("State: %1").arg(user.state));
    m_id->setText(user.id);
    m_accounts->setText(accountLabels.isEmpty() ? tr("none") : accountLabels.join(QStringLiteral(", ")));
    QStringList roles;
    for (const RoleDefinition *role : user.roles) {
        const RoleDeparture departure = m_registry->departure(*role);
        if (!departure.isStandard)
            roles << tr("%1 (custom role)").arg(role->name());
        else if (departure.departs())
            roles << tr("%1 (differs from the standard role: %2 extra, %3 missing)")
                         .arg(role->name())
                         .arg(departure.extra.size())
                         .arg(departure.missing.size());
        else
            roles << role->name();
    }
    m_roles->setText(roles.isEmpty() ? tr("none") : roles.join(QLatin1Char('\n')));
    m_matrix->setRoles(user.roles);
    m_placeholder->hide();
    m_content->show();
}

} // namespace sa
