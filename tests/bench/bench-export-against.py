#!/usr/bin/env python3
# bench-export-against.py: `concord-cli export-pdf` of the shared 2,000-clause
# document against another build of concord-cli (the same program before a
# change), in one run, interleaved so both see the same machine load.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench-export-against.py --build _build --baseline OTHER/_build [--runs 5] [--keep]
#
# Prints the median and range of wall time and the peak resident set size
# for each, and the ratio.  A timing is never a pass/fail condition: the
# script fails only when a command fails or writes no PDF.

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(argv):
    start = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    stderr = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed: {stderr}")
    return wall, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, metavar="BUILD")
    ap.add_argument("--baseline", required=True, metavar="BUILD",
                    help="another build folder, e.g. a worktree of the commit before a change")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="concord-bench-")
    doc = os.path.join(tmp, "big.mou")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--seed", "1",
                    "--clauses", "2000", "--words", "60:150", "--parties", "6", "-o", doc],
                   check=True)
    builds = {"this build": args.build, "baseline": args.baseline}
    results = {name: [] for name in builds}

    for run in range(args.runs + 1):
        for name, build in builds.items():
            out = os.path.join(tmp, f"{name.replace(' ', '-')}.pdf")
            if os.path.exists(out):
                os.unlink(out)
            figures = timed([os.path.join(build, "src", "cli", "concord-cli"), "export-pdf", doc,
                             "-o", out])
            if not os.path.getsize(out):
                sys.exit(f"{name}: empty PDF")
            if run > 0:  # the first round only warms the caches
                results[name].append(figures)

    print(f"export-pdf, 2,000 clauses, {args.runs} runs (median, range; peak RSS)")
    medians = {}
    for name, figures in results.items():
        walls = [w for w, _ in figures]
        rss = max(r for _, r in figures)
        medians[name] = (statistics.median(walls), rss)
        print(f"  {name:11} {medians[name][0]:7.2f} s  ({min(walls):.2f}-{max(walls):.2f})"
              f"  {rss:7.1f} MiB")
    ratio_t = medians["this build"][0] / medians["baseline"][0]
    ratio_m = medians["this build"][1] / medians["baseline"][1]
    print(f"  this build / baseline: time {ratio_t:.3f}, memory {ratio_m:.3f}")
    if args.keep:
        print(f"kept in {tmp}")
    else:
        for name in os.listdir(tmp):
            os.unlink(os.path.join(tmp, name))
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
