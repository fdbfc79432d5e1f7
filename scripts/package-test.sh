#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release packages, validates them, installs the .deb with apt,
# runs the installed programs, removes the package and checks that nothing it
# installed is left. Needs root (or sudo) for apt-get; run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
say() { printf '\npackage-test: %s\n' "$*"; }
fail() {
    printf 'package-test: FAILED: %s\n' "$*" >&2
    exit 1
}

if dpkg-query -W -f='${db:Status-Abbrev}' sequence-admin 2>/dev/null | grep -q '^ii'; then
    fail "sequence-admin is already installed on this machine; this test installs and removes it.
Remove it first (apt-get remove sequence-admin), then run the test again."
fi

say "building the release packages"
cmake --preset release
cmake --build --preset release
rm -rf build/release/packages
cpack --preset release
# The version and the app id as CMake set them (CMakeLists.txt), not copies.
cmake_value() { sed -n "s/^#define $1 \"\(.*\)\"\$/\1/p" build/release/generated/sa_version.h; }
version=$(cmake_value SA_VERSION_STRING)
app_id=$(cmake_value SA_APP_ID)
[ -n "$version" ] && [ -n "$app_id" ] || fail "no version or app id in build/release/generated/sa_version.h"
arch=$(dpkg --print-architecture)
deb="$PWD/build/release/packages/sequence-admin_${version}_${arch}.deb"
tarball=$(ls build/release/packages/sequence-admin-"$version"-*.tar.gz)
[ -f "$deb" ] || fail "no package at $deb"

say "checking the tarball"
listing=$(tar -tzf "$tarball")
for program in sequence-admin sequence-admin-cli sequence-emulator; do
    grep -q "/bin/$program\$" <<<"$listing" || fail "$tarball has no bin/$program"
done

say "validating the desktop file, the AppStream metadata and the package"
desktop-file-validate packaging/*.desktop
appstreamcli validate --no-net "build/release/packaging/$app_id.metainfo.xml"
# Errors fail the test; warnings and notes are printed for the record.
lintian --fail-on error --display-info "$deb"

say "installing $deb"
cleanup() {
    if dpkg-query -W -f='${db:Status-Abbrev}' sequence-admin 2>/dev/null | grep -q '^ii'; then
        $sudo apt-get remove -y -qq sequence-admin >/dev/null || true
    fi
    [ -n "${emulator_pid:-}" ] && kill "$emulator_pid" 2>/dev/null || true
    [ -n "${work:-}" ] && rm -rf "$work"
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb"
installed_files=$(dpkg -L sequence-admin | while read -r path; do [ -d "$path" ] || echo "$path"; done)
grep -q '^/usr/bin/sequence-admin$' <<<"$installed_files" || fail "dpkg -L lists no /usr/bin/sequence-admin"
for completion in /usr/share/bash-completion/completions/sequence-admin-cli \
    /usr/share/zsh/vendor-completions/_sequence-admin-cli; do
    grep -q "^$completion\$" <<<"$installed_files" || fail "the package installs no $completion"
done
bash -n /usr/share/bash-completion/completions/sequence-admin-cli || fail "the bash completion does not parse"
# A new interactive bash finds it on its own, the way a user's TAB would.
loaded=$(bash -c 'source /usr/share/bash-completion/bash_completion
    _completion_loader sequence-admin-cli 2>/dev/null; complete -p sequence-admin-cli' 2>&1 || true)
grep -q "_sequence_admin_cli" <<<"$loaded" || fail "bash-completion does not load the completion: $loaded"
for program in sequence-admin sequence-admin-cli sequence-emulator; do
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u QT_QPA_PLATFORM "/usr/bin/$program" --version \
        >/dev/null || fail "the installed $program --version fails without a display or D-Bus"
done
echo "installed $(echo "$installed_files" | wc -l) files"

say "running the installed sequence-admin-cli --version"
printed=$(/usr/bin/sequence-admin-cli --version | head -n 1)
/usr/bin/sequence-admin-cli --version | grep -q "GPL-3.0-or-later" || fail "--version does not state the licence"
[ "$printed" = "sequence-admin-cli $version" ] || fail "--version printed \"$printed\", expected \"sequence-admin-cli $version\""
echo "$printed"

say "running the installed sequence-emulator and sequence-admin-cli users against it"
work=$(mktemp -d)
/usr/bin/sequence-emulator --port 0 --users 321 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do
    [ -s "$work/emulator.out" ] && break
    sleep 0.1
done
url=$(head -n 1 "$work/emulator.out")
[ -n "$url" ] || fail "the emulator printed no URL: $(cat "$work/emulator.err")"
SEQUENCE_CLIENT_ID=demo-client SEQUENCE_CLIENT_SECRET=demo-secret \
    /usr/bin/sequence-admin-cli users --base-url "$url" --format json --quiet >"$work/users.json"
count=$(jq '.users | length' "$work/users.json")
[ "$count" = 321 ] || fail "sequence-admin-cli users listed $count users, the emulator has 321"
echo "listed $count users from $url"
kill "$emulator_pid"
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=""

say "running the installed sequence-admin offscreen with --demo --smoke-test (English, then German)"
english=$(LANGUAGE=en scripts/with-test-session.sh /usr/bin/sequence-admin --demo --smoke-test)
echo "$english"
grep -q "users shown in \"Sequence Admin — Demo (built-in emulator)\"" <<<"$english" || fail "not in English"
german=$(LANGUAGE=de scripts/with-test-session.sh /usr/bin/sequence-admin --demo --smoke-test)
echo "$german"
grep -q "users shown in \"Sequence Admin — Demo (eingebauter Emulator)\"" <<<"$german" || fail "not in German"

say "checking the installed desktop integration"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
for size in 16 32 48 256; do
    kind=$(file "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    grep -q "PNG image data, $size x $size" <<<"$kind" || fail "no ${size}px icon: $kind"
done
manpage=$(zcat /usr/share/man/man1/sequence-admin-cli.1.gz)
grep -q '^\.TH SEQUENCE-ADMIN-CLI 1' <<<"$manpage" || fail "no man page for sequence-admin-cli"

say "removing the package"
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq sequence-admin
left=""
while read -r path; do
    [ -e "$path" ] && left="$left $path"
done <<<"$installed_files"
[ -z "$left" ] || fail "files left after apt-get remove:$left"
status=$(dpkg-query -W -f='${db:Status-Abbrev}' sequence-admin 2>/dev/null || true)
case "$status" in
ii*) fail "sequence-admin is still installed" ;;
esac
echo "removed; none of the $(echo "$installed_files" | wc -l) installed files is left"
say "passed"
