#!/usr/bin/env python3
# Tests of build-aux/test-totals.py: the totals CI reads must count the tests
# inside each program, show every skip, and fail on what the run must not
# hide.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile
import unittest

SOURCE_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOTALS = os.path.join(SOURCE_ROOT, "build-aux", "test-totals.py")

TAP_OK = """# random seed: R02S
1..4
# Start of model tests
ok 1 /model/party
ok 2 /model/term
ok 3 /model/xtest # SKIP no XTest on this display
ok 4 /model/clause
# End of model tests
"""
TAP_FAILED = "1..2\nok 1 /a\nnot ok 2 /b\n"
UNITTEST_OK = """test_a (__main__.TestX.test_a) ... ok
test_b (__main__.TestX.test_b) ... skipped 'this file system keeps no user attributes: [Errno 95]'
test_c (__main__.TestY.test_c) ... ok

----------------------------------------------------------------------
Ran 3 tests in 0.100s

OK (skipped=1)
"""
UNITTEST_FAILED = """test_a (__main__.T.test_a) ... FAIL
test_b (__main__.T.test_b) ... ERROR

Ran 2 tests in 0.1s

FAILED (failures=1, errors=1)
"""


def entry(name, result, stdout="", stderr=""):
    return {"name": name, "result": result, "stdout": stdout, "stderr": stderr}


class Totals(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def log(self, *entries):
        path = self.path(f"log{len(os.listdir(self.tmp.name))}.json")
        with open(path, "w", encoding="utf-8") as f:
            for e in entries:
                f.write(json.dumps(e) + "\n")
        return path

    def run_totals(self, *args):
        p = subprocess.run([sys.executable, TOTALS] + list(args), capture_output=True, text=True)
        lines = p.stdout.splitlines()
        return p.returncode, lines

    def allowed(self, text):
        path = self.path("allowed.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def expected(self, count):
        path = self.path("expected")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# the least number of tests\n{count}\n")
        return path

    def test_counts_tests_inside_programs(self):
        log = self.log(entry("concord:unit / model", "OK", stdout=TAP_OK),
                       entry("concord:cli / cli", "OK", stderr=UNITTEST_OK),
                       entry("concord:data / gschema", "OK"))
        code, lines = self.run_totals(log)
        self.assertEqual(code, 0, lines)
        self.assertEqual(lines[-1], "3 passed, 0 failed")
        self.assertEqual(lines[-2], "8 tests in 3 programs: 6 passed, 2 skipped, 0 failed")
        self.assertIn("SKIP concord:unit / model /model/xtest: no XTest on this display"
                      "  (not on the allowed list)", lines)
        self.assertTrue(any(l.startswith("SKIP concord:cli / cli TestX.test_b: this file system")
                            for l in lines), lines)

    def test_failures_inside_a_passing_count(self):
        log = self.log(entry("concord:unit / a", "FAIL", stdout=TAP_FAILED),
                       entry("concord:cli / b", "FAIL", stderr=UNITTEST_FAILED),
                       entry("concord:ui / crashed", "FAIL", stdout="1..5\nok 1 /x\n"),
                       entry("concord:data / timeout", "TIMEOUT"))
        code, lines = self.run_totals(log)
        self.assertEqual(code, 1)
        self.assertEqual(lines[-1], "0 passed, 4 failed")
        self.assertEqual(lines[-2], "7 tests in 4 programs: 2 passed, 0 skipped, 5 failed")

    def test_strict_refuses_a_skip_not_allowed(self):
        log = self.log(entry("concord:unit / model", "OK", stdout=TAP_OK),
                       entry("concord:cli / write-safety", "OK", stderr=UNITTEST_OK))
        allowed = self.allowed("# comment\nwrite-safety\tthis file system keeps no user attributes\tsome have none\n")
        code, lines = self.run_totals("--allowed-skips", allowed, log)
        self.assertEqual(code, 0, lines)
        code, lines = self.run_totals("--strict", "--allowed-skips", allowed, log)
        self.assertEqual(code, 1)
        self.assertEqual(lines[-1], "2 passed, 0 failed")
        problems = [l for l in lines if l.startswith("test-totals:")]
        self.assertEqual(problems, ["test-totals: concord:unit / model /model/xtest was skipped: "
                                    "no XTest on this display"])
        # The allowed skip is named for its program only.
        other = self.log(entry("concord:cli / cli", "OK", stderr=UNITTEST_OK))
        code, lines = self.run_totals("--strict", "--allowed-skips", allowed, other)
        self.assertEqual(code, 1, lines)

    def test_a_whole_program_skipped_counts_as_a_skip(self):
        log = self.log(entry("concord:ui / window", "SKIP"))
        code, lines = self.run_totals("--strict", log)
        self.assertEqual(code, 1)
        self.assertIn("1 tests in 1 programs: 0 passed, 1 skipped, 0 failed (1 programs skipped whole)",
                      lines)

    def test_too_few_tests(self):
        log = self.log(entry("concord:unit / model", "OK", stdout=TAP_OK))
        code, lines = self.run_totals("--expected", self.expected(4), log)
        self.assertEqual(code, 0, lines)
        code, lines = self.run_totals("--expected", self.expected(5), log)
        self.assertEqual(code, 1)
        self.assertIn("test-totals: only 4 tests ran, fewer than the 5 in " + self.path("expected"), lines)
        self.assertEqual(lines[-1], "1 passed, 0 failed")

    def test_broken_inputs(self):
        missing = self.path("missing.json")
        code, lines = self.run_totals(missing)
        self.assertEqual(code, 1)
        self.assertEqual(lines[-1], "0 passed, 1 failed")
        garbage = self.path("garbage.json")
        with open(garbage, "w") as f:
            f.write("{not json\n")
        code, lines = self.run_totals(garbage)
        self.assertEqual(code, 1)
        log = self.log(entry("concord:unit / model", "OK", stdout=TAP_OK))
        code, lines = self.run_totals("--allowed-skips", self.allowed("no tabs here\n"), log)
        self.assertEqual(code, 1)
        self.assertTrue(any("want PROGRAM<TAB>REASON<TAB>WHY" in l for l in lines), lines)
        with open(self.path("expected"), "w") as f:
            f.write("many\n")
        code, lines = self.run_totals("--expected", self.path("expected"), log)
        self.assertEqual(code, 1)

    def test_the_tree_files_are_well_formed(self):
        with open(os.path.join(SOURCE_ROOT, "tests", "expected-test-count"), encoding="utf-8") as f:
            counts = [l for l in f if l.strip() and not l.startswith("#")]
        self.assertEqual(len(counts), 1)
        self.assertGreaterEqual(int(counts[0]), 1000)
        log = self.log(entry("concord:unit / model", "OK", stdout="1..1\nok 1 /a\n"))
        code, lines = self.run_totals("--allowed-skips",
                                      os.path.join(SOURCE_ROOT, "tests", "allowed-skips.tsv"), log)
        self.assertEqual(code, 0, lines)


if __name__ == "__main__":
    unittest.main(verbosity=2)
