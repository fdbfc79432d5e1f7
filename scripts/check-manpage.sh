#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps a man page true to its program: every long option that `PROGRAM --help`
# prints must be documented in the man page, and the man page must not document
# an option the program does not have. Also checks that groff renders it cleanly.
# For a program with subcommands, name them: each one's --help counts too.
#   scripts/check-manpage.sh PROGRAM MANPAGE [SUBCOMMAND...]   (e.g. "profiles add")
set -euo pipefail
program="$1"
manpage="$2"
shift 2

help_text=$(QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$program" --help)
for subcommand in "$@"; do
    # shellcheck disable=SC2086 # "profiles add" is two words
    help_text+=$'\n'$(QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$program" $subcommand --help)
done
help_options=$(echo "$help_text" | grep -o -- '--[a-z][a-z-]*[a-z]' | sort -u)
# EXAMPLES may show other programs' options; the rest is this program's.
man_options=$(sed -e '/^\.SH EXAMPLES/,/^\.SH /d' -e 's/\\-/-/g' "$manpage" | grep -o -- '--[a-z][a-z-]*[a-z]' | sort -u)

status=0
undocumented=$(comm -23 <(echo "$help_options") <(echo "$man_options"))
if [ -n "$undocumented" ]; then
    echo "$manpage does not document:" $undocumented
    status=1
fi
stale=$(comm -13 <(echo "$help_options") <(echo "$man_options"))
if [ -n "$stale" ]; then
    echo "$manpage documents options $(basename "$program") does not have:" $stale
    status=1
fi
warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$manpage" 2>&1 || true)
if [ -n "$warnings" ]; then
    echo "groff warns about $manpage:"
    echo "$warnings"
    status=1
fi
[ $status -eq 0 ] && echo "$manpage: $(echo "$help_options" | wc -l) options, all documented"
exit $status
