// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertablemodel.h"

#include "apiclient.h"
#include "roleregistry.h"
#include "userloader.h"
#include "userstore.h"

#include <QByteArrayView>
#include <algorithm>
#include <cstring>
#include <numeric>

namespace sa {

namespace {
constexpr int kPublishIntervalMs = 100;

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int c = std::memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())));
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// Ranks of texts: equal texts get equal ranks, in case-insensitive order.
std::vector<int> ranksOf(const QStringList &texts)
{
    std::vector<int> order(size_t(texts.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = texts[a].compare(texts[b], Qt::CaseInsensitive);
        return c != 0 ? c < 0 : texts[a] < texts[b];
    });
    std::vector<int> ranks(order.size());
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && texts[order[i]] != texts[order[i - 1]])
            ++rank;
        ranks[size_t(order[i])] = rank;
    }
    return ranks;
}

// Compares rows by the rank of an interned value (state, role set, account list).
template<typename KeyOf> UserTableModel::RowComparator byRank(const QStringList &texts, KeyOf keyOf)
{
    auto ranks = std::make_shared<std::vector<int>>(ranksOf(texts));
    return [ranks, keyOf](int a, int b) { return (*ranks)[keyOf(a)] - (*ranks)[keyOf(b)]; };
}
// Extra and missing grants of a role set's standard-named roles, summed.
std::pair<int, int> departureOf(const RoleRegistry &registry, const RoleSet &set)
{
    int extra = 0, missing = 0;
    for (const RoleDefinition *role : set.roles) {
        const RoleDeparture departure = registry.departure(*role);
        extra += int(departure.extra.size());
        missing += int(departure.missing.size());
    }
    return {extra, missing};
}

QString departureText(std::pair<int, int> counts)
{
    if (counts.first == 0 && counts.second == 0)
        return QString();
    QStringList parts;
    if (counts.first)
        parts << QStringLiteral("+%1").arg(counts.first);
    if (counts.second)
        parts << QStringLiteral("\u2212%1").arg(counts.second);
    return parts.join(QLatin1Char(' '));
}
} // namespace

UserTableModel::UserTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_publishTimer.setSingleShot(true);
    connect(&m_publishTimer, &QTimer::timeout, this, &UserTableModel::publishRows);
    attach(std::make_unique<UserLoader>(client, m_pageSize));
}

UserTableModel::~UserTableModel()
{
    // The loader goes after this model's subclass parts: it must not reach them.
    disconnect(m_loader.get(), nullptr, this, nullptr);
}

void UserTableModel::attach(std::unique_ptr<UserLoader> loader)
{
    m_loader = std::move(loader);
    UserLoader *l = m_loader.get();
    connect(l, &UserLoader::usersAppended, this, &UserTableModel::schedulePublish);
    connect(l, &UserLoader::totalCountChanged, this, &UserTableModel::totalCountChanged);
    connect(l, &UserLoader::loadingChanged, this, &UserTableModel::loadingChanged);
    connect(l, &UserLoader::retryScheduled, this, &UserTableModel::retryScheduled);
    connect(l, &UserLoader::firstPageLoaded, this, [this] {
        publishRows(); // the first page shows at once
        Q_EMIT firstPageLoaded();
    });
    connect(l, &UserLoader::errorChanged, this, [this] {
        publishRows(); // what arrived before the error shows
        Q_EMIT errorChanged();
    });
    connect(l, &UserLoader::fetchingAllChanged, this, [this] {
        if (!m_loader->isFetchingAll())
            publishRows();
        Q_EMIT fetchingAllChanged();
    });
    connect(l, &UserLoader::fetchAllFinished, this, &UserTableModel::fetchAllFinished);
    connect(l, &UserLoader::completed, this, [this] {
        publishRows();
        Q_EMIT completeChanged();
    });
}

void UserTableModel::publishRows()
{
    m_publishTimer.stop();
    const int size = m_loader->store().size();
    if (size <= m_visibleRows)
        return;
    beginInsertRows(QModelIndex(), m_visibleRows, size - 1);
    m_visibleRows = size;
    endInsertRows();
    m_lastPublish.start();
    Q_EMIT loadedCountChanged();
    if (isComplete())
        Q_EMIT completeChanged();
}

