#!/usr/bin/env python3
# test-startup.py: concord-cli pays at start-up only for what a command
# uses (the performance issue, "Start-up").
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The executable links the model alone (GLib, GIO, libxml2); the drawing
# half of the core and the calendar are modules that the commands which
# need them open, and librsvg is opened at the first SVG logo. Where GLib's
# static archives are installed, concord-cli is linked with GLib
# statically and the commands that open a module run in concord-cli-full,
# beside the modules (src/cli/meson.build). These tests check what the
# dynamic linker loads for each kind of command, that both executables
# give the same results, that SVG logos are still checked, and that a
# missing module or executable is a clear error rather than a crash.

import argparse
import base64
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = None
BUILD = None
# concord-cli-full, when concord-cli is the statically linked executable.
FULL = None

# GLib's shared libraries, and those GIO's needs.
GLIB = ("libglib-2.0", "libgobject-2.0", "libgio-2.0", "libgmodule-2.0", "libmount", "libblkid",
        "libselinux")

# Libraries that only drawing, office files, import or calendars need.
HEAVY = ("libpango", "libcairo", "libharfbuzz", "libfontconfig", "libfreetype", "librsvg",
         "libzip", "libical", "libcmark", "libhyphen")

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>'


def memorandum(logo=None):
    logo_element = f"      <logo>{logo}</logo>\n" if logo else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<memorandum xmlns="urn:concord:mou:1" format-version="1" id="m" status="draft"'
            ' language="en-GB">\n  <title>Start-up</title>\n  <revision>1</revision>\n'
            '  <parties>\n    <party id="p1" kind="signatory">\n      <name>Alpha Council</name>\n'
            + logo_element +
            '    </party>\n  </parties>\n'
            '  <section id="s" kind="roles">\n    <heading>Roles</heading>\n'
            '    <clause id="c1" kind="role" status="agreed" owner="p1">\n'
            '      <p>Alpha Council leads the work.</p>\n    </clause>\n'
            '  </section>\n</memorandum>\n')


# A 1x1 PNG.
PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==")


