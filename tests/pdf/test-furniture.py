#!/usr/bin/env python3
# test-furniture.py: page furniture under the drafter's control (<print>),
# inline terms, versions and month dates, lead-ins and the contents'
# widow control, checked in the exported PDF with poppler.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-furniture.py --cli PATH --source-root DIR --build-root DIR
# Page images of the sample go to BUILD/tests/pdf/pages/furniture-*.png.

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest

ARGS = None
NS = 'xmlns="urn:concord:mou:1" format-version="1"'
A4_WIDTH, A4_HEIGHT = 595.28, 841.89


def run(*args, check=None):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if check is not None and result.returncode != check:
        raise AssertionError(f"{args}: exit {result.returncode}, expected {check}\n"
                             f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def flat(text):
    """Text with soft hyphens undone and white space folded."""
    return re.sub(r"\s+", " ", re.sub(r"\xad\s*", "", text))


def pages_of(path):
    """Each page's text, folded; the diagonal DRAFT watermark's pieces are
    in there too, which the checks below do not mind."""
    text = run("pdftotext", path, "-", check=0).stdout
    return [flat(p) for p in text.split("\f")][:-1]


def words_of(path):
    """Every word with its page and box, from pdftotext -bbox."""
    out = run("pdftotext", "-bbox", path, "-", check=0).stdout
    words, page = [], -1
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                      line)
        if m:
            words.append((page, float(m.group(1)), float(m.group(2)), float(m.group(3)),
                          float(m.group(4)), m.group(5)))
    return words


PARTIES = ('    <party id="lga" kind="signatory">\n      <name>Local Government Association</name>\n'
           '      <short-name>LGA</short-name>\n    </party>\n'
           '    <party id="ofsted" kind="signatory">\n      <name>Ofsted</name>\n    </party>\n')


def clause(cid, text, kind="general", status="agreed", extra=""):
    return (f'    <clause id="{cid}" kind="{kind}" status="{status}"{extra}>\n'
            f'      <p>{text}</p>\n    </clause>\n')


SECTIONS = (
    '  <section id="s-roles" kind="roles">\n    <heading>Roles</heading>\n'
    + clause("c-role", "The association supports councils.", kind="role", status="proposed",
             extra=' owner="lga" areas="improvement"')
    + clause("c-insp", "Ofsted inspects services.", kind="role", extra=' owner="ofsted" areas="inspection"')
    + '  </section>\n'
    '  <section id="s-sign" kind="general">\n    <heading>Signatures</heading>\n'
    + clause("c-sign", "Each party signs below.")
    + '  </section>\n'
    '  <section id="s-after" kind="general">\n    <heading>Afterwards</heading>\n'
    + clause("c-after", "This comes after the signatures section.")
    + '  </section>\n')


def document(print_attrs="", status="draft", details=None, sections=None, annexes="",
             terms="", signatures=True, marking="OFFICIAL"):
    details = details if details is not None else (
        '  <reference>MOU-DS-7</reference>\n  <revision>2.1</revision>\n'
        '  <effective-date>2016-11</effective-date>\n  <review-date>2019-11-30</review-date>\n')
    sections = sections if sections is not None else SECTIONS
    sigs = ('  <signatures>\n    <signature party="lga">\n      <person>Jane Smith</person>\n'
            '      <title>Chair</title>\n    </signature>\n'
            '    <signature party="ofsted">\n      <person>Sam Jones</person>\n    </signature>\n'
            '  </signatures>\n') if signatures else ""
    print_element = f"  <print {print_attrs}/>\n" if print_attrs else ""
    mark = f"  <marking>{marking}</marking>\n" if marking else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<memorandum {NS} id="m" status="{status}" '
            f'language="en-GB">\n  <title>Furniture memorandum</title>\n{details}{mark}{print_element}'
            f'  <parties>\n{PARTIES}  </parties>\n{terms}{sections}{annexes}{sigs}</memorandum>\n')


class FurnitureTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.count = 0

    def tearDown(self):
        self.tmp.cleanup()

    def export(self, text, *options, check=0):
        self.count += 1
        source = os.path.join(self.dir, f"m{self.count}.mou")
        out = os.path.join(self.dir, f"m{self.count}.pdf")
        with open(source, "w", encoding="utf-8") as f:
            f.write(text)
        result = run(ARGS.cli, "export-pdf", source, "-o", out, *options)
        self.assertEqual(result.returncode, check, result.stderr)
        self.source = source
        return out if check == 0 else result


