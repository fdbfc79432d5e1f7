#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Against one emulator, times a full load of N users (default 100,000) by
#   1. sequence-bench (the project's client and model, --no-raw),
#   2. a curl + jq loop following the after cursor (what admins do today),
#   3. a Python standard-library loop (http.client keep-alive + json),
# then an export of the tidy csv by sequence-admin-cli against a curl + jq
# loop writing the same rows, and prints the seconds and the ratios. Needs a release build:
#   cmake --preset release && cmake --build --preset release
set -euo pipefail
cd "$(dirname "$0")/.."
users="${1:-100000}"
build="${BUILD_DIR:-build/release}"
auth="demo-client:demo-secret"

out=$(mktemp)
"$build/app/sequence-emulator" --users "$users" --port 0 >"$out" 2>/dev/null &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 50); do [ -s "$out" ] && break; sleep 0.1; done
base=$(head -n 1 "$out")

now() { date +%s.%N; }

start=$(now)
"$build/bench/sequence-bench" --url "$base" --users "$users" --no-raw --no-csv >/dev/null
ours=$(echo "$(now) - $start" | bc)

start=$(now)
count=0
after=""
while :; do
    url="$base/users?limit=100"
    [ -n "$after" ] && url="$url&after=$after"
    read -r n after < <(curl -sf -u "$auth" -H 'Sequence-Version: 2024-07-30' "$url" |
        jq -r '[(.items | length), (.pagination.after // "" | @uri)] | @tsv')
    count=$((count + n))
    [ -z "$after" ] && break
done
curljq=$(echo "$(now) - $start" | bc)
[ "$count" -eq "$users" ] || { echo "curl+jq loop read $count users, expected $users" >&2; exit 1; }

start=$(now)
python3 - "$base" "$users" <<'PY'
import base64, http.client, json, sys, urllib.parse
base = urllib.parse.urlsplit(sys.argv[1])
conn = http.client.HTTPConnection(base.hostname, base.port)
headers = {"Authorization": "Basic " + base64.b64encode(b"demo-client:demo-secret").decode(),
           "Sequence-Version": "2024-07-30"}
users, after = [], None
while True:
    path = base.path + "/users?limit=100" + ("&after=" + urllib.parse.quote(after, safe="") if after else "")
    conn.request("GET", path, headers=headers)
    page = json.loads(conn.getresponse().read())
    users.extend(page["items"])
    after = page["pagination"].get("after")
    if not after:
        break
assert len(users) == int(sys.argv[2]), len(users)
PY
python=$(echo "$(now) - $start" | bc)

# Export: the tidy csv from the CLI against curl + jq writing the same rows.
start=$(now)
SEQUENCE_CLIENT_ID=demo-client SEQUENCE_CLIENT_SECRET=demo-secret \
    "$build/app/sequence-admin-cli" export --base-url "$base" --format csv --output "$out.cli.csv" --quiet
export_ours=$(echo "$(now) - $start" | bc)

start=$(now)
echo 'id,email,state,role,resource,action' >"$out.jq.csv"
after=""
while :; do
    url="$base/users?limit=100"
    [ -n "$after" ] && url="$url&after=$after"
    page=$(curl -sf -u "$auth" -H 'Sequence-Version: 2024-07-30' "$url")
    jq -r '.items[] | . as $u | if (.roles | length) == 0 then [$u.id, $u.email, $u.state, "", "", ""]
           else (.roles[] | . as $r | .permissions[] | . as $p | .actions[] | [$u.id, $u.email, $u.state, $r.roleName, $p.resource, .]) end
           | @csv' <<<"$page" >>"$out.jq.csv"
    after=$(jq -r '.pagination.after // "" | @uri' <<<"$page")
    [ -z "$after" ] && break
done
export_curljq=$(echo "$(now) - $start" | bc)
ours_rows=$(wc -l <"$out.cli.csv")
jq_rows=$(wc -l <"$out.jq.csv")
[ "$ours_rows" -eq "$jq_rows" ] || { echo "csv rows differ: $ours_rows vs $jq_rows" >&2; exit 1; }
rm -f "$out.cli.csv" "$out.jq.csv"

printf '{"users":%d,"sequence_bench_s":%.2f,"curl_jq_s":%.2f,"python_s":%.2f,"vs_curl_jq":%.1f,"vs_python":%.1f}\n' \
    "$users" "$ours" "$curljq" "$python" "$(echo "$curljq / $ours" | bc -l)" "$(echo "$python / $ours" | bc -l)"
printf '{"export_csv_rows":%d,"cli_export_s":%.2f,"curl_jq_export_s":%.2f,"export_vs_curl_jq":%.1f}\n' \
    "$ours_rows" "$export_ours" "$export_curljq" "$(echo "$export_curljq / $export_ours" | bc -l)"
