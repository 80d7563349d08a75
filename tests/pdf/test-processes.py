#!/usr/bin/env python3
# test-processes.py: a long export laid out in two processes writes the
# very PDF one process writes (the performance issue, "Both cores" and
# "Memory").
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# concord-cli export-pdf --processes 2 forks a child that measures the
# second half of a long memorandum's paragraphs and sends their lines
# back (src/core/concord-render-measure.c). The bytes must not depend on
# which process measured what, nor on whether the child could start or
# finish: failfork.so makes fork fail, or the child die or crash.

import argparse
import os
import re
import subprocess
import sys
import tempfile
import unittest

CLI = None
SOURCE = None
FAILFORK = None
SANITIZED = bool(os.environ.get("CONCORD_TEST_SANITIZED"))


def generate(path, seed, clauses, *extra):
    subprocess.run([sys.executable, os.path.join(SOURCE, "tests", "bench", "generate.py"),
                    "--seed", str(seed), "--clauses", str(clauses), *extra, "-o", path],
                   check=True, stdout=subprocess.DEVNULL)


def export(mou, pdf, processes, *options, env_extra=None):
    """Runs the export; returns (its messages, peak RSS in MiB of it and its child)."""
    env = dict(os.environ)
    env["G_MESSAGES_DEBUG"] = "concord-render"
    env.update(env_extra or {})
    child = subprocess.Popen([CLI, "export-pdf", "--force", "--processes", str(processes), *options,
                              mou, "-o", pdf], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             env=env)
    # GLib writes debug messages to standard output.
    stderr = child.stdout.read().decode(errors="replace")
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    if child.returncode != 0:
        raise AssertionError(f"export-pdf failed ({os.waitstatus_to_exitcode(status)}): {stderr}")
    return stderr, usage.ru_maxrss / 1024.0


def export_spoiled(mou, pdf, mode):
    """Exports in two processes with failfork.so in @mode; returns the messages."""
    asan = os.environ.get("ASAN_OPTIONS", "")
    stderr, _ = export(mou, pdf, 2,
                       env_extra={"LD_PRELOAD": FAILFORK, "CONCORD_FAILFORK": mode,
                                  "ASAN_OPTIONS": (asan + ":" if asan else "") + "verify_asan_link_order=0"})
    return stderr


def read(path):
    with open(path, "rb") as f:
        return f.read()


