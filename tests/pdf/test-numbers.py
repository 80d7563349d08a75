#!/usr/bin/env python3
# test-numbers.py: every number `concord-cli text` prints is printed in the
# PDF and in the preview's pages too, in the same order.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-numbers.py --cli PATH --render-cached PATH --source-root DIR
#
# The bundled templates all give every clause a heading, which hid a
# renderer that dropped the number of a clause without one.  So each case
# here is a template or a generated memorandum (seeds 1 to 50) made to look
# like a real published one: headings taken from every other clause, the
# memorandum a draft with clauses in every status (so status and facts
# lines print), in hierarchical and in continuous numbering.

import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
import unittest

ARGS = None
TEMPLATES = ["sector-led-improvement", "two-party-partnership", "data-sharing",
             "research-collaboration", "blank"]
SEEDS = range(1, 51)
STYLES = ["hierarchical", "continuous"]

# A printed number: "3", "3.2", "3.2.1", a trailing dot allowed, or an item
# letter or roman numeral in brackets.
LABEL = re.compile(r"^(?:\d+(?:\.\d+)*\.?|\([a-z]{1,5}\))$")

# Where the renderer hangs labels, from the left margin (points): clause
# numbers at 0, first-level item labels at 1.4 indents, second-level at 2.2
# (src/core/concord-render-build.c, LEVEL_INDENT 22); in text with no clause
# number (annexes) at -0.2 and 0.6 indents.  A clause's text never starts
# there: it starts at 1.6, 2.6 and 3.6 indents.
LABEL_COLUMNS = (0.0, 30.8, 48.4, -4.4, 13.2)
COLUMN_SLACK = 1.0


def run(*args, check=0):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if check is not None and result.returncode != check:
        raise AssertionError(f"{args}: exit {result.returncode}, expected {check}\n"
                             f"stderr: {result.stderr}")
    return result


# Making the cases

CLAUSE = re.compile(r"(<clause [^>]*?)(/?)>")


def reshape(xml, style, drop_odd_headings=True):
    """The memorandum as a real one looks: no heading on every other clause,
    a draft, clauses in each status, and the numbering style asked for."""
    def root(match):
        tag = re.sub(r' status="[a-z]+"', ' status="draft"', match.group(0))
        tag = re.sub(r' numbering="[a-z]+"', "", tag)
        if style != "hierarchical":
            tag = re.sub(r'( language="[^"]*")', rf'\1 numbering="{style}"', tag)
        return tag

    xml = re.sub(r"<memorandum [^>]*>", root, xml, count=1)

    statuses = ["proposed", "agreed", "disputed"]
    counter = {"n": 0}

    def clause(match):
        i = counter["n"]
        counter["n"] += 1
        head = re.sub(r'status="[a-z]+"', f'status="{statuses[i % 3]}"', match.group(1))
        return head + match.group(2) + ">"

    xml = CLAUSE.sub(clause, xml)
    # `text` indents a paragraph like a first-level item, so one that opens
    # with a cross-reference ("6.1 ...") would read as a label there.
    xml = re.sub(r"<(p|item)((?: [^>]*)?)><clause-ref", r"<\1\2>See <clause-ref", xml)
    if drop_odd_headings:
        # Clause headings are indented six spaces; section headings four.
        parts = re.split(r"(\n      <heading>[^<]*</heading>)", xml)
        kept, seen = [], 0
        for part in parts:
            if part.startswith("\n      <heading>"):
                seen += 1
                if seen % 2 == 1:
                    continue
            kept.append(part)
        xml = "".join(kept)
    return xml


def cases(tmp):
    """(name, path) of every case, written into tmp."""
    sources = []
    for template in TEMPLATES:
        with open(os.path.join(ARGS.source_root, "templates", f"{template}.mou"),
                  encoding="utf-8") as f:
            sources.append((template, f.read()))
    generator = os.path.join(ARGS.source_root, "tests", "bench", "generate.py")
    for seed in SEEDS:
        out = os.path.join(tmp, f"seed-{seed}-source.mou")
        run(sys.executable, generator, "--seed", seed, "--clauses", 10 + seed % 7,
            "--words", "20:60", "--parties", 2 + seed % 5, "-o", out)
        with open(out, encoding="utf-8") as f:
            sources.append((f"seed-{seed}", f.read()))

    for name, xml in sources:
        for style in STYLES:
            path = os.path.join(tmp, f"{name}-{style}.mou")
            with open(path, "w", encoding="utf-8") as f:
                f.write(reshape(xml, style))
            yield f"{name}-{style}", path


