#!/usr/bin/env python3
# test-manpages.py: docs/concord-cli.1 and docs/concord.1 say what the
# programs' --help says.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# For concord-cli: the commands of "concord-cli --help" are the .SS
# subsections under COMMANDS; in each, the .TP tags name exactly the
# options of "concord-cli COMMAND --help", with the same short letters and
# argument names; the exit statuses "concord-cli --help" lists are the
# .TP tags under EXIT STATUS. For concord: the options of
# "concord --help-all" are the .TP tags under OPTIONS. Both pages render
# with groff without a warning.
#
# Usage: test-manpages.py --cli PATH [--app PATH] --docs DIR [unittest arguments...]

import argparse
import os
import re
import shutil
import subprocess
import sys
import unittest

CLI = None
APP = None
DOCS = None

# "  -t, --template=ID     Template to start from", "  --color=WHEN   ...",
# "  -h, --help            Show help options".
HELP_OPTION_RE = re.compile(r"^\s+(?:-(\w), )?--([\w-]+)(?:=(\S+))?(?:\s|$)")
# A .TP tag: ".BR \-t ", " \-\-template =\fIID\fR" or ".B \-\-version".
TAG_LONG_RE = re.compile(r"\\-\\-([\w\\-]+)")
TAG_SHORT_RE = re.compile(r"(?<![\\\w-])\\-(\w)\b")
TAG_ARG_RE = re.compile(r"=\s*\\fI([^\\]+)\\fR")


def run(args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="C")
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=60)


def help_options(text):
    """{long name: (short letter or None, argument name or None)} in --help output."""
    options = {}
    for line in text.splitlines():
        m = HELP_OPTION_RE.match(line)
        if m:
            options[m.group(2)] = (m.group(1), m.group(3))
    return options


def read_page(name):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read().splitlines()


def sections(lines, macro):
    """Splits a page at each `macro` line: {title: [lines up to the next]}.
    A .SH ends a .SS too."""
    found = {}
    current = None
    for line in lines:
        if line.startswith(macro + " "):
            current = line[len(macro) + 1:].strip().strip('"')
            found[current] = []
        elif line.startswith(".SH") and macro == ".SS":
            current = None
        elif current is not None:
            found[current].append(line)
    return found


def tags(lines):
    """The tag line of each .TP."""
    return [lines[i + 1] for i, line in enumerate(lines[:-1]) if line.startswith(".TP")]


def tag_options(lines):
    """{long name: (short letter or None, argument name or None)} of the .TP tags."""
    options = {}
    for tag in tags(lines):
        longs = [name.replace("\\-", "-") for name in TAG_LONG_RE.findall(tag)]
        shorts = TAG_SHORT_RE.findall(tag)
        arg = TAG_ARG_RE.search(tag)
        for name in longs:
            options[name] = (shorts[0] if shorts else None, arg.group(1) if arg else None)
    return options


def groff_warnings(path):
    result = subprocess.run(["groff", "-man", "-ww", "-z", path],
                            capture_output=True, text=True)
    return result.returncode, result.stderr


class ParserTest(unittest.TestCase):
    """The parsers themselves, on text where the answer is known."""

    def test_help_options(self):
        text = ("Help Options:\n  -h, --help        Show help options\n\n"
                "Application Options:\n  -t, --template=ID     Template\n"
                "  --color=WHEN      Colour\n  -f, --force       Force\n")
        self.assertEqual(help_options(text), {
            "help": ("h", None), "template": ("t", "ID"),
            "color": (None, "WHEN"), "force": ("f", None)})

    def test_tag_options(self):
        lines = [".TP", '.BR \\-t ", " \\-\\-template =\\fIID\\fR', "Text.",
                 ".TP", ".B \\-\\-new\\-window", "Text.",
                 ".TP", '.BR \\-\\-color [= \\fIWHEN\\fR ]', "Text.",
                 ".TP", ".B 65", "Bad data."]
        self.assertEqual(tag_options(lines), {
            "template": ("t", "ID"), "new-window": (None, None), "color": (None, "WHEN")})

    def test_a_missing_option_shows(self):
        page = tag_options([".TP", ".BR \\-f \", \" \\-\\-force"])
        shown = help_options("  -f, --force    Force\n  -c, --check   Check\n")
        self.assertNotEqual(page, shown)


