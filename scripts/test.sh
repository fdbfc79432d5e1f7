#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The test command: installs what is missing, builds with warnings as errors,
# and runs every test inside a private D-Bus session with a real keyring.
#   scripts/test.sh          the "ci" preset (optimised, assertions on)
#   scripts/test.sh asan     the same suite under AddressSanitizer + UBSan
# The default run then builds the release .deb, installs it, runs the
# installed programs and removes it again (scripts/package-test.sh; needs root
# or sudo, as installing the dependencies does).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"

scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"

if [ "$preset" = asan ]; then
    # Leaks count too: destroying a model or client mid-request must free everything.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
    # OpenSSL's per-thread state only; see the file.
    export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
scripts/with-test-session.sh ctest --preset "$preset" -j "$(nproc)"

if [ "$preset" = ci ]; then
    scripts/package-test.sh
fi
