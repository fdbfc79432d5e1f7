#!/usr/bin/env bash
# Builds the libFuzzer target with clang and runs it for a bounded time
# (default 60 s) from the checked-in corpus. Fails on any crash, sanitizer
# report or broken invariant.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

scripts/install-deps.sh
cmake --preset fuzz
cmake --build --preset fuzz

work=$(mktemp -d "${TMPDIR:-/tmp}/sequence-admin-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/* "$work/"
build/fuzz/tests/fuzz/fuzz_parser "$work" -dict=tests/fuzz/json.dict -max_total_time="$seconds" \
    -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/crash-" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
    echo "fuzz: the parser failed on an input; see above" >&2
    mkdir -p build/fuzz/artifacts && cp "$work"/crash-* build/fuzz/artifacts/ 2>/dev/null || true
    exit "$status"
fi
echo "fuzz: no failure in ${seconds} s"
