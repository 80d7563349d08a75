#!/usr/bin/env python3
# test-office.py: DOCX and ODT export, read back as a word processor
# reads them.
#
# Every template, the published-shaped fixtures, the planted memorandum
# and seeded generated ones go out as DOCX and ODT. Each ODT part
# validates against the OpenDocument 1.3 RELAX NG schema (tests/office/odf)
# and its manifest lists its parts; each DOCX has every part in
# [Content_Types].xml and every relationship resolving. LibreOffice
# (headless) converts each file to plain text, which must hold, in order,
# every line `concord-cli text` prints from the first section on, numbers
# included: numbers that LibreOffice counts itself, from the outline.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import atexit
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

ARGS = None

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
MANIFEST_NS = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

# Lines of `concord-cli text` that are the file's bookkeeping, not the
# printed memorandum: a clause's status and areas, its notes, who signs
# for a party. In English, Welsh and French.
# A clause's facts line ("Responsible: the Council"), which prints as the
# memorandum's <print facts> says.
FACTS = re.compile(r"^(Responsible|Cyfrifol|Responsable) ?: |^(Boundary between|Ffin rhwng|Limite entre) |"
                   r"^(Accountable|Atebol|Rend compte) ?: ")
BOOKKEEPING = re.compile(r"^(Status|Statws|Statut|Areas|Meysydd|Domaines|Note|Nodyn|Signing|Yn llofnodi|"
                         r"Signataire) ?:")


def cli(*args, check=True):
    return subprocess.run([ARGS.cli, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=check)


def normal(text):
    """Whitespace of any kind (tabs after numbers, no-break spaces) as one
    space."""
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def first_section_heading(source):
    ns = "{urn:concord:mou:1}"
    root = ET.parse(source).getroot()
    section = root.find(ns + "section")
    return None if section is None else (section.findtext(ns + "heading") or "")


def prints_facts(source):
    """As concord_memorandum_prints_line(): always, never, or in drafts."""
    ns = "{urn:concord:mou:1}"
    root = ET.parse(source).getroot()
    furniture = root.find(ns + "print")
    when = furniture.get("facts", "drafts") if furniture is not None else "drafts"
    return when == "always" or (when == "drafts" and root.get("status") == "draft")


def expected_lines(source):
    """The lines of `concord-cli text` from the first section to before the
    document control, without bookkeeping or table rows (a word processor
    puts each cell on a line of its own)."""
    text = cli("text", source).stdout.decode()
    lines = text.split("\n")
    heading = first_section_heading(source)
    if heading is None:
        return []
    start = next(i for i, l in enumerate(lines) if re.match(r"^\S", l) and l.endswith(heading)
                 and i > 0 and lines[i - 1] == "")
    out = []
    facts = prints_facts(source)
    for line in lines[start:]:
        stripped = line.strip()
        if stripped in ("Document control", "Rheoli’r ddogfen", "Suivi du document"):
            break
        if not stripped or BOOKKEEPING.match(stripped) or " | " in stripped or re.fullmatch(r"[-| ]+", stripped):
            continue
        if line.startswith("    ") and FACTS.match(stripped) and not facts:
            continue
        out.append(normal(stripped))
    return out


def missing_in_order(expected, got):
    """The first expected line not found after the one before it."""
    haystack = normal(got)
    at = 0
    for line in expected:
        found = haystack.find(line, at)
        if found < 0:
            return line, haystack[at:at + 300]
        at = found + len(line)
    return None


def sources():
    root = ARGS.source_root
    files = sorted(glob.glob(os.path.join(root, "templates", "*.mou")))
    files += sorted(glob.glob(os.path.join(root, "tests", "data", "published", "*.mou")))
    files.append(os.path.join(root, "tests", "data", "drafting", "planted.mou"))
    return files


class Exports:
    """Every input exported in both formats, and read back by LibreOffice,
    once for all the tests."""
    done = False

    @classmethod
    def prepare(cls):
        if cls.done:
            return
        cls.done = True
        cls.tmp = tempfile.mkdtemp(prefix="concord-office-")
        cls.inputs = list(sources())
        for seed in (3, 11):
            path = os.path.join(cls.tmp, f"generated-{seed}.mou")
            subprocess.run([sys.executable, os.path.join(ARGS.source_root, "tests", "bench", "generate.py"),
                            "--seed", str(seed), "--clauses", "25", "-o", path], check=True)
            cls.inputs.append(path)
        cls.exported = {}
        for source in cls.inputs:
            stem = os.path.splitext(os.path.basename(source))[0]
            for fmt in ("docx", "odt"):
                out = os.path.join(cls.tmp, fmt, stem + "." + fmt)
                os.makedirs(os.path.dirname(out), exist_ok=True)
                r = cli(f"export-{fmt}", source, "-o", out, check=False)
                if r.returncode != 0:
                    raise AssertionError(f"export-{fmt} {source}: {r.stderr.decode()}")
                cls.exported[(source, fmt)] = out
        cls.texts = {}
        soffice = shutil.which("soffice")
        if soffice is None:
            return
        profile = os.path.join(cls.tmp, "profile")
        for fmt in ("docx", "odt"):
            files = sorted(glob.glob(os.path.join(cls.tmp, fmt, "*." + fmt)))
            # One LibreOffice for all the files of a format: starting it is
            # most of the time.
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                            "txt:Text (encoded):UTF8", "--outdir", os.path.join(cls.tmp, fmt + "-text"), *files],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=600)
            for source in cls.inputs:
                stem = os.path.splitext(os.path.basename(source))[0]
                with open(os.path.join(cls.tmp, fmt + "-text", stem + ".txt"), encoding="utf-8-sig") as f:
                    cls.texts[(source, fmt)] = f.read()


class OfficeTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        Exports.prepare()
        cls.tmp = Exports.tmp
        cls.inputs = Exports.inputs
        cls.exported = Exports.exported
        cls.texts = Exports.texts


class TestOdt(OfficeTestCase):
    def test_valid_against_odf_schema(self):
        schema = os.path.join(ARGS.source_root, "tests", "office", "odf", "OpenDocument-v1.3-schema.rng")
        manifest_schema = os.path.join(ARGS.source_root, "tests", "office", "odf",
                                       "OpenDocument-v1.3-manifest-schema.rng")
        for source in self.inputs:
            path = self.exported[(source, "odt")]
            with self.subTest(source=os.path.basename(source)), zipfile.ZipFile(path) as z:
                first = z.infolist()[0]
                self.assertEqual(first.filename, "mimetype")
                self.assertEqual(first.compress_type, zipfile.ZIP_STORED)
                self.assertEqual(z.read("mimetype"), b"application/vnd.oasis.opendocument.text")
                folder = os.path.join(self.tmp, "unzipped", os.path.basename(path))
                z.extractall(folder)
                parts = [os.path.join(folder, p) for p in ("content.xml", "styles.xml", "meta.xml")]
                r = subprocess.run(["xmllint", "--noout", "--relaxng", schema, *parts],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                self.assertEqual(r.returncode, 0, r.stderr.decode()[-2000:])
                r = subprocess.run(["xmllint", "--noout", "--relaxng", manifest_schema,
                                    os.path.join(folder, "META-INF", "manifest.xml")],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                self.assertEqual(r.returncode, 0, r.stderr.decode())
                listed = {e.get(MANIFEST_NS + "full-path")
                          for e in ET.fromstring(z.read("META-INF/manifest.xml")).iter(MANIFEST_NS + "file-entry")}
                for name in z.namelist():
                    if name not in ("mimetype", "META-INF/manifest.xml"):
                        self.assertIn(name, listed)

    def test_numbers_are_the_outline(self):
        """Section and clause numbers are outline headings, not typed."""
        source = os.path.join(ARGS.source_root, "templates", "two-party-partnership.mou")
        with zipfile.ZipFile(self.exported[(source, "odt")]) as z:
            content = ET.fromstring(z.read("content.xml"))
        headings = list(content.iter(TEXT_NS + "h"))
        levels = [h.get(TEXT_NS + "outline-level") for h in headings]
        self.assertGreater(levels.count("1"), 3)
        self.assertGreater(levels.count("2"), 10)
        for h in headings:
            self.assertFalse(re.match(r"^\d", "".join(h.itertext())), "".join(h.itertext()))

    def test_properties(self):
        source = os.path.join(ARGS.source_root, "templates", "two-party-partnership.mou")
        with zipfile.ZipFile(self.exported[(source, "odt")]) as z:
            meta = z.read("meta.xml").decode()
            styles = z.read("styles.xml").decode()
        self.assertIn("<dc:title>Memorandum of Understanding on Partnership Working</dc:title>", meta)
        self.assertIn("<dc:subject>Memorandum of understanding between", meta)
        self.assertIn("<meta:keyword>", meta)
        self.assertIn("<text:page-count>", styles)
        self.assertIn("DRAFT", styles)


class TestDocx(OfficeTestCase):
    def test_parts_listed_and_relationships_resolve(self):
        for source in self.inputs:
            path = self.exported[(source, "docx")]
            with self.subTest(source=os.path.basename(source)), zipfile.ZipFile(path) as z:
                names = set(z.namelist())
                types = ET.fromstring(z.read("[Content_Types].xml"))
                defaults = {e.get("Extension") for e in types.iter(CT_NS + "Default")}
                overrides = {e.get("PartName") for e in types.iter(CT_NS + "Override")}
                for name in names:
                    if name == "[Content_Types].xml":
                        continue
                    self.assertTrue("/" + name in overrides or name.rsplit(".", 1)[-1] in defaults, name)
                    if name.endswith(".xml") or name.endswith(".rels"):
                        ET.fromstring(z.read(name))
                for override in overrides:
                    self.assertIn(override.lstrip("/"), names)
                for rels in (n for n in names if n.endswith(".rels")):
                    base = os.path.dirname(os.path.dirname(rels))
                    for rel in ET.fromstring(z.read(rels)).iter(REL_NS + "Relationship"):
                        if rel.get("TargetMode") == "External":
                            continue
                        target = os.path.normpath(os.path.join(base, rel.get("Target")))
                        self.assertIn(target, names, f"{rels} → {rel.get('Target')}")

    def test_numbers_and_references_are_fields(self):
        source = os.path.join(ARGS.source_root, "templates", "two-party-partnership.mou")
        with zipfile.ZipFile(self.exported[(source, "docx")]) as z:
            document = z.read("word/document.xml").decode()
            footer = z.read("word/footer1.xml").decode()
            header = z.read("word/header1.xml").decode()
            core = z.read("docProps/core.xml").decode()
        self.assertGreater(document.count("<w:numPr>"), 10)
        # "clause 3.1" and "clause 5.3" in the template: REF fields on bookmarks.
        refs = re.findall(r"REF (ref_\d+) ", document)
        self.assertGreaterEqual(len(refs), 2)
        for name in refs:
            self.assertIn(f'w:name="{name}"', document)
        self.assertIn(" PAGE ", footer)
        self.assertIn(" NUMPAGES ", footer)
        self.assertIn("DRAFT", header)
        self.assertIn("<dc:title>Memorandum of Understanding on Partnership Working</dc:title>", core)
        self.assertIn("<cp:keywords>", core)


    def test_fields_point_at_numbered_paragraphs(self):
        """A REF field shows its paragraph's list number when Word updates
        it: it must only point at paragraphs the list numbers (a reference
        to an annex, or to an item with a typed label, stays words)."""
        for source in self.inputs:
            with self.subTest(source=os.path.basename(source)), \
                    zipfile.ZipFile(self.exported[(source, "docx")]) as z:
                body = ET.fromstring(z.read("word/document.xml"))
                numbered = {}
                for p in body.iter(W_NS + "p"):
                    for mark in p.iter(W_NS + "bookmarkStart"):
                        numbered[mark.get(W_NS + "name")] = p.find(f"{W_NS}pPr/{W_NS}numPr") is not None
                for instr in body.iter(W_NS + "instrText"):
                    m = re.match(r"\s*REF (\S+)", instr.text)
                    if m:
                        self.assertTrue(numbered.get(m.group(1)), m.group(1))
        framework = os.path.join(ARGS.source_root, "tests", "data", "published", "framework.mou")
        with zipfile.ZipFile(self.exported[(framework, "docx")]) as z:
            self.assertIn("the guidance in Annex A", normal(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode())))


@unittest.skipUnless(shutil.which("soffice"), "needs LibreOffice (libreoffice-writer-nogui)")
class TestReadBack(OfficeTestCase):
    def test_text_as_concord_prints_it(self):
        for source in self.inputs:
            expected = expected_lines(source)
            self.assertGreater(len(expected), 0, source)
            for fmt in ("docx", "odt"):
                with self.subTest(source=os.path.basename(source), format=fmt):
                    missing = missing_in_order(expected, self.texts[(source, fmt)])
                    self.assertIsNone(missing, f"not in LibreOffice's text: {missing}")

    def test_numbers_and_references_read_back(self):
        """LibreOffice counts the numbers, and the references show them."""
        source = os.path.join(ARGS.source_root, "templates", "two-party-partnership.mou")
        got = normal(self.texts[(source, "odt")])
        self.assertIn("1.1 Purpose of this memorandum", got)
        self.assertIn("3.1 Partnership Board", got)
        self.assertIn("established under clause 3.1", got)


def main():
    global ARGS
    atexit.register(lambda: shutil.rmtree(Exports.tmp, ignore_errors=True) if Exports.done else None)
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    main()
