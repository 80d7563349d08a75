#!/usr/bin/env python3
# test-pdf.py: the PDF export, checked from outside with poppler and qpdf.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-pdf.py --cli PATH --source-root DIR --build-root DIR
# Page images of every template go to BUILD/tests/pdf/pages/ to be looked at.

import argparse
import base64
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zlib

ARGS = None
TEMPLATES = ["sector-led-improvement", "two-party-partnership", "data-sharing",
             "research-collaboration", "blank"]
NS = 'xmlns="urn:concord:mou:1" format-version="1"'


def run(*args, check=None):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if check is not None and result.returncode != check:
        raise AssertionError(f"{args}: exit {result.returncode}, expected {check}\n"
                             f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


def export(source, out, *options, check=0):
    return run(ARGS.cli, "export-pdf", source, "-o", out, *options, check=check)


def pdftext(path, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return run(*args, check=0).stdout


WATERMARK_PIECE = re.compile(r"^\s*(?:D|DR|DRA|DRAF|DRAFT|R|RA|RAF|RAFT|A|AF|AFT|F|FT|T)\s*$")


def body_text(path):
    """Layout text without the lines that hold only pieces of the diagonal watermark,
    which poppler cuts into fragments and interleaves with the text."""
    return "\n".join(line for line in pdftext(path, layout=True).splitlines()
                     if not WATERMARK_PIECE.match(line))


def flat(text):
    """Text with soft line breaks and hyphenation undone, white space folded."""
    text = re.sub(r"\xad\s*", "", text)
    return re.sub(r"\s+", " ", text)


def tiny_png():
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes([0, 0, 0] * 8) for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def memorandum(body, status="draft", parties=None, signatures=""):
    parties = parties if parties is not None else (
        '    <party id="lga" kind="signatory">\n      <name>Local Government Association</name>\n'
        '      <short-name>LGA</short-name>\n    </party>\n'
        '    <party id="adcs" kind="signatory">\n      <name>Association of Directors</name>\n'
        '      <short-name>ADCS</short-name>\n    </party>\n')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<memorandum {NS} id="m" status="{status}" '
            f'language="en-GB">\n  <title>Test memorandum</title>\n  <revision>2</revision>\n'
            f'  <parties>\n{parties}  </parties>\n{body}{signatures}</memorandum>\n')


class PdfTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return self.path(name)


MOU = "{urn:concord:mou:1}"


def printed_clauses(source):
    """Each numbered clause of SOURCE in printed order, as a pattern of what
    the PDF shows: its number, then its heading, or for a clause with none
    the opening words of its text. Worked out from the file by the rules of
    docs/FORMAT.md, not by Concord's own numbering: sections numbered from 1,
    clauses from 1 in each (straight through with numbering="continuous"), a
    fixed number="…" restarting the count, numbered="false" printing none."""
    root = ET.parse(source).getroot()
    continuous = root.get("numbering") == "continuous"
    dot = "." if root.get("number-format") == "trailing-dot" else ""
    patterns = []
    count = 0
    for section_number, section in enumerate(root.findall(MOU + "section"), 1):
        if not continuous:
            count = 0
        for clause in section.findall(MOU + "clause"):
            if clause.get("numbered") == "false":
                continue
            fixed = clause.get("number")
            count = int(fixed.split(".")[-1]) if fixed else count + 1
            number = (f"{count}" if continuous else f"{section_number}.{count}") + dot
            heading = clause.findtext(MOU + "heading")
            first = clause.find(MOU + "p")
            opening = (first.text or "").split() if first is not None and heading is None else []
            if heading is not None:
                words = re.escape(flat(heading))
            elif opening:
                # Its first words, as far as the first reference.
                words = re.escape(" ".join(opening[:3]))
            else:
                # A reference, an item or a table comes first: the number, then something.
                words = r"\S"
            patterns.append((number, rf"(?<![\d.]){re.escape(number)} {words}"))
    return patterns


class TestTemplates(PdfTest):

    def test_every_template(self):
        pages_dir = os.path.join(ARGS.build_root, "tests", "pdf", "pages")
        os.makedirs(pages_dir, exist_ok=True)
        for name in TEMPLATES:
            with self.subTest(template=name):
                source = os.path.join(ARGS.source_root, "templates", name + ".mou")
                out = self.path(name + ".pdf")
                export(source, out)

                check = run("qpdf", "--check", out)
                self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
                self.assertIn("No syntax or stream encoding errors", check.stdout)

                fonts = run("pdffonts", out, check=0).stdout.splitlines()[2:]
                self.assertTrue(fonts, "no fonts listed")
                for line in fonts:
                    self.assertRegex(line, r"\s(yes)\s+(yes)\s+(yes|no)\s+\d+\s+\d+$",
                                     f"font not embedded and subset: {line}")

                info = run("pdfinfo", out, check=0).stdout
                pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                self.assertIn("Creator:         Concord", info)

                text = flat(body_text(out))
                title = ET.parse(source).getroot().findtext(MOU + "title")
                self.assertIn(flat(title), text)
                self.assertIn(f"Page 1 of {pages}", text)
                self.assertIn(f"Page {pages} of {pages}", text)
                self.assertIn("DRAFT", text)
                fingerprint = run(ARGS.cli, "fingerprint", source, check=0).stdout.split()[0]
                self.assertIn(fingerprint[:12], text)

                # Every party by name, every clause heading with its number, in order.
                for party in re.findall(r"<name>([^<]+)</name>", open(source, encoding="utf-8").read()):
                    self.assertIn(flat(party), text)
                position = 0
                for number, pattern in printed_clauses(source):
                    found = re.compile(pattern).search(text, position)
                    self.assertIsNotNone(found, f"clause {number} ({pattern}) not found in order")
                    position = found.start()

                again = self.path(name + "-again.pdf")
                export(source, again)
                with open(out, "rb") as a, open(again, "rb") as b:
                    self.assertEqual(a.read(), b.read(), "two exports differ")

                prefix = os.path.join(pages_dir, name)
                for old in os.listdir(pages_dir):
                    if old.startswith(name + "-"):
                        os.remove(os.path.join(pages_dir, old))
                run("pdftoppm", "-png", "-r", "60", out, prefix, check=0)

    def test_published_numbers(self):
        """The memoranda shaped like published ones (clauses with no heading,
        numbering straight through, a fixed number, an unnumbered lead) print
        every clause number the format gives them, in order."""
        published = os.path.join(ARGS.source_root, "tests", "data", "published")
        for name in sorted(os.listdir(published)):
            if not name.endswith(".mou"):
                continue
            with self.subTest(memorandum=name):
                source = os.path.join(published, name)
                out = self.path(name + ".pdf")
                export(source, out)
                text = flat(body_text(out))
                clauses = printed_clauses(source)
                self.assertGreater(len(clauses), 5)
                position = 0
                for number, pattern in clauses:
                    found = re.compile(pattern).search(text, position)
                    self.assertIsNotNone(found, f"clause {number} ({pattern}) not found in order after "
                                         f"{text[position:position + 80]!r}")
                    position = found.start()

    def test_outline_and_links(self):
        source = os.path.join(ARGS.source_root, "templates", "sector-led-improvement.mou")
        out = self.path("s.pdf")
        export(source, out)
        data = open(out, "rb").read()
        self.assertIn(b"/Outlines", data)
        self.assertIn(b"/Subtype /Link", data)
        self.assertIn(b"/Dest (s-sec-roles)", data)

    def test_letter_paper(self):
        source = os.path.join(ARGS.source_root, "templates", "blank.mou")
        out = self.path("letter.pdf")
        export(source, out, "--paper", "letter")
        self.assertIn("612 x 792 pts (letter)", run("pdfinfo", out, check=0).stdout)
        self.assertEqual(export(source, out, "--paper", "a5", check=2).returncode, 2)


class TestSigned(PdfTest):
    SIGNATURES = (
        '  <signatures>\n'
        '    <signature party="lga">\n      <person>Jane Smith</person>\n      <title>Chair</title>\n'
        '      <date>2026-11-20</date>\n      <place>London</place>\n'
        '      <image>{png}</image>\n    </signature>\n'
        '    <signature party="adcs">\n      <person>Sam Jones</person>\n'
        '      <date>{adcs_date}</date>\n    </signature>\n'
        '  </signatures>\n')

    def source(self, adcs_date="2026-11-21"):
        png = base64.b64encode(tiny_png()).decode()
        signatures = self.SIGNATURES.format(png=png, adcs_date=adcs_date)
        if not adcs_date:
            signatures = signatures.replace("      <date></date>\n", "")
        body = ('  <section id="s" kind="general">\n    <heading>General</heading>\n'
                '    <clause id="c" kind="general" status="agreed">\n      <heading>Status</heading>\n'
                '      <p>This memorandum is not legally binding.</p>\n    </clause>\n  </section>\n')
        return self.write("signed.mou", memorandum(body, signatures=signatures))

    def test_signed_copy(self):
        out = self.path("signed.pdf")
        export(self.source(), out, "--signed")
        text = flat(pdftext(out))
        self.assertNotIn("DRAFT", text)
        self.assertNotIn("DR", text.split())
        for word in ("Jane Smith", "Chair", "2026-11-20", "London", "Sam Jones", "2026-11-21"):
            self.assertIn(word, text)
        draft = self.path("draft.pdf")
        export(self.source(), draft)
        self.assertIn("DRAFT", flat(pdftext(draft)))

    def test_signed_needs_every_signature(self):
        out = self.path("unsigned.pdf")
        result = export(self.source(adcs_date=""), out, "--signed", check=65)
        self.assertIn("ADCS", result.stderr)
        self.assertNotIn("LGA", result.stderr.split("not signed yet:")[-1])
        self.assertFalse(os.path.exists(out))

    def test_counterpart(self):
        out = self.path("counterpart.pdf")
        export(self.source(), out, "--counterpart", "adcs")
        pages = pdftext(out).split("\f")
        pages = [p for p in pages if p.strip()]
        self.assertGreater(len(pages), 1)
        for page in pages:
            self.assertIn("Counterpart held by Association of Directors", flat(page))

        result = export(self.source(), self.path("x.pdf"), "--counterpart", "nobody", check=2)
        self.assertIn("nobody", result.stderr)


class TestEdgeCases(PdfTest):
    def test_empty_memorandum(self):
        source = self.write("empty.mou", memorandum("", parties=""))
        out = self.path("empty.pdf")
        export(source, out)
        self.assertIn("Pages:           1\n", run("pdfinfo", out, check=0).stdout)
        self.assertEqual(run("qpdf", "--check", out).returncode, 0)
        self.assertIn("Test memorandum", pdftext(out))

    def test_long_unbreakable_word(self):
        word = "x" * 10000
        url = "https://example.org/" + "a/b-c_d" * 300
        body = ('  <section id="s" kind="general">\n    <heading>Long</heading>\n'
                '    <clause id="c" kind="general" status="agreed">\n'
                f'      <p>Before {word} after.</p>\n      <p>See {url} here.</p>\n'
                '    </clause>\n  </section>\n')
        out = self.path("long.pdf")
        export(self.write("long.mou", memorandum(body)), out)
        # The word runs over several pages: gather the lines that hold only it.
        lines = [line.strip() for line in pdftext(out).splitlines()]
        pieces = [line for line in lines if re.fullmatch(r"Before|(?:Before )?x+(?: after\.)?", line)]
        self.assertEqual("".join(pieces).replace(" ", ""), "Before" + "x" * 10000 + "after.")
        # pdftotext joins a line ending in "-" to the next by dropping the
        # hyphen, so compare without the URL's own hyphens.
        joined = re.sub(r"[\s\xad-]", "", pdftext(out))
        self.assertIn(url.replace("-", ""), joined)
        # Nothing is drawn outside the page: poppler reports no text beyond the edges.
        bbox = run("pdftotext", "-bbox", out, "-", check=0).stdout
        for x_max in re.findall(r'xMax="([\d.]+)"', bbox):
            self.assertLessEqual(float(x_max), 595.3 - 70)

    def test_scripts(self):
        body = ('  <section id="s" kind="general">\n    <heading>Languages</heading>\n'
                '    <clause id="c" kind="general" status="agreed">\n'
                '      <p>Bydd y partïon yn cydweithio’n agos ac yn rhannu gwybodaeth ŵyr ŷd.</p>\n'
                '      <p>تتعاون الأطراف في تبادل المعلومات.</p>\n'
                '      <p>各方将在信息共享方面进行合作。</p>\n'
                '    </clause>\n  </section>\n')
        out = self.path("scripts.pdf")
        export(self.write("scripts.mou", memorandum(body)), out)
        text = flat(pdftext(out))
        self.assertIn("cydweithio’n", text)
        self.assertIn("ŵyr ŷd", text)
        self.assertIn("各方将在信息共享方面进行合作", text)
        self.assertIn("المعلومات", text)
        fonts = run("pdffonts", out, check=0).stdout
        self.assertNotIn(" no ", "\n".join(l[:80] for l in fonts.splitlines()[2:]))

    def test_output_errors(self):
        source = os.path.join(ARGS.source_root, "templates", "blank.mou")
        missing = os.path.join(self.dir, "no-such-folder", "x.pdf")
        result = export(source, missing, check=74)
        self.assertIn("does not exist", result.stderr)
        result = export(source, self.dir, check=74)
        self.assertIn("folder", result.stderr)
        self.assertEqual(os.listdir(self.dir), [])

    def test_bad_input(self):
        broken = self.write("broken.mou", "<memorandum")
        result = export(broken, self.path("x.pdf"), check=65)
        self.assertRegex(result.stderr, r"broken\.mou:\d+:\d+: ")
        self.assertFalse(os.path.exists(self.path("x.pdf")))
        result = export(self.path("absent.mou"), self.path("x.pdf"), check=74)
        self.assertEqual(run(ARGS.cli, "export-pdf", broken).returncode, 2)


class TestParties(PdfTest):
    """Office holders, units, logos, signatories who are not parties, term forms,
    related memoranda and capitalised references, as printed."""

    SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
           '<rect width="120" height="40" fill="#1060a0"/></svg>')
    PARTIES = (
        '    <party id="treasurer" kind="signatory" office-holder="true">\n'
        '      <name>the Treasurer</name>\n'
        '      <description>As the Minister responsible for the LGFA Act</description>\n'
        '{svg_logo}'
        '    </party>\n'
        '    <party id="rid" kind="signatory">\n'
        '      <name>Risk and Intelligence Directorate, Gateway Exchange Team</name>\n'
        '      <organisation>HM Revenue and Customs</organisation>\n'
        '      <short-name>RID</short-name>\n'
        '{png_logo}'
        '    </party>\n'
        '    <party id="trust" kind="signatory">\n      <name>Children\'s Trust</name>\n    </party>\n'
        '    <party id="council" kind="signatory">\n      <name>the Council</name>\n    </party>\n')
    BODY = (
        '  <definitions>\n    <term id="we">\n      <name>we</name>\n      <form>our</form>\n'
        '      <form>us</form>\n      <meaning><party-ref ref="rid"/></meaning>\n    </term>\n'
        '    <term id="act">\n      <name>the LGFA Act</name>\n'
        '      <meaning>the Local Government Finance Act</meaning>\n    </term>\n  </definitions>\n'
        '  <section id="s" kind="general">\n    <heading>General</heading>\n'
        '    <clause id="c" kind="general" status="agreed">\n'
        '      <p><term-ref ref="act"/> applies. <party-ref ref="treasurer"/> will consult '
        '<term-ref ref="we" form="us"/> on <term-ref ref="we" form="our"/> data. '
        '<term-ref ref="we"/> agree with <party-ref ref="treasurer"/>.</p>\n'
        '    </clause>\n  </section>\n')
    SIGNATURES = (
        '  <signatures>\n'
        '    <signature party="treasurer">\n{treasurer}    </signature>\n'
        '    <signature party="rid">\n      <person>Ann Other</person>\n'
        '      <date>2026-11-02</date>\n    </signature>\n'
        '    <signature party="trust" also-for="council">\n      <person>Jo Bloggs</person>\n'
        '      <title>Chair of the Children\'s Trust</title>\n'
        '      <title>Corporate Director, People</title>\n      <date>2026-11-03</date>\n'
        '    </signature>\n'
        '    <signature>\n      <person>Dr Lee</person>\n      <title>Director of Public Health</title>\n'
        '      <date>2026-11-04</date>\n    </signature>\n'
        '  </signatures>\n')

    def source(self, logos=True, treasurer_signed=False):
        svg = base64.b64encode(self.SVG.encode()).decode()
        png = base64.b64encode(tiny_png()).decode()
        parties = self.PARTIES.format(
            svg_logo=f"      <logo>{svg}</logo>\n" if logos else "",
            png_logo=f"      <logo>{png}</logo>\n" if logos else "")
        # An office holder is who signed: a date records its signature.
        treasurer = "      <date>2026-11-01</date>\n"
        signatures = self.SIGNATURES.format(treasurer=treasurer if treasurer_signed else "")
        signatures = signatures.replace('    <signature party="treasurer">\n    </signature>\n',
                                        '    <signature party="treasurer"/>\n')
        text = memorandum(self.BODY, parties=parties, signatures=signatures)
        text = text.replace("  <revision>2</revision>\n",
                            "  <revision>2</revision>\n  <related reference=\"MOU-U-RR\" relation=\"umbrella\"/>\n")
        return self.write("parties.mou", text)

    def test_signature_blocks(self):
        out = self.path("parties.pdf")
        source = self.source()
        run(ARGS.cli, "validate", source, check=0)
        export(source, out)
        pages = flat(pdftext(out)).split("\f")
        signatures = next(p for p in pages if "Signed by the Treasurer" in p)
        # The treasurer's block: its lines up to the next block's heading.
        lines = body_text(out).splitlines()
        start = next(i for i, line in enumerate(lines) if "Signed by the Treasurer" in line)
        end = next(i for i in range(start + 1, len(lines)) if "Signed " in lines[i])
        treasurer = "\n".join(lines[start + 1:end])
        self.assertIn("Signature", treasurer)
        self.assertIn("Date", treasurer)
        self.assertNotIn("Name", treasurer)
        self.assertNotIn("signatory", treasurer)
        self.assertIn("Signed for and on behalf of Risk and Intelligence Directorate, Gateway Exchange Team, "
                      "HM Revenue and Customs", signatures)
        self.assertIn("Signed for and on behalf of Children's Trust and the Council", signatures)
        self.assertIn("Chair of the Children's Trust and Corporate Director, People", signatures)
        self.assertIn("Signed by Dr Lee as Director of Public Health", signatures)

    def test_cover_and_text(self):
        out = self.path("parties.pdf")
        export(self.source(), out)
        pages = flat(pdftext(out)).split("\f")
        self.assertIn("Sits under the umbrella memorandum MOU-U-RR", pages[0])
        self.assertIn("The Treasurer As the Minister responsible for the LGFA Act", pages[0])
        self.assertIn("Risk and Intelligence Directorate, Gateway Exchange Team HM Revenue and Customs", pages[0])
        text = flat(pdftext(out))
        self.assertIn("“we”, “our” and “us” mean RID", text)
        self.assertIn("The LGFA Act applies. The Treasurer will consult us on our data. "
                      "We agree with the Treasurer.", text)
        # The text says the same.
        plain = run(ARGS.cli, "text", self.source(), check=0).stdout
        self.assertIn("The LGFA Act applies. The Treasurer will consult us on our data. "
                      "We agree with the Treasurer.", plain)
        self.assertIn("Related: Sits under the umbrella memorandum MOU-U-RR", plain)

    def cover_pixels(self, pdf, colour):
        prefix = self.path("cover")
        run("pdftoppm", "-r", "60", "-f", "1", "-l", "1", pdf, prefix, check=0)
        ppm = next(f for f in os.listdir(self.dir) if f.startswith("cover") and f.endswith(".ppm"))
        with open(os.path.join(self.dir, ppm), "rb") as f:
            data = f.read()
        # Binary PPM: "P6\nW H\n255\n" then RGB triples.
        header = data.split(b"\n", 3)
        pixels = header[3]
        os.remove(os.path.join(self.dir, ppm))
        return sum(1 for i in range(0, len(pixels) - 2, 3) if pixels[i:i + 3] == bytes(colour))

    def test_logos_on_cover(self):
        with_logos = self.path("logos.pdf")
        export(self.source(), with_logos)
        images = run("pdfimages", "-f", "1", "-l", "1", "-list", with_logos, check=0).stdout
        self.assertRegex(images, r"\n\s*1\s+\d+\s+image\s+8\s+4\s")
        self.assertGreater(self.cover_pixels(with_logos, (0x10, 0x60, 0xa0)), 200)
        without = self.path("plain.pdf")
        export(self.source(logos=False), without)
        self.assertEqual(self.cover_pixels(without, (0x10, 0x60, 0xa0)), 0)
        self.assertNotRegex(run("pdfimages", "-list", without, check=0).stdout, r"image\s+8\s+4\s")

    def test_signed_copy_covers_two_parties(self):
        out = self.path("signed.pdf")
        export(self.source(treasurer_signed=True), out, "--signed")
        text = flat(pdftext(out))
        for word in ("Jo Bloggs", "2026-11-03", "2026-11-01", "Dr Lee", "2026-11-04"):
            self.assertIn(word, text)
        unsigned = export(self.source(), self.path("unsigned.pdf"), "--signed", check=65)
        self.assertIn("not signed yet: the Treasurer", unsigned.stderr)
        self.assertNotIn("Council", unsigned.stderr)

    def test_signed_copy_without_signatories(self):
        stakeholder = ('    <party id="lga" kind="stakeholder">\n      <name>Local Government Association</name>\n'
                       '    </party>\n')
        for name, parties in (("none.mou", ""), ("stakeholder.mou", stakeholder)):
            with self.subTest(parties=name):
                source = self.write(name, memorandum("", parties=parties))
                out = self.path(name + ".pdf")
                result = export(source, out, "--signed", check=65)
                # The file and where in it: the root, as there is no signatory.
                self.assertTrue(result.stderr.startswith(source + ":2:1: "), result.stderr)
                self.assertIn("has none", result.stderr)
                self.assertFalse(os.path.exists(out))
                export(source, out)
                self.assertTrue(os.path.exists(out))

