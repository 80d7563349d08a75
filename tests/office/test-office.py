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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import word_edit  # noqa: E402

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


class TestTrackedChanges(OfficeTestCase):
    """A DOCX Concord exported comes back as Word writes a reviewer's work:
    each tracked change and comment lands in its clause, and nothing else
    changes."""

    def setUp(self):
        self.base = os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou")
        self.work = tempfile.mkdtemp(prefix="concord-tracked-", dir=Exports.tmp)

    def read_back(self, edit):
        edited = os.path.join(self.work, "edited.docx")
        edit.save(edited)
        out = os.path.join(self.work, "theirs.mou")
        r = cli("import", edited, "--against", self.base, "-o", out, check=False)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        return out, r.stdout.decode()

    def changed_clauses(self, theirs):
        r = cli("diff", self.base, theirs, "--color=never", check=False)
        self.assertIn(r.returncode, (0, 1), r.stderr.decode())
        return sorted(set(re.findall(r"\[([^\]]+)\] changed", r.stdout.decode()))), r.stdout.decode()

    def test_changes_land_in_their_clauses(self):
        edit = word_edit.WordEdit(self.exported[(self.base, "docx")])
        edit.replace_words("legislative framework", "statutory framework")
        edit.insert_at_end(">The Treasurer<", " and the Treasury")
        edit.delete_paragraph("any decision to support the Agency financially.")
        edit.insert_paragraph_after("at least twice a year", "They will publish a note of each meeting.")
        edit.comment("at least twice a year", "Twice a year is too few.")
        theirs, report = self.read_back(edit)

        changed, diff = self.changed_clauses(theirs)
        self.assertEqual(changed, ["c-minister", "c-officials", "c-treasurer"], diff)
        text = cli("text", theirs).stdout.decode()
        self.assertIn("is responsible for the statutory framework within which local authorities borrow", text)
        self.assertNotIn("legislative framework", text)
        self.assertIn("The Treasurer and the Treasury", text)
        self.assertNotIn("any decision to support the Agency financially", text)
        self.assertIn("They will publish a note of each meeting.", text)
        self.assertIn("Note: Robin Counsel: Twice a year is too few.", text)
        self.assertIn("c-officials: 1 comment became a note", report)
        # The references whose words were left alone are references still.
        with open(theirs, encoding="utf-8") as f:
            xml = f.read()
        self.assertIn('<party-ref ref="minister"/> is responsible for the statutory framework', xml)
        self.assertIn('<clause-ref ref="c-treasurer"/>', xml)
        # The other items of the Treasurer's clause are untouched.
        self.assertIn('<item level="2">the fiscal risk to the Crown; and</item>', xml)

    def test_through_libreoffice_unchanged(self):
        """Opened and saved by LibreOffice with no edit: nothing changed."""
        if shutil.which("soffice") is None:
            self.skipTest("needs LibreOffice")
        out_dir = os.path.join(self.work, "lo")
        profile = os.path.join(Exports.tmp, "profile")
        subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", out_dir,
                        self.exported[(self.base, "docx")]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True, timeout=300)
        theirs = os.path.join(self.work, "theirs.mou")
        r = cli("import", os.path.join(out_dir, "office-holders.docx"), "--against", self.base, "-o", theirs,
                check=False)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        self.assertEqual(self.changed_clauses(theirs)[0], [])

    def test_not_a_concord_document(self):
        plain = os.path.join(self.work, "plain.docx")
        with zipfile.ZipFile(self.exported[(self.base, "docx")]) as z, zipfile.ZipFile(plain, "w") as out:
            for name in z.namelist():
                if name != "docProps/custom.xml":
                    out.writestr(name, z.read(name))
        r = cli("import", plain, "--against", self.base, "-o", os.path.join(self.work, "x.mou"), check=False)
        self.assertEqual(r.returncode, 65, r.stderr.decode())
        self.assertIn("not exported by Concord", r.stderr.decode())


