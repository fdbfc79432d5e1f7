// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userjson.h"

#include "permissioncatalog.h"

namespace sa {

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    auto escape = [&out](unsigned code) {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out.append(hex[(code >> shift) & 0xf]);
    };
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8[i];
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                escape(u);
            }
        } else if (u == 0x7f) {
            escape(u);
        } else if (u == 0xc2 && i + 1 < n && static_cast<unsigned char>(utf8[i + 1]) <= 0x9f) {
            // C1 controls: a terminal may read U+009B as CSI. Escaped, the
            // JSON means the same and shows nothing on a terminal.
            escape(static_cast<unsigned char>(utf8[++i]));
        } else if (u == 0xe2 && i + 2 < n) {
            const unsigned code = 0x2000 | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3f) << 6)
                | (static_cast<unsigned char>(utf8[i + 2]) & 0x3f);
            // Line and paragraph separators, bidi embeddings, overrides and isolates.
            if ((code >= 0x2028 && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
                escape(code);
                i += 2;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void appendRoleJson(QByteArray &out, const RoleDefinition &role, const PermissionCatalog &catalog)
{
    out.append("{\"roleName\":");
    appendJsonString(out, role.name());
    out.append(",\"permissions\":[");
    bool firstPermission = true;
    for (const Permission &permission : role.permissions()) {
        if (!firstPermission)
            out.append(',');
        firstPermission = false;
        out.append("{\"resource\":");
        appendJsonString(out, catalog.resourceName(permission.resource));
        out.append(",\"actions\":[");
        bool firstAction = true;
        for (int action : permission.actions) {
            if (!firstAction)
                out.append(',');
            firstAction = false;
            appendJsonString(out, catalog.actionName(action));
        }
        out.append("]}");
    }
    out.append("]}");
}

void appendRolesJson(
    QByteArray &out, const std::vector<const RoleDefinition *> &roles, const PermissionCatalog &catalog)
{
    out.append('[');
    bool first = true;
    for (const RoleDefinition *role : roles) {
        if (!first)
            out.append(',');
        first = false;
        appendRoleJson(out, *role, catalog);
    }
    out.append(']');
}

void appendUserJson(QByteArray &out, const User &user, const PermissionCatalog &catalog)
{
    out.append("{\"id\":");
    appendJsonString(out, user.id);
    out.append(",\"email\":");
    appendJsonString(out, user.email);
    out.append(",\"sequenceAccountIds\":[");
    bool first = true;
    for (const QString &account : user.sequenceAccountIds) {
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, account);
    }
    out.append("],\"state\":");
    appendJsonString(out, user.state);
    out.append(",\"roles\":");
    appendRolesJson(out, user.roles, catalog);
    out.append('}');
}

} // namespace sa
