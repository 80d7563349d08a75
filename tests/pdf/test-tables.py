#!/usr/bin/env python3
# test-tables.py: tables in clauses and annexes, as exported to PDF and
# printed by `concord-cli text`: every cell's words on the page, the header
# row at the top of each page a long table runs on, no row split across
# pages, a row taller than a page cut between lines with nothing lost, and
# lines to fill in where a form's cells are empty.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-tables.py --cli PATH --source-root DIR [unittest arguments...]

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest
from html.parser import HTMLParser

ARGS = None
WATERMARK_PIECE = re.compile(r"^\s*(?:D|DR|DRA|DRAF|DRAFT|R|RA|RAF|RAFT|A|AF|AFT|F|FT|T)\s*$")


def run(*args, check=None):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if check is not None and result.returncode != check:
        raise AssertionError(f"{args}: exit {result.returncode}, expected {check}\n"
                             f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def flat(text):
    text = re.sub(r"\xad\s*", "", text)
    return re.sub(r"\s+", " ", text)


class Words(HTMLParser):
    """pdftotext -bbox output: for each page, its size and its words with boxes."""

    def __init__(self):
        super().__init__()
        self.pages = []
        self.word = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "page":
            self.pages.append({"height": float(a["height"]), "words": []})
        elif tag == "word":
            self.word = [float(a["xmin"]), float(a["ymin"]), float(a["xmax"]), float(a["ymax"]), ""]

    def handle_data(self, data):
        if self.word is not None:
            self.word[4] += data

    def handle_endtag(self, tag):
        if tag == "word" and self.word is not None:
            self.pages[-1]["words"].append(tuple(self.word))
            self.word = None


def page_words(pdf):
    parser = Words()
    parser.feed(run("pdftotext", "-bbox", pdf, "-", check=0).stdout)
    return parser.pages


def memorandum(clauses, annexes=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<memorandum xmlns="urn:concord:mou:1" format-version="1" id="m" status="agreed" language="en-GB">\n'
            '  <title>Tables</title>\n  <revision>1</revision>\n  <parties>\n'
            '    <party id="a" kind="signatory">\n      <name>Alpha Council</name>\n'
            '      <short-name>Alpha</short-name>\n    </party>\n  </parties>\n'
            '  <section id="s" kind="general">\n    <heading>Contacts</heading>\n'
            f'{clauses}  </section>\n{annexes}</memorandum>\n')


def clause(cid, body):
    return f'    <clause id="{cid}" kind="general" status="agreed">\n{body}    </clause>\n'


def table(rows, attrs='columns="2" header="true"', header=("Hname", "Htelephone")):
    head = "<row>" + "".join(f"<cell>{h}</cell>" for h in header) + "</row>\n" if header else ""
    return (f"      <table {attrs}>\n        {head}" +
            "".join(f"        <row>{''.join(f'<cell>{c}</cell>' for c in row)}</row>\n" for row in rows) +
            "      </table>\n")


class TableTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="concord-tables-")
        self.dir = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def export(self, name, text):
        source = os.path.join(self.dir, name + ".mou")
        with open(source, "w", encoding="utf-8") as f:
            f.write(text)
        pdf = os.path.join(self.dir, name + ".pdf")
        run(ARGS.cli, "export-pdf", source, "-o", pdf, check=0)
        return source, pdf

    def table_pages(self, pages, marker):
        """Pages holding a word that starts with marker."""
        return [p for p in pages if any(w[4].startswith(marker) for w in p["words"])]


