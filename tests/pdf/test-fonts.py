#!/usr/bin/env python3
# test-fonts.py: the styles' own faces stand in for the system's fonts
# without changing a byte of the PDF (the performance issue, "Close to the
# floor").
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Text that Noto Sans and Noto Serif cover is laid out with a font map of
# only those faces, other text with all the system's fonts
# (src/core/concord-render-fonts.c). CONCORD_SYSTEM_FONTS=1 lays out all of
# it with the system's fonts, as before: every export here must give the
# same bytes both ways, and the quick way must have been taken.

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

CLI = None
SOURCE = None
STAND_IN = "faces stand in for the system's fonts"
CANNOT = "the styles' faces cannot stand in"
FALLBACK = "the system's fonts too"
# The system's configuration with one more rule, for FONTCONFIG_FILE.
WITH_RULE = ('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
             '<fontconfig><include ignore_missing="no">/etc/fonts/fonts.conf</include>{}</fontconfig>\n')


def generate(path, seed, clauses, *extra):
    subprocess.run([sys.executable, os.path.join(SOURCE, "tests", "bench", "generate.py"),
                    "--seed", str(seed), "--clauses", str(clauses), *extra, "-o", path],
                   check=True, stdout=subprocess.DEVNULL)


def export(mou, pdf, *options, system_fonts=False, fontconfig_file=None):
    """Exports @mou; returns the renderer's messages."""
    env = dict(os.environ)
    env["G_MESSAGES_DEBUG"] = "concord-render"
    env.pop("CONCORD_SYSTEM_FONTS", None)
    if system_fonts:
        env["CONCORD_SYSTEM_FONTS"] = "1"
    if fontconfig_file:
        env["FONTCONFIG_FILE"] = fontconfig_file
    result = subprocess.run([CLI, "export-pdf", "--force", *options, mou, "-o", pdf],
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise AssertionError(f"export-pdf {mou} failed ({result.returncode}): {result.stderr}")
    # GLib writes debug messages to standard output.
    return result.stdout + result.stderr


def read(path):
    with open(path, "rb") as f:
        return f.read()


def font_names(pdf):
    listing = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
    return {re.sub(r"^[A-Z]{6}\+", "", line.split()[0]) for line in listing.splitlines()[2:] if line.strip()}


class StandIn(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="concord-fonts-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def out(self, name):
        return os.path.join(self.tmp, name)

    def same_both_ways(self, mou, *options, fontconfig_file=None):
        """Exports @mou both ways and compares; returns the quick way's messages and PDF."""
        quick = export(mou, self.out("quick.pdf"), *options, fontconfig_file=fontconfig_file)
        system = export(mou, self.out("system.pdf"), *options, system_fonts=True, fontconfig_file=fontconfig_file)
        self.assertIn(STAND_IN, quick)
        self.assertNotIn(STAND_IN, system)
        self.assertEqual(read(self.out("quick.pdf")), read(self.out("system.pdf")),
                         f"{os.path.basename(mou)} {options}: the PDFs differ")
        return quick, self.out("quick.pdf")

    def test_generated_latin_needs_no_other_font(self):
        mou = self.out("plain.mou")
        generate(mou, 7, 30, "--parties", "5")
        messages, pdf = self.same_both_ways(mou)
        # All of it in the families the styles name (DejaVu Sans has the
        # matrix legend's arrow): the system's fonts never loaded.
        self.assertNotIn(FALLBACK, messages)
        families = {name.split("-")[0] for name in font_names(pdf)}
        self.assertLessEqual(families, {"NotoSans", "NotoSerif", "DejaVuSans", "DejaVuSerif"})
        self.assertIn("NotoSerif", families)

    def test_published_memoranda_and_templates(self):
        sources = sorted(glob.glob(os.path.join(SOURCE, "tests", "data", "published", "*.mou")) +
                         glob.glob(os.path.join(SOURCE, "templates", "*.mou")))
        self.assertGreaterEqual(len(sources), 8)
        for mou in sources:
            with self.subTest(document=os.path.basename(mou)):
                self.same_both_ways(mou)
        with self.subTest(options="letter, signed counterparts off"):
            self.same_both_ways(sources[0], "--paper", "letter")

    def test_other_scripts_fall_back_as_before(self):
        mou = self.out("scripts.mou")
        with open(mou, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<memorandum xmlns="urn:concord:mou:1" format-version="1" id="m" status="draft" '
                    'language="en-GB">\n  <title>Cydweithio – تعاون – 合作</title>\n  <revision>1</revision>\n'
                    '  <parties>\n    <party id="a" kind="signatory"><name>Cyngor Sir Ddinbych</name>'
                    '<short-name>CSDd</short-name></party>\n'
                    '    <party id="b" kind="signatory"><name>الحكومة المحلية</name>'
                    '<short-name>地方政府</short-name></party>\n  </parties>\n'
                    '  <section id="s" kind="general">\n    <heading>Ieithoedd</heading>\n'
                    '    <clause id="c1" kind="general" status="agreed">\n'
                    '      <p>Bydd y partïon yn cydweithio’n agos: ŵyr, ŷd, naïve, Ærø, “quoted” § 4.</p>\n'
                    '      <p>Ελληνικά και Кириллица\u00a0и\u200bnothing else.</p>\n'
                    '      <p>تتعاون الأطراف في تبادل المعلومات.</p>\n'
                    '      <p>各方将在信息共享方面进行合作。🤝 ✅</p>\n'
                    '    </clause>\n  </section>\n</memorandum>\n')
        messages, pdf = self.same_both_ways(mou)
        # The Arabic, Chinese and emoji lines came from fonts beyond the styles' faces.
        self.assertIn(FALLBACK, messages)
        self.assertTrue(font_names(pdf) - {n for n in font_names(pdf) if n.startswith(("NotoSans-", "NotoSerif-"))},
                        font_names(pdf))

    def test_emoji_fall_back_as_before(self):
        # Characters the styles' families have, which Pango sets as emoji
        # (from the family "emoji") on their own or before U+FE0F.
        mou = self.out("emoji.mou")
        generate(mou, 4, 8)
        with open(mou, encoding="utf-8") as f:
            text = f.read()
        emoji = "".join(f"<p>{p}</p>" for p in ("\u25fe Item", "Agreed \u00a9\ufe0f", "Key 1\ufe0f\u20e3",
                                                "\u261d Up", "Done \u2705"))
        text = text.replace("</p>", "</p>" + emoji, 1)
        with open(mou, "w", encoding="utf-8") as f:
            f.write(text)
        messages, _ = self.same_both_ways(mou)
        self.assertIn(FALLBACK, messages)
        # With no colour emoji font installed, "emoji" falls to the styles'
        # families anyway: this configuration gives it a face of another.
        conf = self.out("emoji.conf")
        with open(conf, "w") as f:
            f.write(WITH_RULE.format('<alias binding="strong"><family>emoji</family>'
                                     '<prefer><family>DejaVu Sans Mono</family></prefer></alias>'))
        messages, pdf = self.same_both_ways(mou, fontconfig_file=conf)
        self.assertIn("DejaVuSansMono", font_names(pdf))

    def test_a_configuration_that_changes_the_families_turns_it_off(self):
        mou = self.out("plain.mou")
        generate(mou, 9, 12)
        rules = {
            # Another family before the serif, for this program only (GLib's
            # name for it, which Pango puts in its patterns).
            "prgname": '<match><test name="prgname"><string>concord-cli export-pdf</string></test>'
                       '<test name="family"><string>Noto Serif</string></test>'
                       '<edit name="family" mode="prepend" binding="strong"><string>DejaVu Sans Mono</string>'
                       '</edit></match>',
            # A face of the styles' families that the system leaves out.
            "reject": '<selectfont><rejectfont><pattern><patelt name="family"><string>DejaVu Sans</string>'
                      '</patelt></pattern></rejectfont></selectfont>',
        }
        for name, rule in rules.items():
            with self.subTest(rule=name):
                conf = self.out(name + ".conf")
                with open(conf, "w") as f:
                    f.write(WITH_RULE.format(rule))
                quick = export(mou, self.out("quick.pdf"), fontconfig_file=conf)
                export(mou, self.out("system.pdf"), system_fonts=True, fontconfig_file=conf)
                self.assertIn(CANNOT, quick)
                self.assertNotIn(STAND_IN, quick)
                self.assertEqual(read(self.out("quick.pdf")), read(self.out("system.pdf")))
                if name == "prgname":
                    # The rule did change the PDF: the check is not idle.
                    export(mou, self.out("plain.pdf"))
                    self.assertNotEqual(read(self.out("quick.pdf")), read(self.out("plain.pdf")))

    def test_two_processes_fall_back_in_the_child(self):
        # Long enough for a child process; --unicode sprinkles Arabic,
        # Chinese and emoji through the text, so both halves fall back.
        mou = self.out("unicode.mou")
        generate(mou, 11, 380, "--unicode")
        messages, _ = self.same_both_ways(mou, "--processes", "2")
        self.assertIn("measured by a child process", messages)
        export(mou, self.out("one.pdf"), "--processes", "1")
        self.assertEqual(read(self.out("one.pdf")), read(self.out("quick.pdf")))


def main():
    global CLI, SOURCE
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    args, rest = parser.parse_known_args()
    CLI, SOURCE = args.cli, args.source_root
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
