#!/usr/bin/env python3
# test-install.py: `meson install` gives programs that work from the
# installed files alone, and a .mou type the desktop knows.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The build is installed into a throwaway DESTDIR. The installed
# concord-cli then starts a memorandum from each template, checks it and
# exports it as PDF, under strace: no file under the source or the build
# tree may be opened, looked at or executed, so everything it used came
# from the installed tree (or the system). The installed MIME database is
# built with update-mime-database, and xdg-mime (through GIO, as the file
# manager does) must then call a .mou file, or a memorandum with no name
# to go by, application/x-concord-mou, shown with Concord's icon and
# opened by Concord's desktop file.
#
# Usage: test-install.py --build-root DIR --source-root DIR --prefix DIR
#                        --app yes|no [unittest arguments...]

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

BUILD_ROOT = None
SOURCE_ROOT = None
PREFIX = None
WITH_APP = False
# concord-cli linked with GLib statically, handing over to concord-cli-full.
STATIC_CLI = False

APP_ID = "io.github.ConcordMoU.Concord"
MIME_TYPE = "application/x-concord-mou"
TEMPLATE_IDS = ["sector-led-improvement", "sector-led-improvement-cy", "sector-led-improvement-fr",
                "two-party-partnership",
                "two-party-partnership-cy", "two-party-partnership-fr", "two-party-partnership-cy-en",
                "data-sharing", "research-collaboration", "blank"]
SVG_NS = "{http://www.w3.org/2000/svg}"

destdir = None  # a tempfile.TemporaryDirectory, for the whole run
root = None     # DESTDIR + PREFIX


def require(tool, package):
    if shutil.which(tool) is None:
        sys.exit("%s not found; install %s (build-aux/common.sh lists it)" % (tool, package))


def install():
    global destdir, root
    destdir = tempfile.TemporaryDirectory(prefix="concord-install-")
    for tree in (BUILD_ROOT, SOURCE_ROOT):
        if os.path.realpath(destdir.name).startswith(os.path.realpath(tree) + os.sep):
            sys.exit("the temporary folder %s is inside %s" % (destdir.name, tree))
    env = dict(os.environ)
    env.pop("DESTDIR", None)
    result = subprocess.run(["meson", "install", "-C", BUILD_ROOT, "--no-rebuild", "--quiet",
                             "--destdir", destdir.name],
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit("meson install failed:\n" + result.stdout + result.stderr)
    root = destdir.name + PREFIX


def installed(*parts):
    return os.path.join(root, *parts)


def clean_env(home, extra=None):
    """An environment that names nothing of the source or build tree."""
    env = {
        "PATH": installed("bin") + os.pathsep + "/usr/bin:/bin",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_STATE_HOME": os.path.join(home, "state"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "XDG_DATA_DIRS": installed("share") + os.pathsep + "/usr/share",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "GSETTINGS_BACKEND": "memory",
    }
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if name in os.environ and "suppressions=" not in os.environ[name]:
            env[name] = os.environ[name]
    env.update(extra or {})
    return env


STRACE_PATH_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')


def paths_touched(log):
    """Every path a traced process named, made absolute where it was relative."""
    paths = set()
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            for path in STRACE_PATH_RE.findall(line):
                if path.startswith("/"):
                    paths.add(os.path.normpath(path))
    return paths


def inside(path, tree):
    tree = os.path.realpath(tree)
    return path == tree or path.startswith(tree + os.sep)


class Traced:
    """Runs installed programs in a scratch folder under strace, and says
    which paths they named under the source or build tree."""

    def __init__(self, test):
        self.test = test
        self.tmp = tempfile.TemporaryDirectory(prefix="concord-run-")
        self.dir = self.tmp.name
        self.logs = []

    def run(self, args, rc=0, env=None):
        log = os.path.join(self.dir, "strace-%d.log" % len(self.logs))
        self.logs.append(log)
        result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=%file", "-o", log] + args,
                                cwd=self.dir, env=env or clean_env(self.dir),
                                capture_output=True, timeout=120)
        self.test.assertEqual(result.returncode, rc,
                              "%s\n%s" % (" ".join(args), result.stderr.decode(errors="replace")))
        return result

    def forbidden(self):
        found = set()
        for log in self.logs:
            for path in paths_touched(log):
                if inside(path, SOURCE_ROOT) or inside(path, BUILD_ROOT):
                    found.add(path)
        return sorted(found)

    def cleanup(self):
        self.tmp.cleanup()


