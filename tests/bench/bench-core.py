#!/usr/bin/python3
# bench-core.py: time concord-cli on the 2,000-clause benchmark memorandum.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A benchmark, not a test: it prints numbers and fails only when a command
# cannot be run or exits with an unexpected status.
#
# Usage:
#   tests/bench/bench-core.py --build _build [--runs 7] [--keep]
#
# It writes the benchmark document with generate.py (seed 1, 2,000 clauses,
# 60-150 words each, 6 parties) into a temporary folder, then runs each
# command once to warm the page cache and check it works, then --runs more
# times, and reports the median wall time and the peak resident set size of
# the child process (from os.wait4).  xmllint's RELAX NG validation of the
# same file is the peer that `concord-cli validate` is compared with.
# If BUILD/tests/bench/bench-load exists, its in-process figures are printed
# as well.

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
GENERATE = os.path.join(ROOT, "tests", "bench", "generate.py")
SCHEMA = os.path.join(ROOT, "data", "concord.rng")
GENERATE_ARGS = ["--seed", "1", "--clauses", "2000", "--words", "60:150",
                 "--parties", "6"]


class Command:
    def __init__(self, label, argv, ok=(0,), prepare=None):
        self.label = label
        self.argv = argv
        self.ok = ok            # exit statuses that are not failures
        self.prepare = prepare  # called before every run, untimed
        self.times = []
        self.rss_kib = []
        self.error = None


def run_once(cmd, stderr_path):
    """Run cmd once; return (seconds, peak RSS in KiB, exit status)."""
    if cmd.prepare:
        cmd.prepare()
    with open(stderr_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd.argv, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code  # reaped here, so Popen must not wait again
    return elapsed, usage.ru_maxrss, code


def describe_failure(cmd, code, stderr_path):
    with open(stderr_path, "rb") as f:
        tail = f.read()[-2000:].decode("utf-8", "replace").strip()
    what = ("killed by signal %d" % -code if code < 0
            else "exit status %d" % code)
    msg = "%s: %s" % (" ".join(cmd.argv), what)
    if tail:
        msg += "\n    " + "\n    ".join(tail.splitlines()[-10:])
    return msg


def measure(cmd, runs, stderr_path):
    for i in range(runs + 1):
        elapsed, rss, code = run_once(cmd, stderr_path)
        if code not in cmd.ok:
            cmd.error = describe_failure(cmd, code, stderr_path)
            return
        if i > 0:  # the first run only warms the cache
            cmd.times.append(elapsed)
            cmd.rss_kib.append(rss)


def find_program(path, name):
    if os.path.isfile(path) and os.access(path, os.X_OK):
        return path
    print("MISSING: %s not found at %s (build it first: meson compile -C BUILD)"
          % (name, path))
    return None


def generate(workdir):
    big = os.path.join(workdir, "big.mou")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, GENERATE] + GENERATE_ARGS + ["-o", big],
                   check=True)
    elapsed = time.perf_counter() - t0
    size = os.path.getsize(big)
    print("document: %s  %.2f MiB  (generate.py %s: %.2f s)"
          % (big, size / 1048576, " ".join(GENERATE_ARGS), elapsed))
    return big


def print_table(commands, runs):
    print()
    print("%-30s %10s %10s %10s %12s" % ("command", "median s", "min s",
                                         "max s", "peak RSS MiB"))
    print("-" * 76)
    for c in commands:
        if c.error:
            print("%-30s %s" % (c.label, "FAILED"))
        elif not c.times:
            print("%-30s %s" % (c.label, "not run (program missing)"))
        else:
            print("%-30s %10.3f %10.3f %10.3f %12.1f"
                  % (c.label, statistics.median(c.times), min(c.times),
                     max(c.times), max(c.rss_kib) / 1024))
    print("(median of %d runs after one warm-up run; RSS is the largest "
          "of those runs)" % runs)


def print_ratio(validate, peer):
    if validate.times and peer.times:
        v = statistics.median(validate.times)
        x = statistics.median(peer.times)
        print("\nvalidate / xmllint: %.2f x the time, %.2f x the memory"
              % (v / x, max(validate.rss_kib) / max(peer.rss_kib)))
    else:
        print("\nvalidate / xmllint: not available")


def run_bench_load(build, big):
    prog = os.path.join(build, "tests", "bench", "bench-load")
    if not os.path.isfile(prog):
        print("\nbench-load: not built (%s); skipped" % prog)
        return True
    print("\n%s %s" % (prog, big))
    res = subprocess.run([prog, big], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    sys.stdout.write(res.stdout.decode("utf-8", "replace"))
    if res.returncode != 0:
        print("bench-load: exit status %d" % res.returncode)
        return False
    return True


def check_fmt_unchanged(big, fmt_copy):
    """The generator writes canonical form, so fmt must not change it."""
    if not os.path.exists(fmt_copy):
        return
    with open(big, "rb") as a, open(fmt_copy, "rb") as b:
        if a.read() != b.read():
            print("\nNOTE: concord-cli fmt changed the generated document: "
                  "generate.py and the canonical writer disagree "
                  "(compare %s with %s)" % (big, fmt_copy))


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Benchmark concord-cli on the 2,000-clause memorandum.")
    ap.add_argument("--build", required=True, metavar="BUILD",
                    help="the meson build folder, e.g. _build")
    ap.add_argument("--runs", type=int, default=7,
                    help="timed runs per command (default 7)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary folder with the document")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    print("machine: %s, %d CPUs, Python %s" % (
        platform.platform(), os.cpu_count() or 0, platform.python_version()))
    cli = find_program(os.path.join(args.build, "src", "cli", "concord-cli"),
                       "concord-cli")
    xmllint = shutil.which("xmllint")
    if not xmllint:
        print("MISSING: xmllint not found on PATH (Debian: libxml2-utils)")

    workdir = tempfile.mkdtemp(prefix="concord-bench-")
    try:
        big = generate(workdir)
        fmt_copy = os.path.join(workdir, "fmt.mou")
        stderr_path = os.path.join(workdir, "stderr.txt")
        commands = []

        def add(label, tail, program, **kw):
            c = Command(label, [program or label.split()[0]] + tail, **kw)
            c.present = program is not None
            commands.append(c)
            return c

        validate = add("concord-cli validate", ["validate", big], cli)
        add("concord-cli fmt", ["fmt", fmt_copy], cli,
            prepare=lambda: shutil.copyfile(big, fmt_copy))
        add("concord-cli lint", ["lint", big], cli, ok=(0, 1))
        add("concord-cli text", ["text", big], cli)
        add("concord-cli fingerprint", ["fingerprint", big], cli)
        peer = add("xmllint --relaxng",
                   ["--noout", "--relaxng", SCHEMA, big], xmllint)

        failed = not cli or not xmllint
        for c in commands:
            if not c.present:
                continue
            print("running: %s" % " ".join(c.argv), flush=True)
            measure(c, args.runs, stderr_path)
            if c.error:
                print("FAILED: " + c.error)
                failed = True

        print_table(commands, args.runs)
        print_ratio(validate, peer)
        check_fmt_unchanged(big, fmt_copy)
        if not run_bench_load(args.build, big):
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
