#!/usr/bin/env python3
# test-translations.py: every catalogue in po/LINGUAS compiles cleanly,
# translates every string the sources mark today (nothing empty, nothing
# fuzzy), keeps each format specifier, and has its language's plural forms.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-translations.py --source-root DIR

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest

ARGS = None
PLURAL_FORMS = {
    "cy": "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;",
    "fr": "nplurals=2; plural=(n > 1);",
}
# The keywords of meson's glib preset, which po/meson.build uses.
XGETTEXT_KEYWORDS = ["--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                     "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
                     "--keyword=g_dpgettext2:2c,3", "--flag=N_:1:pass-c-format",
                     "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
                     "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
                     "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
                     "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format"]



def parse(path):
    """The entries of a .po file: dicts of msgctxt, msgid, msgid_plural,
    msgstr or msgstr[N] (still escaped), and flags."""
    entries, cur, last = [], {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    entries.append(cur)
                cur, last = {}, None
                continue
            if line.startswith("#,"):
                cur.setdefault("flags", set()).update(x.strip() for x in line[2:].split(","))
                continue
            if line.startswith("#"):
                continue
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if m:
                last = m.group(1)
                cur[last] = m.group(2)
                continue
            m = re.match(r'"(.*)"$', line)
            if m and last:
                cur[last] += m.group(1)
    if cur:
        entries.append(cur)
    return entries


CONVERSION = re.compile(r"%(?:\d+\$)?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcsp%]")


def conversions(s):
    return [c for c in CONVERSION.findall(s) if c != "%%"]


def linguas():
    with open(os.path.join(ARGS.source_root, "po", "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f for w in line.split("#")[0].split()]


class Translations(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = ARGS.source_root
        with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
            files = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        cls.pot = os.path.join(cls.tmp.name, "concord.pot")
        subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments", "--package-name=concord",
                        "-o", cls.pot, "--directory", root] + XGETTEXT_KEYWORDS + files,
                       check=True, capture_output=True, text=True)
        cls.wanted = {(e.get("msgctxt"), e["msgid"]) for e in parse(cls.pot) if e.get("msgid")}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_languages_listed(self):
        self.assertEqual(sorted(linguas()), ["cy", "fr"])

    def test_msgfmt_check(self):
        for lang in linguas():
            with self.subTest(lang=lang):
                result = subprocess.run(["msgfmt", "--check", "--check-format", "--check-header",
                                         "-o", os.devnull,
                                         os.path.join(ARGS.source_root, "po", lang + ".po")],
                                        capture_output=True, text=True)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(result.stderr, "")

    def test_every_string_translated(self):
        self.assertGreater(len(self.wanted), 500)
        for lang in linguas():
            entries = [e for e in parse(os.path.join(ARGS.source_root, "po", lang + ".po")) if e.get("msgid")]
            have = {}
            for e in entries:
                have[(e.get("msgctxt"), e["msgid"])] = e
            with self.subTest(lang=lang):
                missing = sorted(m for c, m in self.wanted - set(have))
                self.assertEqual(missing, [], f"{lang}.po lacks {len(missing)} strings")
                for key, e in have.items():
                    self.assertNotIn("fuzzy", e.get("flags", set()), f"{lang}: fuzzy {key}")
                    strs = [v for k, v in e.items() if k.startswith("msgstr")]
                    self.assertTrue(strs and all(s != "" for s in strs), f"{lang}: untranslated {key}")

    def test_format_specifiers_match(self):
        for lang in linguas():
            for e in parse(os.path.join(ARGS.source_root, "po", lang + ".po")):
                if not e.get("msgid") or "c-format" not in e.get("flags", set()):
                    continue
                want = sorted(conversions(e["msgid"]))
                for k, v in e.items():
                    if not k.startswith("msgstr"):
                        continue
                    with self.subTest(lang=lang, msgid=e["msgid"], form=k):
                        self.assertEqual(sorted(conversions(v)), want)
                # Line ends and escapes stay where the program expects them.
                self.assertEqual(e["msgid"].endswith("\\n"), e.get("msgstr", e.get("msgstr[0]", "")).endswith("\\n"),
                                 f"{lang}: {e['msgid']}")

    def test_plural_forms(self):
        for lang in linguas():
            header = parse(os.path.join(ARGS.source_root, "po", lang + ".po"))[0]["msgstr"]
            with self.subTest(lang=lang):
                self.assertIn(f"Plural-Forms: {PLURAL_FORMS[lang]}\\n", header)
                self.assertIn(f"Language: {lang}\\n", header)
            n = int(re.search(r"nplurals=(\d+)", PLURAL_FORMS[lang]).group(1))
            for e in parse(os.path.join(ARGS.source_root, "po", lang + ".po")):
                if "msgid_plural" in e:
                    self.assertEqual(sorted(k for k in e if k.startswith("msgstr")),
                                     [f"msgstr[{i}]" for i in range(n)], e["msgid"])

    def test_desktop_file_and_metainfo_carry_the_translations(self):
        if not ARGS.desktop:
            self.skipTest("built without the application")
        with open(ARGS.desktop, encoding="utf-8") as f:
            desktop = f.read()
        with open(ARGS.metainfo, encoding="utf-8") as f:
            metainfo = f.read()
        self.assertIn("Comment[cy]=Drafftio memoranda cyd-ddealltwriaeth rhwng sefydliadau\n", desktop)
        self.assertIn("Name[fr]=Nouvelle fenêtre\n", desktop)
        for lang in linguas():
            self.assertIn(f'<summary xml:lang="{lang}">', metainfo)

    def test_checker_catches_a_broken_catalogue(self):
        # The checks can fail: a dropped specifier and a fuzzy entry.
        bad = os.path.join(self.tmp.name, "bad.po")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    '#, c-format\nmsgid "Page %u of %u"\nmsgstr "Tudalen %u"\n')
        result = subprocess.run(["msgfmt", "--check", "-o", os.devnull, bad], capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0)
        e = parse(bad)[1]
        self.assertNotEqual(sorted(conversions(e["msgstr"])), sorted(conversions(e["msgid"])))


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--desktop", default="")
    parser.add_argument("--metainfo", default="")
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