class TestSample(TableTest):
    def test_cells_printed(self):
        with open(os.path.join(ARGS.source_root, "tests", "data", "tables.mou"), encoding="utf-8") as f:
            _, pdf = self.export("sample", f.read())
        # Row by row, without the pieces of the DRAFT watermark.
        text = flat("\n".join(line for line in run("pdftotext", "-layout", pdf, "-", check=0).stdout.splitlines()
                              if not WATERMARK_PIECE.match(line)))
        for want in ["Party Contact Telephone", "Director of Public Health, see 1.2", "01234 567890",
                     "[Name of contact]", "Name of requesting officer", "Reason for the request",
                     "Power Source", "Digital Economy Act 2017, s. 35"]:
            self.assertIn(want, text)
        # The clause that opens with a table prints its number.
        self.assertRegex(run("pdftotext", "-layout", pdf, "-", check=0).stdout, r"(?m)^\s*1\.2\s*$")

    def test_fill_lines_make_room(self):
        rows = [["Name of requesting officer", ""], ["Reason for the request", ""]]
        _, plain = self.export("plain", memorandum(clause("c", table(rows, 'columns="2"', None))))
        _, form = self.export("form", memorandum(clause("c", table(rows, 'columns="2" fill="3"', None))))

        def gap(pdf):
            words = [w for p in page_words(pdf) for w in p["words"]]
            first = next(w for w in words if w[4] == "Name")
            second = next(w for w in words if w[4] == "Reason")
            return second[1] - first[1]
        # Three lines of 18 pt to write on, where a plain row is one line of text.
        self.assertLess(gap(plain), 20)
        self.assertGreater(gap(form), 3 * 18)


class TestLongTable(TableTest):
    def test_header_repeats_and_rows_stay_whole(self):
        # Each row four lines high, so a page break falls among them.
        rows = [[f"R{i:03d}", f"Q{i:03d}a\nQ{i:03d}b\nQ{i:03d}c\nQ{i:03d}d"] for i in range(120)]
        _, pdf = self.export("long", memorandum(clause("c", "      <p>Contacts:</p>\n" + table(rows))))
        pages = page_words(pdf)
        holding = self.table_pages(pages, "R0")
        self.assertGreaterEqual(len(holding), 3)
        where = {}
        for number, page in enumerate(pages):
            rows_here = [w for w in page["words"] if re.fullmatch(r"R\d{3}", w[4])]
            if not rows_here:
                continue
            headers = [w for w in page["words"] if w[4] == "Hname"]
            # The header once on each page of the table, above its rows.
            self.assertEqual(len(headers), 1, f"page {number + 1}")
            self.assertLess(headers[0][3], min(w[1] for w in rows_here))
            for w in page["words"]:
                if re.fullmatch(r"Q\d{3}[a-d]", w[4]):
                    where.setdefault(w[4][:4], set()).add(number)
                    self.assertLessEqual(w[3], page["height"])
        # Every row's four lines on one page.
        self.assertEqual(len(where), 120)
        for row, on in where.items():
            self.assertEqual(len(on), 1, f"row {row} is split across pages {on}")

    def test_row_taller_than_a_page(self):
        lines = [f"L{i:04d}" for i in range(400)]
        rows = [["Tall", "\n".join(lines)], ["After", "the tall row"]]
        _, pdf = self.export("tall", memorandum(clause("c", table(rows))))
        pages = page_words(pdf)
        seen = []
        for page in self.table_pages(pages, "L0"):
            here = [w for w in page["words"] if re.fullmatch(r"L\d{4}", w[4])]
            # Under the repeated header, and within the page.
            self.assertEqual(sum(1 for w in page["words"] if w[4] == "Hname"), 1)
            for w in here:
                self.assertLessEqual(w[3], page["height"] - 20)
            seen += [w[4] for w in sorted(here, key=lambda w: w[1])]
        # Every line printed once, in order, over several pages.
        self.assertEqual(seen, lines)
        self.assertGreaterEqual(len(self.table_pages(pages, "L0")), 4)
        self.assertIn("the tall row", flat(run("pdftotext", pdf, "-", check=0).stdout))


class TestHostile(TableTest):
    def test_header_taller_than_a_page(self):
        # A header too tall to repeat is printed once, cut across pages
        # like any tall row, and the rows follow it.
        header = (" ".join(f"H{i:04d}" for i in range(3000)), "Second")
        rows = [[f"R{i:03d}", "x"] for i in range(60)]
        _, pdf = self.export("header", memorandum(clause("c", table(rows, header=header))))
        pages = page_words(pdf)
        # In reading order: page by page, top to bottom, left to right.
        words = [w[4] for p in pages for w in sorted(p["words"], key=lambda w: (round(w[1]), w[0]))]
        self.assertEqual([w for w in words if re.fullmatch(r"H\d{4}", w)], [f"H{i:04d}" for i in range(3000)])
        self.assertEqual([w for w in words if re.fullmatch(r"R\d{3}", w)], [f"R{i:03d}" for i in range(60)])
        self.assertLess(len(pages), 12)
        for page in pages:
            for w in page["words"]:
                self.assertLessEqual(w[3], page["height"])

    def test_twelve_narrow_columns(self):
        rows = [["W" * 200] * 12, [f"c{i}" for i in range(12)]]
        _, pdf = self.export("narrow", memorandum(clause("c", table(rows, 'columns="12" widths="1 1 1 1 1 1 1 1 1 1 1 30"',
                                                                    None))))
        text = "".join(run("pdftotext", pdf, "-", check=0).stdout.split())
        # Every character, though the narrow columns hold one or two a line.
        self.assertEqual(text.count("W"), 12 * 200)
        self.assertIn("c11", text)


