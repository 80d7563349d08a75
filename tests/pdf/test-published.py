#!/usr/bin/env python3
# test-published.py: memoranda shaped like real published ones print as
# written: every number in place, the drafter's page furniture, and no page
# or line the drafter did not ask for.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-published.py --cli PATH --source-root DIR [--pages DIR]
#
# The fixtures in tests/data/published/ were typed from the shapes of four
# kinds of published memorandum (names and details changed):
#   framework.mou       a department and its regulator: an unnumbered lead-in,
#                       paragraphs 1 to n straight through under unnumbered
#                       headings, references to Annex A, a non-signing
#                       stakeholder that approved it
#   (data-sharing-umbrella.mou, the fourth shape, is checked page by page in
#   test-furniture.py, since it is made of page furniture)
#   office-holders.mou  two ministers as parties, three levels of numbering,
#                       a fixed gap (2.2 then 2.4), a term defined inline
#   local-boards.mou    signatures by office on the cover before the text, one
#                       line for two offices, a signatory that is not a party,
#                       paragraphs straight through, a contacts table
# Page images go to --pages (default: a temporary folder) to be looked at.

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest

ARGS = None


def run(*args, check=0):
    r = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if check is not None and r.returncode != check:
        raise AssertionError(f"{args}: exit {r.returncode}\n{r.stderr}")
    return r


def fixture(name):
    return os.path.join(ARGS.source_root, "tests", "data", "published", name + ".mou")


class Published:
    """What every fixture must do; each subclass is one fixture."""
    name = None

    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="concord-published-")
        cls.path = fixture(cls.name)
        cls.pdf = os.path.join(cls._tmp.name, cls.name + ".pdf")
        run(ARGS.cli, "export-pdf", cls.path, "-o", cls.pdf, *cls.export_options)
        info = run("pdfinfo", cls.pdf).stdout
        cls.n_pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        cls.pages = [run("pdftotext", "-layout", "-f", p, "-l", p, cls.pdf, "-").stdout
                     for p in range(1, cls.n_pages + 1)]
        cls.text = "\n".join(cls.pages)
        cls.plain = run(ARGS.cli, "text", cls.path).stdout
        if ARGS.pages:
            os.makedirs(ARGS.pages, exist_ok=True)
            run("pdftoppm", "-png", "-r", "60", cls.pdf, os.path.join(ARGS.pages, cls.name))

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    export_options = ()

    def lines(self, page=None):
        text = self.text if page is None else self.pages[page - 1]
        return [l.strip() for l in text.splitlines() if l.strip()]

    def starts(self, prefix):
        """Lines of the PDF that start with PREFIX (layout text, stripped)."""
        return [l for l in self.lines() if l.startswith(prefix)]

    def numbers_at_line_starts(self):
        found = []
        for line in self.lines():
            m = re.match(r"^(\d+(?:\.\d+)*\.?)\s+[^\s\d]", line)
            if m:
                found.append(m.group(1))
        return found

    def test_valid_and_canonical(self):
        run(ARGS.cli, "validate", self.path)
        run(ARGS.cli, "fmt", "--check", self.path)

    def test_qpdf_check(self):
        r = run("qpdf", "--check", self.pdf, check=None)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("No syntax or stream encoding errors found", r.stdout)

    def test_nothing_missing(self):
        self.assertNotIn("[missing clause]", self.text)
        self.assertNotIn("(null)", self.text)