class InstalledFilesTest(unittest.TestCase):
    def test_everything_is_installed(self):
        expected = ["bin/concord-cli", "share/concord/concord.rng",
                    "share/man/man1/concord-cli.1",
                    "share/mime/packages/%s.xml" % APP_ID,
                    "share/locale/cy/LC_MESSAGES/concord.mo",
                    "share/locale/fr/LC_MESSAGES/concord.mo"]
        if WITH_APP:
            expected += ["bin/concord",
                         "share/applications/%s.desktop" % APP_ID,
                         "share/metainfo/%s.metainfo.xml" % APP_ID,
                         "share/glib-2.0/schemas/%s.gschema.xml" % APP_ID,
                         "share/icons/hicolor/scalable/apps/%s.svg" % APP_ID,
                         "share/icons/hicolor/symbolic/apps/%s-symbolic.svg" % APP_ID,
                         "share/man/man1/concord.1"]
        missing = [p for p in expected if not os.path.isfile(installed(p))]
        self.assertEqual(missing, [])
        # With GLib's static archives, concord-cli hands the commands that
        # draw to concord-cli-full, installed beside the modules.
        modules = glob.glob(installed("lib*", "**", "concord-draw.so"), recursive=True)
        self.assertEqual(len(modules), 1, modules)
        for module in ("concord-office.so", "concord-calendar.so"):
            self.assertTrue(os.path.isfile(os.path.join(os.path.dirname(modules[0]), module)), module)
        full = os.path.join(os.path.dirname(modules[0]), "concord-cli-full")
        self.assertEqual(os.access(full, os.X_OK), STATIC_CLI, full)

    def test_desktop_file_names_installed_things(self):
        if not WITH_APP:
            self.skipTest("built without the application")
        with open(installed("share/applications/%s.desktop" % APP_ID), encoding="utf-8") as f:
            entries = dict(line.rstrip("\n").split("=", 1) for line in f
                           if "=" in line and not line.startswith("#"))
        self.assertTrue(os.access(installed("bin", entries["Exec"].split()[0]), os.X_OK))
        self.assertTrue(os.path.isfile(installed("share/icons/hicolor/scalable/apps",
                                                 entries["Icon"] + ".svg")))
        self.assertIn(MIME_TYPE, entries["MimeType"].split(";"))
        self.assertIn("new-window", entries["Actions"].split(";"))

    def test_icons(self):
        if not WITH_APP:
            self.skipTest("built without the application")
        app = ET.parse(installed("share/icons/hicolor/scalable/apps/%s.svg" % APP_ID)).getroot()
        self.assertEqual(app.get("viewBox"), "0 0 128 128")
        symbolic = ET.parse(installed(
            "share/icons/hicolor/symbolic/apps/%s-symbolic.svg" % APP_ID)).getroot()
        self.assertEqual(symbolic.get("viewBox"), "0 0 16 16")
        # GTK recolours a symbolic icon's fills only: a stroke, an image or
        # a second colour would be drawn as it is, whatever the theme.
        for element in symbolic.iter():
            self.assertNotIn("stroke", element.attrib, element.tag)
            self.assertNotIn(element.tag, (SVG_NS + "image", SVG_NS + "text"))
            if "fill" in element.attrib:
                self.assertEqual(element.get("fill"), "#2e3436", element.tag)
        # Both draw, at the sizes the shell and the file manager ask for.
        with tempfile.TemporaryDirectory() as tmp:
            for name, sizes in ((APP_ID, (32, 64, 128, 256)), (APP_ID + "-symbolic", (16, 32))):
                folder = "symbolic" if name.endswith("-symbolic") else "scalable"
                for size in sizes:
                    png = os.path.join(tmp, "%s-%d.png" % (name, size))
                    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", png,
                                    installed("share/icons/hicolor", folder, "apps", name + ".svg")],
                                   check=True)
                    with open(png, "rb") as f:
                        self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")

    def test_installed_schema_compiles(self):
        if not WITH_APP:
            self.skipTest("built without the application")
        with tempfile.TemporaryDirectory() as tmp:
            schemas = installed("share/glib-2.0/schemas")
            result = subprocess.run(["glib-compile-schemas", "--strict", "--targetdir", tmp, schemas],
                                    capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stderr)
            result = subprocess.run(["gsettings", "--schemadir", tmp, "list-keys", APP_ID],
                                    capture_output=True, text=True)
            self.assertIn("autosave-delay", result.stdout.split(), result.stderr)

    def test_translations_are_looked_for_in_the_prefix(self):
        with open(installed("bin", "concord-cli"), "rb") as f:
            binary = f.read()
        self.assertIn((PREFIX.rstrip("/") + "/share/locale\0").encode(), binary)


