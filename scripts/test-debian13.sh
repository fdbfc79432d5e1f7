#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Sequence Admin with warnings as errors and runs the whole ctest
# suite (keychain tests included, with gnome-keyring on the chroot's own
# D-Bus session) inside a Debian 13 (trixie) chroot: Qt 6.8, GCC 14, CMake 3.31.
# As root. See scripts/debian13-chroot.sh for where the chroot lives.
#   scripts/test-debian13.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/debian13-chroot.sh sh -c '
    set -e
    cmake --preset ci
    cmake --build --preset ci -- -k 0
    cd build/ci
    ../../scripts/with-test-session.sh ctest -j2 --output-on-failure --timeout 900'
