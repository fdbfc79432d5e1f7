#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The demo command: installs what is missing, builds, and opens Sequence Admin
# on the built-in emulator's demo data. Extra arguments go to the app
# (for example: scripts/demo.sh --users 100000).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/sequence-admin --demo "$@"
