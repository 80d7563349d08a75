#!/usr/bin/env python3
# build-aux/test-totals.py: add up meson's test results from several builds.
#
# Meson counts test programs; one program holds many tests.  So this reads
# each program's output too (TAP lines from the GLib tests, unittest's
# summary from the Python ones) and prints the tests run, skipped and
# failed across all programs, and every skip with its reason.  It fails
#   - when a program or a test failed;
#   - when the tests run fall below the count kept in --expected (a test
#     that quietly stops being built or collected shows up here);
#   - with --strict (CI), when a test was skipped for a reason that is not
#     on the --allowed-skips list.
# It ends with the one line CI reads, meson's totals: "N passed, N failed".
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import json
import re
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
SKIPPED = {"SKIP"}

TAP_LINE = re.compile(r"^(not ok|ok)\b[ \d]*(.*?)(?:\s+#\s*(SKIP|TODO)\b\s*(.*))?$", re.M)
UNITTEST_RAN = re.compile(r"^Ran (\d+) tests? in ", re.M)
UNITTEST_RESULT = re.compile(r"^(OK|FAILED)(?: \((.*)\))?$", re.M)
UNITTEST_SKIP = re.compile(r"^(\S+) \(([^)]*)\)(?: \(.*?\))? \.\.\. skipped '(.*)'$", re.M)


class Program:
    """The tests of one program's run, as its output tells them."""

    def __init__(self, entry):
        self.name = entry.get("name", "?")
        self.result = entry.get("result")
        self.output = (entry.get("stdout") or "") + "\n" + (entry.get("stderr") or "")
        self.run = self.failed = 0
        self.skips = []  # (test, reason)
        if not self._read_unittest() and not self._read_tap():
            # A program with no test protocol is one test.
            self.run = 1
            if self.result in SKIPPED:
                self.skips.append(("", "the program skipped itself"))
            elif self.result not in PASSED:
                self.failed = 1
        if self.result not in PASSED | SKIPPED and self.failed == 0:
            # It crashed or timed out after the tests it reported: one more
            # test, failed.
            self.run += 1
            self.failed = 1

    def _read_tap(self):
        lines = TAP_LINE.findall(self.output)
        if not lines:
            return False
        for status, name, directive, reason in lines:
            self.run += 1
            if directive == "SKIP":
                self.skips.append((name.strip(" -"), reason.strip() or "no reason given"))
            elif status == "not ok" and directive != "TODO":
                self.failed += 1
        return True

    def _read_unittest(self):
        ran = UNITTEST_RAN.findall(self.output)
        if not ran:
            return False
        self.run = sum(int(n) for n in ran)
        for status, details in UNITTEST_RESULT.findall(self.output):
            counts = {k.strip(): v for k, v in re.findall(r"([a-z ]+)=(\d+)", details or "")}
            self.failed += int(counts.get("failures", 0)) + int(counts.get("errors", 0))
            self.failed += int(counts.get("unexpected successes", 0))
            skipped = int(counts.get("skipped", 0))
            named = UNITTEST_SKIP.findall(self.output)
            for test, where, reason in named:
                self.skips.append((where.removeprefix("__main__."), reason))
            for _ in range(skipped - len(named)):
                self.skips.append(("", "no reason shown (run the test verbosely)"))
            if status == "FAILED" and self.failed == 0:
                self.failed = 1
        return True


def read_allowed(path):
    """Lines "PROGRAM<TAB>REASON<TAB>WHY": a skip of PROGRAM whose reason
    starts with REASON is expected somewhere, for the reason WHY."""
    allowed = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3 or not all(x.strip() for x in fields):
                raise ValueError(f"{path}:{number}: want PROGRAM<TAB>REASON<TAB>WHY")
            allowed.append(tuple(x.strip() for x in fields))
    return allowed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--expected", help="file holding the least number of tests a full run has")
    parser.add_argument("--allowed-skips", help="file of the skips that are allowed (see read_allowed)")
    parser.add_argument("--strict", action="store_true", help="fail on any skip not allowed")
    parser.add_argument("logs", nargs="+", help="meson's testlog.json files")
    args = parser.parse_args()

    problems = []
    programs = []
    meson_passed = meson_failed = meson_skipped = 0
    for path in args.logs:
        try:
            with open(path, encoding="utf-8") as log:
                for line in log:
                    if not line.strip():
                        continue
                    program = Program(json.loads(line))
                    programs.append(program)
                    if program.result in PASSED:
                        meson_passed += 1
                    elif program.result in SKIPPED:
                        meson_skipped += 1
                    else:
                        meson_failed += 1
        except (OSError, ValueError) as error:
            problems.append(f"cannot read {path}: {error}")
            meson_failed += 1

    allowed = []
    if args.allowed_skips:
        try:
            allowed = read_allowed(args.allowed_skips)
        except (OSError, ValueError) as error:
            problems.append(str(error))

    run = sum(p.run for p in programs)
    failed = sum(p.failed for p in programs)
    skips = [(p.name, test, reason) for p in programs for test, reason in p.skips]
    for name, test, reason in skips:
        ok = any(name.endswith(program) and reason.startswith(prefix) for program, prefix, _ in allowed)
        print(f"SKIP {name} {test}: {reason}" + ("" if ok else "  (not on the allowed list)"))
        if args.strict and not ok:
            problems.append(f"{name} {test} was skipped: {reason}")

    if args.expected:
        try:
            with open(args.expected, encoding="utf-8") as f:
                expected = int(next(l for l in f if l.strip() and not l.startswith("#")))
        except (OSError, ValueError, StopIteration) as error:
            problems.append(f"cannot read the expected count in {args.expected}: {error}")
        else:
            if run < expected:
                problems.append(f"only {run} tests ran, fewer than the {expected} in {args.expected}")

    print(f"{run} tests in {len(programs)} programs: {run - failed - len(skips)} passed, "
          f"{len(skips)} skipped, {failed} failed"
          + (f" ({meson_skipped} programs skipped whole)" if meson_skipped else ""))
    for problem in problems:
        print(f"test-totals: {problem}")
    print(f"{meson_passed} passed, {meson_failed} failed", flush=True)
    return 1 if meson_failed or failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
