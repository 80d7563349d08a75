#!/usr/bin/env python3
# test-fuzz-replay.py: every fuzz target's code, built without libFuzzer,
# replayed over its seeds and every input a campaign found
# (tests/data/fuzz/TARGET), each file within a CPU-time bound.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-fuzz-replay.py --source-root DIR REPLAY-PROGRAM...
#
# A target aborts when an invariant breaks (a save that does not reload, a
# markup string Pango refuses); a hang is caught by RLIMIT_CPU. The bound
# is 10 s of CPU a file, 60 s under the sanitizers.

import argparse
import os
import resource
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seeds  # noqa: E402

SANITIZED = bool(os.environ.get("CONCORD_TEST_SANITIZED"))
LIMIT = 60 if SANITIZED else 10


def limit():
    resource.setrlimit(resource.RLIMIT_CPU, (LIMIT, LIMIT))


def replay(program, path):
    r = subprocess.run([program, path], capture_output=True, text=True, preexec_fn=limit,
                       stdin=subprocess.DEVNULL)
    if r.returncode == -24 or r.returncode == -9:
        return f"over {LIMIT} s of CPU"
    if r.returncode != 0:
        return f"exit {r.returncode}\n{r.stderr[-4000:]}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source-root", required=True)
    ap.add_argument("programs", nargs="+")
    args = ap.parse_args()

    failures = 0
    for program in args.programs:
        target = os.path.basename(program).replace("replay-", "", 1)
        with tempfile.TemporaryDirectory(prefix="concord-fuzz-") as tmp:
            paths = seeds.write_seeds(args.source_root, target, tmp, quick=True)
            for path in paths:
                error = replay(program, path)
                if error is not None:
                    failures += 1
                    print(f"FAIL {target} {os.path.basename(path)}: {error}")
            print(f"{target}: {len(paths)} inputs replayed")
    if failures:
        print(f"{failures} inputs failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