class TestCover(FurnitureTest):
    DETAILS = ('  <reference placeholder="Reference from the registry"/>\n  <revision>0</revision>\n'
               '  <effective-date>2016-11</effective-date>\n')

    def test_all_details_by_default(self):
        cover = pages_of(self.export(document(details=self.DETAILS)))[0]
        self.assertIn("Reference [Reference from the registry]", cover)
        # Revision 0 is none yet: a blank to fill in, in no running head.
        self.assertIn("Revision [Version]", cover)
        self.assertNotIn("Revision 0", cover)
        self.assertIn("Effective date November 2016", cover)
        self.assertIn("Review date [Date]", cover)

    def test_filled_details(self):
        cover = pages_of(self.export(document('details="filled"', details=self.DETAILS)))[0]
        # A draft still shows what is left to fill in; empty fields go.
        self.assertIn("Reference [Reference from the registry]", cover)
        self.assertNotIn("Review date", cover)
        self.assertNotIn("Revision", cover.split("Memorandum of understanding")[1].split("Parties")[0])
        self.assertIn("Effective date November 2016", cover)
        self.assertIn("Status draft", cover)

        agreed = pages_of(self.export(document('details="filled"', status="agreed", details=self.DETAILS)))[0]
        self.assertNotIn("Reference", agreed.split("Parties")[0])
        self.assertNotIn("[", agreed.split("Parties")[0])
        self.assertIn("Effective date November 2016", agreed)

    def test_parties_table(self):
        shown = pages_of(self.export(document()))[0]
        self.assertIn("Short name Role Signing", shown)
        hidden = " ".join(pages_of(self.export(document('parties="none"'))))
        self.assertNotIn("Short name", hidden)
        self.assertNotIn("Parties", hidden)
        # The parties are still named where the text names them.
        self.assertIn("Local Government Association", hidden)

    def test_version_and_month(self):
        pages = pages_of(self.export(document()))
        self.assertIn("Revision 2.1", pages[0])
        self.assertIn("Effective date November 2016", pages[0])
        self.assertIn("Review date 2019-11-30", pages[0])
        for page in pages:
            self.assertIn("MOU-DS-7 · Revision 2.1", page)


class TestLines(FurnitureTest):
    def facts_and_status(self, attrs, status):
        text = " ".join(pages_of(self.export(document(attrs, status=status))))
        return "Responsible: LGA" in text, "[proposed]" in text

    def test_defaults(self):
        self.assertEqual(self.facts_and_status("", "draft"), (True, True))
        self.assertEqual(self.facts_and_status("", "agreed"), (False, False))

    def test_always_and_never(self):
        self.assertEqual(self.facts_and_status('facts="always"', "agreed"), (True, False))
        self.assertEqual(self.facts_and_status('status="always"', "agreed"), (False, True))
        self.assertEqual(self.facts_and_status('facts="never"', "draft"), (False, True))
        self.assertEqual(self.facts_and_status('status="never" facts="never"', "draft"), (False, False))

    def test_numbers_stay(self):
        # A clause with no heading keeps its number whatever prints before it.
        for attrs in ("", 'facts="never" status="never"', 'facts="always" status="always"'):
            text = " ".join(pages_of(self.export(document(attrs))))
            self.assertIn("1.1 The association supports councils.", text.replace("[proposed] ", "")
                          .replace("Responsible: LGA ", "").replace("Responsible: LGA", ""))


class TestMatrix(FurnitureTest):
    ANNEX = ('  <annex id="ax">\n    <heading>Guidance</heading>\n'
             '    <p>Guidance listed.</p>\n  </annex>\n')

    def test_placements(self):
        schedule = pages_of(self.export(document(annexes=self.ANNEX)))
        self.assertIn("Schedule: roles and accountability", schedule[0])
        self.assertIn("Schedule: roles and accountability", schedule[-2])

        annex = pages_of(self.export(document('matrix="annex"', annexes=self.ANNEX)))
        self.assertNotIn("Schedule", " ".join(annex))
        self.assertIn("Annex A: Guidance", annex[0])
        self.assertIn("Annex B: Roles and accountability", annex[0])
        matrix_page = next(p for p in annex[1:] if "Annex B: Roles and accountability" in p)
        self.assertIn("improvement", matrix_page)

        none = " ".join(pages_of(self.export(document('matrix="none"', annexes=self.ANNEX))))
        self.assertNotIn("Roles and accountability", none)
        self.assertNotIn("roles and accountability", none)