class InstalledCliTest(unittest.TestCase):
    def setUp(self):
        self.traced = Traced(self)
        self.addCleanup(self.traced.cleanup)
        self.cli = installed("bin", "concord-cli")

    def test_new_check_and_export_from_installed_files_only(self):
        t = self.traced
        listed = t.run([self.cli, "templates"]).stdout.decode()
        self.assertEqual([line.split()[0] for line in listed.splitlines()], TEMPLATE_IDS)
        for template in TEMPLATE_IDS:
            with self.subTest(template=template):
                mou = template + ".mou"
                pdf = template + ".pdf"
                t.run([self.cli, "new", "--template", template, "-o", mou])
                t.run([self.cli, "validate", mou])
                t.run([self.cli, "fmt", "--check", mou])
                text = t.run([self.cli, "text", mou]).stdout.decode()
                t.run([self.cli, "export-pdf", mou, "-o", pdf])
                with open(os.path.join(t.dir, pdf), "rb") as f:
                    self.assertEqual(f.read(5), b"%PDF-")
                printed = subprocess.run(["pdftotext", os.path.join(t.dir, pdf), "-"],
                                         capture_output=True, text=True).stdout
                title = text.splitlines()[0].strip()
                self.assertIn(" ".join(title.split()[:3]), " ".join(printed.split()))
        # The traces saw something: the programs and their outputs.
        touched = set().union(*(paths_touched(log) for log in t.logs))
        self.assertIn(os.path.normpath(self.cli), touched)
        self.assertEqual(t.forbidden(), [])

    def test_installed_catalogues_speak_welsh_and_french(self):
        # The installed binary looks in the prefix, which is under DESTDIR
        # here: CONCORD_LOCALEDIR points it at the installed catalogues.
        locale = installed("share", "locale")
        for language, usage in [("cy", "Defnydd: concord-cli"), ("fr", "Usage\u00a0: concord-cli"),
                                ("", "Usage: concord-cli")]:
            with self.subTest(language=language):
                env = clean_env(self.traced.dir, {"LANGUAGE": language, "CONCORD_LOCALEDIR": locale})
                out = self.traced.run([self.cli, "--help"], env=env).stdout.decode()
                self.assertTrue(out.startswith(usage), out[:80])

    def test_the_trace_would_see_the_build_tree(self):
        # The same check, pointed at a program that does read the build
        # tree, must complain: otherwise the test above proves nothing.
        t = self.traced
        t.run(["cat", os.path.join(BUILD_ROOT, "build.ninja")], env=clean_env(t.dir))
        self.assertIn(os.path.normpath(os.path.join(BUILD_ROOT, "build.ninja")), t.forbidden())

    def test_installed_app_starts_from_installed_files_only(self):
        if not WITH_APP:
            self.skipTest("built without the application")
        t = self.traced
        out = t.run([installed("bin", "concord"), "--version"]).stdout.decode()
        self.assertRegex(out, r"^concord \d+\.\d+")
        t.run([installed("bin", "concord"), "--help-all"])
        self.assertEqual(t.forbidden(), [])


class MimeTypeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        result = subprocess.run(["update-mime-database", installed("share/mime")],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise AssertionError("update-mime-database: " + result.stderr)
        if WITH_APP:
            subprocess.run(["update-desktop-database", installed("share/applications")], check=True)
        cls.tmp = tempfile.TemporaryDirectory(prefix="concord-mime-")
        cli = installed("bin", "concord-cli")
        memorandum = subprocess.run([cli, "new", "--template", "blank", "-o", "-"],
                                    capture_output=True, check=True,
                                    env=clean_env(cls.tmp.name)).stdout
        files = {
            "x.mou": memorandum,
            # No name to go by: the content must say what it is.
            "no-name": memorandum,
            "other-xml": b'<?xml version="1.0"?>\n<memorandum xmlns="urn:example:other"/>\n',
        }
        for name, data in files.items():
            with open(os.path.join(cls.tmp.name, name), "wb") as f:
                f.write(data)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def query(self, *args):
        # xdg-mime's generic path asks file(1), which knows nothing of
        # shared-mime-info; as under GNOME, it asks GIO, as the file manager does.
        env = clean_env(self.tmp.name, {"XDG_CURRENT_DESKTOP": "GNOME"})
        result = subprocess.run(["xdg-mime", "query"] + list(args), cwd=self.tmp.name,
                                env=env, capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.strip()

    def test_a_mou_file(self):
        self.assertEqual(self.query("filetype", "x.mou"), MIME_TYPE)

    def test_a_memorandum_without_its_name_by_its_root_element(self):
        self.assertEqual(self.query("filetype", "no-name"), MIME_TYPE)

    def test_another_memorandum_element_is_just_xml(self):
        self.assertEqual(self.query("filetype", "other-xml"), "application/xml")

    def test_the_system_database_alone_does_not_know_the_type(self):
        env = clean_env(self.tmp.name, {"XDG_CURRENT_DESKTOP": "GNOME",
                                        "XDG_DATA_DIRS": "/usr/share"})
        result = subprocess.run(["xdg-mime", "query", "filetype", "no-name"], cwd=self.tmp.name,
                                env=env, capture_output=True, text=True)
        self.assertNotEqual(result.stdout.strip(), MIME_TYPE)

    def test_shown_with_concord_icon_and_opened_by_concord(self):
        if not WITH_APP:
            self.skipTest("built without the application")
        env = clean_env(self.tmp.name)
        result = subprocess.run(["gio", "info", "-a", "standard::icon", "x.mou"],
                                cwd=self.tmp.name, env=env, capture_output=True, text=True)
        icons = result.stdout.split("standard::icon:", 1)[1].split("\n", 1)[0]
        self.assertEqual(icons.split(",")[0].strip(), APP_ID)
        self.assertEqual(self.query("default", MIME_TYPE), APP_ID + ".desktop")


def main():
    global BUILD_ROOT, SOURCE_ROOT, PREFIX, WITH_APP, STATIC_CLI
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-root", required=True)
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--app", choices=["yes", "no"], required=True)
    parser.add_argument("--static-cli", choices=["yes", "no"], required=True)
    args, rest = parser.parse_known_args()
    BUILD_ROOT = os.path.realpath(args.build_root)
    SOURCE_ROOT = os.path.realpath(args.source_root)
    PREFIX = args.prefix
    WITH_APP = args.app == "yes"
    STATIC_CLI = args.static_cli == "yes"
    for tool, package in (("strace", "strace"), ("xdg-mime", "xdg-utils"),
                          ("update-mime-database", "shared-mime-info"), ("gio", "libglib2.0-bin"),
                          ("pdftotext", "poppler-utils"), ("rsvg-convert", "librsvg2-bin"),
                          ("meson", "meson")):
        require(tool, package)
    if WITH_APP:
        require("update-desktop-database", "desktop-file-utils")
    install()
    try:
        program = unittest.main(argv=[sys.argv[0]] + rest, verbosity=2, exit=False)
    finally:
        destdir.cleanup()
    sys.exit(0 if program.result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
