// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the response parsers. Any crash, sanitizer report,
// or broken invariant (a page that parses must survive a write and re-parse
// unchanged) fails the run.
#include "fuzzsupport.h"
#include "roleregistry.h"
#include "userjson.h"
#include "usersparser.h"

#include <cstdint>
#include <cstdlib>
#include <memory>

using safuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    sa::ParseLimits limits;
    limits.maxBodyBytes = 1 << 20;

    sa::RoleRegistry &registry = safuzz::sharedRegistry();
    sa::UsersPage page;
    sa::ParseError error;
    if (sa::parseUsersPage(body, registry, &page, &error, limits)) {
        QByteArray written = "{\"items\":[";
        for (size_t i = 0; i < page.users.size(); ++i) {
            if (i)
                written += ',';
            sa::appendUserJson(written, page.users[i], registry.catalog());
        }
        written += "],\"pagination\":{}}";
        sa::UsersPage again;
        require(sa::parseUsersPage(written, registry, &again, &error, {}));
        require(again.users.size() == page.users.size());
        for (size_t i = 0; i < page.users.size(); ++i) {
            require(again.users[i].id == page.users[i].id);
            require(again.users[i].email == page.users[i].email);
            require(again.users[i].state == page.users[i].state);
            require(again.users[i].sequenceAccountIds == page.users[i].sequenceAccountIds);
            require(again.users[i].roles == page.users[i].roles);
        }
    } else {
        require(!error.message.isEmpty());
    }

    sa::Pagination pagination;
    sa::peekUsersPagePagination(body, &pagination);
    sa::User user;
    sa::parseUser(body, registry, &user, &error, limits);
    sa::AccountsPage accounts;
    sa::parseAccountsPage(body, &accounts, &error, limits);
    sa::parseErrorBody(body);
    return 0;
}
