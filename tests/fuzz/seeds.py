#!/usr/bin/env python3
# seeds.py: writes a fuzz target's seed corpus into a folder.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: seeds.py [--quick] SOURCE_ROOT TARGET OUT_DIR
#
# The seeds are the bundled templates, every .mou under tests/data (the
# hostile files, the published-shaped fixtures), small documents from the
# seeded generator with a revision of each from mutate.py, and every input
# a campaign has found for this target (tests/data/fuzz/TARGET). The
# two-document targets (fuzz-diff, fuzz-markup) take pairs joined by a NUL
# byte: a document and its revision, and pairs of templates. --quick keeps
# only consecutive pairs, for the normal suite.

import argparse
import glob
import os
import subprocess
import sys
import tempfile

PAIR_TARGETS = {"fuzz-diff", "fuzz-markup"}


def read(path):
    with open(path, "rb") as f:
        return f.read()


def generated(root, tmp):
    bench = os.path.join(root, "tests", "bench")
    out = []
    for seed, unicode in ((1, False), (2, True), (3, False)):
        a = os.path.join(tmp, f"gen-{seed}.mou")
        b = os.path.join(tmp, f"gen-{seed}-revised.mou")
        cmd = [sys.executable, os.path.join(bench, "generate.py"), "--seed", str(seed),
               "--clauses", "6", "--words", "4:20", "--parties", "3", "-o", a]
        subprocess.run(cmd + (["--unicode"] if unicode else []), check=True)
        subprocess.run([sys.executable, os.path.join(bench, "mutate.py"), "--seed", str(seed),
                        "--fraction", "0.5", a, "-o", b], check=True)
        out.append((read(a), read(b)))
    return out


def write_seeds(root, target, out_dir, quick=False):
    os.makedirs(out_dir, exist_ok=True)
    files = sorted(glob.glob(os.path.join(root, "templates", "*.mou")))
    files += sorted(glob.glob(os.path.join(root, "tests", "data", "**", "*.mou"), recursive=True))
    if target == "fuzz-import":
        # Markdown shaped like published memoranda; the .mou files are
        # text too, and what a user may open by mistake.
        files = sorted(glob.glob(os.path.join(root, "tests", "data", "import", "*.md"))) + files
    found = sorted(glob.glob(os.path.join(root, "tests", "data", "fuzz", target, "*")))
    seeds = {}
    for path in files + found:
        seeds[os.path.relpath(path, root).replace("/", "_")] = read(path)
    with tempfile.TemporaryDirectory() as tmp:
        pairs = generated(root, tmp)
    for i, (a, b) in enumerate(pairs):
        if target in PAIR_TARGETS:
            seeds[f"generated-{i}-pair"] = a + b"\0" + b
            seeds[f"generated-{i}-pair-reversed"] = b + b"\0" + a
        else:
            seeds[f"generated-{i}"] = a
            seeds[f"generated-{i}-revised"] = b
    if target in PAIR_TARGETS:
        docs = [read(p) for p in sorted(glob.glob(os.path.join(root, "templates", "*.mou")))]
        docs += [read(p) for p in sorted(glob.glob(os.path.join(root, "tests", "data", "published",
                                                                  "*.mou")))]
        for i, a in enumerate(docs):
            for j, b in enumerate(docs):
                if i != j and (not quick or j == (i + 1) % len(docs)):
                    seeds[f"pair-{i}-{j}"] = a + b"\0" + b
    for name, data in seeds.items():
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
    return sorted(os.path.join(out_dir, n) for n in seeds)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("source_root")
    ap.add_argument("target")
    ap.add_argument("out_dir")
    args = ap.parse_args()
    n = len(write_seeds(args.source_root, args.target, args.out_dir, args.quick))
    print(f"{n} seeds for {args.target} in {args.out_dir}")


if __name__ == "__main__":
    main()
