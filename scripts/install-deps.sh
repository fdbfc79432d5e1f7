#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Sequence Admin needs to build, test and run.
# Idempotent: installs only what is missing. Uses sudo when not root.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config clang
    # Qt 6.4 and QtKeychain
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins qtkeychain-qt6-dev libsecret-1-0 libgl-dev
    # the snapshot store: Qt SQL's SQLite driver, and sqlite3 for the tests' integrity check
    libqt6sql6-sqlite sqlite3
    # access policies (YAML), and the SARIF schema check of the tests
    libyaml-cpp-dev python3-jsonschema
    # access reviews: SHA-256 through OpenSSL's libcrypto, and gpg for signed manifests
    libssl-dev gnupg
    # a real Secret Service and session bus for the keychain tests
    gnome-keyring dbus-daemon dbus-bin
    # windows without a display: screenshots and GUI smoke tests
    xvfb xauth fonts-dejavu-core
    # the CLI at a real terminal (secret prompt) and its shell completions
    tmux bash-completion zsh
    # benchmarks and documented comparisons
    curl jq python3 bc poppler-utils
    # packages and desktop integration: CPack's .deb (dpkg-shlibdeps needs file),
    # icons rendered from SVG, Qt's own German strings, and the validators
    dpkg-dev file librsvg2-bin qt6-translations-l10n groff-base desktop-file-utils appstream lintian
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
