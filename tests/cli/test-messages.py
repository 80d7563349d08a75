#!/usr/bin/env python3
# test-messages.py: refusals say what is wrong and where, in the project's
# own words: an unsigned "signed copy" names the file and the line of the
# first missing signature; a file nested 100,000 deep gets the format's
# depth limit of 64 (not libxml2's "Excessive depth"); UTF-16, a declared
# encoding other than UTF-8 and processing instructions are refused by
# name, at their position.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-messages.py --cli PATH --source-root DIR [unittest arguments...]

import argparse
import os
import subprocess
import sys
import tempfile
import unittest

CLI = None
ROOT = None
EX_DATAERR = 65

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<memorandum xmlns="urn:concord:mou:1" format-version="1" id="m" status="draft"'
        ' language="en-GB">\n')
BODY = ('  <title>Messages</title>\n  <revision>1</revision>\n  <parties/>\n'
        '  <section id="s" kind="purpose">\n    <heading>Purpose</heading>\n'
        '    <clause id="c" kind="general" status="agreed">\n      <p>Text.</p>\n'
        '    </clause>\n  </section>\n</memorandum>\n')


class Messages(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="concord-messages-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def cli(self, *args):
        return subprocess.run([CLI] + list(args), capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=120)

    def refused(self, path, expected):
        r = self.cli("lint", path)
        self.assertEqual(r.returncode, EX_DATAERR, r.stderr)
        self.assertEqual(r.stderr.strip(), f"{path}:{expected}")
        return r

    def test_valid_base_loads(self):
        # The cases below differ from this file by one thing each.
        r = self.cli("lint", self.write("base.mou", HEAD + BODY))
        self.assertIn(r.returncode, (0, 1), r.stderr)

    # --signed

    def template(self, name):
        with open(os.path.join(ROOT, "templates", name), encoding="utf-8") as f:
            return f.read()

    def export_signed(self, path):
        r = self.cli("export-pdf", path, "--signed", "-o", os.path.join(self.tmp, "out.pdf"))
        self.assertNotEqual(r.returncode, 0)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "out.pdf")))
        return r.stderr.strip()

    def test_signed_names_file_and_first_missing_signature(self):
        path = self.write("two.mou", self.template("two-party-partnership.mou"))
        message = self.export_signed(path)
        self.assertEqual(message, f"{path}:162:5: a signed copy needs every signatory's signature "
                                  "(person and date); not signed yet: first-org, second-org")

    def test_signed_points_at_the_one_still_unsigned(self):
        text = self.template("two-party-partnership.mou").replace(
            '<signature party="first-org">\n      <person placeholder="Name of signatory"/>\n'
            '      <title placeholder="Position of signatory"/>\n      <date placeholder="Date"/>',
            '<signature party="first-org">\n      <person>A. Person</person>\n'
            '      <title placeholder="Position of signatory"/>\n      <date>2026-01-05</date>', 1)
        path = self.write("one.mou", text)
        message = self.export_signed(path)
        self.assertTrue(message.startswith(f"{path}:168:5: "), message)
        self.assertTrue(message.endswith("not signed yet: second-org"), message)

    def test_signed_without_signatories_points_at_the_root(self):
        path = self.write("none.mou", HEAD + BODY)
        message = self.export_signed(path)
        self.assertTrue(message.startswith(f"{path}:2:1: a signed copy needs signatories"), message)

    # Depth

    def nested(self, depth):
        inner = "<p>" * (depth - 1) + "</p>" * (depth - 1)
        return HEAD.rstrip("\n") + inner + "</memorandum>\n"

    def test_deep_nesting_gets_the_format_limit(self):
        path = self.write("deep.mou", self.nested(100000))
        r = self.refused(path, f"2:{len(HEAD.splitlines()[1]) + 1 + 63 * 3}: "
                               "elements are nested deeper than the limit of 64")
        self.assertNotIn("Excessive depth", r.stderr)
        self.assertNotIn("XML_PARSE_HUGE", r.stderr)

    def test_depth_limit_is_64(self):
        # 64 levels pass the depth check (and fail the schema instead); 65 do not.
        r = self.cli("lint", self.write("d64.mou", self.nested(64)))
        self.assertEqual(r.returncode, EX_DATAERR)
        self.assertNotIn("limit of 64", r.stderr)
        r = self.cli("lint", self.write("d65.mou", self.nested(65)))
        self.assertIn("nested deeper than the limit of 64", r.stderr)

    # Encodings

    def test_utf16_with_byte_order_mark(self):
        text = (HEAD + BODY).replace('encoding="UTF-8"', 'encoding="UTF-16"')
        for name, data in (("le.mou", text.encode("utf-16")),
                           ("be.mou", b"\xfe\xff" + text.encode("utf-16-be")),
                           ("nobom.mou", text.encode("utf-16-le"))):
            with self.subTest(name):
                self.refused(self.write(name, data), "1:1: the file is in UTF-16; a memorandum must "
                             "be UTF-8 (convert it, for example with “iconv -t UTF-8”)")

    def test_utf32(self):
        data = (HEAD + BODY).encode("utf-32")
        self.refused(self.write("u32.mou", data), "1:1: the file is in UTF-32; a memorandum must "
                     "be UTF-8 (convert it, for example with “iconv -t UTF-8”)")

    def test_declared_latin1(self):
        text = (HEAD + BODY).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
        self.refused(self.write("latin1.mou", text.encode("latin-1")),
                     "1:1: the file declares the encoding “ISO-8859-1”; a memorandum must be UTF-8")

    def test_utf8_byte_order_mark_still_loads(self):
        r = self.cli("lint", self.write("bom.mou", b"\xef\xbb\xbf" + (HEAD + BODY).encode()))
        self.assertIn(r.returncode, (0, 1), r.stderr)

    # Processing instructions

    def test_stylesheet_instruction(self):
        lines = (HEAD + BODY).splitlines(keepends=True)
        text = lines[0] + '<?xml-stylesheet type="text/xsl" href="show.xsl"?>\n' + "".join(lines[1:])
        self.refused(self.write("pi.mou", text),
                     "2:1: a processing instruction (“<?xml-stylesheet”) is not allowed in a memorandum")

    def test_instruction_inside_text(self):
        text = (HEAD + BODY).replace("<p>Text.</p>", "<p>Te<?php echo 1; ?>xt.</p>")
        line = [i for i, s in enumerate(text.splitlines(), 1) if "<?php" in s][0]
        self.refused(self.write("pi-text.mou", text),
                     f"{line}:12: a processing instruction (“<?php”) is not allowed in a memorandum")

    # Duplicate keys, found by fuzz-diff: a second signature for one party, or a second
    # document-control entry for one version, was one object to a
    # comparison, so accepting every change lost it (tests/data/fuzz).

    def test_second_signature_for_a_party(self):
        text = self.template("two-party-partnership.mou").replace(
            '<signature party="second-org">', '<signature party="first-org">', 1)
        self.refused(self.write("two-sigs.mou", text),
                     "168:5: the party “first-org” has a second signature (the first is on "
                     "line 162); a party signs once")

    def test_second_signature_for_an_office(self):
        sig = "    <signature>\n      <title>Director of Public Health</title>\n    </signature>\n"
        text = self.template("two-party-partnership.mou").replace(
            "  </signatures>", sig + sig + "  </signatures>", 1)
        line = text.splitlines().index("  </signatures>") - 2
        self.refused(self.write("two-offices.mou", text),
                     f"{line}:5: a second signature for the same office and person (the first "
                     f"is on line {line - 3})")

    def test_second_entry_for_a_version(self):
        text = self.template("two-party-partnership.mou").replace(
            '<entry version="0.1">Template issued.</entry>',
            '<entry version="0.1">Template issued.</entry>\n    <entry version="0.1">Again.</entry>')
        self.refused(self.write("two-entries.mou", text),
                     "177:5: the version “0.1” has a second document-control entry (the first "
                     "is on line 176)")


def main():
    global CLI, ROOT
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    args, rest = parser.parse_known_args()
    CLI = os.path.abspath(args.cli)
    ROOT = args.source_root
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
