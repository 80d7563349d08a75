#!/usr/bin/env python3
# check-hardening.py: the built programs are hardened: they call glibc's
# checked functions (__*_chk, from -D_FORTIFY_SOURCE=2) and the stack
# protector's __stack_chk_fail (-fstack-protector-strong).
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-hardening.py [--fortified PROGRAM]... PROGRAM...
#
# Every PROGRAM must have the stack protector; each --fortified one must
# call at least one checked function. meson.build leaves _FORTIFY_SOURCE
# out of -O0 and sanitized builds, and then names none --fortified.

import re
import subprocess
import sys


def imported(program):
    out = subprocess.run(["readelf", "--dyn-syms", "--wide", program], capture_output=True,
                         text=True, check=True).stdout
    return {m.group(1) for m in re.finditer(r"\sUND\s+([^\s@]+)", out)}


def main():
    args = sys.argv[1:]
    fortified = {args[i + 1] for i, a in enumerate(args) if a == "--fortified"}
    programs = [a for i, a in enumerate(args)
                if a != "--fortified" and (i == 0 or args[i - 1] != "--fortified")]
    failed = False
    for program in sorted(set(programs) | fortified):
        symbols = imported(program)
        checked = sorted(s for s in symbols if re.fullmatch(r"__\w+_chk", s))
        print(f"{program}: checked functions {checked}, "
              f"stack protector {'__stack_chk_fail' in symbols}")
        if "__stack_chk_fail" not in symbols:
            print(f"FAIL {program}: no __stack_chk_fail: built without the stack protector")
            failed = True
        if program in fortified and not checked:
            print(f"FAIL {program}: no __*_chk function: built without _FORTIFY_SOURCE")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