# Reading numbers back

BODY_START = ("Definitions", "Background")
BODY_END = ("Signatures", "Document control")


def text_labels(text):
    """The numbers `concord-cli text` prints, from the sections on: the first
    word of a clause or section line, or of an item line."""
    lines = text.splitlines()
    start = 0
    for i, line in enumerate(lines):
        if line == "Parties" or line in BODY_START:
            start = i + 1
    # Skip the parties, definitions and background blocks: indented lines.
    while start < len(lines) and (lines[start] == "" or lines[start].startswith(" ")):
        start += 1

    labels = []
    for line in lines[start:]:
        if line in BODY_END:
            break
        words = line.split()
        if words and LABEL.match(words[0]):
            labels.append(words[0])
    return labels


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"([^<]*)</word>")


WATERMARK_HEIGHT = 30
# Headings of sections and annexes are set larger than text (17.7 points
# against 14.3) and smaller than the title (27); these are the ones that
# are not the body.
HEADING_HEIGHT = (16, 22)
NOT_BODY = ("Parties", "Contents", "Definitions", "Background", "Signatures",
            "Document control", "Schedule: roles and accountability")


def pdf_pages(pdf):
    """Each page as a list of lines, each line a list of (x, text, right, height) words."""
    out = run("pdftotext", "-bbox", pdf, "-").stdout
    pages = []
    for page in out.split("<page ")[1:]:
        rows = {}
        for m in WORD.finditer(page):
            x, y, text = float(m.group(1)), float(m.group(4)), html.unescape(m.group(5))
            # The diagonal DRAFT watermark's tall letters cross every row.
            if y - float(m.group(2)) > WATERMARK_HEIGHT:
                continue
            rows.setdefault(round(y), []).append((x, text, float(m.group(3)), y - float(m.group(2))))
        pages.append([sorted(words) for _, words in sorted(rows.items())])
    return pages


def is_contents_line(line, right):
    """A contents entry: a title, a wide gap, and a page number at the right."""
    last_x, last, _, _ = line[-1]
    return (len(line) >= 2 and last.isdigit() and last_x > right - 40
            and last_x - line[-2][2] > 60)


def pdf_labels(pdf):
    """The numbers hung in the label columns of the PDF's pages, in order,
    leaving out the contents page's entries."""
    pages = pdf_pages(pdf)
    words = [w for page in pages for line in page for w in line]
    # The running head starts every page after the cover at the margin.
    heads = [page[0][0][0] for page in pages[1:] if page]
    margin = max(set(heads), key=heads.count) if heads else min(w[0] for w in words)
    right = max(w[0] for w in words)
    labels = []
    in_body = False
    for page in pages:
        for line in page:
            x, first, _, height = line[0]
            if HEADING_HEIGHT[0] < height < HEADING_HEIGHT[1]:
                # Definitions wrap at the margin, so only the sections and
                # annexes, between their headings, are read.
                in_body = " ".join(w[1] for w in line) not in NOT_BODY
            column = x - margin
            if not in_body or not LABEL.match(first):
                continue
            if not any(abs(column - c) <= COLUMN_SLACK for c in LABEL_COLUMNS):
                continue
            if is_contents_line(line, right):
                continue
            labels.append(first)
    return labels


class Numbers(unittest.TestCase):
    def check(self, render):
        failures = []
        with tempfile.TemporaryDirectory() as tmp:
            count = 0
            for name, path in cases(tmp):
                count += 1
                expected = text_labels(run(ARGS.cli, "text", path).stdout)
                pdf = os.path.join(tmp, f"{name}.pdf")
                render(path, pdf)
                got = pdf_labels(pdf)
                if got != expected:
                    failures.append(f"{name}: text has {expected}\n  pdf has {got}")
            self.assertEqual(count, len(TEMPLATES) * len(STYLES) + len(SEEDS) * len(STYLES))
        self.assertEqual(failures, [], "\n".join(failures[:5]))

    def test_export_pdf(self):
        self.check(lambda src, pdf: run(ARGS.cli, "export-pdf", src, "-o", pdf))

    def test_preview_pages(self):
        self.check(lambda src, pdf: run(ARGS.render_cached, src, pdf))


