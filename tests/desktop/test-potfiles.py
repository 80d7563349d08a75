#!/usr/bin/env python3
# test-potfiles.py: po/POTFILES.in names every file with translatable
# strings, and nothing else.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A file that marks strings for translation (_(), N_(), C_(), NC_(),
# g_dngettext () in C; translatable="yes" in GtkBuilder; the desktop file,
# metainfo and GSettings schema) but is missing from POTFILES.in has its
# strings left out of every translation. An entry whose file is gone, or
# that gives xgettext no string, is stale. xgettext itself is run over the
# list, as the concord-pot target does, so its parse errors count too.
#
# Usage: test-potfiles.py --source-root DIR [unittest arguments...]

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest

SOURCE_ROOT = None

C_MARKS = re.compile(r"(?<![A-Za-z0-9_])(?:N?C?_|Q_|g_dngettext|g_dpgettext2|ngettext)\s*\(")
UI_MARKS = re.compile(r'translatable\s*=\s*"(?:yes|true|1)"')
SCANNED = {
    ".c": C_MARKS, ".h": C_MARKS, ".ui": UI_MARKS,
}
# Data files that are translated whole, by name.
DATA_SUFFIXES = (".desktop.in", ".metainfo.xml.in", ".gschema.xml")
SCANNED_FOLDERS = ("src", "ui", "data")

# The keywords of meson's 'glib' gettext preset.
XGETTEXT_KEYWORDS = ["--keyword=_", "--keyword=N_", "--keyword=C_:1c,2",
                     "--keyword=NC_:1c,2", "--keyword=g_dcgettext:2",
                     "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3"]


def marked_files(root):
    """The files under root that hold strings for translation."""
    found = set()
    for folder in SCANNED_FOLDERS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
            dirnames.sort()
            for name in filenames:
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root)
                if name.endswith(DATA_SUFFIXES):
                    found.add(rel)
                    continue
                marks = SCANNED.get(os.path.splitext(name)[1])
                if marks is None:
                    continue
                with open(path, encoding="utf-8") as f:
                    if marks.search(f.read()):
                        found.add(rel)
    return found


def listed_files(root):
    """The entries of po/POTFILES.in, in order (comments and blanks skipped)."""
    with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
        return [line.strip() for line in f
                if line.strip() and not line.lstrip().startswith("#")]


def problems(root):
    """Every way POTFILES.in disagrees with the tree, as sentences."""
    listed = listed_files(root)
    marked = marked_files(root)
    found = []
    for rel in sorted(marked - set(listed)):
        found.append("%s has translatable strings but is missing from po/POTFILES.in" % rel)
    for rel in listed:
        if not os.path.isfile(os.path.join(root, rel)):
            found.append("po/POTFILES.in names %s, which does not exist" % rel)
        elif rel not in marked:
            found.append("po/POTFILES.in names %s, which has no translatable strings" % rel)
    seen = set()
    for rel in listed:
        if rel in seen:
            found.append("po/POTFILES.in names %s twice" % rel)
        seen.add(rel)
    return found


def extract(root, out):
    """Runs xgettext over POTFILES.in as the concord-pot target does."""
    return subprocess.run(
        ["xgettext", "--package-name=concord", "--from-code=UTF-8",
         "--add-comments", "--files-from=po/POTFILES.in", "--directory=" + root,
         "--output=" + out] + XGETTEXT_KEYWORDS,
        cwd=root, capture_output=True, text=True)


class FakeTree:
    """A small source tree to show that the check finds what it should."""

    def __init__(self, files, potfiles):
        self.dir = tempfile.TemporaryDirectory()
        self.root = self.dir.name
        for rel, text in files.items():
            path = os.path.join(self.root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        os.makedirs(os.path.join(self.root, "po"), exist_ok=True)
        with open(os.path.join(self.root, "po", "POTFILES.in"), "w") as f:
            f.write("".join(p + "\n" for p in potfiles))

    def __enter__(self):
        return self.root

    def __exit__(self, *exc):
        self.dir.cleanup()


class CheckTest(unittest.TestCase):
    def test_missing_c_file_is_found(self):
        files = {"src/app/a.c": 'x = _("Open");\n',
                 "src/app/sub/b.c": 'static const char *s = N_("Save");\n'}
        with FakeTree(files, ["src/app/a.c"]) as root:
            self.assertEqual(problems(root), [
                "src/app/sub/b.c has translatable strings but is missing from po/POTFILES.in"])

    def test_missing_ui_and_data_files_are_found(self):
        files = {"ui/w.ui": '<property name="label" translatable="yes">Close</property>\n',
                 "data/x.desktop.in": "[Desktop Entry]\nName=X\n",
                 "ui/plain.ui": '<property name="label">not for translators</property>\n'}
        with FakeTree(files, []) as root:
            self.assertEqual(problems(root), [
                "data/x.desktop.in has translatable strings but is missing from po/POTFILES.in",
                "ui/w.ui has translatable strings but is missing from po/POTFILES.in"])

    def test_stale_and_duplicate_entries_are_found(self):
        files = {"src/a.c": 'x = _("Open");\n', "src/plain.c": "int my_(void);\n"}
        with FakeTree(files, ["src/a.c", "src/a.c", "src/gone.c", "src/plain.c"]) as root:
            self.assertEqual(problems(root), [
                "po/POTFILES.in names src/gone.c, which does not exist",
                "po/POTFILES.in names src/plain.c, which has no translatable strings",
                "po/POTFILES.in names src/a.c twice"])

    def test_identifiers_ending_in_underscore_are_not_marks(self):
        files = {"src/a.c": "foo_ (1); MY_(2); x = bar_(3);\n"}
        with FakeTree(files, []) as root:
            self.assertEqual(problems(root), [])


class PotfilesTest(unittest.TestCase):
    def test_potfiles_lists_every_translatable_file(self):
        self.assertEqual(problems(SOURCE_ROOT), [])

    def test_xgettext_extracts_from_every_entry(self):
        with tempfile.TemporaryDirectory() as tmp:
            pot = os.path.join(tmp, "concord.pot")
            result = extract(SOURCE_ROOT, pot)
            self.assertEqual(result.returncode, 0, result.stderr)
            # Warnings (a msgid used with and without plural) are for the
            # translations' own checks; they are shown, not failed on here.
            sys.stderr.write(result.stderr)
            with open(pot, encoding="utf-8") as f:
                referenced = set(re.findall(r"([^\s:]+):\d+",
                                            "".join(l for l in f if l.startswith("#:"))))
        silent = [rel for rel in listed_files(SOURCE_ROOT) if rel not in referenced]
        self.assertEqual(silent, [], "xgettext found no string in these files")

def main():
    global SOURCE_ROOT
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-root", required=True)
    args, rest = parser.parse_known_args()
    SOURCE_ROOT = os.path.abspath(args.source_root)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
