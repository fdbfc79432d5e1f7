#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every source, build, script and packaging file of the project says its
# licence in an SPDX header. Prints the files that do not and fails.
#   scripts/check-licence.sh
set -euo pipefail
cd "$(dirname "$0")/.."
patterns=('*.cpp' '*.h' '*.in' '*.cmake' '*CMakeLists.txt' '*.sh' '*.py' '*.bash' '*_sequence-admin-cli'
    '*.1' '.ci/run' '*.desktop' '*.xml' '*.svg' '*.dict' '.clang-format' '.gitignore')
if [ -d .git ] || git rev-parse --git-dir >/dev/null 2>&1; then
    # packaging/copyright.in is the licence statement itself (DEP-5 has no comments).
    files=$(git ls-files -- "${patterns[@]}" | grep -v '^packaging/copyright.in$' || true)
else
    # Not a git checkout (a tarball, the Debian 13 chroot): the same files by name.
    files=$(find . -path ./build -prune -o -path ./.git -prune -o -type f \( -name '*.cpp' -o -name '*.h' \
        -o -name '*.in' -o -name '*.cmake' -o -name CMakeLists.txt -o -name '*.sh' -o -name '*.py' -o -name '*.bash' \
        -o -name '_sequence-admin-cli' -o -name '*.1' -o -path ./.ci/run -o -name '*.desktop' -o -name '*.xml' \
        -o -name '*.svg' -o -name '*.dict' -o -name .clang-format -o -name .gitignore \) -print \
        | sed 's|^\./||' | grep -v '^packaging/copyright.in$\|^incoming/' || true)
fi
missing=$(echo "$files" | while read -r file; do
    [ -n "$file" ] && ! grep -q 'SPDX-License-Identifier:' "$file" && echo "$file"
done || true)
if [ -n "$missing" ]; then
    echo "no SPDX-License-Identifier in:" >&2
    echo "$missing" >&2
    exit 1
fi
echo "check-licence: $(echo "$files" | wc -l) files, each with an SPDX licence header"
