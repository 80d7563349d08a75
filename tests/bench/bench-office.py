#!/usr/bin/env python3
# bench-office.py: `concord-cli export-docx` and `export-odt` of the shared
# 2,000-clause document against LibreOffice converting the same content
# from ODT to DOCX, in one run, paired (ours, peer, ours, peer ...).
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: bench-office.py --build _build [--runs 3] [--keep]
#
# The office issue asks for each export within 0.5x the time LibreOffice
# takes for ODT -> DOCX, and reading the exported DOCX back (import
# --against, and import as a new memorandum, DOCX and ODT) within 1x.
# Prints medians, peak RSS and the ratios; a timing is never a pass/fail
# condition: the script fails only when a command fails or writes no
# file.

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(argv, output):
    if os.path.exists(output):
        os.unlink(output)
    start = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    stderr = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0 or not os.path.exists(output):
        sys.exit(f"{' '.join(argv)} failed: {stderr}")
    return wall, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("needs LibreOffice: apt-get install libreoffice-writer-nogui")

    tmp = tempfile.mkdtemp(prefix="concord-bench-office-")
    doc = os.path.join(tmp, "big.mou")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--seed", "1", "--clauses", "2000",
                    "--words", "60:150", "--parties", "6", "-o", doc], check=True)
    cli = os.path.join(args.build, "src", "cli", "concord-cli")
    source_odt = os.path.join(tmp, "source.odt")
    subprocess.run([cli, "export-odt", doc, "-o", source_odt], check=True)
    subprocess.run([cli, "export-docx", doc, "-o", os.path.join(tmp, "sent.docx")], check=True)
    profile = os.path.join(tmp, "profile")
    peer_dir = os.path.join(tmp, "peer")
    commands = {
        "concord export-docx": ([cli, "export-docx", doc, "-o", os.path.join(tmp, "big.docx")],
                                os.path.join(tmp, "big.docx")),
        "concord export-odt": ([cli, "export-odt", doc, "-o", os.path.join(tmp, "big.odt")],
                               os.path.join(tmp, "big.odt")),
        "concord import DOCX": ([cli, "import", os.path.join(tmp, "sent.docx"), "--against", doc, "-o",
                                 os.path.join(tmp, "theirs.mou")], os.path.join(tmp, "theirs.mou")),
        # The same file read as a new memorandum, no base to go by.
        "concord import DOCX new": ([cli, "import", os.path.join(tmp, "sent.docx"), "-o",
                                     os.path.join(tmp, "new.mou")], os.path.join(tmp, "new.mou")),
        "concord import ODT new": ([cli, "import", source_odt, "-o", os.path.join(tmp, "new-odt.mou")],
                                   os.path.join(tmp, "new-odt.mou")),
        "LibreOffice ODT -> DOCX": ([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                                     "--convert-to", "docx", "--outdir", peer_dir, source_odt],
                                    os.path.join(peer_dir, "source.docx")),
    }
    results = {name: [] for name in commands}
    for run in range(args.runs + 1):
        for name, (argv, output) in commands.items():
            figures = timed(argv, output)
            if run > 0:
                results[name].append(figures)

    print(f"2,000-clause document, {args.runs} runs, medians:")
    medians = {}
    for name, figures in results.items():
        wall = statistics.median(f[0] for f in figures)
        rss = max(f[1] for f in figures)
        medians[name] = wall
        print(f"  {name:26} {wall:7.3f} s   peak RSS {rss:7.1f} MiB")
    peer = medians["LibreOffice ODT -> DOCX"]
    for name in ("concord export-docx", "concord export-odt"):
        print(f"  {name} / LibreOffice: {medians[name] / peer:.3f} (goal 0.5)")
    for name in ("concord import DOCX", "concord import DOCX new", "concord import ODT new"):
        print(f"  {name} / LibreOffice: {medians[name] / peer:.3f} (goal 1.0)")
    if args.keep:
        print(f"kept {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