class TwoProcesses(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="concord-processes-")
        cls.tmp = cls._tmp.name
        # Long enough for the child (more than 256 KiB of text), in three
        # shapes the generator makes: accented words, one party, many.
        cls.documents = {}
        for name, seed, clauses, extra in (("plain", 3, 400, ()),
                                           ("unicode", 11, 380, ("--unicode",)),
                                           ("parties", 5, 380, ("--parties", "9", "--words", "20:200"))):
            path = os.path.join(cls.tmp, name + ".mou")
            generate(path, seed, clauses, *extra)
            cls.documents[name] = path

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def out(self, name):
        return os.path.join(self.tmp, name)

    def test_same_bytes_from_one_process_and_two(self):
        for name, mou in self.documents.items():
            # Every shape with the defaults; the first on letter paper too.
            option_sets = [()] + ([("--paper", "letter")] if name == "plain" else [])
            for options in option_sets:
                with self.subTest(document=name, options=options):
                    one_err, _ = export(mou, self.out("one.pdf"), 1, *options)
                    two_err, _ = export(mou, self.out("two.pdf"), 2, *options)
                    self.assertNotIn("child process", one_err)
                    self.assertIn("measured by a child process", two_err)
                    # The second half is drawn from the child's glyphs.
                    drawn = re.search(r"the child process sent the glyphs of (\d+) paragraphs",
                                      two_err)
                    self.assertIsNotNone(drawn, two_err)
                    self.assertGreater(int(drawn.group(1)), 100)
                    self.assertNotIn("did not read back", two_err)
                    one, two = read(self.out("one.pdf")), read(self.out("two.pdf"))
                    self.assertGreater(len(one), 100000)
                    self.assertEqual(one, two, f"{name} {options}: the PDFs differ")

    def test_two_processes_keep_fewer_layouts(self):
        if SANITIZED:
            self.skipTest("under the sanitizers, their allocator hides the difference")
        mou = self.documents["plain"]
        _, one = export(mou, self.out("one.pdf"), 1)
        _, two = export(mou, self.out("two.pdf"), 2)
        # Half the paragraphs' layouts (some 20 MiB here) are never kept.
        self.assertLess(two, one - 8, f"one process {one:.1f} MiB, two {two:.1f} MiB")

    def test_a_child_that_fails_changes_nothing(self):
        mou = self.documents["unicode"]
        export(mou, self.out("one.pdf"), 1)
        expected = read(self.out("one.pdf"))
        for mode in ("fail", "die", "crash"):
            with self.subTest(mode=mode):
                stderr = export_spoiled(mou, self.out(mode + ".pdf"), mode)
                if mode == "fail":
                    self.assertNotIn("measured by a child process", stderr)
                else:
                    self.assertIn("the child process ended without", stderr)
                self.assertEqual(read(self.out(mode + ".pdf")), expected)

    def test_glyphs_that_do_not_come_change_nothing(self):
        # No glyph file, one that fills up part way, one that reads back
        # short: the paragraphs without glyphs are shaped here.
        mou = self.documents["plain"]
        export(mou, self.out("one.pdf"), 1)
        expected = read(self.out("one.pdf"))
        for mode, sent, message in (("nomemfd", None, None),
                                    ("nospace", 40, None),
                                    ("shortread", None, "did not read back: shaped here")):
            with self.subTest(mode=mode):
                stderr = export_spoiled(mou, self.out(mode + ".pdf"), mode)
                self.assertIn("measured by a child process", stderr)
                got = re.search(r"the child process sent the glyphs of (\d+) paragraphs", stderr)
                if mode == "nomemfd":
                    self.assertIsNone(got, stderr)
                elif sent is not None:
                    self.assertEqual(int(got.group(1)), sent, stderr)
                if message is not None:
                    self.assertIn(message, stderr)
                self.assertEqual(read(self.out(mode + ".pdf")), expected)

    def test_no_child_while_another_thread_runs(self):
        # A fork copies only the calling thread: with another one running,
        # a lock it held would never be released in the child.
        mou = self.documents["plain"]
        export(mou, self.out("one.pdf"), 1)
        stderr = export_spoiled(mou, self.out("thread.pdf"), "thread")
        self.assertIn("other threads are still running", stderr)
        self.assertNotIn("measured by a child process", stderr)
        self.assertEqual(read(self.out("thread.pdf")), read(self.out("one.pdf")))

    def test_a_short_memorandum_is_not_split(self):
        # Three clauses, some 5 KiB of text: the child would save nothing.
        mou = self.out("short.mou")
        generate(mou, 2, 3)
        stderr, _ = export(mou, self.out("short.pdf"), 2)
        self.assertNotIn("child process", stderr)

    def test_a_memorandum_of_a_few_pages_is_split(self):
        # Thirty generated clauses (13 pages or so) and the bundled
        # templates of more than two pages (tables, annexes, Welsh and
        # French): the same bytes, with some paragraphs drawn from the
        # child's glyphs.
        thirty = self.out("thirty.mou")
        generate(thirty, 2, 30)
        templates = os.path.join(SOURCE, "templates")
        documents = [thirty] + sorted(os.path.join(templates, f) for f in os.listdir(templates)
                                      if f.endswith(".mou") and f != "blank.mou")
        for mou in documents:
            with self.subTest(document=os.path.basename(mou)):
                one_err, _ = export(mou, self.out("one.pdf"), 1)
                two_err, _ = export(mou, self.out("two.pdf"), 2)
                self.assertEqual(read(self.out("one.pdf")), read(self.out("two.pdf")))
                if "-cy-en" in mou:
                    # Side by side, the text is in table cells, which are
                    # laid out here.
                    continue
                self.assertIn("measured by a child process", two_err)
                sent = re.search(r"the child process sent the glyphs of (\d+) paragraphs", two_err)
                self.assertIsNotNone(sent, two_err)
                self.assertGreater(int(sent.group(1)), 0)
                self.assertNotIn("did not read back", two_err)

    def test_processes_takes_one_or_two(self):
        for value in ("0", "3", "two"):
            with self.subTest(value=value):
                result = subprocess.run([CLI, "export-pdf", "--processes", value,
                                         self.documents["plain"], "-o", self.out("x.pdf")],
                                        capture_output=True, text=True)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertFalse(os.path.exists(self.out("x.pdf")))


def main():
    global CLI, SOURCE, FAILFORK
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--failfork", required=True)
    args, rest = parser.parse_known_args()
    CLI = os.path.abspath(args.cli)
    SOURCE = os.path.abspath(args.source_root)
    FAILFORK = os.path.abspath(args.failfork)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
