#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The shell completions of sequence-admin-cli: both parse, and bash completes
# commands, options, formats and saved profile names as a user's TAB would.
#   tests/completion_test.sh CLI_PATH COMPLETION_DIR
set -euo pipefail
cli="$1"
dir="$2"
bash -n "$dir/sequence-admin-cli.bash"
if command -v zsh >/dev/null; then
    zsh -n "$dir/_sequence-admin-cli"
else
    echo "completion_test: zsh is not installed; its script was not parsed" >&2
    exit 1
fi

# A saved profile for the names, in a settings folder of the test's own.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$config/SequenceAdmin"
printf '[profiles]\nabc\\name=prod-eu\nabc\\environment=production\nabc\\baseUrl=https://eu.sequencehq.com/api\nabc\\clientId=id\n' \
    >"$config/SequenceAdmin/sequence-admin.conf"
export XDG_CONFIG_HOME="$config"
PATH="$(dirname "$cli"):$PATH"

# shellcheck source=/dev/null
source "$dir/sequence-admin-cli.bash"
failures=0
# expect "WORDS..." "what COMPREPLY must hold, space-separated"
expect()
{
    local line="$1" want="$2"
    read -r -a COMP_WORDS <<<"$line"
    # A trailing space means "completing a new, empty word".
    [[ "$line" == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _sequence_admin_cli
    local got="${COMPREPLY[*]}"
    if [ "$got" != "$want" ]; then
        echo "completing \"$line\": got \"$got\", expected \"$want\"" >&2
        failures=$((failures + 1))
    fi
}
expect "sequence-admin-cli ex" "export"
expect "sequence-admin-cli u" "users"
expect "sequence-admin-cli export --fo" "--format"
expect "sequence-admin-cli export --format " "csv matrix-csv json ndjson html pdf"
expect "sequence-admin-cli users --format t" "table"
expect "sequence-admin-cli diff --format " "text csv"
expect "sequence-admin-cli users --environment s" "sandbox"
expect "sequence-admin-cli users --profile pr" "prod-eu"
expect "sequence-admin-cli profiles r" "remove"
expect "sequence-admin-cli profiles remove p" "prod-eu"
expect "sequence-admin-cli profiles add x --sec" "--secret-file"
expect "sequence-admin-cli users --out" ""
expect "sequence-admin-cli sn" "snapshot"
expect "sequence-admin-cli snapshot p" "prune"
expect "sequence-admin-cli snapshot prune --keep-l" "--keep-last"
expect "sequence-admin-cli drift --format " "text csv json"
expect "sequence-admin-cli drift --bas" "--base-url --baseline"
expect "sequence-admin-cli users --snapshot @latest~" "@latest~1"
expect "sequence-admin-cli export --no-" "--no-store"
expect "sequence-admin-cli check --fail-on h" "high"
expect "sequence-admin-cli check --format s" "sarif"
expect "sequence-admin-cli rev" "review"
expect "sequence-admin-cli review s" "start status sign"
expect "sequence-admin-cli review decide q4 --decision r" "revoke"
expect "sequence-admin-cli review decide q4 --all" "--all-undecided"
expect "sequence-admin-cli review sign q4 --gpg" "--gpg-key"
expect "sequence-admin-cli review start --sup" "--supersedes"
[ "$failures" -eq 0 ] && echo "completion_test: all completions as expected"
exit "$failures"