NUMBERED_BODY = """  <section id="s-one" kind="general">
    <heading>One</heading>
    <clause id="c-one" kind="general" status="agreed">
      <heading>References</heading>
      <p>See <clause-ref ref="c-four" form="full"/>, <clause-ref ref="item-b" form="full"/>, <clause-ref ref="annex-roles" form="full"/>, <clause-ref ref="annex-para" form="full"/> and <clause-ref ref="s-two" form="full"/>.</p>
      <item>first;</item>
      <item id="item-b">second.</item>
    </clause>
  </section>
  <section id="s-two" kind="general">
    <heading>Two</heading>
    <clause id="c-twoone" kind="general" status="agreed">
      <p>Two one.</p>
    </clause>
    <clause id="c-four" kind="general" status="agreed" number="2.4">
      <p>Two four.</p>
    </clause>
    <clause id="c-five" kind="general" status="agreed">
      <p>Two five.</p>
    </clause>
  </section>
  <annex id="annex-roles">
    <heading>Roles</heading>
    <subheading>The council</subheading>
    <p>Annex paragraph one.</p>
    <subheading>The department</subheading>
    <p id="annex-para">Annex paragraph two.</p>
  </annex>
"""


def outline_titles(path):
    """The PDF's bookmarks as (depth, title), from qpdf."""
    import json
    data = json.loads(run("qpdf", "--json", "--json-key=outlines", path, check=0).stdout)
    titles = []

    def walk(items, depth):
        for item in items:
            titles.append((depth, item["title"]))
            walk(item.get("kids", []), depth + 1)
    walk(data["outlines"], 0)
    return titles