class TestSignatures(FurnitureTest):
    def test_end(self):
        pages = pages_of(self.export(document()))
        self.assertIn("Signatures", pages[-1])
        self.assertIn("Signed for and on behalf of Local Government Association", pages[-1])
        self.assertNotIn("Signed for and on behalf", " ".join(pages[:-1]))

    def test_in_section(self):
        pages = pages_of(self.export(document('signatures="section" signatures-section="s-sign"')))
        text = " ".join(pages[1:])
        start = text.index("2 Signatures 2.1 Each party signs below.")
        signed = text.index("Signed for and on behalf of Local Government Association")
        after = text.index("3 Afterwards")
        self.assertLess(start, signed)
        self.assertLess(signed, after)
        self.assertIn("Signed for and on behalf of Ofsted", text[signed:after])
        # No separate page or contents entry of signatures.
        contents = pages[0].split("Contents")[1]
        self.assertEqual(contents.count("Signatures"), 1)
        self.assertNotIn("Signed for", text[after:])

    def test_on_cover(self):
        pages = pages_of(self.export(document('signatures="cover"')))
        text = " ".join(pages)
        signed = text.index("Signed for and on behalf of Local Government Association")
        self.assertLess(signed, text.index("Contents"))
        self.assertLess(signed, text.index("The association supports councils."))
        self.assertEqual(text.count("Signed for and on behalf of Local Government Association"), 1)
        self.assertNotIn("Signed for", text[text.index("The association supports councils."):])

    def test_signed_copy_in_section(self):
        signed = document('signatures="section" signatures-section="s-sign"', status="signed").replace(
            "<title>Chair</title>\n", "<title>Chair</title>\n      <date>2016-11-03</date>\n").replace(
            "<person>Sam Jones</person>\n", "<person>Sam Jones</person>\n      <date>2016-11-04</date>\n")
        text = " ".join(pages_of(self.export(signed, "--signed"))[1:])
        self.assertIn("2016-11-03", text)
        self.assertLess(text.index("2016-11-04"), text.index("3 Afterwards"))


class TestMarking(FurnitureTest):
    def marking_boxes(self, path):
        return [w for w in words_of(path) if w[5] == "OFFICIAL"]

    def test_running_head_by_default(self):
        out = self.export(document())
        boxes = self.marking_boxes(out)
        n_pages = len(pages_of(out))
        self.assertEqual(len(boxes), n_pages)
        for page, x0, y0, x1, y1, _ in boxes:
            self.assertGreater(x0, A4_WIDTH / 2)
            self.assertLess(y1, 60)

    def test_centred_top_and_bottom(self):
        out = self.export(document('marking="centred"'))
        boxes = self.marking_boxes(out)
        n_pages = len(pages_of(out))
        self.assertGreater(n_pages, 1)
        self.assertEqual(len(boxes), 2 * n_pages)
        for page in range(n_pages):
            on_page = sorted((b for b in boxes if b[0] == page), key=lambda b: b[2])
            self.assertEqual(len(on_page), 2, f"page {page + 1}")
            top, bottom = on_page
            self.assertLess(top[4], 30)
            self.assertGreater(bottom[2], A4_HEIGHT - 35)
            for _, x0, _, x1, _, _ in on_page:
                self.assertAlmostEqual((x0 + x1) / 2, A4_WIDTH / 2, delta=2)
        # The running head still says DRAFT, without the marking.
        self.assertIn("DRAFT", pages_of(out)[1])

    def test_no_marking(self):
        out = self.export(document('marking="centred"', marking=None))
        self.assertEqual(self.marking_boxes(out), [])


class TestInlineTerms(FurnitureTest):
    TERMS = ('  <definitions>\n    <term id="scheme" inline="true">\n      <name>the Scheme</name>\n'
             '      <meaning>the Research and Development Scheme</meaning>\n    </term>\n'
             '    <term id="fund">\n      <name>the Fund</name>\n      <meaning>the money set aside</meaning>\n'
             '    </term>\n  </definitions>\n')
    SECTIONS = ('  <section id="s" kind="general">\n    <heading>Scheme</heading>\n'
                + clause("c1", 'Councils join <term-ref ref="scheme"/> through <term-ref ref="fund"/>.')
                + clause("c2", '<term-ref ref="scheme"/> ends in 2030.')
                + '  </section>\n')

    def test_defined_at_first_use(self):
        text = " ".join(pages_of(self.export(document(terms=self.TERMS, sections=self.SECTIONS))))
        self.assertIn("Councils join the Research and Development Scheme (the Scheme) through the Fund.", text)
        self.assertIn("The Scheme ends in 2030.", text)
        self.assertEqual(text.count("Research and Development"), 1)
        self.assertIn("“the Fund” means the money set aside", text)
        self.assertNotIn("“the Scheme”", text)
        plain = run(ARGS.cli, "text", self.source, check=0).stdout
        self.assertIn("Councils join the Research and Development Scheme (the Scheme) through the Fund.", plain)

    def test_only_inline_terms_no_definitions(self):
        terms = self.TERMS.split("    <term id=\"fund\">")[0] + "  </definitions>\n"
        sections = self.SECTIONS.replace(' through <term-ref ref="fund"/>', "")
        text = " ".join(pages_of(self.export(document(terms=terms, sections=sections))))
        self.assertNotIn("Definitions", text)
        self.assertIn("(the Scheme)", text)


