#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The csv of N users from a stored snapshot against the same csv over
# loopback from the emulator, with the CLI of a build folder. Prints the
# median of RUNS wall-clock times of each, and users per second.
#   bench/snapshot-csv.sh [BUILD_DIR] [USERS] [RUNS]   (default build/bench 100000 5)
set -euo pipefail
build="${1:-build/bench}"
users="${2:-100000}"
runs="${3:-5}"
cli="$build/app/sequence-admin-cli"
emulator="$build/app/sequence-emulator"
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$emulator" --users "$users" >"$work/emulator.out" 2>/dev/null &
server=$!
for _ in $(seq 50); do [ -s "$work/emulator.out" ] && break; sleep 0.1; done
url=$(head -1 "$work/emulator.out")
export SEQUENCE_CLIENT_ID=demo-client SEQUENCE_CLIENT_SECRET=demo-secret
store="$work/snapshots.sqlite"
"$cli" snapshot take --base-url "$url" --store "$store" --quiet >/dev/null

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() {
    for _ in $(seq "$runs"); do
        start=$(date +%s.%N)
        "$cli" users "$@" --format csv --quiet >/dev/null
        end=$(date +%s.%N)
        echo "$end - $start" | bc
    done | median
}
loopback=$(measure --base-url "$url" --no-store)
snapshot=$(measure --snapshot @latest --store "$store")
printf '{"users":%d,"loopback_s":%.3f,"snapshot_s":%.3f,"loopback_users_per_s":%.0f,"snapshot_users_per_s":%.0f}\n' \
    "$users" "$loopback" "$snapshot" "$(echo "$users / $loopback" | bc -l)" "$(echo "$users / $snapshot" | bc -l)"