class TestNumbering(PdfTest):
    def source(self):
        doc = memorandum(NUMBERED_BODY).replace(
            'language="en-GB">',
            'language="en-GB" item-style="alpha" number-format="trailing-dot" annex-numbering="dotted">', 1)
        return self.write("numbered.mou", doc)

    def test_numbers_and_reference_words(self):
        source = self.source()
        out = self.path("numbered.pdf")
        export(source, out)
        text = flat(body_text(out))
        for want in ["1.1. References", "(b) second.", "2.1. Two one.", "2.4. Two four.", "2.5. Two five.",
                     "A.1. Annex paragraph one.", "A.2. Annex paragraph two."]:
            self.assertIn(want, text)
        self.assertNotIn("2.2.", text)
        words = "See clause 2.4, paragraph 1.1(b), Annex A, paragraph A.2 and section 2."
        self.assertIn(words, text)
        # The same words as the plain text, which renders references the same way.
        self.assertIn("    " + words, run(ARGS.cli, "text", source, check=0).stdout.split("\n"))

    def test_annex_in_contents_and_outline(self):
        out = self.path("numbered.pdf")
        export(self.source(), out)
        # The contents page lists the annex and, indented, its sub-headings, with their page.
        first_page = body_text(out).split("\f")[0]
        self.assertRegex(first_page, r"(?m)^Annex A: Roles +3$")
        self.assertRegex(first_page, r"(?m)^ +The council +3$")
        self.assertRegex(first_page, r"(?m)^ +The department +3$")
        titles = outline_titles(out)
        at = titles.index((0, "Annex A: Roles"))
        self.assertEqual(titles[at + 1:at + 3], [(1, "The council"), (1, "The department")])
        self.assertIn(b"/Dest (a-annex-roles-0)", open(out, "rb").read())


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--build-root", required=True)
    ARGS, rest = parser.parse_known_args()
    for tool in ("qpdf", "pdftotext", "pdffonts", "pdfinfo", "pdftoppm"):
        if shutil.which(tool) is None:
            print(f"test-pdf: {tool} is missing (Debian packages qpdf, poppler-utils)", file=sys.stderr)
            return 1
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    sys.exit(main())
