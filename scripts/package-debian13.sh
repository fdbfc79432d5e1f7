#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Inside a Debian 13 (trixie) chroot: the Debian 12 package must refuse to
# install (it needs the Qt HTTP Server 6.4 it was built against), and the
# Debian 13 package is built there, checked with lintian, installed, run
# (--version, the CLI against the emulator, the GUI's --smoke-test offscreen)
# and removed, as scripts/package-test.sh does on Debian 12. As root.
#   scripts/package-debian13.sh [DEBIAN12.deb]   (default: build/release/packages/*.deb)
set -euo pipefail
cd "$(dirname "$0")/.."
bookworm_deb=${1:-$(ls build/release/packages/sequence-admin_*.deb 2>/dev/null | head -n 1 || true)}
if [ -z "$bookworm_deb" ]; then
    echo "package-debian13: no Debian 12 package; building it first (scripts/package-test.sh builds and tests it)"
    cmake --preset release >/dev/null
    cmake --build --preset release
    (cd build/release && cpack -G DEB >/dev/null)
    bookworm_deb=$(ls build/release/packages/sequence-admin_*.deb | head -n 1)
fi
SA_CHROOT_FILES="$bookworm_deb" exec scripts/debian13-chroot.sh sh -c '
    set -e
    deb=$(ls incoming/sequence-admin_*.deb)
    echo "package-debian13: installing the Debian 12 package $deb must fail"
    if apt-get install -y -qq --no-install-recommends "./$deb" >incoming/refusal.log 2>&1; then
        cat incoming/refusal.log
        echo "package-debian13: the Debian 12 package installed on Debian 13" >&2
        exit 1
    fi
    grep -q "libqt6httpserver6" incoming/refusal.log || { cat incoming/refusal.log; exit 1; }
    grep "Depends:" incoming/refusal.log || true
    echo "package-debian13: refused, as it must be"
    scripts/package-test.sh
    # The tarball can carry its own Qt (qt_generate_deploy_app_script, Qt 6.5+):
    # it must then run with no Qt in the library path but its own.
    cmake build/release -DSA_DEPLOY_QT=ON >/dev/null
    (cd build/release && cpack -G TGZ >/dev/null)
    tarball=$(ls build/release/packages/sequence-admin-*.tar.gz | head -n 1)
    tar -tzf "$tarball" | grep -q "/lib/libQt6Core.so" || { echo "no Qt in $tarball" >&2; exit 1; }
    unpacked=$(mktemp -d)
    tar -xzf "$tarball" -C "$unpacked"
    cli=$(find "$unpacked" -path "*/bin/sequence-admin-cli" | head -n 1)
    ldd "$cli" | grep -q "$unpacked.*libQt6Core" || { ldd "$cli"; echo "the tarball does not use its own Qt" >&2; exit 1; }
    "$cli" --version | head -n 1
    rm -rf "$unpacked"
    echo "package-debian13: the tarball with its own Qt runs"'
