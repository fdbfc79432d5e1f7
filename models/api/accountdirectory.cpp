// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdirectory.h"

#include "apiclient.h"

namespace sa {

namespace {
constexpr int kMaxPages = 1000; // a guard against a server whose cursors never end
}

AccountDirectory::AccountDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AccountDirectory::~AccountDirectory()
{
    if (m_request)
        m_request->abandon();
}

void AccountDirectory::load()
{
    if (m_request)
        m_request->abandon();
    m_pending.clear();
    m_pages = 0;
    fetch(QString());
}

void AccountDirectory::fetch(const QString &after)
{
    AccountsRequest *request = m_client->fetchAccounts(100, after);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request, after] {
        m_request = nullptr;
        if (request->error().isError()) {
            Q_EMIT failed(request->error().toString());
            return;
        }
        for (const SequenceAccount &account : request->page().accounts) {
            if (!account.companyName.isEmpty())
                m_pending.insert(account.id, account.companyName);
        }
        const auto &next = request->page().pagination.after;
        if (next && !next->isEmpty() && *next != after && ++m_pages < kMaxPages) {
            fetch(*next);
            return;
        }
        m_names = m_pending;
        Q_EMIT loaded();
    });
}

} // namespace sa