class TestCli(TableTest):
    def test_text(self):
        rows = [['<party-ref ref="a" form="full"/>', "01234 567890"], ["Beta", ""]]
        source, _ = self.export("text", memorandum(clause("c", table(rows, 'columns="2" header="true"'))))
        out = run(ARGS.cli, "text", source, check=0).stdout
        self.assertIn("      Hname | Htelephone\n      ------------------\n"
                      "      Alpha Council | 01234 567890\n      Beta |\n", out)

    def test_schema_and_canonical_form(self):
        # What Concord writes validates against the schema on its own, and
        # the schema alone refuses what it can see: a table in a cell, a
        # table in the recitals, a row that holds no cell.
        schema = os.path.join(ARGS.source_root, "data", "concord.rng")
        sample = os.path.join(ARGS.source_root, "tests", "data", "tables.mou")
        self.assertEqual(run(ARGS.cli, "fmt", "--check", sample).returncode, 0)
        r = run("xmllint", "--noout", "--nonet", "--relaxng", schema, sample)
        self.assertEqual(r.returncode, 0, r.stderr)
        good = memorandum(clause("c", table([["a", ""]], 'columns="2" widths="1 3" header="true" fill="2"')))
        path = os.path.join(self.dir, "good.mou")
        with open(path, "w", encoding="utf-8") as f:
            f.write(good)
        self.assertEqual(run(ARGS.cli, "fmt", path).returncode, 0)
        self.assertEqual(run("xmllint", "--noout", "--nonet", "--relaxng", schema, path).returncode, 0)
        for name, doc in {
            "nested": memorandum(clause("c", table([['<table columns="1"><row><cell>x</cell></row></table>', ""]]))),
            "recitals": memorandum("").replace("  <section", '  <recitals>\n' + table([["a", "b"]]) +
                                               "  </recitals>\n  <section", 1),
            "empty row": memorandum(clause("c", '      <table columns="1"><row/></table>\n')),
            "columns": memorandum(clause("c", table([["a", "b"]], 'columns="13"'))),
        }.items():
            with self.subTest(name):
                path = os.path.join(self.dir, "schema.mou")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(doc)
                self.assertNotEqual(run("xmllint", "--noout", "--nonet", "--relaxng", schema, path).returncode, 0)
                self.assertEqual(run(ARGS.cli, "validate", path).returncode, 65)

    def test_bad_tables_exit_65(self):
        cases = {
            "more cells": (table([["a", "b", "c"]]), "row 2 has 3 cells but the table has 2 columns"),
            "widths": (table([["a", "b"]], 'columns="2" widths="1 2 3"'), "2 columns but 3 widths"),
            "nested": (table([['<table columns="1"><row><cell>x</cell></row></table>', "b"]]),
                       "a table cannot be put inside another table"),
            "empty": ('      <table columns="2"/>\n', "a table has at least one row"),
        }
        for name, (body, words) in cases.items():
            with self.subTest(name):
                path = os.path.join(self.dir, "bad.mou")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(memorandum(clause("c", body)))
                for command in (["validate", path], ["text", path],
                                ["export-pdf", path, "-o", os.path.join(self.dir, "bad.pdf")]):
                    r = run(ARGS.cli, *command)
                    self.assertEqual(r.returncode, 65, r.stderr)
                    self.assertRegex(r.stderr, r"bad\.mou:\d+:\d+: ")
                    self.assertIn(words, r.stderr)
                self.assertFalse(os.path.exists(os.path.join(self.dir, "bad.pdf")))


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    args, rest = parser.parse_known_args()
    ARGS = args
    ARGS.cli = os.path.abspath(args.cli)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
