#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# `profiles add` at a real terminal: tmux runs the CLI in a pane, a secret is
# typed at its prompt, and the pane never shows it; the profile then works
# against the emulator with the secret typed. Needs the session's keyring
# (scripts/with-test-session.sh).
#   tests/secret_prompt_test.sh CLI_PATH EMULATOR_PATH
set -euo pipefail
cli="$1"
emulator="$2"
secret="demo-secret"
work=$(mktemp -d)
socket="$work/tmux-1.sock"
emulator_pid=""
cleanup()
{
    tmux -S "$work/tmux-1.sock" kill-server 2>/dev/null || true
    tmux -S "$work/tmux-2.sock" kill-server 2>/dev/null || true
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail()
{
    echo "secret_prompt_test: $*" >&2
    echo "--- the pane:" >&2
    tmux -S "$socket" capture-pane -p -S - 2>/dev/null >&2 || true
    exit 1
}
export XDG_CONFIG_HOME="$work/config"

"$emulator" --port 0 --users 30 >"$work/emulator.out" 2>&1 &
emulator_pid=$!
for _ in $(seq 100); do
    url=$(head -n 1 "$work/emulator.out" 2>/dev/null || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || fail "the emulator did not start"

pane()
{
    tmux -S "$socket" capture-pane -p -S -
}
wait_for()
{
    for _ in $(seq 200); do
        pane | grep -q "$1" && return 0
        sleep 0.05
    done
    fail "the pane never showed \"$1\""
}

# The pane's own shell is not needed: the command runs in it directly, and
# the pane stays (remain-on-exit) so its last screen can be read.
tmux -S "$socket" -f /dev/null new-session -d -x 160 -y 30 -e "XDG_CONFIG_HOME=$XDG_CONFIG_HOME" \
    "$cli profiles add typed --base-url $url --client-id demo-client; echo \"exit=\$?\"; sleep 60"
wait_for "Client secret for profile \"typed\":"
tmux -S "$socket" send-keys -l "$secret"
sleep 0.3
pane | grep -q "$secret" && fail "the secret is shown while it is typed"
tmux -S "$socket" send-keys Enter
wait_for "exit="
pane | grep -q "exit=0" || fail "profiles add did not exit 0"
pane | grep -q "$secret" && fail "the secret is shown after Enter"
pane | grep -q "Saved profile \"typed\"" || fail "no word that the profile was saved"

# The typed secret is the one stored: the profile loads the users.
count=$("$cli" users --profile typed --format ndjson --quiet | wc -l)
[ "$count" = 30 ] || fail "the profile listed $count users, the emulator has 30"
# And the terminal's echo came back on: what is typed after it shows again.
# (A server of its own: a killed one may still hold its socket a moment.)
tmux -S "$socket" kill-server
socket="$work/tmux-2.sock"
tmux -S "$socket" -f /dev/null new-session -d -x 160 -y 30 -e "XDG_CONFIG_HOME=$XDG_CONFIG_HOME" \
    "$cli profiles add again --base-url $url --client-id demo-client; read -r line; echo \"read=\$line\"; sleep 60"
wait_for "Client secret for profile \"again\":"
tmux -S "$socket" send-keys -l "$secret"
tmux -S "$socket" send-keys Enter
wait_for "Saved profile \"again\""
tmux -S "$socket" send-keys -l "visible-again"
wait_for "visible-again"
"$cli" profiles remove typed --quiet
"$cli" profiles remove again --quiet
echo "secret_prompt_test: the secret was never shown, and was stored as typed"
