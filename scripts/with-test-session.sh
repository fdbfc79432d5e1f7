#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command the way the test suite needs: offscreen Qt, throw-away XDG
# folders (so tests never touch your own settings or keyring), and a private
# D-Bus session with a fresh, unlocked gnome-keyring as the Secret Service.
set -euo pipefail

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/sequence-admin-test.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox"/{config,data,cache,runtime}
chmod 700 "$sandbox/runtime"

export XDG_CONFIG_HOME="$sandbox/config"
export XDG_DATA_HOME="$sandbox/data"
export XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export SEQUENCE_ADMIN_TEST_SANDBOX="$sandbox"

exec dbus-run-session -- sh -c '
    echo -n test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
