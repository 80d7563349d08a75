#!/usr/bin/env python3
# bench-floor.py: Concord against the floor, in one run.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench-floor.py --build _build [--runs 9] [--keep]
#
# The floor for export is bench-floor, a bare loop that lays out and paints
# the same paragraphs (those `concord-cli text` prints) with Pango and
# Cairo alone; for validate, text and lint it is `xmllint --noout`, and for
# validation of the large document `xmllint --relaxng`.  Both documents come
# from generate.py: 30 clauses (a memorandum of about 13 to 15 pages) and
# the shared 2,000 clauses.  Commands run in a paired order (ours, floor,
# ours, floor ...) after one untimed round, so both see the same machine
# load; the script prints medians, peak RSS and the ratios the
# performance issue sets:
#   small export / bare loop            within 1.5
#   small validate, text, lint / xmllint --noout   within 1.5
#   large export / bare loop (one core) within 1.0
#   large validate / xmllint --relaxng  within 1.2
#   large export peak RSS               under 100 MiB
# A timing is never a pass/fail condition: the script fails only when a
# command fails.

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def timed(argv, ok=(0,)):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    stderr = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) not in ok:
        sys.exit(f"{' '.join(argv)} failed ({os.waitstatus_to_exitcode(status)}): {stderr}")
    return wall, usage.ru_maxrss / 1024.0


def paired(pairs, runs):
    """pairs: name -> (ours argv, floor argv, ok codes).  Returns name ->
    (our median, floor median, our peak RSS, floor peak RSS)."""
    times = {name: ([], [], [], []) for name in pairs}
    for run in range(runs + 1):
        for name, (ours, floor, ok) in pairs.items():
            a = timed(ours, ok)
            b = timed(floor)
            if run:
                times[name][0].append(a[0])
                times[name][1].append(b[0])
                times[name][2].append(a[1])
                times[name][3].append(b[1])
    return {name: (statistics.median(t[0]), statistics.median(t[1]), max(t[2]), max(t[3]))
            for name, t in times.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--large-runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    cli = os.path.join(args.build, "src", "cli", "concord-cli")
    floor = os.path.join(args.build, "tests", "bench", "bench-floor")
    xmllint = shutil.which("xmllint")
    if not xmllint:
        sys.exit("xmllint is needed (package libxml2-utils)")
    schema = os.path.join(ROOT, "data", "concord.rng")
    tmp = tempfile.mkdtemp(prefix="concord-floor-")
    docs = {}
    for name, clauses, parties in (("small", 30, 4), ("large", 2000, 6)):
        path = os.path.join(tmp, name + ".mou")
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--seed", "1",
                        "--clauses", str(clauses), "--words", "60:150", "--parties", str(parties),
                        "-o", path], check=True, stdout=subprocess.DEVNULL)
        text = os.path.join(tmp, name + ".txt")
        with open(text, "w") as f:
            subprocess.run([cli, "text", path], check=True, stdout=f)
        docs[name] = (path, text)

    def out(name):
        return os.path.join(tmp, name)

    small, small_text = docs["small"]
    large, large_text = docs["large"]
    findings = (0, 1)  # lint exits 1 when it has findings
    results = paired({
        "export, small": ([cli, "export-pdf", "--force", small, "-o", out("s.pdf")],
                          [floor, small_text, out("sf.pdf")], (0,)),
        "validate, small": ([cli, "validate", small], [xmllint, "--noout", small], (0,)),
        "text, small": ([cli, "text", small], [xmllint, "--noout", small], (0,)),
        "lint, small": ([cli, "lint", small], [xmllint, "--noout", small], findings),
    }, args.runs)
    results.update(paired({
        "export, large": ([cli, "export-pdf", "--force", large, "-o", out("l.pdf")],
                          [floor, large_text, out("lf.pdf")], (0,)),
        "validate, large": ([cli, "validate", large],
                            [xmllint, "--noout", "--relaxng", schema, large], (0,)),
    }, args.large_runs))

    goals = {"export, small": 1.5, "validate, small": 1.5, "text, small": 1.5, "lint, small": 1.5,
             "export, large": 1.0, "validate, large": 1.2}
    print(f"{'':17} {'Concord':>9} {'floor':>9} {'ratio':>6} {'goal':>5}   peak RSS (Concord, floor)")
    for name, (ours, base, rss, base_rss) in results.items():
        print(f"{name:17} {ours:8.3f}s {base:8.3f}s {ours / base:6.2f} {goals[name]:5.1f}"
              f"   {rss:6.1f} MiB {base_rss:6.1f} MiB")
    print(f"(small: {args.runs} paired runs; large: {args.large_runs}; medians; "
          f"floor = bench-floor for export, xmllint otherwise)")
    if args.keep:
        print(f"kept in {tmp}")
    else:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