class Extraction(unittest.TestCase):
    """The reader finds a missing number: without this the test above could
    pass by reading nothing."""

    def test_reads_numbers_and_notices_a_missing_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "m.mou")
            with open(os.path.join(ARGS.source_root, "templates", "sector-led-improvement.mou"),
                      encoding="utf-8") as f:
                xml = reshape(f.read(), "hierarchical")
            with open(path, "w", encoding="utf-8") as f:
                f.write(xml)
            pdf = os.path.join(tmp, "m.pdf")
            run(ARGS.cli, "export-pdf", path, "-o", pdf)
            expected = text_labels(run(ARGS.cli, "text", path).stdout)
            got = pdf_labels(pdf)
            self.assertIn("1.1", expected)
            self.assertIn("2.1", expected)
            self.assertGreater(len(expected), 10)
            self.assertEqual(got, expected)
            # One number dropped from the text must show as a difference.
            self.assertNotEqual(got, expected[:3] + expected[4:])

    def test_reshape_drops_every_other_heading(self):
        xml = ('<memorandum x="1" status="signed" language="en">\n'
               '    <clause id="a" kind="general" status="agreed">\n      <heading>A</heading>\n'
               '    <clause id="b" kind="general" status="agreed">\n      <heading>B</heading>\n')
        out = reshape(xml, "continuous")
        self.assertNotIn("<heading>A</heading>", out)
        self.assertIn("<heading>B</heading>", out)
        self.assertIn('status="draft" language="en" numbering="continuous"', out)
        self.assertIn('id="a" kind="general" status="proposed"', out)
        self.assertIn('id="b" kind="general" status="agreed"', out)


class FittedNumbering(unittest.TestCase):
    """The numbering that fits an existing document (docs/FORMAT.md): a
    fixed number, trailing dots, numbered headings in continuous numbering
    and annex paragraphs numbered 1, 2, 3 print in the PDF and the preview
    exactly as `concord-cli text` numbers them."""

    VARIANTS = {
        "hierarchical": ' number-format="trailing-dot" annex-numbering="own"',
        "continuous": ' numbering="continuous" number-format="trailing-dot" numbered-headings="true"'
                      ' annex-numbering="own"',
    }

    def fitted(self, xml, style):
        xml = reshape(xml, "hierarchical")
        xml = re.sub(r'( language="[^"]*")', lambda m: m.group(1) + self.VARIANTS[style], xml, count=1)
        # The third clause skips ahead to 9, and later ones continue from it.
        starts = [m.start() for m in re.finditer(r"<clause ", xml)]
        if len(starts) >= 3:
            at = xml.index(">", starts[2])
            if xml[at - 1] == "/":
                at -= 1
            xml = xml[:at] + ' number="9"' + xml[at:]
        return xml

    def test_templates(self):
        failures = []
        with tempfile.TemporaryDirectory() as tmp:
            for template in TEMPLATES:
                with open(os.path.join(ARGS.source_root, "templates", f"{template}.mou"),
                          encoding="utf-8") as f:
                    source = f.read()
                for style in self.VARIANTS:
                    path = os.path.join(tmp, f"{template}-{style}.mou")
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(self.fitted(source, style))
                    text = run(ARGS.cli, "text", path).stdout
                    expected = text_labels(text)
                    if template != "blank":
                        self.assertIn("9.", " ".join(expected), f"{template}-{style}")
                    for render in ("export", "preview"):
                        pdf = os.path.join(tmp, f"{template}-{style}-{render}.pdf")
                        if render == "export":
                            run(ARGS.cli, "export-pdf", path, "-o", pdf)
                        else:
                            run(ARGS.render_cached, path, pdf)
                        got = pdf_labels(pdf)
                        if got != expected:
                            failures.append(f"{template}-{style}-{render}: text has {expected}\n"
                                            f"  pdf has {got}")
        self.assertEqual(failures, [], "\n".join(failures[:5]))


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--render-cached", required=True)
    parser.add_argument("--source-root", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
