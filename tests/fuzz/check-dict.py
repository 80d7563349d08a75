#!/usr/bin/env python3
# check-dict.py: the fuzzing dictionary holds every element and attribute
# name of the schema, so it does not fall behind the format.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-dict.py DICT SCHEMA

import re
import sys


def main():
    dictionary = open(sys.argv[1], encoding="utf-8").read()
    schema = open(sys.argv[2], encoding="utf-8").read()
    missing = [f"<{n}" for n in set(re.findall(r'<element name="([^"]+)"', schema))
               if f'"<{n}"' not in dictionary]
    missing += [f"{n}=" for n in set(re.findall(r'<attribute name="([^"]+)"', schema))
                if f'" {n}=\\""' not in dictionary]
    for m in sorted(missing):
        print(f"not in {sys.argv[1]}: {m}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