void UserTableModel::schedulePublish()
{
    if (!m_autoPublish)
        return;
    if (!m_loader->isFetchingAll()) {
        publishRows(); // a view asked for this page: show it now
        return;
    }
    if (m_publishTimer.isActive())
        return;
    const qint64 since = m_lastPublish.isValid() ? m_lastPublish.elapsed() : kPublishIntervalMs;
    if (since >= kPublishIntervalMs)
        publishRows();
    else
        m_publishTimer.start(int(kPublishIntervalMs - since));
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visibleRows;
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const UserStore &UserTableModel::store() const
{
    return m_loader->store();
}

RoleRegistry &UserTableModel::registry()
{
    return m_loader->registry();
}

const RoleRegistry &UserTableModel::registry() const
{
    return m_loader->registry();
}

qint64 UserTableModel::totalCount() const
{
    return m_loader->totalCount();
}

bool UserTableModel::isLoading() const
{
    return m_loader->isLoading();
}

bool UserTableModel::isFetchingAll() const
{
    return m_loader->isFetchingAll();
}

bool UserTableModel::hasMore() const
{
    return m_loader->hasMore();
}

bool UserTableModel::isComplete() const
{
    return m_loader->isComplete() && m_visibleRows == m_loader->store().size();
}

const ApiError &UserTableModel::lastError() const
{
    return m_loader->lastError();
}

QString UserTableModel::errorMessage() const
{
    return lastError().isError() ? lastError().toString() : QString();
}

int UserTableModel::duplicatesSkipped() const
{
    return m_loader->duplicatesSkipped();
}

QString UserTableModel::rolesText(int row) const
{
    QStringList names;
    for (const RoleDefinition *role : store().roleSet(row).roles)
        names << role->name();
    return names.join(QStringLiteral(", "));
}

QString UserTableModel::accountsText(int row) const
{
    QStringList labels;
    for (const QString &id : store().accountIds(row))
        labels << accountLabel(id);
    return labels.join(QStringLiteral(", "));
}

UserTableModel::RowComparator UserTableModel::comparator(int column) const
{
    const UserStore *s = &store();
    QStringList texts;
    switch (column) {
    case EmailColumn:
        return [s](int a, int b) { return compareBytes(s->searchKey(a), s->searchKey(b)); };
    case IdColumn:
        return [s](int a, int b) { return compareBytes(s->idUtf8(a), s->idUtf8(b)); };
    case StateColumn:
        for (int i = 0; i < s->stateCount(); ++i)
            texts << s->stateName(quint32(i));
        return byRank(texts, [s](int row) { return s->stateIndex(row); });
    case RolesColumn:
        for (int i = 0; i < s->registry().roleSetCount(); ++i) {
            QStringList names;
            for (const RoleDefinition *role : s->registry().roleSet(quint32(i)).roles)
                names << role->name();
            texts << names.join(QStringLiteral(", "));
        }
        return byRank(texts, [s](int row) { return s->roleSetIndex(row); });
    case DepartureColumn: {
        // Most departing first when sorted descending: by the number of grants that differ.
        auto sizes = std::make_shared<std::vector<int>>();
        for (int i = 0; i < s->registry().roleSetCount(); ++i) {
            const auto counts = departureOf(s->registry(), s->registry().roleSet(quint32(i)));
            sizes->push_back(counts.first + counts.second);
        }
        return
            [s, sizes](int a, int b) { return (*sizes)[s->roleSetIndex(a)] - (*sizes)[s->roleSetIndex(b)]; };
    }
    case AccountsColumn:
        for (int i = 0; i < s->accountListCount(); ++i) {
            QStringList labels;
            for (const QString &id : s->accountList(quint32(i)))
                labels << accountLabel(id);
            texts << labels.join(QStringLiteral(", "));
        }
        return byRank(texts, [s](int row) { return s->accountListIndex(row); });
    default:
        return {};
    }
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case EmailColumn:
            return store().email(row);
        case StateColumn:
            return store().state(row);
        case RolesColumn:
            return rolesText(row);
        case DepartureColumn:
            return departureText(departureOf(registry(), store().roleSet(row)));
        case AccountsColumn:
            return accountsText(row);
        case IdColumn:
            return store().id(row);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RolesColumn: {
            QStringList lines;
            for (const RoleDefinition *definition : store().roleSet(row).roles) {
                const RoleDeparture departure = registry().departure(*definition);
                if (!departure.isStandard)
                    lines << tr("%1 (custom role)").arg(definition->name());
                else if (departure.departs())
                    lines << tr("%1 (differs from the standard role: %n extra, %2 missing)", nullptr,
                        int(departure.extra.size()))
                                 .arg(definition->name())
                                 .arg(departure.missing.size());
                else
                    lines << definition->name();
            }
            return lines.isEmpty() ? tr("No roles") : lines.join(QLatin1Char('\n'));
        }
        case DepartureColumn: {
            const auto counts = departureOf(registry(), store().roleSet(row));
            if (counts.first == 0 && counts.second == 0)
                return tr("As the standard roles grant, or no standard role");
            return tr("Differs from the standard role: %1 permissions more, %2 fewer")
                .arg(counts.first)
                .arg(counts.second);
        }
        case AccountsColumn: {
            QStringList lines;
            for (const QString &id : store().accountIds(row))
                lines << (m_accountNames.contains(id)
                        ? m_accountNames.value(id) + QStringLiteral(" (") + id + QLatin1Char(')')
                        : id);
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case UserIdRole:
        return store().id(row);
    case RoleSetRole:
        return store().roleSetIndex(row);
    default:
        break;
    }
    return QVariant();
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case StateColumn:
        return tr("State");
    case RolesColumn:
        return tr("Roles");
    case DepartureColumn:
        return tr("Differs");
    case AccountsColumn:
        return tr("Accounts");
    case IdColumn:
        return tr("ID");
    }
    return QVariant();
}

