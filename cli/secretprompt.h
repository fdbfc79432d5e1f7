// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sa {

enum class SecretSource {
    Terminal, // a prompt on standard error, the answer typed with echo off
    StandardInput, // the first line of standard input
    File, // the first line of a file only its owner can read
};

// Reads a secret (one line, at most 64 KiB, without its line ending). A file
// must be a regular file that neither its group nor others may read or
// write. At a terminal, echo is off while the secret is typed and back on
// afterwards, even when the user interrupts with Ctrl+C. False with *error
// in words a person can act on.
bool readSecret(
    SecretSource source, const QString &file, const QString &prompt, QString *secret, QString *error);

} // namespace sa
