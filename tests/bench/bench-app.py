#!/usr/bin/env python3
# bench-app.py: how fast the application shows a window.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: xvfb-run -a -s '-screen 0 1400x900x24' dbus-run-session -- \
#            tests/bench/bench-app.py --build _build [--runs 7]
#
# Starts a program, then polls `xdotool search --onlyvisible --name` every
# 5 ms until its window is visible, and reports the median time from launch.
# Measured: concord on the sample memorandum; gnome-text-editor --standalone
# on a text file, the peer the editor issue names; concord on the shared
# 2,000-clause benchmark document, with the peak RSS of that process
# (VmHWM) once its window shows. Not a test: it prints numbers.

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def visible(name):
    return subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                          capture_output=True).returncode == 0


def time_to_window(argv, name, env, timeout=30.0):
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - start < timeout:
            if visible(name):
                elapsed = time.monotonic() - start
                peak = None
                try:
                    with open(f"/proc/{proc.pid}/status") as status:
                        for line in status:
                            if line.startswith("VmHWM:"):
                                peak = int(line.split()[1]) / 1024
                except OSError:
                    pass
                return elapsed, peak
            time.sleep(0.005)
        return None, None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def measure(label, argv, name, env, runs):
    time_to_window(argv, name, env)  # warm caches
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak = time_to_window(argv, name, env)
        if elapsed is None:
            print(f"{label}: no window within the timeout")
            return None
        times.append(elapsed)
        if peak is not None:
            peaks.append(peak)
    median = statistics.median(times)
    rss = f"{max(peaks):.0f} MiB" if peaks else "-"
    print(f"{label:44} {median * 1000:8.0f} ms  (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})  "
          f"peak RSS {rss}")
    return median


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    if shutil.which("xdotool") is None or not os.environ.get("DISPLAY"):
        print("bench-app: needs xdotool and a display (run it under xvfb-run)", file=sys.stderr)
        return 1

    concord = os.path.join(args.build, "src", "app", "concord")
    cli = os.path.join(args.build, "src", "cli", "concord-cli")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(args.build, "data"),
                   GSETTINGS_BACKEND="memory", XDG_STATE_HOME=tmp, XDG_CONFIG_HOME=tmp)
        sample = os.path.join(tmp, "sample.mou")
        big = os.path.join(tmp, "big.mou")
        text = os.path.join(tmp, "notes.txt")
        subprocess.run([cli, "new", "--template", "sector-led-improvement", "-o", sample], check=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--seed", "1", "--clauses", "2000",
                        "--words", "60:150", "--parties", "6", "-o", big], check=True)
        with open(text, "w") as f:
            f.write("Notes for the memorandum.\n" * 200)

        ours = measure("concord, sample memorandum", [concord, sample], "sample.mou", env, args.runs)
        peer = None
        if shutil.which("gnome-text-editor"):
            peer = measure("gnome-text-editor --standalone, text file",
                           ["gnome-text-editor", "--standalone", text], "notes", env, args.runs)
        else:
            print("gnome-text-editor: MISSING (apt-get install gnome-text-editor)")
        measure("concord, 2,000-clause benchmark document", [concord, big], "big.mou", env, max(3, args.runs // 2))
        if ours and peer:
            print(f"concord / gnome-text-editor: {ours / peer:.2f} x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
