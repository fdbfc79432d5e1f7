// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace sa {

class AccountsRequest;
class ApiClient;

// Company names of the account's Sequence accounts (GET /sequence-accounts,
// every page), so views can show names instead of bare ids. Failing here is
// not fatal: the ids are shown instead.
class AccountDirectory : public QObject
{
    Q_OBJECT
public:
    explicit AccountDirectory(ApiClient *client, QObject *parent = nullptr);
    ~AccountDirectory() override;

    void load();
    const QHash<QString, QString> &names() const { return m_names; }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    void fetch(const QString &after);

    ApiClient *m_client;
    QPointer<AccountsRequest> m_request;
    QHash<QString, QString> m_pending;
    QHash<QString, QString> m_names;
    int m_pages = 0;
};

} // namespace sa