class Framework(Published, unittest.TestCase):
    name = "framework"
    export_options = ("--signed",)

    def test_pages(self):
        self.assertEqual(self.n_pages, 4)

    def test_unnumbered_lead_in_and_paragraphs_straight_through(self):
        lead = [l for l in self.lines() if l.startswith("This framework document has been")]
        self.assertEqual(len(lead), 1)
        self.assertEqual(self.numbers_at_line_starts(), [str(n) for n in range(1, 11)])
        # Headings carry no numbers in continuous style.
        self.assertIn("Roles and responsibilities", self.lines())
        self.assertIn("Accountability", self.lines())

    def test_annex_references(self):
        flat = " ".join(self.text.split())
        self.assertIn("guidance listed in Annex A.", flat)
        self.assertIn("follow the guidance in Annex A when", flat)
        self.assertIn("Annex A: Guidance the Regulator will have regard to", flat)
        annex = self.text.split("Annex A: Guidance the Regulator will have regard to")[-1]
        self.assertEqual(re.findall(r"^\s*\(([a-z])\)\s", annex, re.M), list("abcde"))

    def test_stakeholder_approved_and_does_not_sign(self):
        flat = " ".join(self.text.split())
        self.assertIn("HM Treasury", flat)
        self.assertIn("Stakeholder", flat)
        self.assertIn("approved by HM Treasury", flat)
        signing = [l for l in self.lines() if l.startswith("Signed for and on behalf of")]
        self.assertEqual(len(signing), 2, signing)
        self.assertFalse(any("HM Treasury" in l for l in signing))

    def test_redline_numbers_unheaded_paragraphs(self):
        # The redline names each changed paragraph by its printed number,
        # though none of them has a heading.
        with open(self.path, encoding="utf-8") as f:
            text = f.read()
        changed = os.path.join(self._tmp.name, "changed.mou")
        with open(changed, "w", encoding="utf-8") as f:
            f.write(text.replace("Copies of this document are placed", "Copies of this framework are placed")
                        .replace("it will say so publicly", "it will say so in public"))
        redline = os.path.join(self._tmp.name, "redline.pdf")
        run(ARGS.cli, "diff", self.path, changed, "--pdf", redline, check=1)
        flat = " ".join(run("pdftotext", redline, "-").stdout.split())
        self.assertIn("Clause 2 [cl-copies] changed", flat)
        self.assertIn("Clause 7 [cl-intervention] changed", flat)
        self.assertIn("framework are placed", flat)

    def test_no_matrix_and_no_facts_lines(self):
        self.assertNotIn("Schedule: roles and accountability", self.text)
        self.assertNotIn("Responsible:", self.text)


class OfficeHolders(Published, unittest.TestCase):
    name = "office-holders"
    export_options = ("--signed",)

    def test_pages(self):
        self.assertEqual(self.n_pages, 4)

    def test_three_levels_and_a_fixed_gap(self):
        numbers = self.numbers_at_line_starts()
        for n in ("1", "1.1", "1.2", "2", "2.1", "2.2", "2.4", "3.3"):
            self.assertIn(n, numbers)
        self.assertNotIn("2.3", numbers)
        flat = " ".join(self.text.split())
        for item in ("2.1.1 the Crown’s interest", "2.1.2.1 the Agency’s financial position",
                     "3.3.2 whether officials have met as clause 2.4 requires"):
            self.assertIn(item, flat)

    def test_office_holders_sign_by_office(self):
        flat = " ".join(self.text.split())
        self.assertIn("Signed by the Treasurer", flat)
        self.assertIn("Signed by the Minister of Local Government", flat)
        self.assertIn("As the Minister responsible for the Crown’s interest", flat)
        self.assertNotIn("[Name of signatory]", flat)

    def test_term_defined_inline_and_capitalised(self):
        flat = " ".join(self.text.split())
        # Defined at its first use, and so not in the definitions.
        self.assertIn("Limited, the council-controlled organisation established to raise debt "
                      "funding for local authorities (the Agency)", flat)
        self.assertNotIn("“the Agency” means", flat)
        # A reference that starts a sentence takes a capital.
        self.assertIn("The LGFA Act and the constitution of the Agency prevail", flat)
        self.assertIn("“we”, “our” and “us” mean", flat)


class LocalBoards(Published, unittest.TestCase):
    name = "local-boards"
    export_options = ("--signed",)

    def test_pages(self):
        # Cover and signatures (two pages for four blocks), the text, the annex.
        self.assertEqual(self.n_pages, 4)

    def test_signatures_by_office_on_the_cover(self):
        cover = " ".join(self.text.split("Purpose\n")[0].split())
        for office in ("Chair, Health and Well-Being Board",
                       "Chair of the Children’s Trust and Corporate Director, People",
                       "Director of Public Health"):
            self.assertIn(office, cover)
        self.assertNotIn("Parties", cover.split("Contents")[0].split("Signed")[0][-20:])
        # The text starts after them.
        self.assertNotIn("These principles are that:", cover)

    def test_paragraphs_straight_through_and_lead_in_kept(self):
        self.assertEqual(self.numbers_at_line_starts(), [str(n) for n in range(1, 10)])
        for number, page in enumerate(self.pages, 1):
            lines = [l.strip() for l in page.splitlines() if l.strip()]
            if any(l.endswith("These principles are that:") for l in lines):
                self.assertTrue(any(l.startswith("(a)") for l in lines), f"page {number}")

    def test_contacts_table(self):
        flat = " ".join(self.text.split())
        self.assertIn("Annex A: Contacts", flat)
        self.assertIn("Board Officer Contact", flat)
        self.assertIn("Director of Public Health hwb@council.example", flat)
        self.assertIn("in Annex A.", flat)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--pages")
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