class TestReadingQuirks(OfficeTestCase):
    """What word processors and reviewers do that a careful reader must
    take: a comment on a clause that has notes already, a comment
    reference with no id, content controls, numbering switched off with
    numId 0, a long list of clauses."""

    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="concord-quirks-", dir=Exports.tmp)

    def export(self, source):
        out = os.path.join(self.work, os.path.basename(source) + ".docx")
        cli("export-docx", source, "-o", out)
        return out

    def import_(self, docx, base):
        out = os.path.join(self.work, "theirs.mou")
        r = cli("import", docx, "--against", base, "-o", out, check=False)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        return out

    def test_comment_added_to_existing_notes(self):
        base = os.path.join(self.work, "noted.mou")
        with open(os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou"),
                  encoding="utf-8") as f:
            xml = f.read()
        xml = xml.replace("including <term-ref ref=\"t-act\"/>.</p>",
                          "including <term-ref ref=\"t-act\"/>.</p>\n      <note>Check the Act's name.</note>", 1)
        with open(base, "w", encoding="utf-8") as f:
            f.write(xml)
        edit = word_edit.WordEdit(self.export(base))
        edit.comment("legislative framework", "Agreed.")
        # A reference to a comment that has no id is left alone.
        edit.document = edit.document.replace("</w:body>", "<w:p><w:r><w:commentReference/></w:r></w:p></w:body>")
        path = os.path.join(self.work, "edited.docx")
        edit.save(path)
        text = cli("text", self.import_(path, base)).stdout.decode()
        self.assertIn("Note: Check the Act's name.", text)
        self.assertIn("Note: Robin Counsel: Agreed.", text)

    def test_content_controls_and_numbering_off(self):
        base = os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou")
        edit = word_edit.WordEdit(self.export(base))
        m = edit.paragraph_with("legislative framework")
        edit.document = (edit.document[:m.start()] + "<w:sdt><w:sdtPr/><w:sdtContent>" + m.group(0) +
                         "</w:sdtContent></w:sdt>" + edit.document[m.end():])
        # The typed "2.4" of Officials, with numbering switched off as
        # LibreOffice writes it: still a typed label, not text.
        edit.document = edit.document.replace('<w:pStyle w:val="ConcordClause"/></w:pPr>',
                                              '<w:pStyle w:val="ConcordClause"/><w:numPr><w:ilvl w:val="0"/>'
                                              '<w:numId w:val="0"/></w:numPr></w:pPr>', 1)
        path = os.path.join(self.work, "controls.docx")
        edit.save(path)
        theirs = self.import_(path, base)
        r = cli("diff", base, theirs, "--color=never", check=False)
        self.assertEqual(r.returncode, 0, r.stdout.decode())

    def test_many_clauses(self):
        base = os.path.join(self.work, "long.mou")
        subprocess.run([sys.executable, os.path.join(ARGS.source_root, "tests", "bench", "generate.py"),
                        "--seed", "5", "--clauses", "300", "-o", base], check=True)
        docx = self.export(base)
        with zipfile.ZipFile(docx) as z:
            custom = z.read("docProps/custom.xml").decode()
        values = re.findall(r"<vt:lpwstr>([^<]*)</vt:lpwstr>", custom)
        self.assertGreater(len(values), 1)
        for value in values:
            self.assertLessEqual(len(value), 255)
        theirs = self.import_(docx, base)
        r = cli("diff", base, theirs, "--color=never", check=False)
        self.assertEqual(r.returncode, 0, r.stdout.decode()[:2000])

    def test_utf16_part_refused(self):
        base = os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou")
        with zipfile.ZipFile(self.export(base)) as z:
            parts = {name: z.read(name) for name in z.namelist()}
        parts["word/document.xml"] = parts["word/document.xml"].decode().replace(
            'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
        path = os.path.join(self.work, "utf16.docx")
        with zipfile.ZipFile(path, "w") as z:
            for name, data in parts.items():
                z.writestr(name, data)
        r = cli("import", path, "--against", base, "-o", os.path.join(self.work, "x.mou"), check=False)
        self.assertEqual(r.returncode, 65, r.stderr.decode())
        self.assertIn("not UTF-8", r.stderr.decode())


class TestRedline(OfficeTestCase):
    """diff OLD NEW --docx: NEW with the differences as Word tracked
    changes, by the author, dated; accepting all of them (as import does)
    gives NEW back, clause for clause."""

    def test_redline(self):
        work = tempfile.mkdtemp(prefix="concord-redline-", dir=Exports.tmp)
        old = os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou")
        with open(old, encoding="utf-8") as f:
            xml = f.read()
        new_xml = xml.replace("legislative framework", "statutory framework")
        new_xml = new_xml.replace("<heading>Officials</heading>", "<heading>Officials of both</heading>")
        # A clause removed and one added.
        start = new_xml.index('<clause id="c-minister-accountable"')
        end = new_xml.index("</clause>", start) + len("</clause>")
        new_xml = new_xml[:start] + new_xml[end:]
        new_xml = new_xml.replace('<clause id="c-review"',
                                  '<clause id="c-new" kind="general" status="proposed"><heading>Publication</heading>'
                                  '<p>This memorandum will be published.</p></clause>\n    <clause id="c-review"', 1)
        new = os.path.join(work, "new.mou")
        with open(new, "w", encoding="utf-8") as f:
            f.write(new_xml)
        out = os.path.join(work, "redline.docx")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1764849600")
        r = subprocess.run([ARGS.cli, "diff", old, new, "--docx", out, "--author", "Ana Drafter", "--color=never"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.assertEqual(r.returncode, 1, r.stderr.decode())
        with zipfile.ZipFile(out) as z:
            document = z.read("word/document.xml").decode()
        self.assertIn('w:author="Ana Drafter" w:date="2025-12-04T12:00:00Z"', document)
        self.assertRegex(document, r"<w:del [^>]*><w:r><w:delText[^>]*> ?legislative</w:delText>")
        self.assertRegex(document, r"<w:ins [^>]*><w:r><w:t[^>]*> ?statutory</w:t>")
        self.assertRegex(document, r"<w:ins [^>]*><w:r><w:t[^>]*> of both</w:t>|<w:ins [^>]*><w:r><w:t[^>]*> of</w:t>")
        self.assertIn("will be published.", document)
        self.assertIn("The Minister of Local Government will answer", document)
        # Every tracked change accepted is NEW.
        theirs = os.path.join(work, "accepted.mou")
        r = cli("import", out, "--against", new, "-o", theirs, check=False)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        r = cli("diff", new, theirs, "--color=never", check=False)
        self.assertEqual(r.returncode, 0, r.stdout.decode())
        # LibreOffice reads it.
        if shutil.which("soffice"):
            profile = os.path.join(Exports.tmp, "profile")
            subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", work, out],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=300)
            with open(os.path.join(work, "redline.txt"), encoding="utf-8-sig") as f:
                self.assertIn("statutory", f.read())

    def test_author_needs_docx(self):
        old = os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou")
        r = cli("diff", old, old, "--author", "X", check=False)
        self.assertEqual(r.returncode, 2, r.stderr.decode())


class TestHostileArchives(OfficeTestCase):
    """Refused with exit status 65, in bounded time and memory."""

    def setUp(self):
        self.base = os.path.join(ARGS.source_root, "tests", "data", "published", "office-holders.mou")
        self.work = tempfile.mkdtemp(prefix="concord-hostile-", dir=Exports.tmp)
        with zipfile.ZipFile(self.exported[(self.base, "docx")]) as z:
            self.parts = {name: z.read(name) for name in z.namelist()}

    def archive(self, name, parts, compression=zipfile.ZIP_DEFLATED):
        path = os.path.join(self.work, name)
        with zipfile.ZipFile(path, "w", compression) as z:
            for part, data in parts.items():
                z.writestr(part, data)
        return path

    def refused(self, path, words):
        import resource

        def limit():
            resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
            resource.setrlimit(resource.RLIMIT_CPU, (20, 20))

        asan = "asan" in os.path.basename(os.path.dirname(os.path.dirname(os.path.dirname(ARGS.cli))))
        r = subprocess.run([ARGS.cli, "import", path, "--against", self.base, "-o", os.path.join(self.work, "o.mou")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60,
                           preexec_fn=None if asan else limit)
        self.assertEqual(r.returncode, 65, r.stderr.decode())
        self.assertIn(words, r.stderr.decode())
        self.assertFalse(os.path.exists(os.path.join(self.work, "o.mou")))

    def test_zip_bomb(self):
        parts = dict(self.parts)
        parts["word/document.xml"] = b"<w:document/>" + b" " * (30 * 1024 * 1024)
        self.refused(self.archive("bomb.docx", parts), "expands too far")

    def test_path_traversal(self):
        parts = dict(self.parts)
        parts["../../evil.xml"] = b"<x/>"
        self.refused(self.archive("traversal.docx", parts), "named outside it")

    def test_huge_entry(self):
        """A real 1 GiB entry (zeros compress to a megabyte): refused from
        its size in the directory, never inflated."""
        path = os.path.join(self.work, "gigabyte.docx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for part, data in self.parts.items():
                if part != "word/document.xml":
                    z.writestr(part, data)
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                chunk = b"\0" * (1 << 20)
                for _ in range(1024):
                    f.write(chunk)
        self.assertLess(os.path.getsize(path), 8 << 20)
        self.refused(path, "larger than 32 MiB")

    def test_forged_sizes(self):
        # The central directory says 1 GiB, the entry is small: the archive
        # contradicts itself and is refused.
        parts = dict(self.parts)
        path = self.archive("huge.docx", parts, zipfile.ZIP_STORED)
        with open(path, "r+b") as f:
            data = bytearray(f.read())
        name = b"word/document.xml"
        central = data.rfind(b"PK\x01\x02", 0)
        at = data.find(b"PK\x01\x02" , 0)
        while at >= 0:
            name_len = int.from_bytes(data[at + 28:at + 30], "little")
            if data[at + 46:at + 46 + name_len] == name:
                data[at + 24:at + 28] = (1 << 30).to_bytes(4, "little")
            at = data.find(b"PK\x01\x02", at + 4)
        with open(path, "wb") as f:
            f.write(data)
        self.assertGreater(central, 0)
        r = subprocess.run([ARGS.cli, "import", path, "--against", self.base, "-o", os.path.join(self.work, "o.mou")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(r.returncode, 65, r.stderr.decode())

    def test_corrupt_central_directory(self):
        path = self.archive("corrupt.docx", dict(self.parts))
        with open(path, "r+b") as f:
            data = bytearray(f.read())
        at = data.rfind(b"PK\x01\x02")
        data[at:at + 40] = b"\xff" * 40
        with open(path, "wb") as f:
            f.write(data)
        self.refused(path, "")

    def test_xml_bomb(self):
        parts = dict(self.parts)
        laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">' +
                  "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)) +
                  ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                  '<w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
        parts["word/document.xml"] = laughs.encode()
        self.refused(self.archive("laughs.docx", parts), "document type declaration")

    def test_not_a_zip(self):
        path = os.path.join(self.work, "text.docx")
        with open(path, "w") as f:
            f.write("not a zip at all\n")
        self.refused(path, "not a document Concord can read")


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
