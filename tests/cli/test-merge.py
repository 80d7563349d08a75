#!/usr/bin/env python3
# test-merge.py
#
# Copyright 2026 The Concord authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# concord-cli merge BASE OURS THEIRS: the three-way merge, run by hand and
# as a git merge driver. Expected texts are written out by hand.

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

CLI = None
SOURCE_ROOT = None

NS = "{urn:concord:mou:1}"

SENTENCE = ("Under the Children Act 2004 and related legislation, "
            "<term-ref ref=\"term-councils\"/> are responsible for securing "
            "good outcomes for the children")


def run(*args, cwd=None):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    return subprocess.run([CLI] + [str(a) for a in args], cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=120)


def clause_block(text, clause_id):
    m = re.search(r'    <clause id="%s".*?\n    </clause>\n' % re.escape(clause_id),
                  text, re.S)
    assert m, clause_id
    return m.group(0)


class MergeTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="concord-merge-")
        self.base = os.path.join(self.dir, "base.mou")
        r = run("new", "--template", "sector-led-improvement", "-o", self.base)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(self.base, encoding="utf-8") as f:
            self.text = f.read()
        self.assertIn(SENTENCE, self.text)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def side(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def edit(self, old, new, text=None):
        text = self.text if text is None else text
        self.assertEqual(text.count(old), 1, old)
        return text.replace(old, new)

    def read(self, path):
        with open(path, encoding="utf-8") as f:
            return f.read()

    def test_different_words_of_one_paragraph(self):
        ours = self.side("ours.mou", self.edit("and related legislation", "and associated legislation"))
        theirs = self.side("theirs.mou", self.edit("securing good outcomes", "securing the best outcomes"))
        out = os.path.join(self.dir, "out.mou")
        r = run("merge", self.base, ours, theirs, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Under the Children Act 2004 and associated legislation, "
                      "<term-ref ref=\"term-councils\"/> are responsible for securing "
                      "the best outcomes for the children", self.read(out))
        self.assertEqual(run("validate", out).returncode, 0)
        # Canonical: fmt has nothing to change.
        self.assertEqual(run("fmt", "--check", out).returncode, 0)

    def logo(self, red):
        """A 1×1 PNG of the colour (RED, 0, 0), as base64."""
        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
               + chunk(b"IDAT", zlib.compress(bytes([0, red, 0, 0]))) + chunk(b"IEND", b""))
        return base64.b64encode(png).decode()

    def test_logo_from_one_side(self):
        """A logo one side added is kept; two different logos conflict."""
        anchor = "<signatory-title>Chair</signatory-title>\n    </party>\n    <party id=\"solace\""
        with_logo = lambda red: anchor.replace("</signatory-title>",
                                               f"</signatory-title>\n      <logo>{self.logo(red)}</logo>")
        ours = self.side("ours.mou", self.edit("and related legislation", "and other legislation"))
        theirs = self.side("theirs.mou", self.edit(anchor, with_logo(200)))
        out = os.path.join(self.dir, "out.mou")
        r = run("merge", self.base, ours, theirs, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        merged = self.read(out)
        self.assertIn(f"<logo>{self.logo(200)}</logo>", merged)
        self.assertIn("and other legislation", merged)

        ours = self.side("ours.mou", self.edit(anchor, with_logo(10)))
        r = run("merge", self.base, ours, theirs, "-o", out, "--force")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(f"<logo>{self.logo(10)}</logo>", self.read(out))

    def test_writes_ours_without_output(self):
        ours = self.side("ours.mou", self.edit("and related legislation", "and other legislation"))
        theirs = self.side("theirs.mou", self.edit("cl-scope\" kind=\"general\" status=\"proposed\"",
                                                   "cl-scope\" kind=\"general\" status=\"agreed\""))
        r = run("merge", self.base, ours, theirs)
        self.assertEqual(r.returncode, 0, r.stderr)
        merged = self.read(ours)
        self.assertIn("and other legislation", merged)
        self.assertIn('<clause id="cl-scope" kind="general" status="agreed">', merged)

    def test_identity_properties(self):
        x_text = self.edit("securing good outcomes", "securing better outcomes")
        for sides in (("base", "x"), ("x", "base"), ("x", "x")):
            ours = self.side("ours.mou", x_text if sides[0] == "x" else self.text)
            theirs = self.side("theirs.mou", x_text if sides[1] == "x" else self.text)
            r = run("merge", self.base, ours, theirs)
            self.assertEqual(r.returncode, 0, (sides, r.stderr))
            self.assertEqual(self.read(ours), x_text, sides)

    def conflicts(self, path):
        """(object, ref, field) -> {side: element} of the file's conflicts."""
        root = ET.parse(path).getroot()
        found = {}
        for c in root.iter(NS + "conflict"):
            key = (c.get("object"), c.get("ref"), c.get("field"))
            found[key] = {side: c.find(NS + side) for side in ("ours", "theirs")}
        return found

    def values(self, alternative):
        return [v.text or "" for v in alternative.findall(NS + "value")]

    def test_same_word_both_sides_conflicts(self):
        ours_text = self.edit("and related legislation", "and associated legislation")
        ours = self.side("ours.mou", ours_text)
        theirs = self.side("theirs.mou", self.edit("and related legislation", "and other legislation"))
        r = run("merge", self.base, ours, theirs)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("conflict: details -: recitals", r.stderr)
        merged = self.read(ours)
        # Ours everywhere, and the conflict kept as an element at the end.
        at = merged.index("  <conflicts>\n")
        self.assertEqual(merged[:at], ours_text[:ours_text.index("</memorandum>")])
        conflict = self.conflicts(ours)[("details", None, "recitals")]
        ours_p = "".join(conflict["ours"].find(NS + "p").itertext())
        theirs_p = "".join(conflict["theirs"].find(NS + "p").itertext())
        self.assertIn("and associated legislation", ours_p)
        self.assertIn("and other legislation", theirs_p)

        # The file still validates, opens and prints; it is not finished.
        r = run("validate", ours)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stderr, r"ours\.mou:\d+: warning: unresolved conflict in details: "
                                   r"Both sides changed the recitals")
        r = run("lint", ours)
        self.assertEqual(r.returncode, 1)
        self.assertRegex(r.stdout, r"ours\.mou:\d+: error: unresolved-conflict: details, recitals: ")
        r = run("fmt", "--check", ours)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)

    def test_conflict_printed_and_never_signed(self):
        ours = self.side("ours.mou", self.edit("<heading>Scope</heading>", "<heading>Scope of this memorandum</heading>"))
        theirs = self.side("theirs.mou", self.edit("<heading>Scope</heading>", "<heading>Extent</heading>"))
        out = os.path.join(self.dir, "out.mou")
        self.assertEqual(run("merge", self.base, ours, theirs, "-o", out).returncode, 1)
        pdf = os.path.join(self.dir, "out.pdf")
        r = run("export-pdf", out, "-o", pdf)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout
        # Marked where it is, and both alternatives listed at the end.
        self.assertRegex(text, r"2\s+Scope of this memorandum\s+CONFLICT: see Unresolved conflicts\s+\[proposed\]")
        tail = text[text.rindex("Unresolved conflicts"):]
        self.assertRegex(tail, r"1\. clause 2 \(cl-scope\) · heading\s+Ours\s+Scope of this memorandum\s+"
                               r"Theirs\s+Extent")
        self.assertIn("DRAFT", text)

        # Even a memorandum marked signed prints DRAFT while a conflict is left.
        signed = self.side("signed.mou", self.read(out).replace('status="draft"', 'status="signed"', 1))
        self.assertIn('status="signed"', self.read(signed))
        r = run("export-pdf", signed, "-o", pdf, "--force")
        self.assertEqual(r.returncode, 0, r.stderr)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        self.assertIn("DRAFT", text)
        r = run("export-pdf", signed, "-o", os.path.join(self.dir, "s.pdf"), "--signed")
        self.assertEqual(r.returncode, 65, r.stderr)
        self.assertRegex(r.stderr, r"signed\.mou:\d+:\d+: a signed copy cannot hold a conflict left by a merge")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "s.pdf")))

    def test_every_kind_of_value_kept_and_read_back(self):
        """Conflicts in a string, an enum, a list, flags, a body, a logo, an
        edit against a removal and two moves round-trip through the file."""
        anchor = "<signatory-title>Chair</signatory-title>\n    </party>\n    <party id=\"solace\""
        with_logo = lambda red: anchor.replace("</signatory-title>",
                                               f"</signatory-title>\n      <logo>{self.logo(red)}</logo>")
        def side(name, heading, status, areas, mechanisms, body, red, after):
            text = self.edit("<heading>Scope</heading>", f"<heading>{heading}</heading>")
            text = self.edit('<clause id="role-councils" kind="role" status="proposed" owner="councils" '
                             'areas="service-improvement">',
                             f'<clause id="role-councils" kind="role" status="{status}" owner="councils" '
                             f'areas="{areas}">', text)
            text = self.edit('mechanisms="reporting audit"', f'mechanisms="{mechanisms}"', text)
            text = self.edit("concerns the children’s social care", body, text)
            text = self.edit(anchor, with_logo(red), text)
            # Moved, each side to a place of its own.
            scope = clause_block(text, "cl-scope")
            text = self.edit(scope, "", text)
            there = clause_block(text, after)
            return self.side(name, self.edit(there, there + scope, text))

        ours = side("ours.mou", "Scope of this memorandum", "agreed", "service-improvement inspection",
                    "reporting", "covers the children’s social care", 10, "role-councils")
        theirs = side("theirs.mou", "Extent", "disputed", "service-improvement intervention",
                      "audit inspection", "deals with the children’s social care", 200,
                      "bnd-corporate-professional")
        out = os.path.join(self.dir, "out.mou")
        r = run("merge", self.base, ours, theirs, "-o", out)
        self.assertEqual(r.returncode, 1, r.stderr)
        found = self.conflicts(out)
        heading = found[("clause", "cl-scope", "heading")]
        self.assertEqual(self.values(heading["ours"]), ["Scope of this memorandum"])
        self.assertEqual(self.values(heading["theirs"]), ["Extent"])
        status = found[("clause", "role-councils", "status")]
        self.assertEqual((self.values(status["ours"]), self.values(status["theirs"])), (["agreed"], ["disputed"]))
        areas = found[("clause", "role-councils", "areas")]
        self.assertEqual(self.values(areas["ours"]), ["service-improvement", "inspection"])
        self.assertEqual(self.values(areas["theirs"]), ["service-improvement", "intervention"])
        mechanisms = found[("clause", "acc-lga-grant", "mechanisms")]
        self.assertEqual(self.values(mechanisms["ours"]), ["reporting"])
        self.assertEqual(sorted(self.values(mechanisms["theirs"])[0].split()), ["audit", "inspection"])
        body = found[("clause", "cl-scope", "body")]
        self.assertIn("covers the children’s", "".join(body["ours"].itertext()))
        self.assertIn("deals with the children’s", "".join(body["theirs"].itertext()))
        logo = found[("party", "lga", "logo")]
        self.assertEqual(self.values(logo["ours"]), [self.logo(10)])
        self.assertEqual(self.values(logo["theirs"]), [self.logo(200)])
        position = found[("clause", "cl-scope", "position")]
        self.assertEqual(self.values(position["ours"]), ["role-councils"])
        self.assertEqual(self.values(position["theirs"]), ["bnd-corporate-professional"])

        # Read back and written again, byte for byte.
        r = run("fmt", "--check", out)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(run("validate", out).returncode, 0)

    def test_removed_side_marked(self):
        scope = clause_block(self.text, "cl-scope")
        ours = self.side("ours.mou", self.edit(scope, ""))
        theirs = self.side("theirs.mou", self.edit("concerns the children’s social care",
                                                   "covers the children’s social care"))
        out = os.path.join(self.dir, "out.mou")
        self.assertEqual(run("merge", self.base, ours, theirs, "-o", out).returncode, 1)
        removed = self.conflicts(out)[("clause", "cl-scope", "removed")]
        self.assertEqual(removed["ours"].get("removed"), "true")
        self.assertIsNone(removed["theirs"].get("removed"))
        # Their edited clause is what the file holds meanwhile.
        self.assertIn("covers the children’s social care", self.read(out))

    def test_hostile_conflicts_refused(self):
        merged_end = "</memorandum>"
        bad = [
            ('<conflict object="clause" ref="cl-scope" field="colour"><ours/><theirs/></conflict>',
             "a conflict names a field (colour) that a clause does not have"),
            ('<conflict object="clause" ref="cl-scope" field="id"><ours/><theirs/></conflict>',
             "a conflict names a field (id) that a clause does not have"),
            ('<conflict object="clause" field="heading"><ours/><theirs/></conflict>',
             "a conflict names a field (heading) that a clause does not have"),
            ('<conflict object="clause" ref="cl-scope" field="status"><ours><value>maybe</value></ours>'
             '<theirs/></conflict>', "“maybe” is not a value this conflict’s field can take"),
            ('<conflict object="nation" ref="x" field="heading"><ours/><theirs/></conflict>', ""),
            ('<conflict object="clause" ref="cl-scope" field="heading"><theirs/><ours/></conflict>', ""),
        ]
        for element, message in bad:
            path = self.side("hostile.mou", self.edit(merged_end, f"<conflicts>{element}</conflicts>\n{merged_end}"))
            r = run("validate", path)
            self.assertEqual(r.returncode, 65, (element, r.stderr))
            self.assertIn(message, r.stderr, element)
            self.assertRegex(r.stderr, r"hostile\.mou:\d+:", element)

    def test_removed_against_edited_conflicts(self):
        scope = clause_block(self.text, "cl-scope")
        ours = self.side("ours.mou", self.edit("concerns the children’s social care",
                                               "covers the children’s social care"))
        theirs = self.side("theirs.mou", self.edit(scope, ""))
        r = run("merge", self.base, ours, theirs)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("clause cl-scope: removed", r.stderr)
        self.assertIn("covers the children’s social care", self.read(ours))

    def test_removed_against_unchanged_goes(self):
        scope = clause_block(self.text, "cl-scope")
        ours = self.side("ours.mou", self.edit("and related legislation", "and other legislation"))
        theirs = self.side("theirs.mou", self.edit(scope, ""))
        r = run("merge", self.base, ours, theirs)
        self.assertEqual(r.returncode, 0, r.stderr)
        merged = self.read(ours)
        self.assertNotIn("cl-scope", merged)
        self.assertIn("and other legislation", merged)

    def test_moved_and_edited_gets_both(self):
        scope = clause_block(self.text, "cl-scope")
        principles = clause_block(self.text, "cl-principles")
        moved = self.edit(scope + principles, principles + scope)
        ours = self.side("ours.mou", moved)
        theirs = self.side("theirs.mou", self.edit("concerns the children’s social care",
                                                   "covers the children’s social care"))
        r = run("merge", self.base, ours, theirs)
        self.assertEqual(r.returncode, 0, r.stderr)
        merged = self.read(ours)
        self.assertIn("covers the children’s social care", merged)
        self.assertLess(merged.index('id="cl-principles"'), merged.index('id="cl-scope"'))

    def test_bad_input_writes_nothing(self):
        good = self.side("good.mou", self.text)
        bad = self.side("bad.mou", self.text[: len(self.text) // 2])
        out = os.path.join(self.dir, "out.mou")
        for args in ((bad, good, good), (good, bad, good), (good, good, bad)):
            before = self.read(args[1])
            r = run("merge", *args)
            self.assertEqual(r.returncode, 65, (args, r.stderr))
            self.assertEqual(self.read(args[1]), before)
            r = run("merge", *args, "-o", out)
            self.assertEqual(r.returncode, 65)
            self.assertFalse(os.path.exists(out))
        empty = self.side("empty.mou", "")
        self.assertEqual(run("merge", empty, good, good).returncode, 65)

    def test_usage(self):
        self.assertEqual(run("merge", self.base, self.base).returncode, 2)


CLAUSE_RE = re.compile(r'    <clause id="([^"]*)".*?\n    </clause>\n', re.S)


def clauses(text):
    return {m.group(1): m.group(0) for m in CLAUSE_RE.finditer(text)}


class SeededTest(unittest.TestCase):
    """Properties over seeded memoranda from tests/bench/generate.py and
    mutate.py: the merge must give back a side that alone changed, and
    both sides' changes when they touched different clauses."""

    SEEDS = int(os.environ.get("CONCORD_MERGE_SEEDS", "200"))

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="concord-merge-seeded-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def script(self, name, *args):
        subprocess.run([sys.executable, os.path.join(SOURCE_ROOT, "tests", "bench", name)]
                       + [str(a) for a in args], check=True, capture_output=True)

    def path(self, name):
        return os.path.join(self.dir, name)

    def read(self, name):
        with open(self.path(name), encoding="utf-8") as f:
            return f.read()

    def write(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)

    def merge(self, base, ours, theirs):
        r = run("merge", self.path(base), self.path(ours), self.path(theirs), "-o", self.path("m.mou"))
        self.assertIn(r.returncode, (0, 1), r.stderr)
        self.assertEqual(run("validate", self.path("m.mou")).returncode, 0)
        return r.returncode, self.read("m.mou")

    def test_properties(self):
        for seed in range(1, self.SEEDS + 1):
            with self.subTest(seed=seed):
                self.script("generate.py", "--seed", seed, "--clauses", 12 + seed % 30,
                            "--words", "5:30", "-o", self.path("b.mou"))
                self.script("mutate.py", "--seed", seed, "--fraction", "0.3",
                            self.path("b.mou"), "-o", self.path("x.mou"))
                self.assertEqual(run("fmt", self.path("b.mou"), self.path("x.mou")).returncode, 0)
                x = self.read("x.mou")
                for sides in (("b.mou", "x.mou"), ("x.mou", "b.mou"), ("x.mou", "x.mou")):
                    rc, merged = self.merge("b.mou", *sides)
                    self.assertEqual(rc, 0, sides)
                    self.assertEqual(merged, x, sides)
                self.disjoint(seed)

    def disjoint(self, seed):
        base, x = clauses(self.read("b.mou")), clauses(self.read("x.mou"))
        untouched = [cid for cid in x if cid in base and x[cid] == base[cid]]
        edited = {}
        y_text = self.read("b.mou")
        for cid in untouched[:: 3]:
            block = base[cid]
            new = re.sub(r"(<p[^>]*>)", r"\1Jointly ", block, count=1)
            if new == block:
                continue
            edited[cid] = new
            y_text = y_text.replace(block, new)
        self.write("y.mou", y_text)
        rc, merged_text = self.merge("b.mou", "x.mou", "y.mou")
        self.assertEqual(rc, 0)
        merged = clauses(merged_text)
        self.assertEqual(set(merged), set(x))
        for cid, block in merged.items():
            self.assertEqual(block, edited.get(cid, x[cid]), cid)


class GitDriverTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="concord-merge-git-")
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Test")
        self.git("config", "user.email", "test@example.org")
        self.git("config", "merge.concord.driver", CLI + " merge %O %A %B")
        with open(os.path.join(self.dir, ".gitattributes"), "w") as f:
            f.write("*.mou merge=concord\n")
        r = run("new", "--template", "sector-led-improvement", "-o", "m.mou", cwd=self.dir)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.git("add", ".")
        self.git("commit", "-qm", "base")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def git(self, *args, check=True):
        p = subprocess.run(["git"] + list(args), cwd=self.dir, capture_output=True,
                           text=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
        if check:
            self.assertEqual(p.returncode, 0, p.stderr)
        return p

    def branch_edit(self, branch, old, new, start="main"):
        self.git("checkout", "-q", "-b", branch, start)
        path = os.path.join(self.dir, "m.mou")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))
        self.git("commit", "-qam", branch)

    def test_clean_then_conflict(self):
        # Two sentences of one clause: a line-based merge would conflict.
        self.branch_edit("a", "the children’s social care functions", "the social care functions")
        self.branch_edit("b", "are named in this memorandum as stakeholders",
                         "are named here as stakeholders")
        self.git("checkout", "-q", "a")
        self.git("merge", "-q", "--no-edit", "b")
        with open(os.path.join(self.dir, "m.mou"), encoding="utf-8") as f:
            merged = f.read()
        self.assertIn("concerns the social care functions of", merged)
        self.assertIn("are named here as stakeholders", merged)

        self.branch_edit("c", "are named here as stakeholders", "are listed here as stakeholders", "a")
        self.branch_edit("d", "are named here as stakeholders", "are shown here as stakeholders", "a")
        p = self.git("merge", "c", check=False)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("m.mou", self.git("diff", "--name-only", "--diff-filter=U").stdout)
        # No line markers: the working file is a memorandum that holds the
        # conflict, ours in place, for the app's resolve view to settle.
        path = os.path.join(self.dir, "m.mou")
        with open(path, encoding="utf-8") as f:
            merged = f.read()
        self.assertNotIn("<<<<<<<", merged)
        self.assertIn("are shown here as stakeholders", merged)
        self.assertRegex(merged, r'<conflict object="clause" ref="cl-scope" field="body">')
        self.assertIn("are listed here as stakeholders", merged[merged.index("<conflicts>"):])
        r = run("validate", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("warning: unresolved conflict in clause:cl-scope", r.stderr)


def main():
    global CLI, SOURCE_ROOT
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--source-root", required=True)
    args, rest = ap.parse_known_args()
    CLI = os.path.abspath(args.cli)
    SOURCE_ROOT = os.path.abspath(args.source_root)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
