#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the application icon's PNG sizes from the SVG (with rsvg-convert)
and packs them into the Windows .ico and the macOS .icns, all committed, so a
build needs no image tool. The toolbar's own icons (resources/icons/actions/
*.svg, the fallback where the desktop theme has none) are rendered to PNG
sizes too. Run after changing any of the SVGs:
    scripts/make-icons.py
Both formats hold PNG images as they are (ICO since Vista, ICNS since 10.7)."""
import os
import struct
import subprocess

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ICONS = os.path.join(ROOT, 'resources', 'icons')
APP_ID = 'io.github.sequence_admin.SequenceAdmin'
SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]


def png(size):
    return os.path.join(ICONS, 'png', str(size), APP_ID + '.png')


def render():
    for size in SIZES:
        os.makedirs(os.path.dirname(png(size)), exist_ok=True)
        subprocess.run(['rsvg-convert', '--width', str(size), '--height', str(size), '--output', png(size),
                        os.path.join(ICONS, 'sequence-admin.svg')], check=True)


def ico():
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [open(png(s), 'rb').read() for s in sizes]
    out = struct.pack('<HHH', 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(sizes, images):
        # width and height 0 mean 256
        out += struct.pack('<BBBBHHII', size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for data in images:
        out += data
    with open(os.path.join(ICONS, 'sequence-admin.ico'), 'wb') as f:
        f.write(out)


def icns():
    types = [(16, b'icp4'), (32, b'icp5'), (64, b'icp6'), (128, b'ic07'), (256, b'ic08'), (512, b'ic09')]
    body = b''
    for size, kind in types:
        data = open(png(size), 'rb').read()
        body += kind + struct.pack('>I', 8 + len(data)) + data
    with open(os.path.join(ICONS, 'sequence-admin.icns'), 'wb') as f:
        f.write(b'icns' + struct.pack('>I', 8 + len(body)) + body)


ACTION_SIZES = [16, 22, 24, 32, 48]


def render_actions():
    folder = os.path.join(ICONS, 'actions')
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.svg'):
            continue
        for size in ACTION_SIZES:
            out = os.path.join(folder, 'png', str(size), name[:-4] + '.png')
            os.makedirs(os.path.dirname(out), exist_ok=True)
            subprocess.run(['rsvg-convert', '--width', str(size), '--height', str(size), '--output', out,
                            os.path.join(folder, name)], check=True)


if __name__ == '__main__':
    render_actions()
    render()
    ico()
    icns()