class TestPagination(FurnitureTest):
    """A lead-in stays with its first item; the contents never leaves a
    line alone on a page. Each is tried at every place on the page."""

    def test_lead_in_keeps_with_first_item(self):
        filler = "Words to fill the page and push the lead-in down it. " * 6
        checked = 0
        for n in range(8, 30):
            body = "".join(f"      <p>{filler}</p>\n" for _ in range(n))
            sections = ('  <section id="s" kind="general">\n    <heading>Principles</heading>\n'
                        '    <clause id="c" kind="general" status="agreed">\n' + body +
                        '      <p>These principles are that:</p>\n'
                        '      <item>first, councils lead;</item>\n      <item>second, they answer.</item>\n'
                        '    </clause>\n  </section>\n')
            pages = pages_of(self.export(document(sections=sections, signatures=False)))
            lead = [i for i, p in enumerate(pages) if "These principles are that:" in p]
            first = [i for i, p in enumerate(pages) if "first, councils lead" in p]
            self.assertEqual(lead, first, f"{n} paragraphs before the lead-in")
            checked += 1
        self.assertEqual(checked, 22)

    def test_contents_widow(self):
        for n in range(30, 75):
            sections = "".join(f'  <section id="s{i}" kind="general">\n    <heading>Section {i}</heading>\n'
                               f'  </section>\n' for i in range(n))
            out = self.export(document(sections=sections, status="signed", signatures=False, marking=None))
            # A contents entry: number, heading and, at the right, its page.
            text = run("pdftotext", "-layout", out, "-", check=0).stdout
            pages = [re.findall(r"^\s*\d+\s+Section \d+\s{2,}\d+\s*$", p, re.M) for p in text.split("\f")]
            for i, entries in enumerate(pages):
                self.assertNotEqual(len(entries), 1, f"{n} sections: page {i + 1} holds one entry")
            # Every section still listed once.
            self.assertEqual(sum(len(e) for e in pages), n)


class TestRefused(FurnitureTest):
    def test_bad_values_exit_65(self):
        for attrs in ('matrix="appendix"', 'signatures="section"',
                      'signatures="section" signatures-section="nowhere"', 'facts="sometimes"'):
            result = self.export(document(attrs), check=65)
            self.assertIn(os.path.basename(self.source), result.stderr)
            self.assertFalse(os.path.exists(self.source.replace(".mou", ".pdf")))
        result = self.export(document(details='  <revision>2.x</revision>\n'), check=65)
        self.assertIn("revision", result.stderr)
        result = run(ARGS.cli, "validate", self.source)
        self.assertEqual(result.returncode, 65)