def needed_libraries(program):
    out = subprocess.run(["readelf", "-d", program], capture_output=True, text=True,
                         check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def loaded_libraries(result):
    """The shared objects the dynamic linker opened, from LD_DEBUG=files."""
    return set(re.findall(r"file=(\S+?\.so[.\d]*)\s", result.stderr))


class Startup(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="concord-startup-")
        self.tmp = self._tmp.name
        self.plain = self.write("plain.mou", memorandum())

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def run_cli(self, *args, cli=None, debug=False):
        env = dict(os.environ)
        if debug:
            env["LD_DEBUG"] = "files"
        return subprocess.run([cli or CLI, *args], capture_output=True, text=True, env=env,
                              timeout=120)

    def test_executable_links_no_drawing_library(self):
        for program in (CLI, FULL) if FULL else (CLI,):
            with self.subTest(program=os.path.basename(program)):
                needed = needed_libraries(program)
                self.assertTrue(any(n.startswith("libxml2") for n in needed), needed)
                # The statically linked one has GLib inside.
                self.assertEqual(any(n.startswith("libgio-2.0") for n in needed),
                                 program != CLI or FULL is None, needed)
                for name in needed:
                    self.assertFalse(name.startswith(HEAVY), f"{program} links {name}")

    def test_reading_commands_load_no_drawing_library(self):
        for command in ("validate", "text", "lint", "fingerprint", "fmt"):
            with self.subTest(command=command):
                args = [command, "--check", self.plain] if command == "fmt" else [command, self.plain]
                result = self.run_cli(*args, debug=True)
                self.assertIn(result.returncode, (0, 1), result.stderr[-2000:])
                libraries = loaded_libraries(result)
                self.assertTrue(any("libxml2" in lib for lib in libraries), sorted(libraries))
                heavy = [lib for lib in libraries if os.path.basename(lib).startswith(HEAVY)]
                self.assertEqual(heavy, [], f"{command} loaded {heavy}")
                if FULL:
                    shared = [lib for lib in libraries if os.path.basename(lib).startswith(GLIB)]
                    self.assertEqual(shared, [], f"{command} loaded {shared}")

    def test_static_executable_has_glib_inside_and_exports_none_of_it(self):
        self.require_full()
        needed = needed_libraries(CLI)
        self.assertEqual([n for n in needed if n.startswith(GLIB)], [], needed)
        out = subprocess.run(["readelf", "--dyn-syms", "--wide", CLI], capture_output=True,
                             text=True, check=True).stdout
        exported = re.findall(r"\s(?:FUNC|OBJECT)\s+GLOBAL\s+DEFAULT\s+\d+\s+(g_\w+)", out)
        self.assertEqual(exported, [])
        # The full one is what the modules bind to: it exports the model.
        out = subprocess.run(["readelf", "--dyn-syms", "--wide", FULL], capture_output=True,
                             text=True, check=True).stdout
        self.assertIn("concord_memorandum_load_from_file", out)

    def test_the_static_executable_hands_over_only_what_needs_a_module(self):
        self.require_full()
        other = self.write("other.mou", memorandum().replace("leads the work", "leads the review"))
        pdf = os.path.join(self.tmp, "diff.pdf")
        for args, hands_over in ((["diff", self.plain, other], False),
                                 (["diff", "--pdf", pdf, self.plain, other], True),
                                 (["diff", f"--pdf={pdf}", "--force", self.plain, other], True),
                                 (["merge", self.plain, self.plain, other], False),
                                 (["fingerprint", self.plain], False),
                                 (["export-pdf", self.plain, "-o", pdf, "--force"], True),
                                 (["ics", self.plain], True)):
            with self.subTest(args=args):
                result = self.run_cli(*args, debug=True)
                self.assertIn(result.returncode, (0, 1), result.stderr[-2000:])
                libraries = loaded_libraries(result)
                shared = [lib for lib in libraries if os.path.basename(lib).startswith(GLIB)]
                self.assertEqual(bool(shared), hands_over, sorted(libraries))

    def test_the_static_executable_reads_svg_logos_in_another_process(self):
        self.require_full()
        good = self.write("good.mou", memorandum(base64.b64encode(SVG.encode()).decode()))
        env = dict(os.environ, LD_DEBUG="files")
        process = subprocess.Popen([CLI, "validate", good], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=env)
        out, err = process.communicate(timeout=120)
        self.assertEqual(process.returncode, 0, err[-2000:])
        by_process = {}
        for pid, path in re.findall(r"^\s*(\d+):\s+file=(\S+?\.so[.\d]*)\s", err, re.M):
            by_process.setdefault(int(pid), set()).add(os.path.basename(path))
        ours = by_process.get(process.pid, set())
        self.assertTrue(any(lib.startswith("libxml2") for lib in ours), ours)
        self.assertEqual([lib for lib in ours if lib.startswith(GLIB + ("librsvg",))], [], ours)
        others = set().union(*(libs for pid, libs in by_process.items() if pid != process.pid))
        self.assertTrue(any(lib.startswith("librsvg") for lib in others), by_process)

    def test_export_opens_the_drawing_module_and_writes_a_pdf(self):
        pdf = os.path.join(self.tmp, "out.pdf")
        result = self.run_cli("export-pdf", self.plain, "-o", pdf, debug=True)
        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        libraries = loaded_libraries(result)
        self.assertTrue(any(os.path.basename(lib) == "concord-draw.so" for lib in libraries),
                        sorted(libraries))
        self.assertTrue(any(os.path.basename(lib).startswith("libpango") for lib in libraries))
        # No logo, so librsvg is not needed, and no calendar either; nor
        # what only office files need (libzip brings libcrypto).
        self.assertFalse(any(os.path.basename(lib).startswith(("librsvg", "libical", "libzip",
                                                                "libcrypto", "libcmark",
                                                                "concord-office"))
                             for lib in libraries), sorted(libraries))
        with open(pdf, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True)
        self.assertIn("Alpha Council leads the work.", text.stdout)

    def test_office_export_opens_the_office_module_and_not_pango(self):
        docx = os.path.join(self.tmp, "out.docx")
        result = self.run_cli("export-docx", self.plain, "-o", docx, debug=True)
        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        libraries = [os.path.basename(lib) for lib in loaded_libraries(result)]
        self.assertIn("concord-office.so", libraries)
        self.assertTrue(any(lib.startswith("libzip") for lib in libraries), sorted(libraries))
        self.assertFalse(any(lib.startswith(("libpango", "libcairo", "concord-draw")) for lib in libraries),
                         sorted(libraries))
        with open(docx, "rb") as f:
            self.assertEqual(f.read(2), b"PK")

    def test_svg_logo_is_checked_through_librsvg_opened_at_run_time(self):
        good = self.write("good.mou", memorandum(base64.b64encode(SVG.encode()).decode()))
        result = self.run_cli("validate", good, debug=True)
        self.assertEqual(result.returncode, 0, result.stderr[-2000:])
        self.assertTrue(any(os.path.basename(lib).startswith("librsvg")
                            for lib in loaded_libraries(result)))

        broken = self.write("broken.mou", memorandum(base64.b64encode(SVG[:50].encode()).decode()))
        result = self.run_cli("validate", broken)
        self.assertEqual(result.returncode, 65, result.stderr)
        self.assertIn("the SVG logo cannot be read", result.stderr)

        pdf = os.path.join(self.tmp, "logo.pdf")
        result = self.run_cli("export-pdf", good, "-o", pdf)
        self.assertEqual(result.returncode, 0, result.stderr)
        check = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        # The logo is drawn (as paths): the file is not the one without it.
        plain_pdf = os.path.join(self.tmp, "plain.pdf")
        self.assertEqual(self.run_cli("export-pdf", self.plain, "-o", plain_pdf).returncode, 0)
        self.assertGreater(os.path.getsize(pdf), os.path.getsize(plain_pdf))

    def require_full(self):
        if not FULL:
            self.skipTest("concord-cli is linked with GLib's shared libraries: there is no concord-cli-full")

    def assert_alone_validates_but_cannot_export(self, alone, *words):
        """@alone validates; export-pdf fails with 74, naming @words, and writes nothing."""
        result = self.run_cli("validate", self.plain, cli=alone)
        self.assertEqual(result.returncode, 0, result.stderr)
        pdf = os.path.join(self.tmp, "none.pdf")
        result = self.run_cli("export-pdf", self.plain, "-o", pdf, cli=alone)
        self.assertEqual(result.returncode, 74, result.stderr)
        for word in words:
            self.assertIn(word, result.stderr)
        self.assertFalse(os.path.exists(pdf))

    def installed_pkglibdir(self):
        with open(os.path.join(BUILD, "config.h")) as f:
            pkglibdir = re.search(r'#define PKGLIBDIR "(.*)"', f.read()).group(1)
        for name in ("concord-draw.so", "concord-office.so", "concord-cli-full"):
            if os.path.exists(os.path.join(pkglibdir, name)):
                self.skipTest(f"Concord is installed in {pkglibdir}: the copy would find {name}")

    def copy_programs(self, *programs):
        folder = os.path.join(self.tmp, "bin")
        os.makedirs(folder)
        for program in programs:
            shutil.copy(program, folder)
        return os.path.join(folder, os.path.basename(programs[0]))

    def test_a_missing_module_is_an_error_not_a_crash(self):
        self.installed_pkglibdir()
        alone = self.copy_programs(CLI, *([FULL] if FULL else []))
        self.assert_alone_validates_but_cannot_export(alone, "cannot load", "concord-draw.so")

        docx = os.path.join(self.tmp, "none.docx")
        result = self.run_cli("export-docx", self.plain, "-o", docx, cli=alone)
        self.assertEqual(result.returncode, 74, result.stderr)
        self.assertIn("concord-office.so", result.stderr)
        self.assertFalse(os.path.exists(docx))

        result = self.run_cli("ics", self.plain, cli=alone)
        self.assertEqual(result.returncode, 74, result.stderr)
        self.assertIn("concord-calendar.so", result.stderr)

    def test_a_missing_full_executable_is_an_error_not_a_crash(self):
        self.require_full()
        self.installed_pkglibdir()
        alone = self.copy_programs(CLI)
        self.assert_alone_validates_but_cannot_export(alone, "cannot run", "concord-cli-full")

        # An SVG logo cannot be read, and says why; a PNG one needs nothing.
        svg = self.write("svg.mou", memorandum(base64.b64encode(SVG.encode()).decode()))
        result = self.run_cli("validate", svg, cli=alone)
        self.assertEqual(result.returncode, 65, result.stderr)
        self.assertIn("the SVG logo cannot be read", result.stderr)
        self.assertIn("concord-cli-full", result.stderr)
        png = self.write("png.mou", memorandum(PNG))
        result = self.run_cli("validate", png, cli=alone)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_both_executables_give_the_same_results(self):
        self.require_full()
        broken = self.write("broken.mou", memorandum()[:300])
        invalid = self.write("invalid.mou", memorandum().replace('status="draft"', 'status="final"'))
        svg = self.write("svg.mou", memorandum(base64.b64encode(SVG.encode()).decode()))
        bad_svg = self.write("bad-svg.mou", memorandum(base64.b64encode(SVG[:50].encode()).decode()))
        other = self.write("other.mou", memorandum().replace("leads the work", "leads the review"))
        cases = [
            ["validate", self.plain, broken, invalid, svg, bad_svg, os.path.join(self.tmp, "none.mou")],
            ["text", self.plain], ["text", broken], ["lint", self.plain], ["lint", "--codes"],
            ["fmt", "--check", self.plain, svg], ["fingerprint", self.plain], ["diff", self.plain, other],
            ["ics", self.plain], ["templates"], ["library", "list", "--dir", self.tmp],
            ["--help"], ["--version"], ["bogus"], ["export-pdf"], ["text", "--bogus"],
        ]
        # The model's commands run in each; the others go through the
        # static one's hand-over (its exec, arguments and exit status).
        for args in cases:
            with self.subTest(args=args):
                ours, full = self.run_cli(*args), self.run_cli(*args, cli=FULL)
                self.assertEqual((ours.returncode, ours.stdout, ours.stderr),
                                 (full.returncode, full.stdout, full.stderr))
        # The PDF is written by concord-cli-full either way.
        pdfs = []
        for program in (CLI, FULL):
            pdfs.append(os.path.join(self.tmp, os.path.basename(program) + ".pdf"))
            result = self.run_cli("export-pdf", svg, "-o", pdfs[-1], cli=program)
            self.assertEqual(result.returncode, 0, result.stderr)
        with open(pdfs[0], "rb") as a, open(pdfs[1], "rb") as b:
            self.assertEqual(a.read(), b.read())


def main():
    global CLI, BUILD, FULL
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--build-root", required=True)
    parser.add_argument("--full", help="concord-cli-full, when concord-cli is linked with GLib statically")
    args, rest = parser.parse_known_args()
    CLI = os.path.abspath(args.cli)
    BUILD = os.path.abspath(args.build_root)
    FULL = os.path.abspath(args.full) if args.full else None
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