bool UserTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader->canFetchMore();
}

void UserTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loader->fetchNext();
}

void UserTableModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 100);
    m_loader->setPageSize(m_pageSize);
}

void UserTableModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    // Only rows views know of change; held-back rows get the names when published.
    if (m_visibleRows > 0)
        Q_EMIT dataChanged(index(0, AccountsColumn), index(m_visibleRows - 1, AccountsColumn));
}

void UserTableModel::reset()
{
    adopt(std::make_unique<UserLoader>(m_client, m_pageSize));
}

void UserTableModel::adopt(std::unique_ptr<UserLoader> loader)
{
    const bool hadError = lastError().isError();
    const bool wasLoading = isLoading();
    const bool wasFetchingAll = isFetchingAll();
    beginResetModel();
    m_publishTimer.stop();
    m_lastPublish.invalidate();
    m_visibleRows = 0;
    // The old loader (and its registry) goes only after views let go of its rows.
    std::unique_ptr<UserLoader> old = std::move(m_loader);
    disconnect(old.get(), nullptr, this, nullptr);
    attach(std::move(loader));
    m_visibleRows = m_loader->loadedCount(); // a loader that arrives full shows at once
    endResetModel();
    Q_EMIT loaderChanged();
    old.reset();
    if (wasLoading)
        Q_EMIT loadingChanged();
    if (wasFetchingAll) {
        Q_EMIT fetchingAllChanged();
        Q_EMIT fetchAllFinished(false);
    }
    Q_EMIT totalCountChanged();
    Q_EMIT loadedCountChanged();
    Q_EMIT completeChanged();
    if (hadError)
        Q_EMIT errorChanged();
}

void UserTableModel::retry()
{
    m_loader->retry();
}

void UserTableModel::fetchAll()
{
    m_loader->fetchAll();
}

void UserTableModel::cancelFetchAll()
{
    m_loader->cancelFetchAll();
}

} // namespace sa
