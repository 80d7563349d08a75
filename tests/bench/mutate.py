#!/usr/bin/python3
# mutate.py: a seeded revision of a generated memorandum, for diff benchmarks
# and tests.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads a .mou (normally from generate.py), changes a fraction of its
# clauses and writes the result: the same input, seed and fraction always
# give the same output.  The changes cycle through the kinds a reviewer
# meets: words replaced, inserted and deleted in the text, a status
# changed, a heading reworded, a clause moved to another section, a clause
# removed and a clause added.  The output is valid but not in canonical
# form (concord-cli fmt makes it so).
#
# Usage:
#   mutate.py --seed N [--fraction F] IN.mou -o OUT.mou
#
# The diff benchmark's pair:
#   generate.py --seed 1 --clauses 2000 --words 60:150 --parties 6 -o a.mou
#   mutate.py --seed 1 --fraction 0.1 a.mou -o b.mou

import argparse
import random
import sys
import xml.etree.ElementTree as ET

NS = "urn:concord:mou:1"
Q = "{%s}" % NS
WORDS = ["review", "joint", "statutory", "annual", "local", "independent",
         "assurance", "timely", "proportionate", "written"]
STATUSES = ["proposed", "agreed", "disputed"]


def edit_words(clause, rng):
    p = clause.find(Q + "p")
    if p is None or not (p.text or "").split():
        return False
    words = p.text.split(" ")
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(3)
        at = rng.randrange(len(words))
        if op == 0:
            words[at] = rng.choice(WORDS)
        elif op == 1:
            words.insert(at, rng.choice(WORDS))
        elif len(words) > 2:
            del words[at]
    p.text = " ".join(words)
    return True


def change_status(clause, rng):
    old = clause.get("status", "proposed")
    clause.set("status", rng.choice([s for s in STATUSES if s != old]))
    return True


def reword_heading(clause, rng):
    heading = clause.find(Q + "heading")
    if heading is None or not heading.text:
        return False
    heading.text = heading.text + " and " + rng.choice(WORDS) + " arrangements"
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--fraction", type=float, default=0.1)
    ap.add_argument("input")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    ET.register_namespace("", NS)
    tree = ET.parse(args.input)
    root = tree.getroot()
    sections = root.findall(Q + "section")
    placed = [(s, c) for s in sections for c in s.findall(Q + "clause")]
    count = int(round(len(placed) * args.fraction))
    chosen = rng.sample(range(len(placed)), count)

    for n, index in enumerate(chosen):
        section, clause = placed[index]
        kind = n % 8
        if kind in (0, 1, 2):
            if not edit_words(clause, rng):
                change_status(clause, rng)
        elif kind == 3:
            change_status(clause, rng)
        elif kind == 4:
            if not reword_heading(clause, rng):
                edit_words(clause, rng)
        elif kind == 5 and len(sections) > 1:
            target = rng.choice([s for s in sections if s is not section])
            section.remove(clause)
            clauses = target.findall(Q + "clause")
            at = list(target).index(clauses[0]) if clauses else len(target)
            target.insert(at + rng.randrange(len(clauses) + 1), clause)
        elif kind == 6:
            # Removing a clause that others refer to would only leave a
            # lint finding, so any clause may go.
            section.remove(clause)
        else:
            added = ET.SubElement(section, Q + "clause",
                                  {"id": "added-%d" % n, "kind": "general",
                                   "status": "proposed"})
            p = ET.SubElement(added, Q + "p")
            p.text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30))) + "."

    out = sys.stdout.buffer if args.output == "-" else open(args.output, "wb")
    tree.write(out, encoding="UTF-8", xml_declaration=True)
    out.write(b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