class TestDataSharingUmbrella(FurnitureTest):
    """The published-shape fixture: reference and version on every page, the
    marking at top and bottom, a document-control table, numbered annexes 1
    to 4 with their own paragraphs, the signatures in section 8, dated
    November 2016."""

    def setUp(self):
        super().setUp()
        self.fixture = os.path.join(ARGS.source_root, "tests", "data", "published", "data-sharing-umbrella.mou")
        self.out = os.path.join(self.dir, "umbrella.pdf")
        run(ARGS.cli, "export-pdf", self.fixture, "-o", self.out, check=0)
        self.pages = pages_of(self.out)

    def test_pages_and_running_heads(self):
        self.assertEqual(len(self.pages), 7)
        self.assertIn("Pages:           7\n", run("pdfinfo", self.out, check=0).stdout)
        # The text says OFFICIAL too; the marking is the word in the margins.
        boxes = [w for w in words_of(self.out) if w[5] == "OFFICIAL" and (w[4] < 30 or w[2] > A4_HEIGHT - 35)]
        for i, page in enumerate(self.pages):
            self.assertIn("MOU-U-RR · Revision 2.1", page)
            on_page = sorted((b for b in boxes if b[0] == i), key=lambda b: b[2])
            self.assertEqual(len(on_page), 2, f"page {i + 1}")
            self.assertLess(on_page[0][4], 30)
            self.assertGreater(on_page[1][2], A4_HEIGHT - 35)
            for _, x0, _, x1, _, _ in on_page:
                self.assertAlmostEqual((x0 + x1) / 2, A4_WIDTH / 2, delta=2)

    def test_cover(self):
        cover = self.pages[0]
        self.assertIn("Effective date November 2016", cover)
        self.assertIn("Review date November 2019", cover)
        self.assertIn("Document control", cover)
        self.assertIn("June 2014", cover)
        self.assertIn("November 2016", cover.split("Document control")[1])
        # The drafter asked for no table of parties and no matrix.
        self.assertNotIn("Short name", " ".join(self.pages))
        self.assertNotIn("Schedule", " ".join(self.pages))
        self.assertIn("8 Signatures", cover)
        self.assertEqual(cover.split("Contents")[1].count("Signatures"), 1)
        for n in range(1, 5):
            self.assertIn(f"Annex {n}:", cover)

    def test_signatures_in_section_8(self):
        body = " ".join(self.pages[1:])
        start = body.index("8 Signatures 8.1 This memorandum, with its annexes, is agreed by the signatories below.")
        first = body.index("Signed for and on behalf of Risk and Intelligence Directorate, Data Exchange Team, "
                           "the Revenue Department")
        second = body.index("Signed for and on behalf of the Statistics Authority")
        annex = body.index("Annex 1: Exchange of employment data")
        self.assertLess(start, first)
        self.assertLess(first, second)
        self.assertLess(second, annex)
        self.assertNotIn("Signed on behalf of each signatory", body)

    def test_numbers_as_text_prints_them(self):
        # The text's numbers down to its list of signatures (the document
        # control follows); the PDF's at the start of its lines after the
        # cover, page numbers left out.
        text = run(ARGS.cli, "text", self.fixture, check=0).stdout.split("\nSignatures\n")[0]
        expected = re.findall(r"^ *(\d+(?:\.\d+)*)(?: |$)", text, re.M)
        layout = run("pdftotext", "-layout", self.out, "-", check=0).stdout.split("\f")[1:]
        printed = [m.group(1) for page in layout for line in page.splitlines()
                   if "Page " not in line for m in [re.match(r"^\s*(\d+(?:\.\d+)*)\s+\S", line)] if m]
        self.assertEqual(printed, expected)
        self.assertEqual(len(expected), 31)
        # Each annex on a page of its own, in order.
        for n, heading in enumerate(["Exchange of employment data", "Exchange of self-assessment data",
                                     "Exchange of trade data", "Contacts"], start=1):
            self.assertIn(f"Annex {n}: {heading}", self.pages[2 + n])


class TestOfficeHolderDefinitions(FurnitureTest):
    def test_inline_definitions(self):
        fixture = os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou")
        out = os.path.join(self.dir, "office.pdf")
        run(ARGS.cli, "export-pdf", fixture, "-o", out, check=0)
        text = " ".join(pages_of(out))
        self.assertIn("The Local Government Borrowing Act 2011 (the LGFA Act) enables local authorities "
                      "to borrow through the New Zealand Local Government Funding Agency Limited, the "
                      "council-controlled organisation established to raise debt funding for local "
                      "authorities (the Agency), and the Crown", text)
        definitions = text.split("Definitions")[1].split("Background")[0]
        self.assertIn("“we”, “our” and “us” mean", definitions)
        self.assertNotIn("LGFA", definitions)
        self.assertEqual(text.count("(the Agency)"), 1)
        self.assertIn("The LGFA Act and the constitution of the Agency prevail", text)


class TestSample(FurnitureTest):
    def test_sample_pages(self):
        """Every setting at once, rendered to PNG to be looked at."""
        text = document('details="filled" parties="none" matrix="annex" facts="always" status="never" '
                        'signatures="section" signatures-section="s-sign" marking="centred"',
                        terms=TestInlineTerms.TERMS, annexes=TestMatrix.ANNEX,
                        sections=TestInlineTerms.SECTIONS + SECTIONS)
        out = self.export(text)
        pages_dir = os.path.join(ARGS.build_root, "tests", "pdf", "pages")
        os.makedirs(pages_dir, exist_ok=True)
        for old in os.listdir(pages_dir):
            if old.startswith("furniture-"):
                os.remove(os.path.join(pages_dir, old))
        run("pdftoppm", "-png", "-r", "60", out, os.path.join(pages_dir, "furniture"), check=0)
        self.assertTrue(any(f.startswith("furniture-") for f in os.listdir(pages_dir)))
        self.assertEqual(run("qpdf", "--check", out).returncode, 0)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--build-root", required=True)
    parser.add_argument("--source-root", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
