#!/usr/bin/env python3
# bench-floor.py: Concord against the floor, in one run.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench-floor.py --build _build [--baseline OTHER_BUILD] [--runs 15]
#                       [--quick-runs 101] [--large-runs 3] [--keep]
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
# With --baseline, the concord-cli of another build (an older commit) runs
# in the same paired order, as "before", so a change is measured against
# what it replaced on the same machine load.  The large export also runs
# with --processes 1, the single-process path.
# The row "GLib start" is bench-glib-start against xmllint: what linking
# GLib, GObject and GIO alone costs before any work.
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


def paired(rows, runs):
    """rows: name -> (ours argv, floor argv, ok codes, before argv or None).
    Returns name -> dict of medians and peak RSS for "ours", "floor" and
    "before"."""
    times = {name: {"ours": [], "floor": [], "before": []} for name in rows}
    rss = {name: {"ours": 0.0, "floor": 0.0, "before": 0.0} for name in rows}
    for run in range(runs + 1):
        for name, (ours, floor, ok, before) in rows.items():
            for who, argv, codes in (("ours", ours, ok), ("before", before, ok), ("floor", floor, (0,))):
                if argv is None:
                    continue
                wall, peak = timed(argv, codes)
                if run:
                    times[name][who].append(wall)
                    rss[name][who] = max(rss[name][who], peak)
    return {name: {who: (statistics.median(t) if t else None, rss[name][who])
                   for who, t in times[name].items()}
            for name in rows}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--baseline", help="another build whose concord-cli runs as \"before\"")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--quick-runs", type=int, default=101,
                    help="paired runs of the commands that take milliseconds (validate, text, lint)")
    ap.add_argument("--large-runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    cli = os.path.join(args.build, "src", "cli", "concord-cli")
    base = os.path.join(args.baseline, "src", "cli", "concord-cli") if args.baseline else None
    floor = os.path.join(args.build, "tests", "bench", "bench-floor")
    glib_start = os.path.join(args.build, "tests", "bench", "bench-glib-start")
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
    def before(argv):
        return [base] + argv[1:] if base else None

    def row(ours, floor, ok=(0,)):
        return (ours, floor, ok, before(ours))

    large_single = [cli, "export-pdf", "--force", "--processes", "1", large, "-o", out("l1.pdf")]
    results = paired({
        "export, small": row([cli, "export-pdf", "--force", small, "-o", out("s.pdf")],
                             [floor, small_text, out("sf.pdf")]),
    }, args.runs)
    # A few milliseconds each, which the machine's noise moves by a tenth:
    # many more runs.
    results.update(paired({
        "validate, small": row([cli, "validate", small], [xmllint, "--noout", small]),
        "text, small": row([cli, "text", small], [xmllint, "--noout", small]),
        "lint, small": row([cli, "lint", small], [xmllint, "--noout", small], findings),
        # Not Concord: how far a GLib program is from xmllint before it does
        # anything of its own.
        "GLib start, small": ([glib_start, small], [xmllint, "--noout", small], (0,), None),
    }, args.quick_runs))
    results.update(paired({
        "export, large": row([cli, "export-pdf", "--force", large, "-o", out("l.pdf")],
                             [floor, large_text, out("lf.pdf")]),
        "export, large, 1p": (large_single, [floor, large_text, out("lf.pdf")], (0,), None),
        "validate, large": row([cli, "validate", large],
                               [xmllint, "--noout", "--relaxng", schema, large]),
    }, args.large_runs))

    goals = {"export, small": 1.5, "validate, small": 1.5, "text, small": 1.5, "lint, small": 1.5,
             "GLib start, small": 1.5, "export, large": 1.0, "export, large, 1p": 1.0, "validate, large": 1.2}
    print(f"{'':18} {'Concord':>9} {'floor':>9} {'ratio':>6} {'goal':>5}"
          f"   peak RSS (Concord, floor)" + ("   before   ratio  RSS" if base else ""))
    for name, r in results.items():
        ours, rss = r["ours"]
        floor_time, floor_rss = r["floor"]
        line = (f"{name:18} {ours:8.4f}s {floor_time:8.4f}s {ours / floor_time:6.2f} {goals[name]:5.1f}"
                f"   {rss:6.1f} MiB {floor_rss:6.1f} MiB")
        if base and r["before"][0] is not None:
            line += f"   {r['before'][0]:7.4f}s {r['before'][0] / floor_time:5.2f} {r['before'][1]:6.1f} MiB"
        print(line)
    print(f"(small export: {args.runs} paired runs; validate, text, lint: {args.quick_runs}; "
          f"large: {args.large_runs}; medians; "
          f"floor = bench-floor for export, xmllint otherwise; "
          f"\"1p\" = --processes 1)")
    if args.keep:
        print(f"kept in {tmp}")
    else:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
