#!/usr/bin/env python3
# The document layer includes no GTK, GDK, GSK or libadwaita header: its
# library is built without GTK's include path, and this check also catches
# a header nobody compiles yet. Usage: check-no-gtk.py FOLDER...
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](gtk|gdk|gsk|adwaita|libadwaita)', re.MULTILINE)

bad = []
for folder in sys.argv[1:]:
    files = sorted(pathlib.Path(folder).glob('*.[ch]'))
    if not files:
        sys.exit(f'{folder}: no sources found')
    for path in files:
        for match in INCLUDE.finditer(path.read_text(encoding='utf-8')):
            line = path.read_text(encoding='utf-8').count('\n', 0, match.start()) + 1
            bad.append(f'{path}:{line}: includes a GTK header')

print('\n'.join(bad))
sys.exit(1 if bad else 0)