class CliPageTest(unittest.TestCase):
    def setUp(self):
        self.page = read_page("concord-cli.1")
        self.top = sections(self.page, ".SH")
        self.commands = sections(self.top["COMMANDS"], ".SS")

    def listed_commands(self):
        result = run([CLI, "--help"])
        self.assertEqual(result.returncode, 0, result.stderr)
        block = result.stdout.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
        return [line.split()[0] for line in block.splitlines() if line.strip()]

    def test_every_command_has_a_subsection(self):
        self.assertEqual(sorted(self.listed_commands()), sorted(self.commands))

    def test_each_command_documents_exactly_its_options(self):
        for command in self.listed_commands():
            with self.subTest(command=command):
                result = run([CLI, command, "--help"])
                self.assertEqual(result.returncode, 0, result.stderr)
                shown = help_options(result.stdout)
                # --help is every command's, and the page says so once.
                self.assertEqual(shown.pop("help", None), ("h", None))
                self.assertEqual(tag_options(self.commands[command]), shown)

    def test_every_command_has_a_synopsis_and_a_description(self):
        for command, lines in self.commands.items():
            with self.subTest(command=command):
                self.assertTrue(lines and lines[0].startswith(".B concord-cli " + command),
                                lines[:1])
                self.assertGreater(len(" ".join(l for l in lines if not l.startswith("."))), 60)

    def test_global_options(self):
        documented = tag_options(self.top["OPTIONS"])
        self.assertEqual(sorted(documented), ["help", "version"])
        for option in ("--help", "-h", "help", "--version"):
            with self.subTest(option=option):
                result = run([CLI, option])
                self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("every command takes", " ".join(self.top["OPTIONS"]).lower())

    def test_exit_statuses(self):
        result = run([CLI, "--help"])
        listed = result.stdout.split("Exit status:", 1)[1]
        shown = sorted(int(n) for n in re.findall(r"\b(\d+) [a-z]", listed))
        documented = sorted(int(t.split()[1]) for t in tags(self.top["EXIT STATUS"]))
        self.assertEqual(documented, shown)
        self.assertEqual(shown, [0, 1, 2, 65, 74])

    def test_environment_names_what_the_program_reads(self):
        environment = " ".join(self.top["ENVIRONMENT"])
        for name in ("SOURCE_DATE_EPOCH", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            self.assertIn(name, environment)

    def test_renders_without_warnings(self):
        rc, err = groff_warnings(os.path.join(DOCS, "concord-cli.1"))
        self.assertEqual((rc, err), (0, ""))


class AppPageTest(unittest.TestCase):
    def setUp(self):
        if not APP:
            self.skipTest("built without the application")
        self.top = sections(read_page("concord.1"), ".SH")

    def test_options_are_those_of_help_all(self):
        result = run([APP, "--help-all"])
        self.assertEqual(result.returncode, 0, result.stderr)
        shown = help_options(result.stdout)
        self.assertIn("new-window", shown)
        self.assertEqual(tag_options(self.top["OPTIONS"]), shown)

    def test_version(self):
        result = run([APP, "--version"])
        self.assertEqual(result.returncode, 0, result.stderr)
        title = [l for l in read_page("concord.1") if l.startswith(".TH ")][0]
        self.assertIn('"Concord %s"' % result.stdout.split()[1], title)

    def test_sections(self):
        for name in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS",
                     "ENVIRONMENT", "FILES", "SEE ALSO"):
            self.assertIn(name, self.top)

    def test_renders_without_warnings(self):
        rc, err = groff_warnings(os.path.join(DOCS, "concord.1"))
        self.assertEqual((rc, err), (0, ""))


def main():
    global CLI, APP, DOCS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--app", default="")
    parser.add_argument("--docs", required=True)
    args, rest = parser.parse_known_args()
    CLI, APP, DOCS = args.cli, args.app, args.docs
    if shutil.which("groff") is None:
        sys.exit("groff not found; install groff-base")
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
