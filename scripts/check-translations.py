#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails while a translation is incomplete or out of date.

  check-translations.py LUPDATE TS_FILE SOURCE...

A file named *_en.ts holds only English plural forms ("%n users" -> "1 user"):
it is checked with lupdate -pluralonly, and each of its messages must give
both forms.

Out of date: lupdate run on the sources would change the .ts (a string was
added, changed or removed); `cmake --build --preset dev --target
update_translations` brings it up to date. Incomplete: a message has no
translation, or its translation drops a placeholder (%1, %n) or the keyboard
mnemonic (&) of its source.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def placeholders(text):
    return sorted(set(re.findall(r'%(?:\d+|n)', text)))


def has_mnemonic(text):
    return re.search(r'&(?!&)\S', text.replace('&&', '')) is not None


def check_complete(path):
    problems = []
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            count += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            where = f'{name}: "{source[:60]}"'
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
                problems.append(f'{where}: {kind}')
                continue
            if message.get('numerus') == 'yes':
                forms = [f.text or '' for f in translation.iter('numerusform')]
                if len(forms) != 2:  # English and German have singular and plural
                    problems.append(f'{where}: {len(forms)} plural forms instead of 2')
            else:
                forms = [translation.text or '']
            for form in forms:
                if not form.strip():
                    problems.append(f'{where}: empty translation')
                elif placeholders(form) != placeholders(source):
                    problems.append(f'{where}: placeholders {placeholders(form)} '
                                    f'instead of {placeholders(source)}')
                elif has_mnemonic(source) and not has_mnemonic(form):
                    problems.append(f'{where}: the translation has no & mnemonic')
    return count, problems


def main():
    lupdate, ts_file, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    status = 0
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, os.path.basename(ts_file))
        shutil.copyfile(ts_file, copy)
        includes = sorted({'-I' + os.path.dirname(s) for s in sources})
        plurals_only = ['-pluralonly'] if ts_file.endswith('_en.ts') else []
        result = subprocess.run([lupdate, *plurals_only, '-no-obsolete', '-locations', 'none', *includes, *sources,
                                 '-ts', copy], capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr)
            return 1
        with open(ts_file, 'rb') as a, open(copy, 'rb') as b:
            if a.read() != b.read():
                summary = re.findall(r'Found .*', result.stdout)
                print(f'{ts_file} is out of date with the sources ({"; ".join(summary)}). '
                      'Run: cmake --build --preset dev --target update_translations, then translate.')
                status = 1
    count, problems = check_complete(ts_file)
    for problem in problems:
        print(f'{ts_file}: {problem}')
    if problems:
        status = 1
    if status == 0:
        print(f'{ts_file}: all {count} messages translated and up to date')
    return status


if __name__ == '__main__':
    sys.exit(main())
