#!/usr/bin/env python3
# test-bilingual.py: a bilingual memorandum prints its two texts side by
# side, aligned clause by clause, or as two parts in turn; its other
# language's words are that language's.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-bilingual.py --cli PATH --source-root DIR

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest
from html import unescape

ARGS = None

# Each Welsh heading of the fixture and its English counterpart, in the
# order the memorandum has them.
PAIRS = [
    ("Diffiniadau", "Definitions"),
    ("Cefndir", "Background"),
    ("1 Diben", "1 Purpose"),
    ("1.1 Diben y memorandwm hwn", "1.1 Purpose of this memorandum"),
    ("2 Rolau", "2 Roles"),
    ("2.1 Samplu a dadansoddi", "2.1 Sampling and analysis"),
    ("2.2 Arwyddion ar y traeth", "2.2 Signs on the beach"),
    ("3 Ffiniau", "3 Boundaries"),
    ("3.1 Cau traeth", "3.1 Closing a beach"),
    ("4 Atebolrwydd", "4 Accountability"),
    ("4.1 Adrodd ar arwyddion", "4.1 Reporting on signs"),
    ("Atodiad A: Safleoedd monitro", "Annex A: Monitoring sites"),
]


def run(*args, check=0):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if check is not None and result.returncode != check:
        raise AssertionError(f"{args}: exit {result.returncode}, expected {check}\n"
                             f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def fold(text):
    return re.sub(r"\s+", " ", re.sub(r"\xad\s*", "", text)).strip()


class Bilingual(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.fixture = os.path.join(ARGS.source_root, "tests", "data", "bilingual", "welsh-english.mou")

    def export(self, source, name):
        pdf = os.path.join(self.tmp.name, name)
        run(ARGS.cli, "export-pdf", "-o", pdf, source)
        run("qpdf", "--check", pdf)
        return pdf

    def variant(self, name, pattern, replacement):
        with open(self.fixture, encoding="utf-8") as f:
            text = f.read()
        changed = re.sub(pattern, replacement, text, count=1)
        self.assertNotEqual(changed, text)
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(changed)
        return path

    def layout_lines(self, pdf):
        """Each printed line as (page, left column's text, right column's
        text), from the position of every word (pdftotext -bbox): the words
        of one line share a baseline, and the columns meet mid-page."""
        html = run("pdftotext", "-bbox", pdf, "-").stdout
        rows = []
        for page, body in enumerate(re.findall(r"<page width=\"([\d.]+)\"[^>]*>(.*?)</page>", html, re.S)):
            middle = float(body[0]) / 2
            lines = {}
            for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" '
                                         r'yMax="([\d.]+)">(.*?)</word>', body[1]):
                lines.setdefault(round(float(y)), []).append((float(x), word))
            for y in sorted(lines):
                words = sorted(lines[y])
                left = " ".join(w for x, w in words if x < middle)
                right = " ".join(w for x, w in words if x >= middle)
                rows.append((page, fold(unescape(left)), fold(unescape(right))))
        return rows

    def test_columns_align_clause_by_clause(self):
        rows = self.layout_lines(self.export(self.fixture, "columns.pdf"))
        last = (-1, -1)
        for welsh, english in PAIRS:
            found = [i for i, (_, left, right) in enumerate(rows)
                     if left.startswith(welsh) and right.startswith(english)]
            self.assertTrue(found, f"“{welsh}” does not stand beside “{english}”")
            # Side by side and in the memorandum's order, page after page.
            position = (rows[found[0]][0], found[0])
            self.assertGreater(position, last, f"“{welsh}” is out of order")
            last = position
        # The language names head the columns, and the English column
        # prints English words: names, terms, references.
        self.assertTrue(any(l == "Cymraeg" and r == "English" for _, l, r in rows))
        text = fold(run("pdftotext", os.path.join(self.tmp.name, "columns.pdf"), "-").stdout)
        for words in ("The Government will:", "each Monitoring Site", "under 2.1",
                      "Bydd y Llywodraeth yn:", "dŵr", "tŷ"):
            self.assertIn(words, text)

    def test_a_paragraph_beside_its_counterpart(self):
        rows = self.layout_lines(self.export(self.fixture, "columns.pdf"))
        item = [i for i, (_, left, right) in enumerate(rows)
                if left.startswith("2.1.2 dadansoddi") and right.startswith("2.1.2 analyse")]
        self.assertTrue(item, "item 2.1.2 is not beside its counterpart")

    def test_missing_counterpart_leaves_its_column_empty(self):
        source = self.variant("missing.mou", r"<item>publish the results in Welsh and in English\.</item>", "")
        rows = self.layout_lines(self.export(source, "missing.pdf"))
        welsh = [right for _, left, right in rows if left.startswith("2.1.3 chyhoeddi")]
        self.assertEqual(welsh, [""])
        result = run(ARGS.cli, "lint", source, check=1)
        self.assertIn("translation-missing: clause 2.1 (role-wg): the English text has nothing for "
                      "paragraph or item 4", result.stdout)

    def test_parts_in_turn(self):
        source = self.variant("parts.mou", r'translation="en"', 'translation="en" bilingual-layout="parts"')
        lines = [fold(f"{left} {right}") for _, left, right in self.layout_lines(self.export(source, "parts.pdf"))]
        # The English title heads its part (the cover, above, has both).
        title = max(i for i, line in enumerate(lines) if line.startswith("Memorandum of Understanding on"))
        # The Welsh text first, then the English one under its own title,
        # each heading in the memorandum's order.
        place = 0
        for welsh, _ in PAIRS:
            place = next(i for i in range(place, title) if lines[i].startswith(welsh))
        place = title
        for _, english in PAIRS:
            place = next(i for i in range(place, len(lines)) if lines[i].startswith(english))
        self.assertFalse(any(line.startswith("Purpose") for line in lines[:title]))

    def test_one_language_prints_as_before(self):
        source = self.variant("monolingual.mou", r' translation="en"', "")
        text = fold(run("pdftotext", self.export(source, "one.pdf"), "-").stdout)
        self.assertNotIn("Purpose of this memorandum", text)
        self.assertNotIn("English", text)
        self.assertIn("Diben y memorandwm hwn", text)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest)


if __name__ == "__main__":
    main()
