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
    # The deploy path (qt_generate_deploy_app_script, Qt 6.5+) on Linux: the
    # tarball gets qt.conf and a lib/ for a Qt of its own. A Qt installed in
    # the system (as here) is left to the system by the Qt deploy support; the
    # unpacked programs must run either way.
    cmake build/release -DSA_DEPLOY_QT=ON >/dev/null
    (cd build/release && cpack -G TGZ >/dev/null 2>&1)
    tarball=$(ls build/release/packages/sequence-admin-*.tar.gz | head -n 1)
    tar -tzf "$tarball" | grep -q "/bin/qt.conf$" || { echo "the deploy script wrote no qt.conf into $tarball" >&2; exit 1; }
    unpacked=$(mktemp -d)
    tar -xzf "$tarball" -C "$unpacked"
    for program in sequence-admin-cli sequence-emulator sequence-admin; do
        "$(find "$unpacked" -path "*/bin/$program" | head -n 1)" --version | head -n 1
    done
    rm -rf "$unpacked"
    cmake build/release -DSA_DEPLOY_QT=OFF >/dev/null
    echo "package-debian13: the deployed tarball runs"'
