#!/usr/bin/env python3
# test-pages.py: every page of every bundled template and test fixture looks
# as it did when its reference image was last refreshed on purpose.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-pages.py --cli PATH --source-root DIR [--out DIR] [--refresh]
#
# Pages are drawn at 30 dpi in grey (small enough to keep in git, large
# enough that a missing clause number or a moved line shows) and compared
# with tests/reference/pages/NAME-NN.png.  A page fails when more than
# MAX_PIXELS pixels differ by more than THRESHOLD grey levels: the renderer
# is deterministic on one platform, so the tolerance only absorbs
# antialiasing noise.  The page and a difference image go to --out.
#
# After a change that is meant to alter the pages, look at them, then run
#   build-aux/refresh-references
# and commit the new references with the change.

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import graypng  # noqa: E402

ARGS = None
DPI = "30"
THRESHOLD = 48
MAX_PIXELS = 4


def documents(root):
    """Name → path of every document whose pages are kept as references."""
    paths = (sorted(glob.glob(os.path.join(root, "templates", "*.mou")))
             + sorted(glob.glob(os.path.join(root, "tests", "data", "published", "*.mou")))
             + [os.path.join(root, "tests", "data", "tables.mou")])
    return {os.path.splitext(os.path.basename(p))[0]: p for p in paths}


def reference_dir():
    return os.path.join(ARGS.source_root, "tests", "reference", "pages")


def references(name):
    return sorted(glob.glob(os.path.join(reference_dir(), glob.escape(name) + "-[0-9][0-9].png")))


def render(path, folder, name):
    """The pages of PATH's PDF, as graypng images."""
    pdf = os.path.join(folder, name + ".pdf")
    r = subprocess.run([ARGS.cli, "export-pdf", path, "-o", pdf], capture_output=True, text=True)
    if r.returncode != 0:
        raise AssertionError(f"export-pdf {path}: exit {r.returncode}\n{r.stderr}")
    subprocess.run(["pdftoppm", "-r", DPI, "-gray", pdf, os.path.join(folder, name)], check=True)
    pages = sorted(p for p in os.listdir(folder) if re.fullmatch(re.escape(name) + r"-\d+\.pgm", p))
    images = []
    for page in pages:
        with open(os.path.join(folder, page), "rb") as f:
            images.append(graypng.read_pgm(f.read()))
    return images


def page_file(name, number):
    return f"{name}-{number:02d}.png"


def refresh():
    """Rewrites the references of pages that changed beyond the tolerance
    (and only those, so that git shows what moved), adds new pages and
    removes pages and documents that are gone."""
    os.makedirs(reference_dir(), exist_ok=True)
    kept = set()
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in documents(ARGS.source_root).items():
            folder = os.path.join(tmp, name)
            os.mkdir(folder)
            changed = 0
            for number, image in enumerate(render(path, folder, name), 1):
                target = os.path.join(reference_dir(), page_file(name, number))
                kept.add(target)
                if os.path.exists(target):
                    with open(target, "rb") as f:
                        old = graypng.read_png(f.read())
                    try:
                        if graypng.differences(image, old, THRESHOLD)[0] <= MAX_PIXELS:
                            continue
                    except ValueError:
                        pass
                with open(target, "wb") as f:
                    f.write(graypng.write_png(image))
                changed += 1
            print(f"{name}: {number} pages, {changed} rewritten")
    for old in glob.glob(os.path.join(reference_dir(), "*.png")):
        if old not in kept:
            os.unlink(old)
            print(f"removed {old}")


def difference_image(a, b):
    """Changed pixels black on a faint copy of the reference."""
    pixels = bytearray(192 + p // 4 for p in b.pixels)
    for i, (p, q) in enumerate(zip(a.pixels, b.pixels)):
        if abs(p - q) > THRESHOLD:
            pixels[i] = 0
    return graypng.Image(a.width, a.height, pixels)


class Pages(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="concord-pages-")
        self.addCleanup(self.tmp.cleanup)

    def compare(self, name, path):
        """Problems of NAME's pages against its references (empty if none)."""
        folder = os.path.join(self.tmp.name, name)
        os.makedirs(folder)
        pages = render(path, folder, name)
        wanted = references(name)
        problems = []
        if not wanted:
            return [f"{name}: no reference pages (look at the PDF, then run build-aux/refresh-references)"]
        if len(pages) != len(wanted):
            problems.append(f"{name}: {len(pages)} pages, the references have {len(wanted)}")
        for number, (page, reference_path) in enumerate(zip(pages, wanted), 1):
            with open(reference_path, "rb") as f:
                reference = graypng.read_png(f.read())
            try:
                count, box = graypng.differences(page, reference, THRESHOLD)
            except ValueError as error:
                problems.append(f"{name} page {number}: {error}")
                continue
            if count > MAX_PIXELS:
                problems.append(f"{name} page {number}: {count} pixels differ, within {box}")
                if ARGS.out:
                    os.makedirs(ARGS.out, exist_ok=True)
                    base = os.path.join(ARGS.out, page_file(name, number))
                    with open(base, "wb") as f:
                        f.write(graypng.write_png(page))
                    with open(base[:-4] + "-difference.png", "wb") as f:
                        f.write(graypng.write_png(difference_image(page, reference)))
        return problems

    def test_every_page_matches_its_reference(self):
        docs = documents(ARGS.source_root)
        self.assertGreaterEqual(len(docs), 12)
        for name, path in docs.items():
            with self.subTest(document=name):
                self.assertEqual(self.compare(name, path), [])

    def test_no_reference_without_its_document(self):
        names = set(documents(ARGS.source_root))
        for path in glob.glob(os.path.join(reference_dir(), "*.png")):
            match = re.fullmatch(r"(.+)-\d\d\.png", os.path.basename(path))
            self.assertTrue(match and match.group(1) in names, f"stray reference {path}")

    def edited(self, old, new):
        """A copy of the framework fixture with OLD replaced by NEW once."""
        path = documents(ARGS.source_root)["framework"]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(text.count(old), 1, old)
        copy = os.path.join(self.tmp.name, "edited.mou")
        with open(copy, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))
        return copy

    def test_a_small_change_is_seen(self):
        # One letter of a word, and the reference pages no longer match:
        # the tolerance is not so loose that a missing number would pass.
        problems = self.compare("framework", self.edited("libraries", "librarles"))
        self.assertTrue(problems)
        self.assertRegex(problems[0], r"^framework page \d+: \d+ pixels differ, within \(")

    def test_broken_references_are_refused(self):
        with open(references("framework")[0], "rb") as f:
            good = f.read()
        with self.assertRaises(ValueError):
            graypng.read_png(b"GIF89a" + good[6:])
        with self.assertRaises(ValueError):
            graypng.read_png(good[:len(good) // 2])
        image = graypng.read_png(good)
        self.assertEqual(graypng.read_png(graypng.write_png(image)).pixels, image.pixels)
        with self.assertRaises(ValueError):
            graypng.differences(image, graypng.Image(1, 1, b"\0"), THRESHOLD)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--out", help="where failing pages and their differences go")
    parser.add_argument("--refresh", action="store_true",
                        help="rewrite every reference from the current renderer")
    ARGS, rest = parser.parse_known_args()
    if ARGS.refresh:
        refresh()
        return 0
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    sys.exit(main())
