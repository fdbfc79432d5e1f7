#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main window on the built-in demo data to PNG files under a
# virtual X server: a user whose role departs from the standard one (with the
# Differs column), the access overview, a comparison of two users with the
# list of differences, the user table's context menu, the welcome view of a
# first start, the Connections dialog, and the starter policy's findings.
#   scripts/screenshots.sh [DIR]     (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
# Fresh settings, so the window opens at its default size and layout.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
# Inside a private D-Bus session with a fresh keyring (which sets its own
# settings folder), so the Connections dialog talks to a real keychain.
XDG_CONFIG_HOME="$settings" QT_QPA_PLATFORM=xcb scripts/with-test-session.sh \
    xvfb-run -a -s "-screen 0 1600x1000x24" build/release/app/sequence-admin --demo --screenshots "$out"
