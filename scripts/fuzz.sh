#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang and runs each for a bounded time
# (default 60 s) from the checked-in corpus. Fails on any crash, sanitizer
# report or broken invariant.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

scripts/install-deps.sh
cmake --preset fuzz
cmake --build --preset fuzz

# Each target for SECONDS: the API's response parsers, and the report
# reader behind diff and snapshot comparison.
for target in fuzz_parser:corpus fuzz_snapshot:corpus-snapshot; do
    name=${target%%:*}
    corpus=${target#*:}
    work=$(mktemp -d "${TMPDIR:-/tmp}/sequence-admin-fuzz.XXXXXX")
    cp "tests/fuzz/$corpus"/* "$work/"
    set +e
    "build/fuzz/tests/fuzz/$name" "$work" -dict=tests/fuzz/json.dict -max_total_time="$seconds" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/crash-" 2>&1 | tail -n 25
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" -ne 0 ]; then
        echo "fuzz: $name failed on an input; see above" >&2
        mkdir -p build/fuzz/artifacts && cp "$work"/crash-* build/fuzz/artifacts/ 2>/dev/null || true
        rm -rf "$work"
        exit "$status"
    fi
    rm -rf "$work"
    echo "fuzz: $name: no failure in ${seconds} s"
done
