#!/usr/bin/env python3
# test-bounded.py: valid but pathological memoranda are laid out and linted
# in bounded time: an unbroken 100,000-character party name, an unbroken
# 80,000-character paragraph, 40,000 parties, a table of 5,000 rows.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-bounded.py --cli PATH [unittest arguments...]
#
# The bounds are on CPU time, through RLIMIT_CPU, not on the wall clock, so
# a loaded machine does not fail them; before the fix each case took from
# 46 s to many minutes of CPU.  Under the sanitizers (several times slower)
# the limits are not applied, but the output is still checked.

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import unittest

CLI = None
SANITIZED = bool(os.environ.get("CONCORD_TEST_SANITIZED"))

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<memorandum xmlns="urn:concord:mou:1" format-version="1" id="m" status="draft"'
        ' language="en-GB">\n  <title>Bounded work</title>\n  <revision>1</revision>\n')


def memorandum(parties, clauses):
    return HEAD + "  <parties>\n" + parties + "  </parties>\n" + \
        '  <section id="s" kind="roles">\n    <heading>Roles</heading>\n' + clauses + \
        "  </section>\n</memorandum>\n"


def party(pid, name):
    return (f'    <party id="{pid}" kind="signatory">\n      <name>{name}</name>\n'
            f"    </party>\n")


def role(cid, owner, text):
    return (f'    <clause id="{cid}" kind="role" status="agreed" owner="{owner}">\n'
            f"      <p>{text}</p>\n    </clause>\n")


def limited(seconds):
    def set_limit():
        if not SANITIZED:
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    return set_limit


class Bounded(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="concord-bounded-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def run_limited(self, seconds, *args):
        r = subprocess.run([CLI] + list(args), capture_output=True, text=True,
                           preexec_fn=limited(seconds), stdin=subprocess.DEVNULL)
        self.assertNotEqual(r.returncode, -9, f"over {seconds} s of CPU: {args}")
        self.assertNotEqual(r.returncode, -24, f"over {seconds} s of CPU: {args}")
        return r

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def export_text(self, path):
        pdf = path + ".pdf"
        r = self.run_limited(5, "export-pdf", path, "-o", pdf)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                             check=True).stdout
        # Lines broken anywhere inside the run: join them to read it back.
        return "".join(out.split())

    def test_unbroken_party_name(self):
        name = "Q" * 100000
        path = self.write("name.mou", memorandum(
            party("p", name) + party("o", "Other Body"),
            "".join(role(f"c{i}", "p", f'Work of <party-ref ref="p" form="full"/> number {i}.')
                    for i in range(3))))
        text = self.export_text(path)
        # The whole name in each of the three clauses and in the parties
        # table, whose row is cut across pages between lines (it was
        # clipped at the foot of the first page, about 11,000 characters).
        self.assertGreaterEqual(text.count("Q"), 4 * len(name))
        self.assertIn("Workof" + "Q" * 1000, text)
        self.assertIn("Q" * 1000 + "number2.", text)

    def test_unbroken_paragraph(self):
        run = "Z" * 80000
        path = self.write("para.mou", memorandum(party("p", "A Body"), role("c", "p", run)))
        self.assertEqual(self.export_text(path).count("Z"), len(run))

    def test_five_thousand_rows(self):
        n = 5000
        rows = "".join(f"<row><cell>{i}</cell><cell>Contact {i} of the directorate</cell>"
                       f"<cell>0{i:09d}</cell></row>\n" for i in range(n))
        table = ('    <clause id="c" kind="general" status="agreed">\n'
                 '      <table columns="3" widths="1 4 2" header="true">\n'
                 "<row><cell>No.</cell><cell>Name</cell><cell>Telephone</cell></row>\n"
                 f"{rows}      </table>\n    </clause>\n")
        path = self.write("rows.mou", memorandum(party("p", "A Body"), table))
        text = self.export_text(path)
        self.assertEqual(text.count("ofthedirectorate"), n)
        self.assertTrue("Contact4999ofthedirectorate0000004999" in text)
        # The header once on the table's first page and once on each after it.
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
            ["pdfinfo", path + ".pdf"], capture_output=True, text=True, check=True).stdout).group(1))
        self.assertGreater(pages, 50)
        self.assertEqual(text.count("NameTelephone"), pages - 1)
        r = self.run_limited(2, "text", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue("      4999 | Contact 4999 of the directorate | 0000004999\n" in r.stdout)

    def test_forty_thousand_parties(self):
        n = 40000
        parties = "".join(party(f"p{i}", f"Party {i}") for i in range(n))
        clauses = "".join(role(f"c{i}", f"p{i}", f'Work of <party-ref ref="p{i}"/>.')
                          for i in range(0, n, 40))
        path = self.write("parties.mou", memorandum(parties, clauses))
        r = self.run_limited(2, "lint", path)
        self.assertEqual(r.returncode, 1, r.stderr)
        lines = r.stdout.splitlines()
        # Every signatory answers to nobody, and nothing is reported twice.
        unaccountable = [l for l in lines if "signatory-unaccountable" in l]
        self.assertEqual(len(unaccountable), n)
        self.assertEqual(len(set(unaccountable)), n)
        self.assertIn("party p39999:", unaccountable[-1])
        r = self.run_limited(2, "text", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Work of Party 39960.", r.stdout)


def main():
    global CLI
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    args, rest = parser.parse_known_args()
    CLI = os.path.abspath(args.cli)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
