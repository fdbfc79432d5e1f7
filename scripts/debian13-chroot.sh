#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian 13 (trixie) chroot with everything Sequence Admin needs to build,
# test and package, and this source tree copied in; runs one command in it.
# As root. The chroot is kept under /var/cache/sequence-admin-ci/ when that
# folder exists (made on a fresh one, brought up to date on the next run);
# otherwise it is made in a temporary folder and deleted afterwards.
#   scripts/debian13-chroot.sh COMMAND...      (run in /src inside the chroot)
#   SA_CHROOT_FILES="a.deb b" scripts/debian13-chroot.sh ...   (copied to /src/incoming)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "debian13-chroot: needs root (debootstrap, chroot, mount)" >&2; exit 1; }

mirror=${SA_DEBIAN_MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)}
mirror=${mirror:-http://deb.debian.org/debian}
cache=/var/cache/sequence-admin-ci
if [ -d "$cache" ]; then
    root="$cache/trixie"
    keep=1
else
    root=$(mktemp -d "${TMPDIR:-/tmp}/sequence-admin-trixie.XXXXXX")/root
    keep=0
fi

mounted=()
cleanup()
{
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    if [ "$keep" -eq 0 ]; then
        rm -rf "$(dirname "$root")"
    fi
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
    echo "debian13-chroot: making a trixie chroot in $root from $mirror"
    rm -rf "$root.new"
    debootstrap --variant=minbase trixie "$root.new" "$mirror" >/dev/null
    mv "$root.new" "$root"
fi

for path in proc dev dev/pts dev/shm; do
    mkdir -p "$root/$path"
    mount --bind "/$path" "$root/$path"
    mounted+=("$root/$path")
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

in_chroot()
{
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# The tree as it is (tracked files, with any local edits), and the files
# SA_CHROOT_FILES names (space-separated) into /src/incoming.
rm -rf "$root/src"
mkdir -p "$root/src/incoming"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$root/src"
for file in ${SA_CHROOT_FILES:-}; do
    cp "$file" "$root/src/incoming/"
done
# The packages, as on Debian 12: the same script, run inside.
in_chroot sh -c 'cd /src && scripts/install-deps.sh'

in_chroot sh -c 'cd /src && exec "$@"' sh "$@"
