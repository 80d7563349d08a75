#!/usr/bin/env python3
# test-cli.py: the concord-cli contract, tested through the built binary.
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The contract is DESIGN.md ("concord-cli") and docs/FORMAT.md: commands,
# exit codes (0 ok, 1 findings or differences, 2 usage, 65 bad input data,
# 74 I/O error), "FILE:LINE:COLUMN: message" errors on stderr, canonical
# and atomic saves, and a loader that refuses hostile input within bounded
# time and memory without touching the file.
#
# Usage (meson runs it; see tests/cli/meson.build):
#   test-cli.py --cli PATH --source-root DIR --build-root DIR
#               [--failwrite PATH_TO_SO] [unittest arguments...]
#
# Python 3 standard library only.  Every scratch file lives in a
# tempfile.TemporaryDirectory.

import argparse
import configparser
import hashlib
import importlib.util
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = None
SOURCE_ROOT = None
BUILD_ROOT = None
FAILWRITE = None

SANITIZED = bool(os.environ.get("CONCORD_TEST_SANITIZED"))

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_DATAERR = 65
EXIT_IOERR = 74

TEMPLATE_IDS = ["sector-led-improvement", "sector-led-improvement-cy", "sector-led-improvement-fr",
                "two-party-partnership",
                "two-party-partnership-cy", "two-party-partnership-fr", "two-party-partnership-cy-en",
                "data-sharing", "research-collaboration", "blank"]
COMMANDS = ["templates", "new", "validate", "fmt", "lint", "text",
            "fingerprint", "diff", "ics", "library"]
# Commands that read exactly one memorandum.
SINGLE_FILE_COMMANDS = ["lint", "text", "fingerprint", "ics"]

# Limits for each child reading hostile input (not applied under
# AddressSanitizer, which reserves terabytes of address space).
CPU_SECONDS = 5
ADDRESS_SPACE = 1 << 30
MAX_RSS_KIB = 200 * 1024

ROOT_ID_RE = re.compile(rb'^(<memorandum [^>\n]*?\bid=")([^"]*)(")', re.M)
POSITION_RE = r"\d+:\d+: \S"


# ---------------------------------------------------------------------------
# Running the CLI.

class Result:
    def __init__(self, args, rc, out, err, rss_kib=None):
        self.args = args
        self.rc = rc
        self.out_bytes = out
        self.err_bytes = err
        self.out = out.decode("utf-8", errors="replace")
        self.err = err.decode("utf-8", errors="replace")
        self.rss_kib = rss_kib

    def __repr__(self):
        return ("concord-cli %s\n  exit %s\n  stdout: %r\n  stderr: %r"
                % (" ".join(self.args), self.rc, self.out[:2000],
                   self.err[:2000]))


def cli_env(extra=None):
    env = dict(os.environ)
    # Messages are checked in English.
    env["LC_ALL"] = "C.UTF-8"
    env.pop("LANGUAGE", None)
    if extra:
        env.update(extra)
    return env


def need_tool(test, name):
    """The path of a tool a test needs. The README's commands install every
    one of them, so a missing tool fails the test instead of skipping it."""
    path = shutil.which(name)
    if path is None:
        test.fail(f"{name} is not installed (build-aux/common.sh's ensure_packages installs it)")
    return path


def run(*args, env=None, cwd=None, wrapper=()):
    """Runs the CLI, under the command `wrapper` when one is given."""
    args = [str(a) for a in args]
    p = subprocess.run(list(wrapper) + [CLI] + args, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=cli_env(env), cwd=cwd, timeout=120)
    return Result(args, p.returncode, p.stdout, p.stderr)


def _limit_child():
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_bounded(scratch, *args):
    """Runs the CLI under CPU and address-space limits (unless sanitized)
    and records its peak resident set size from os.wait4."""
    args = [str(a) for a in args]
    out_path = os.path.join(scratch, "bounded.stdout")
    err_path = os.path.join(scratch, "bounded.stderr")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        p = subprocess.Popen([CLI] + args, stdin=subprocess.DEVNULL,
                             stdout=out, stderr=err, env=cli_env(),
                             preexec_fn=None if SANITIZED else _limit_child)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, "rb") as f:
        out = f.read()
    with open(err_path, "rb") as f:
        err = f.read()
    return Result(args, p.returncode, out, err, usage.ru_maxrss)


# ---------------------------------------------------------------------------
# Files.

def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return path


def sha256(path):
    return hashlib.sha256(read(path)).hexdigest()


def template_path(template_id):
    return os.path.join(SOURCE_ROOT, "templates", template_id + ".mou")


def root_id(data):
    m = ROOT_ID_RE.search(data)
    assert m is not None, "no id attribute on <memorandum>"
    return m.group(2).decode("utf-8")


def without_root_id(data):
    return ROOT_ID_RE.sub(rb"\1ID\3", data, count=1)


def replace_once(text, old, new):
    assert text.count(old) == 1, "%r occurs %d times" % (old, text.count(old))
    return text.replace(old, new)


def uglify(canonical):
    """A valid but non-canonical layout of a canonical memorandum: a
    comment, reordered and single-quoted attributes, defaults written
    out, empty elements written as start and end tags, doubled indent and
    blank lines."""
    text = canonical.decode("utf-8")
    lines = text.split("\n")
    assert lines[0] == '<?xml version="1.0" encoding="UTF-8"?>'
    assert lines[1].startswith("<memorandum ")
    # Reverse the root's attributes and write out the defaults.
    attrs = re.findall(r'[a-z:-]+="[^"]*"', lines[1])
    for name, default in (("numbering", "hierarchical"),
                          ("item-style", "decimal"),
                          ("annex-style", "letter")):
        if ' %s="' % name not in lines[1]:
            attrs.append('%s="%s"' % (name, default))
    lines[1] = "<memorandum %s>" % " ".join(reversed(attrs))
    out = [lines[0], "<!-- not canonical: a comment -->"]
    for i, line in enumerate(lines[1:], 1):
        indent = len(line) - len(line.lstrip(" "))
        line = " " * (2 * indent) + line.lstrip(" ")
        line = re.sub(r"^(\s*)<(section|clause) id=\"([^\"]*)\"",
                      r"\1<\2 id='\3'", line)
        line = re.sub(r"^(\s*)<([a-z-]+)((?: [a-z-]+=\"[^\"]*\")*)/>$",
                      r"\1<\2\3></\2>", line)
        line = re.sub(r'<party-ref ref="([^"]*)"/>', r"<party-ref form='short' ref='\1'/>", line)
        out.append(line)
        if i % 7 == 0:
            out.append("")
    ugly = "\n".join(out).encode("utf-8")
    assert ugly != canonical
    return ugly


_generate = None


def generate_module():
    global _generate
    if _generate is None:
        path = os.path.join(SOURCE_ROOT, "tests", "bench", "generate.py")
        spec = importlib.util.spec_from_file_location("concord_generate", path)
        _generate = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_generate)
    return _generate


def generate(seed, path, unicode=False):
    """Exactly what `generate.py --seed N [--unicode] -o FILE` writes."""
    argv = ["--seed", str(seed), "-o", path]
    if unicode:
        argv.append("--unicode")
    assert generate_module().main(argv) == 0
    return path


# ---------------------------------------------------------------------------
# Crafted memoranda.  CLEAN is fully filled in, canonical and lint-free:
# two signatory parties, each with a role and accountable to someone, and
# no area owned twice or by nobody.

CLEAN = """\
<?xml version="1.0" encoding="UTF-8"?>
<memorandum xmlns="urn:concord:mou:1" format-version="1" id="mou-test" status="draft" language="en-GB">
  <title>Memorandum of Understanding on Test Work</title>
  <reference>MOU/2026/001</reference>
  <revision>3</revision>
  <effective-date>2026-04-01</effective-date>
  <parties>
    <party id="alpha" kind="signatory">
      <name>Alpha Agency</name>
      <short-name>Alphaco</short-name>
      <signatory-person>Ann Able</signatory-person>
      <signatory-title>Chair</signatory-title>
    </party>
    <party id="beta" kind="signatory">
      <name>Beta Board</name>
      <short-name>Betaco</short-name>
      <signatory-person>Ben Baker</signatory-person>
      <signatory-title>Director</signatory-title>
    </party>
  </parties>
  <section id="sec-roles" kind="roles">
    <heading>Roles</heading>
    <clause id="role-alpha" kind="role" status="agreed" owner="alpha" areas="alpha-work">
      <heading>Alpha work</heading>
      <p><party-ref ref="alpha"/> will do the alpha work.</p>
    </clause>
    <clause id="role-beta" kind="role" status="agreed" owner="beta" areas="beta-work">
      <heading>Beta work</heading>
      <p><party-ref ref="beta"/> will do the beta work and tell <party-ref ref="alpha"/> about it.</p>
    </clause>
  </section>
  <section id="sec-accountability" kind="accountability">
    <heading>Accountability</heading>
    <clause id="acc-alpha" kind="accountability" status="agreed" accountable="alpha" to-body="its members" mechanisms="reporting">
      <heading>Accountability of Alpha</heading>
      <p><party-ref ref="alpha"/> reports to its members each year.</p>
    </clause>
    <clause id="acc-beta" kind="accountability" status="agreed" accountable="beta" to="alpha" mechanisms="audit">
      <heading>Accountability of Beta</heading>
      <p><party-ref ref="beta"/> answers to <party-ref ref="alpha" form="full"/> through audit.</p>
    </clause>
  </section>
  <section id="sec-general" kind="general">
    <heading>General</heading>
    <clause id="gen-review" kind="general" status="agreed">
      <heading>Review</heading>
      <p>The parties will review this memorandum each year, as set out in clause <clause-ref ref="role-beta"/>.</p>
      <p>This memorandum is not legally binding. The parties may vary it in writing, and either may end it by giving the other three months’ notice. The chief executives will settle any disagreement about it.</p>
    </clause>
  </section>
  <signatures>
    <signature party="alpha">
      <person>Ann Able</person>
      <title>Chair</title>
      <date>2026-03-01</date>
      <place>Leeds</place>
    </signature>
    <signature party="beta">
      <person>Ben Baker</person>
      <title>Director</title>
      <date>2026-03-02</date>
      <place>York</place>
    </signature>
  </signatures>
</memorandum>
"""

END_OF_ROLES = """\
  </section>
  <section id="sec-accountability" kind="accountability">
"""
END_OF_GENERAL = """\
  </section>
  <signatures>
"""
ACC_BETA = """\
    <clause id="acc-beta" kind="accountability" status="agreed" accountable="beta" to="alpha" mechanisms="audit">
      <heading>Accountability of Beta</heading>
      <p><party-ref ref="beta"/> answers to <party-ref ref="alpha" form="full"/> through audit.</p>
    </clause>
"""
BETA_ALSO_OWNS_ALPHA_WORK = """\
    <clause id="role-beta-alpha" kind="role" status="agreed" owner="beta" areas="alpha-work">
      <heading>Beta on alpha work</heading>
      <p><party-ref ref="beta"/> will also do some alpha work.</p>
    </clause>
"""
BOUNDARY_SECTION = """\
  <section id="sec-boundaries" kind="boundaries">
    <heading>Boundaries</heading>
    <clause id="bnd-alpha-work" kind="boundary" status="agreed" side-a="{a}" side-b="{b}" areas="{area}">
      <heading>Alpha work</heading>
      <p><party-ref ref="alpha"/> does alpha work for councils and <party-ref ref="beta"/> for schools.</p>
    </clause>
  </section>
"""


def with_roles(doc, clauses):
    return replace_once(doc, END_OF_ROLES, clauses + END_OF_ROLES)


def with_general(doc, clauses):
    return replace_once(doc, END_OF_GENERAL, clauses + END_OF_GENERAL)


def with_status(doc, status):
    return replace_once(doc, 'id="mou-test" status="draft"',
                        'id="mou-test" status="%s"' % status)


def with_boundary(doc, a, b, area):
    section = BOUNDARY_SECTION.format(a=a, b=b, area=area)
    return replace_once(doc, '  <section id="sec-accountability"',
                        section + '  <section id="sec-accountability"')


# A memorandum for the text tests: items on two levels, an unnumbered
# clause, a placeholder, a field placeholder and a cross-reference.
TEXT_DOC = """\
<?xml version="1.0" encoding="UTF-8"?>
<memorandum xmlns="urn:concord:mou:1" format-version="1" id="mou-text" status="draft" language="en-GB"{root_extra}>
  <title>Memorandum of Understanding on Numbering</title>
  <reference placeholder="Reference number"/>
  <revision>1</revision>
  <parties>
    <party id="alpha" kind="signatory">
      <name>Alpha Agency</name>
      <short-name>Alphaco</short-name>
    </party>
    <party id="beta" kind="signatory">
      <name>Beta Board</name>
      <short-name>Betaco</short-name>
    </party>
  </parties>
  <section id="sec-roles" kind="roles">
    <heading>Roles</heading>
    <clause id="role-alpha" kind="role" status="agreed" owner="alpha" areas="alpha-work">
      <heading>Alpha work</heading>
      <p><party-ref ref="alpha"/> will do the alpha work with <party-ref ref="beta"/>.</p>
    </clause>
    <clause id="role-beta" kind="role" status="agreed" owner="beta" areas="beta-work">
      <heading>Beta work</heading>
      <p><party-ref ref="beta"/> will do the beta work for <placeholder>amount</placeholder> a year.</p>
    </clause>
  </section>
  <section id="sec-general" kind="general">
    <heading>General</heading>
    <clause id="gen-items" kind="general" status="agreed">
      <heading>Items</heading>
      <p>The parties will:</p>
      <item>first item;</item>
      <item>second item, in which <party-ref ref="beta"/> will:</item>
      <item level="2">first sub-item;</item>
      <item level="2">second sub-item; and</item>
      <item>third item.</item>
    </clause>
    <clause id="gen-note" kind="general" status="agreed" numbered="false">
      <heading>Note</heading>
      <p>This clause is not numbered.</p>
    </clause>
    <clause id="gen-ref" kind="general" status="agreed">
      <heading>Cross-reference</heading>
      <p>As set out in clause <clause-ref ref="role-beta"/>, <party-ref ref="beta"/> leads.</p>
    </clause>
  </section>
</memorandum>
"""

NEW_ROLE_BEFORE_BETA = """\
    <clause id="role-alpha-more" kind="role" status="agreed" owner="alpha" areas="more-work">
      <heading>More alpha work</heading>
      <p><party-ref ref="alpha"/> will do more.</p>
    </clause>
"""


def text_doc(numbering=None, item_style=None):
    extra = ""
    if numbering:
        extra += ' numbering="%s"' % numbering
    if item_style:
        extra += ' item-style="%s"' % item_style
    return TEXT_DOC.format(root_extra=extra)




def line_of(doc, needle):
    """The 1-based number of the line on which needle starts."""
    assert doc.count(needle) == 1, needle
    return doc[:doc.index(needle)].count("\n") + 1


# A schema error at a known place: the start of <bogus-element/>.
BROKEN_SCHEMA = replace_once(CLEAN, "  <effective-date>2026-04-01</effective-date>\n",
                             "  <effective-date>2026-04-01</effective-date>\n"
                             "  <bogus-element/>\n")
BROKEN_SCHEMA_POSITION = (line_of(BROKEN_SCHEMA, "<bogus-element/>"), 3)
# Not well-formed: a mismatched end tag.
BROKEN_XML = replace_once(CLEAN, "will do the alpha work.</p>",
                          "will do the alpha work.</para>")
BROKEN_XML_LINE = line_of(BROKEN_XML, "</para>")


class CliTestCase(unittest.TestCase):
    maxDiff = 4000

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="concord-cli-test-")
        # A resolved path, so that it matches what /proc/self/fd shows.
        self.tmp = os.path.realpath(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def put(self, name, data):
        return write(self.path(name), data)

    def assertExit(self, result, code):
        self.assertEqual(result.rc, code, repr(result))

    def assertUsageError(self, result):
        self.assertExit(result, EXIT_USAGE)
        self.assertEqual(result.out, "", repr(result))
        self.assertIn("concord-cli", result.err, repr(result))

    def assertPositionedError(self, result, path, code=EXIT_DATAERR,
                              line=None, column=None):
        """The first line of stderr is PATH:LINE:COLUMN: message."""
        self.assertExit(result, code)
        first = result.err.split("\n", 1)[0]
        self.assertRegex(first, "^" + re.escape(path) + ":" + POSITION_RE,
                         repr(result))
        if line is not None:
            self.assertTrue(first.startswith("%s:%d:" % (path, line)),
                            repr(result))
        if column is not None:
            self.assertTrue(first.startswith("%s:%d:%d: " % (path, line, column)),
                            repr(result))

    def parse_findings(self, result, path):
        """(line or None, severity, code, rest) for each line of lint's stdout:
        FILE[:LINE]: error|warning|note: CODE: ..."""
        found = []
        for line in result.out.splitlines():
            m = re.match(re.escape(path) + r"(?::(\d+))?: (error|warning|note): ([a-z-]+): (\S.*)$",
                         line)
            self.assertIsNotNone(m, "malformed finding %r\n%r" % (line, result))
            found.append((int(m.group(1)) if m.group(1) else None, m.group(2), m.group(3),
                          m.group(4)))
        return found

    def findings(self, result, path):
        """The codes of lint's findings, one per line of stdout."""
        return [f[2] for f in self.parse_findings(result, path)]

    def lint_codes(self, name, doc):
        path = self.put(name, doc)
        # Every crafted memorandum is valid: lint findings are not errors.
        v = run("validate", path)
        self.assertExit(v, EXIT_OK)
        r = run("lint", path)
        found = self.parse_findings(r, path)
        severities = lint_severities()
        for line, severity, code, rest in found:
            self.assertEqual(severity, severities[code], code)
        # Only an error or a warning fails; notes do not.
        failing = [f for f in found if f[1] in ("error", "warning")]
        self.assertExit(r, EXIT_FINDINGS if failing else EXIT_OK)
        self.assertEqual(r.err, "", repr(r))
        return r, [f[2] for f in found]


# ---------------------------------------------------------------------------

class TestGeneral(CliTestCase):
    def test_help(self):
        r = run("--help")
        self.assertExit(r, EXIT_OK)
        self.assertIn("Usage: concord-cli COMMAND", r.out)
        for command in COMMANDS:
            self.assertRegex(r.out, r"(?m)^  %s\b" % command)
        self.assertIn("65", r.out)
        self.assertIn("74", r.out)
        self.assertEqual(r.err, "")

    def test_version(self):
        with open(os.path.join(SOURCE_ROOT, "meson.build"), encoding="utf-8") as f:
            version = re.search(r"version: '([^']+)'", f.read()).group(1)
        r = run("--version")
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "concord-cli %s\n" % version)
        self.assertEqual(r.err, "")

    def test_no_arguments(self):
        r = run()
        self.assertExit(r, EXIT_USAGE)
        self.assertEqual(r.out, "")
        self.assertIn("Usage: concord-cli", r.err)

    def test_unknown_command(self):
        r = run("frobnicate", "x.mou")
        self.assertExit(r, EXIT_USAGE)
        self.assertEqual(r.out, "")
        self.assertIn("frobnicate", r.err)

    def test_command_help(self):
        for command in COMMANDS:
            with self.subTest(command=command):
                r = run(command, "--help")
                self.assertExit(r, EXIT_OK)
                self.assertIn("concord-cli %s" % command, r.out)
                self.assertEqual(r.err, "")

    def test_command_help_mentions_options(self):
        self.assertIn("--template", run("new", "--help").out)
        self.assertIn("--force", run("new", "--help").out)
        self.assertIn("--check", run("fmt", "--help").out)


class TestUsageErrors(CliTestCase):
    def test_unknown_option(self):
        good = self.put("good.mou", CLEAN)
        cases = {
            "templates": ["templates", "--bogus"],
            "new": ["new", "--template", "blank", "-o", self.path("new.mou"), "--bogus"],
            "validate": ["validate", "--bogus", good],
            "fmt": ["fmt", "--bogus", good],
            "lint": ["lint", "--bogus", good],
            "text": ["text", "--bogus", good],
            "fingerprint": ["fingerprint", "--bogus", good],
            "ics": ["ics", "--bogus", good],
            "library": ["library", "list", "--bogus"],
        }
        for command, args in cases.items():
            with self.subTest(command=command):
                r = run(*args)
                self.assertUsageError(r)
                self.assertIn("--bogus", r.err)
        self.assertFalse(os.path.exists(self.path("new.mou")))
        self.assertEqual(read(good), CLEAN.encode())

    def test_missing_arguments(self):
        cases = [
            ["validate"],
            ["fmt"],
            ["fmt", "--check"],
            ["lint"],
            ["text"],
            ["fingerprint"],
            ["ics"],
            ["library"],
            ["library", "add", good_path := self.put("lib.mou", CLEAN)],
            ["library", "show"],
            ["library", "list", "extra"],
            ["library", "burn"],
            ["new", "-o", self.path("new.mou")],
            ["new", "--template", "blank"],
            ["new", "--template"],
            ["new"],
        ]
        for args in cases:
            with self.subTest(args=args):
                self.assertUsageError(run(*args))
        self.assertFalse(os.path.exists(self.path("new.mou")))

    def test_extra_arguments(self):
        a = self.put("a.mou", CLEAN)
        b = self.put("b.mou", CLEAN)
        cases = [
            ["templates", "extra"],
            ["new", "--template", "blank", "-o", self.path("new.mou"), "extra"],
            ["lint", a, b],
            ["text", a, b],
            ["fingerprint", a, b],
            ["ics", a, b],
        ]
        for args in cases:
            with self.subTest(args=args):
                self.assertUsageError(run(*args))
        self.assertFalse(os.path.exists(self.path("new.mou")))


class TestBadInput(CliTestCase):
    """Every command that reads a memorandum: broken file 65 with
    FILE:LINE:COLUMN, missing file 74, a folder 74; nothing on stdout
    that claims success and the file untouched."""

    READERS = [["validate"], ["fmt"], ["fmt", "--check"], ["lint"], ["text"],
               ["fingerprint"], ["ics"]]

    def test_schema_error(self):
        path = self.put("broken.mou", BROKEN_SCHEMA)
        line, column = BROKEN_SCHEMA_POSITION
        for args in self.READERS:
            with self.subTest(args=args):
                r = run(*args, path)
                self.assertPositionedError(r, path, line=line, column=column)
                self.assertIn("bogus-element", r.err)
                self.assertEqual(r.out, "", repr(r))
                self.assertEqual(read(path), BROKEN_SCHEMA.encode())

    def test_not_well_formed(self):
        path = self.put("broken.mou", BROKEN_XML)
        for args in self.READERS:
            with self.subTest(args=args):
                r = run(*args, path)
                self.assertPositionedError(r, path, line=BROKEN_XML_LINE)
                self.assertEqual(r.out, "", repr(r))
                self.assertEqual(read(path), BROKEN_XML.encode())

    def test_dangling_reference(self):
        doc = replace_once(CLEAN, 'to="alpha"', 'to="gamma"')
        path = self.put("dangling.mou", doc)
        for args in self.READERS:
            with self.subTest(args=args):
                r = run(*args, path)
                self.assertPositionedError(r, path, line=line_of(doc, '<clause id="acc-beta"'),
                                           column=5)
                self.assertIn("gamma", r.err)
                self.assertEqual(read(path), doc.encode())

    def test_missing_file(self):
        path = self.path("no-such-file.mou")
        for args in self.READERS:
            with self.subTest(args=args):
                r = run(*args, path)
                self.assertExit(r, EXIT_IOERR)
                self.assertEqual(r.out, "")
                self.assertTrue(r.err.startswith(path + ":"), repr(r))
                self.assertIn("No such file", r.err)
                self.assertFalse(os.path.exists(path))

    def test_folder(self):
        folder = self.path("folder.mou")
        os.mkdir(folder)
        for args in self.READERS:
            with self.subTest(args=args):
                r = run(*args, folder)
                self.assertExit(r, EXIT_IOERR)
                self.assertEqual(r.out, "")
                self.assertTrue(r.err.startswith(folder + ":"), repr(r))
                self.assertIn("folder", r.err)
                self.assertEqual(os.listdir(folder), [])

    def test_each_error_reported_once(self):
        # "Errors go to stderr, one per line": one bad file, one message.
        path = self.put("broken.mou", BROKEN_SCHEMA)
        missing = self.path("missing.mou")
        for args in self.READERS:
            for target in (path, missing):
                with self.subTest(args=args, target=os.path.basename(target)):
                    r = run(*args, target)
                    self.assertEqual(len(r.err.splitlines()), 1, repr(r))


class TestTemplates(CliTestCase):
    def test_lists_all_templates_with_titles(self):
        r = run("templates")
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.err, "")
        listed = {}
        for line in r.out.splitlines():
            m = re.match(r"^(\S+)\s+(\S.*)$", line)
            self.assertIsNotNone(m, "malformed line %r" % line)
            listed[m.group(1)] = m.group(2)
        self.assertEqual(sorted(listed), sorted(TEMPLATE_IDS))
        # A template may be listed by a name of its own in the index
        # ("Blank memorandum"); else by its title, or the title's prompt.
        index = configparser.ConfigParser(interpolation=None)
        index.read(os.path.join(SOURCE_ROOT, "templates", "index.ini"), encoding="utf-8")
        self.assertEqual(listed["blank"], "Blank memorandum")
        for template_id in TEMPLATE_IDS:
            if index.has_option(template_id, "title"):
                self.assertEqual(listed[template_id], index.get(template_id, "title"), template_id)
                continue
            data = read(template_path(template_id)).decode("utf-8")
            m = re.search(r"<title>([^<]*)</title>", data)
            if m is None:
                m = re.search(r'<title placeholder="([^"]*)"/>', data)
            self.assertEqual(listed[template_id], m.group(1), template_id)
        self.assertIn("Sector-Led Improvement", listed["sector-led-improvement"])


class TestNew(CliTestCase):
    def test_every_template(self):
        for template_id in TEMPLATE_IDS:
            with self.subTest(template=template_id):
                path = self.path(template_id + ".mou")
                r = run("new", "--template", template_id, "-o", path)
                self.assertExit(r, EXIT_OK)
                self.assertEqual(r.err, "")
                written = read(path)

                v = run("validate", path)
                self.assertExit(v, EXIT_OK)
                self.assertEqual(v.out, "%s: valid\n" % path)

                c = run("fmt", "--check", path)
                self.assertExit(c, EXIT_OK)
                self.assertEqual(c.out, "")
                self.assertEqual(read(path), written)

                s1 = run("new", "--template", template_id, "-o", "-")
                s2 = run("new", "--template", template_id, "-o", "-")
                self.assertExit(s1, EXIT_OK)
                self.assertExit(s2, EXIT_OK)
                ids = {root_id(written), root_id(s1.out_bytes), root_id(s2.out_bytes)}
                # A fresh id each time ...
                self.assertEqual(len(ids), 3, ids)
                for i in ids:
                    self.assertRegex(i, r"^mou-[A-Za-z0-9_.-]+$")
                    self.assertNotEqual(i, template_id)
                # ... and nothing else differs, from each other or from
                # the template file itself.
                self.assertEqual(without_root_id(written), without_root_id(s1.out_bytes))
                self.assertEqual(without_root_id(s1.out_bytes), without_root_id(s2.out_bytes))
                self.assertEqual(without_root_id(written),
                                 without_root_id(read(template_path(template_id))))

    def test_unknown_template(self):
        path = self.path("out.mou")
        r = run("new", "--template", "no-such-template", "-o", path)
        self.assertExit(r, EXIT_USAGE)
        self.assertIn("no-such-template", r.err)
        self.assertEqual(r.out, "")
        self.assertFalse(os.path.exists(path))

    def test_existing_file_is_kept(self):
        path = self.put("existing.mou", CLEAN)
        r = run("new", "--template", "blank", "-o", path)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn(path, r.err)
        self.assertIn("--force", r.err)
        self.assertEqual(read(path), CLEAN.encode())
        self.assertEqual(os.listdir(self.tmp), ["existing.mou"])

    def test_force_overwrites(self):
        path = self.put("existing.mou", CLEAN)
        r = run("new", "--template", "blank", "-o", path, "--force")
        self.assertExit(r, EXIT_OK)
        self.assertEqual(without_root_id(read(path)),
                         without_root_id(read(template_path("blank"))))
        self.assertEqual(os.listdir(self.tmp), ["existing.mou"])

    def test_short_options(self):
        path = self.put("existing.mou", CLEAN)
        r = run("new", "-t", "data-sharing", "-o", path, "-f")
        self.assertExit(r, EXIT_OK)
        self.assertEqual(without_root_id(read(path)),
                         without_root_id(read(template_path("data-sharing"))))


class TestTemplateFiles(CliTestCase):
    def test_canonical(self):
        paths = [template_path(t) for t in TEMPLATE_IDS]
        before = [read(p) for p in paths]
        r = run("fmt", "--check", *paths)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        self.assertEqual(r.err, "")
        self.assertEqual([read(p) for p in paths], before)

    def test_every_template_file_is_listed(self):
        files = sorted(f[:-4] for f in os.listdir(os.path.join(SOURCE_ROOT, "templates"))
                       if f.endswith(".mou"))
        self.assertEqual(files, sorted(TEMPLATE_IDS))

    def test_fingerprint_is_sha256_of_file(self):
        for template_id in TEMPLATE_IDS:
            with self.subTest(template=template_id):
                path = template_path(template_id)
                r = run("fingerprint", path)
                self.assertExit(r, EXIT_OK)
                self.assertEqual(r.out, "%s  %s\n" % (sha256(path), path))

    def test_schema(self):
        xmllint = need_tool(self, "xmllint")
        schema = os.path.join(SOURCE_ROOT, "data", "concord.rng")
        for template_id in TEMPLATE_IDS:
            with self.subTest(template=template_id):
                p = subprocess.run([xmllint, "--noout", "--nonet", "--relaxng", schema,
                                    template_path(template_id)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                self.assertEqual(p.returncode, 0, p.stderr.decode(errors="replace"))
                self.assertIn(b"validates", p.stderr)

    def test_crafted_documents_match_schema(self):
        # The crafted memoranda in this file must themselves be valid,
        # so that what lint and text see is what was meant.
        xmllint = need_tool(self, "xmllint")
        schema = os.path.join(SOURCE_ROOT, "data", "concord.rng")
        docs = {"clean": CLEAN, "text": text_doc(),
                "text-continuous": text_doc("continuous", "alpha")}
        for name, doc in docs.items():
            path = self.put(name + ".mou", doc)
            p = subprocess.run([xmllint, "--noout", "--nonet", "--relaxng", schema, path],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            self.assertEqual(p.returncode, 0, p.stderr.decode(errors="replace"))
            r = run("fmt", "--check", path)
            self.assertExit(r, EXIT_OK)


class TestValidate(CliTestCase):
    def test_valid(self):
        path = self.put("clean.mou", CLEAN)
        r = run("validate", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "%s: valid\n" % path)
        self.assertEqual(r.err, "")

    def test_placeholder_warnings(self):
        path = self.put("template.mou", read(template_path("sector-led-improvement")))
        r = run("validate", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "%s: valid\n" % path)
        lines = r.err.splitlines()
        self.assertGreater(len(lines), 0)
        # Each at the line of the party or signature concerned, when known.
        text = read(path).decode("utf-8").split("\n")
        with_line = 0
        for line in lines:
            m = re.match(re.escape(path) + r"(?::(\d+))?: warning: placeholder: (party|signature|details)", line)
            self.assertIsNotNone(m, line)
            if m.group(1):
                with_line += 1
                self.assertIn("<%s " % m.group(2), text[int(m.group(1)) - 1], line)
        self.assertGreater(with_line, 0)
        self.assertIn("Name of signatory", r.err)

    def test_placeholder_in_text_warns(self):
        doc = replace_once(CLEAN, "each year, as set out",
                           "every <placeholder>number of months</placeholder>, as set out")
        path = self.put("ph.mou", doc)
        r = run("validate", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "%s: valid\n" % path)
        self.assertIn("warning", r.err)
        self.assertIn("number of months", r.err)

    def test_several_files_one_bad(self):
        good1 = self.put("good1.mou", CLEAN)
        bad = self.put("bad.mou", BROKEN_SCHEMA)
        good2 = self.put("good2.mou", read(template_path("blank")))
        r = run("validate", good1, bad, good2)
        self.assertExit(r, EXIT_DATAERR)
        self.assertIn("%s: valid\n" % good1, r.out)
        self.assertIn("%s: valid\n" % good2, r.out)
        self.assertNotIn(bad + ": valid", r.out)
        self.assertRegex(r.err, "(?m)^" + re.escape(bad) + ":" + POSITION_RE)

    def test_several_files_one_missing(self):
        good = self.put("good.mou", CLEAN)
        missing = self.path("missing.mou")
        r = run("validate", missing, good)
        self.assertExit(r, EXIT_IOERR)
        self.assertEqual(r.out, "%s: valid\n" % good)
        self.assertIn(missing, r.err)

    def test_crlf(self):
        path = self.put("crlf.mou", read(os.path.join(SOURCE_ROOT, "tests", "data", "crlf.mou")))
        r = run("validate", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "%s: valid\n" % path)


class TestFmt(CliTestCase):
    def test_check_canonical(self):
        path = self.put("clean.mou", CLEAN)
        r = run("fmt", "--check", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        self.assertEqual(r.err, "")
        r = run("fmt", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(read(path), CLEAN.encode())

    def test_non_canonical(self):
        for template_id in TEMPLATE_IDS:
            with self.subTest(template=template_id):
                canonical = read(template_path(template_id))
                ugly = uglify(canonical)
                path = self.put(template_id + ".mou", ugly)

                # It is valid, and has the same fingerprint as the template.
                self.assertExit(run("validate", path), EXIT_OK)
                f = run("fingerprint", path)
                self.assertEqual(f.out.split()[0], hashlib.sha256(canonical).hexdigest())

                r = run("fmt", "--check", path)
                self.assertExit(r, EXIT_FINDINGS)
                self.assertIn("%s: not in canonical form" % path, r.out)
                self.assertEqual(read(path), ugly)

                r = run("fmt", path)
                self.assertExit(r, EXIT_OK)
                self.assertIn(path, r.out)
                self.assertEqual(read(path), canonical)

                r = run("fmt", path)
                self.assertExit(r, EXIT_OK)
                self.assertEqual(r.out, "")
                self.assertEqual(read(path), canonical)
                self.assertExit(run("fmt", "--check", path), EXIT_OK)
        self.assertEqual(sorted(os.listdir(self.tmp)),
                         sorted(t + ".mou" for t in TEMPLATE_IDS))

    def test_check_names_only_the_non_canonical(self):
        good = self.put("good.mou", CLEAN)
        ugly = self.put("ugly.mou", uglify(CLEAN.encode()))
        r = run("fmt", "--check", good, ugly)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertIn(ugly, r.out)
        self.assertNotIn(good, r.out)

    def test_check_reports_each_file_once(self):
        ugly = self.put("ugly.mou", uglify(CLEAN.encode()))
        r = run("fmt", "--check", ugly)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertEqual(r.out, "%s: not in canonical form\n" % ugly)

    def test_reformat_reports_each_file_once(self):
        ugly = self.put("ugly.mou", uglify(CLEAN.encode()))
        r = run("fmt", ugly)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "%s: reformatted\n" % ugly)

    def test_several_files(self):
        a = self.put("a.mou", uglify(CLEAN.encode()))
        b = self.put("b.mou", CLEAN)
        c = self.put("c.mou", uglify(read(template_path("blank"))))
        r = run("fmt", a, b, c)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(read(a), CLEAN.encode())
        self.assertEqual(read(b), CLEAN.encode())
        self.assertEqual(read(c), read(template_path("blank")))

    def test_crlf(self):
        crlf = read(os.path.join(SOURCE_ROOT, "tests", "data", "crlf.mou"))
        self.assertIn(b"\r\n", crlf)
        path = self.put("crlf.mou", crlf)
        r = run("fmt", "--check", path)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertEqual(read(path), crlf)
        r = run("fmt", path)
        self.assertExit(r, EXIT_OK)
        out = read(path)
        self.assertNotIn(b"\r", out)
        self.assertEqual(out, crlf.replace(b"\r\n", b"\n"))
        self.assertExit(run("fmt", "--check", path), EXIT_OK)

    def test_broken_file_untouched(self):
        for name, doc in (("schema.mou", BROKEN_SCHEMA), ("xml.mou", BROKEN_XML)):
            with self.subTest(name=name):
                path = self.put(name, doc)
                r = run("fmt", path)
                self.assertPositionedError(r, path)
                self.assertEqual(read(path), doc.encode())
        self.assertEqual(sorted(os.listdir(self.tmp)), ["schema.mou", "xml.mou"])

    def test_one_broken_among_several(self):
        bad = self.put("bad.mou", BROKEN_SCHEMA)
        ugly = self.put("ugly.mou", uglify(CLEAN.encode()))
        r = run("fmt", bad, ugly)
        self.assertExit(r, EXIT_DATAERR)
        self.assertEqual(read(bad), BROKEN_SCHEMA.encode())
        # The good file is still formatted.
        self.assertEqual(read(ugly), CLEAN.encode())

    def test_text_kept_exactly(self):
        # Leading and trailing spaces in text and escapes survive fmt.
        doc = replace_once(CLEAN, "<p>The parties will review",
                           "<p>  Tom &amp; Jerry &lt;say&gt; \u201cwe\u201d will review")
        doc = replace_once(doc, 'to-body="its members"', 'to-body="its &quot;members&quot;"')
        path = self.put("text.mou", doc)
        r = run("fmt", "--check", path)
        self.assertExit(r, EXIT_OK)
        t = run("text", path)
        self.assertIn("    " + "  Tom & Jerry <say> \u201cwe\u201d will review", t.out)
        self.assertIn('its "members"', t.out)


class TestGeneratorRoundTrip(CliTestCase):
    SEEDS = range(1, 301)
    BATCH = 50

    def test_generated_files_are_canonical(self):
        paths = []
        for seed in self.SEEDS:
            paths.append(generate(seed, self.path("seed-%03d.mou" % seed),
                                  unicode=seed % 2 == 1))
        digests = {p: sha256(p) for p in paths}
        for i in range(0, len(paths), self.BATCH):
            batch = paths[i:i + self.BATCH]
            r = run("fmt", "--check", *batch)
            self.assertExit(r, EXIT_OK)
            self.assertEqual(r.out, "")
            self.assertEqual(r.err, "")
        for p in paths:
            self.assertEqual(sha256(p), digests[p], p)

        # text and fingerprint on a sample, both with and without --unicode.
        for seed in list(self.SEEDS)[::37] + [2, 299]:
            p = paths[seed - 1]
            with self.subTest(seed=seed):
                t = run("text", p)
                self.assertExit(t, EXIT_OK)
                self.assertEqual(t.err, "")
                self.assertIn("Memorandum of Understanding on", t.out)
                revision = re.search(r"<revision>([^<]*)</revision>", read(p).decode())
                if revision is None or revision.group(1) == "0":
                    # Revision 0 is none yet, and text prints no line for it.
                    self.assertNotRegex(t.out, r"(?m)^Revision:")
                else:
                    self.assertIn("\nRevision: %s\n" % revision.group(1), t.out)
                f = run("fingerprint", p)
                self.assertExit(f, EXIT_OK)
                # The file is canonical, so its fingerprint is its SHA-256.
                self.assertEqual(f.out, "%s  %s\n" % (digests[p], p))
                v = run("validate", p)
                self.assertExit(v, EXIT_OK)
                self.assertEqual(v.out, "%s: valid\n" % p)

    def test_generator_is_deterministic(self):
        a = read(generate(7, self.path("a.mou"), unicode=True))
        b = read(generate(7, self.path("b.mou"), unicode=True))
        self.assertEqual(a, b)


_SEVERITIES = None


def lint_severities():
    """code -> severity, from lint's own table (concord-cli lint --codes)."""
    global _SEVERITIES
    if _SEVERITIES is None:
        r = run("lint", "--codes")
        assert r.rc == EXIT_OK, r
        _SEVERITIES = {}
        for line in r.out.splitlines():
            code, severity, _ = line.split(None, 2)
            _SEVERITIES[code] = severity
    return _SEVERITIES


class TestLint(CliTestCase):
    def test_template_findings(self):
        path = self.put("sli.mou", read(template_path("sector-led-improvement")))
        r = run("lint", path)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertEqual(r.err, "")
        codes = self.findings(r, path)
        self.assertIn("area-overlap", codes)
        self.assertIn("placeholder", codes)
        self.assertRegex(r.out, r"area-overlap: clause \d+ \([a-z-]+\): .*leadership-development")
        self.assertEqual(read(path), read(template_path("sector-led-improvement")))

    def test_clean(self):
        path = self.put("clean.mou", CLEAN)
        r = run("lint", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        self.assertEqual(r.err, "")

    def test_area_overlap(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        r, codes = self.lint_codes("overlap.mou", doc)
        self.assertEqual(codes, ["area-overlap"])
        self.assertIn("clause 1.3 (role-beta-alpha)", r.out)
        self.assertIn("Alphaco", r.out)
        self.assertIn("Betaco", r.out)
        self.assertIn("alpha-work", r.out)

    def test_area_overlap_resolved_by_boundary(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        for a, b in (("alpha", "beta"), ("beta", "alpha")):
            with self.subTest(side_a=a, side_b=b):
                r, codes = self.lint_codes("bounded.mou", with_boundary(doc, a, b, "alpha-work"))
                self.assertEqual(codes, [])
                self.assertEqual(r.out, "")

    def test_boundary_in_another_area_does_not_resolve_overlap(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        r, codes = self.lint_codes("other-area.mou", with_boundary(doc, "alpha", "beta", "beta-work"))
        self.assertEqual(codes, ["area-overlap"])

    def test_same_owner_twice_is_no_overlap(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK.replace('owner="beta"', 'owner="alpha"'))
        r, codes = self.lint_codes("same-owner.mou", doc)
        self.assertEqual(codes, [])

    def test_area_unowned(self):
        doc = replace_once(CLEAN, '<clause id="gen-review" kind="general" status="agreed">',
                           '<clause id="gen-review" kind="general" status="agreed" areas="orphan-work">')
        r, codes = self.lint_codes("unowned.mou", doc)
        self.assertEqual(codes, ["area-unowned"])
        self.assertIn("orphan-work", r.out)
        self.assertIn("(gen-review)", r.out)

    def test_signatory_unaccountable(self):
        doc = replace_once(CLEAN, ACC_BETA, "")
        r, codes = self.lint_codes("unaccountable.mou", doc)
        self.assertEqual(codes, ["signatory-unaccountable"])
        self.assertIn("party beta", r.out)
        # A stakeholder need not be accountable to anyone in the memorandum.
        doc = replace_once(doc, '<party id="beta" kind="signatory">',
                           '<party id="beta" kind="stakeholder">')
        doc = replace_once(doc, """\
    <signature party="beta">
      <person>Ben Baker</person>
      <title>Director</title>
      <date>2026-03-02</date>
      <place>York</place>
    </signature>
""", "")
        r, codes = self.lint_codes("stakeholder.mou", doc)
        self.assertEqual(codes, [])

    def test_party_no_role(self):
        doc = replace_once(CLEAN, "  </parties>\n", """\
    <party id="gamma" kind="stakeholder">
      <name>Gamma Group</name>
      <short-name>Gammaco</short-name>
    </party>
  </parties>
""")
        r, codes = self.lint_codes("no-role.mou", doc)
        self.assertEqual(codes, ["party-no-role"])
        self.assertIn("party gamma", r.out)
        self.assertIn("Gammaco", r.out)

    def test_disputed_clause(self):
        doc = replace_once(CLEAN, '<clause id="gen-review" kind="general" status="agreed">',
                           '<clause id="gen-review" kind="general" status="disputed">')
        r, codes = self.lint_codes("draft.mou", doc)
        self.assertEqual(codes, [], "a disputed clause is fine in a draft")
        for status in ("agreed", "signed"):
            with self.subTest(status=status):
                r, codes = self.lint_codes(status + ".mou", with_status(doc, status))
                self.assertEqual(codes, ["disputed-clause"])
                self.assertIn("clause 3.1 (gen-review)", r.out)
                self.assertIn(status, r.out)
                # Without the disputed clause, agreed and signed are clean.
                r, codes = self.lint_codes(status + "-clean.mou", with_status(CLEAN, status))
                self.assertEqual(codes, [])

    def test_missing_clause_ref(self):
        doc = replace_once(CLEAN, '<clause-ref ref="role-beta"/>', '<clause-ref ref="no-such-clause"/>')
        r, codes = self.lint_codes("missing-ref.mou", doc)
        self.assertEqual(codes, ["missing-clause-ref"])
        self.assertIn("no-such-clause", r.out)
        self.assertIn("(gen-review)", r.out)

    def test_incomplete_clause(self):
        cases = {
            "role": """\
    <clause id="role-nobody" kind="role" status="agreed">
      <heading>Somebody's work</heading>
      <p>Somebody will do it.</p>
    </clause>
""",
            "boundary": """\
    <clause id="bnd-one-side" kind="boundary" status="agreed" side-a="alpha">
      <heading>One side</heading>
      <p>Only one side is named.</p>
    </clause>
""",
            "accountability": """\
    <clause id="acc-nobody" kind="accountability" status="agreed" to-body="Parliament" mechanisms="reporting">
      <heading>Someone answers</heading>
      <p>Someone answers to Parliament.</p>
    </clause>
""",
        }
        for kind, clause in cases.items():
            with self.subTest(kind=kind):
                r, codes = self.lint_codes(kind + ".mou", with_general(CLEAN, clause))
                self.assertEqual(codes, ["incomplete-clause"])
                self.assertIn("clause 3.2", r.out)

    def test_placeholder(self):
        doc = replace_once(CLEAN, "each year, as set out",
                           "every <placeholder>number of months</placeholder>, as set out")
        r, codes = self.lint_codes("placeholder.mou", doc)
        self.assertEqual(codes, ["placeholder"])
        self.assertIn("number of months", r.out)
        self.assertIn("(gen-review)", r.out)

        doc = replace_once(CLEAN, "<effective-date>2026-04-01</effective-date>",
                           '<effective-date placeholder="Start date"/>')
        r, codes = self.lint_codes("field.mou", doc)
        self.assertEqual(codes, ["placeholder"])
        self.assertIn("effective-date", r.out)
        self.assertIn("Start date", r.out)

    # Severities, positions and dismissals.

    def test_severity_and_line(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        path = self.put("overlap.mou", doc)
        r = run("lint", path)
        self.assertExit(r, EXIT_FINDINGS)
        [(line, severity, code, rest)] = self.parse_findings(r, path)
        self.assertEqual((severity, code), ("warning", "area-overlap"))
        # The line of the clause the finding is about.
        lines = doc.split("\n")
        self.assertIn('<clause id="role-beta-alpha"', lines[line - 1])
        # A finding about a party points at the party.
        doc = replace_once(CLEAN, ACC_BETA, "")
        path = self.put("unaccountable.mou", doc)
        r = run("lint", path)
        [(line, severity, code, rest)] = self.parse_findings(r, path)
        self.assertEqual((severity, code), ("warning", "signatory-unaccountable"))
        self.assertIn('<party id="beta"', doc.split("\n")[line - 1])

    def test_signatory_unaccountable_is_a_warning(self):
        # A framework memorandum between a department and its regulator has
        # a signatory that answers to nobody by design.
        self.assertEqual(lint_severities()["signatory-unaccountable"], "warning")
        self.assertEqual(lint_severities()["missing-clause-ref"], "error")

    def test_notes_do_not_fail(self):
        doc = replace_once(CLEAN, '<clause id="role-beta" kind="role"',
                           '<clause id="role-beta" number="1.4" kind="role"')
        r, codes = self.lint_codes("gap.mou", doc)
        self.assertEqual(codes, ["numbering-gap"])
        self.assertExit(r, EXIT_OK)
        self.assertIn(": note: numbering-gap: clause 1.4 (role-beta)", r.out)

    def test_severity_filter(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        doc = replace_once(doc, '<clause-ref ref="role-beta"/>', '<clause-ref ref="nothing"/>')
        doc = replace_once(doc, '<clause id="role-beta" kind="role"',
                           '<clause id="role-beta" number="1.4" kind="role"')
        path = self.put("mixed.mou", doc)
        by_level = {}
        for level in ("note", "warning", "error"):
            r = run("lint", "--severity=" + level, path)
            self.assertExit(r, EXIT_FINDINGS)
            by_level[level] = sorted((f[1], f[2]) for f in self.parse_findings(r, path))
        self.assertEqual(by_level["error"], [("error", "missing-clause-ref")])
        self.assertEqual(by_level["warning"], [("error", "missing-clause-ref"),
                                               ("warning", "area-overlap")])
        self.assertIn(("note", "numbering-gap"), by_level["note"])
        self.assertEqual(len(by_level["note"]), len(set(by_level["note"])))
        self.assertEqual(run("lint", path).out, run("lint", "--severity", "note", path).out)
        # Only warnings left: --severity=error passes.
        only_warning = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        path = self.put("warning.mou", only_warning)
        self.assertExit(run("lint", "--severity=error", path), EXIT_OK)
        self.assertEqual(run("lint", "--severity=error", path).out, "")
        self.assertExit(run("lint", "--severity=warning", path), EXIT_FINDINGS)
        for bad in ("--severity=fatal", "--severity=", "--severity=ERROR"):
            with self.subTest(option=bad):
                r = run("lint", bad, path)
                self.assertExit(r, EXIT_USAGE)
                self.assertEqual(r.out, "")
                self.assertIn("severity", r.err)

    def with_dismissals(self, doc, *entries):
        body = "".join('    <dismiss code="%s" target="%s">%s</dismiss>\n' % e for e in entries)
        return replace_once(doc, "</memorandum>\n",
                            "  <dismissals>\n%s  </dismissals>\n</memorandum>\n" % body)

    def test_dismissed_finding(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        doc = self.with_dismissals(doc, ("area-overlap", "clause:role-beta-alpha",
                                         "Both do alpha work &amp; say so in\n      clause 1.1."))
        path = self.put("dismissed.mou", doc)
        self.assertExit(run("validate", path), EXIT_OK)
        r = run("lint", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        self.assertEqual(r.err, "")
        r = run("lint", "--all", path)
        self.assertExit(r, EXIT_OK)
        [(line, severity, code, rest)] = self.parse_findings(r, path)
        self.assertEqual((severity, code), ("warning", "area-overlap"))
        # The reason, on the finding's one line.
        self.assertTrue(rest.endswith("[dismissed: Both do alpha work & say so in       clause 1.1.]"),
                        rest)
        # Kept through fmt: the file with its dismissals is already canonical.
        r = run("fmt", "--check", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(read(path).decode("utf-8"), doc)
        xmllint = shutil.which("xmllint")
        if xmllint is not None:
            schema = os.path.join(SOURCE_ROOT, "data", "concord.rng")
            p = subprocess.run([xmllint, "--noout", "--nonet", "--relaxng", schema, path],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
        # Fixing the problem (a boundary) leaves the dismissal with nothing
        # to do: a note.
        fixed = with_boundary(doc, "alpha", "beta", "alpha-work")
        r, codes = self.lint_codes("fixed.mou", fixed)
        self.assertEqual(codes, ["dismissal-unused"])
        self.assertExit(r, EXIT_OK)
        # Removing the clause leaves it naming nothing: a note too, at the
        # dismissal's line.
        gone = doc.replace(BETA_ALSO_OWNS_ALPHA_WORK, "")
        r, codes = self.lint_codes("gone.mou", gone)
        self.assertEqual(codes, ["dismissal-stale"])
        self.assertExit(r, EXIT_OK)
        [(line, _, _, rest)] = self.parse_findings(r, os.path.join(self.tmp, "gone.mou"))
        self.assertIn('<dismiss code="area-overlap"', gone.split("\n")[line - 1])
        self.assertIn("clause:role-beta-alpha", rest)

    def test_dismissal_of_one_field(self):
        doc = replace_once(CLEAN, "<effective-date>2026-04-01</effective-date>",
                           '<effective-date placeholder="Start date"/>\n'
                           '  <review-date placeholder="Review date"/>')
        r, codes = self.lint_codes("two.mou", doc)
        self.assertEqual(codes, ["placeholder", "placeholder"])
        one = self.with_dismissals(doc, ("placeholder", "details#review-date", "Set at the first board."))
        r, codes = self.lint_codes("one.mou", one)
        self.assertEqual(codes, ["placeholder"])
        self.assertIn("effective-date", r.out)
        # validate's reminders leave out a dismissed placeholder too.
        v = run("validate", os.path.join(self.tmp, "one.mou"))
        self.assertIn("Start date", v.err)
        self.assertNotIn("Review date", v.err)
        both = self.with_dismissals(doc, ("placeholder", "details", "Dates come later."))
        r, codes = self.lint_codes("both.mou", both)
        self.assertEqual(codes, [])

    def test_hostile_dismissals(self):
        doc = with_roles(CLEAN, BETA_ALSO_OWNS_ALPHA_WORK)
        cases = {
            # A code from a newer Concord: kept, reported, dismisses nothing.
            "unknown": ([("no-such-code", "clause:role-beta-alpha", "Why not.")],
                        ["area-overlap", "dismissal-unknown-code"], EXIT_FINDINGS),
            "not-dismissable": ([("dismissal-unused", "details", "Quiet.")],
                                ["area-overlap", "dismissal-unknown-code"], EXIT_FINDINGS),
            # No reason, or only blanks: the finding stays, with a warning.
            "empty": ([("area-overlap", "clause:role-beta-alpha", "")],
                      ["area-overlap", "dismissal-no-reason"], EXIT_FINDINGS),
            "blank": ([("area-overlap", "clause:role-beta-alpha", " \n\t ")],
                      ["area-overlap", "dismissal-no-reason"], EXIT_FINDINGS),
            # Twice: the first counts, the second is a note.
            "duplicate": ([("area-overlap", "clause:role-beta-alpha", "One."),
                           ("area-overlap", "clause:role-beta-alpha", "Two.")],
                          ["dismissal-duplicate"], EXIT_OK),
            # A target of the wrong kind, or malformed, names nothing.
            "wrong-kind": ([("area-overlap", "party:role-beta-alpha", "Hm.")],
                           ["area-overlap", "dismissal-stale"], EXIT_FINDINGS),
            "malformed": ([("area-overlap", "role-beta-alpha", "Hm.")],
                          ["area-overlap", "dismissal-stale"], EXIT_FINDINGS),
            "other-code": ([("disputed-clause", "clause:role-beta-alpha", "Hm.")],
                           ["area-overlap", "dismissal-unused"], EXIT_FINDINGS),
        }
        for name, (entries, expected, code) in cases.items():
            with self.subTest(case=name):
                hostile = self.with_dismissals(doc, *entries)
                r, codes = self.lint_codes(name + ".mou", hostile)
                self.assertEqual(sorted(codes), sorted(expected))
                self.assertExit(r, code)
                # Kept as written through fmt, whatever lint thinks of them.
                path = os.path.join(self.tmp, name + ".mou")
                self.assertExit(run("fmt", path), EXIT_OK)
                again = run("lint", path)
                self.assertEqual(sorted(self.findings(again, path)), sorted(expected))
                self.assertEqual(read(path).count(b"<dismiss "), len(entries))
        # What the schema refuses: no code, no target, a blank code, markup.
        for bad in ('<dismiss target="details">x</dismiss>',
                    '<dismiss code="placeholder">x</dismiss>',
                    '<dismiss code="" target="details">x</dismiss>',
                    '<dismiss code="placeholder" target="details"><b>x</b></dismiss>'):
            with self.subTest(bad=bad):
                path = self.put("bad.mou", replace_once(
                    CLEAN, "</memorandum>\n", "  <dismissals>\n    %s\n  </dismissals>\n</memorandum>\n" % bad))
                r = run("lint", path)
                self.assertExit(r, EXIT_DATAERR)
                self.assertEqual(r.out, "")

    def test_codes_are_documented(self):
        # docs/LINT.md lists every code with the severity lint gives it.
        with open(os.path.join(SOURCE_ROOT, "docs", "LINT.md"), encoding="utf-8") as f:
            text = f.read()
        documented = dict(re.findall(r"(?m)^\| `([a-z-]+)` \| (error|warning|note) \|", text))
        self.assertEqual(documented, lint_severities())
        r = run("lint", "--codes", "extra.mou")
        self.assertExit(r, EXIT_USAGE)


class TestText(CliTestCase):
    def text(self, doc, name="text.mou"):
        path = self.put(name, doc)
        r = run("text", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.err, "")
        return r.out

    def assertLines(self, text, expected):
        """The expected lines appear in this order (not necessarily
        adjacent)."""
        lines = text.split("\n")
        at = 0
        for want in expected:
            try:
                at = lines.index(want, at) + 1
            except ValueError:
                self.fail("line %r not found (in order) in:\n%s" % (want, text))

    def test_hierarchical(self):
        out = self.text(text_doc())
        self.assertLines(out, [
            "Memorandum of Understanding on Numbering",
            "1 Roles",
            "1.1 Alpha work",
            "1.2 Beta work",
            "2 General",
            "2.1 Items",
            "    The parties will:",
            "    2.1.1 first item;",
            "    2.1.2 second item, in which Betaco will:",
            "      2.1.2.1 first sub-item;",
            "      2.1.2.2 second sub-item; and",
            "    2.1.3 third item.",
            "Note",
            "    This clause is not numbered.",
            "2.2 Cross-reference",
            "    As set out in clause 1.2, Betaco leads.",
        ])

    def test_continuous_alpha(self):
        out = self.text(text_doc("continuous", "alpha"))
        self.assertLines(out, [
            "Roles",
            "1 Alpha work",
            "2 Beta work",
            "General",
            "3 Items",
            "    The parties will:",
            "    (a) first item;",
            "    (b) second item, in which Betaco will:",
            "      (i) first sub-item;",
            "      (ii) second sub-item; and",
            "    (c) third item.",
            "Note",
            "4 Cross-reference",
            "    As set out in clause 2, Betaco leads.",
        ])
        self.assertNotIn("1 Roles", out)
        self.assertNotIn("2.1", out)

    def test_continuous_decimal(self):
        out = self.text(text_doc("continuous"))
        self.assertLines(out, [
            "3 Items",
            "    3.1 first item;",
            "    3.2 second item, in which Betaco will:",
            "      3.2.1 first sub-item;",
            "      3.2.2 second sub-item; and",
            "    3.3 third item.",
            "4 Cross-reference",
        ])

    def test_hierarchical_alpha(self):
        out = self.text(text_doc(None, "alpha"))
        self.assertLines(out, ["2.1 Items", "    (a) first item;", "      (ii) second sub-item; and",
                               "    (c) third item.", "2.2 Cross-reference"])

    def test_party_rename(self):
        doc = text_doc()
        before = self.text(doc)
        n = before.count("Betaco")
        self.assertGreaterEqual(n, 5)
        after = self.text(replace_once(doc, "<short-name>Betaco</short-name>",
                                       "<short-name>Bravo Ltd</short-name>"), "renamed.mou")
        self.assertEqual(after.count("Betaco"), 0)
        self.assertEqual(after.count("Bravo Ltd"), n)
        self.assertEqual(after, before.replace("Betaco", "Bravo Ltd"))
        self.assertIn("    As set out in clause 1.2, Bravo Ltd leads.", after)

    def test_full_form_party_ref(self):
        out = self.text(CLEAN)
        self.assertIn("Betaco answers to Alpha Agency through audit.", out)
        out = self.text(replace_once(CLEAN, "<name>Alpha Agency</name>",
                                     "<name>Alpha National Agency</name>"), "renamed.mou")
        self.assertIn("Betaco answers to Alpha National Agency through audit.", out)

    def test_placeholders(self):
        out = self.text(text_doc())
        self.assertIn("    Betaco will do the beta work for [amount] a year.", out)
        self.assertIn("Reference: [Reference number]", out)

    def test_clause_ref_follows_renumbering(self):
        for numbering, before, after in ((None, "1.2", "1.3"), ("continuous", "2", "3")):
            with self.subTest(numbering=numbering):
                doc = text_doc(numbering)
                out = self.text(doc)
                self.assertIn("    As set out in clause %s, Betaco leads." % before, out)
                inserted = replace_once(doc, '    <clause id="role-beta"',
                                        NEW_ROLE_BEFORE_BETA + '    <clause id="role-beta"')
                out = self.text(inserted, "inserted.mou")
                self.assertIn("%s Beta work" % after, out.split("\n"))
                self.assertIn("    As set out in clause %s, Betaco leads." % after, out)

    def test_clause_ref_into_later_section(self):
        doc = replace_once(text_doc(), '<p><party-ref ref="alpha"/> will do the alpha work',
                           '<p>Under clause <clause-ref ref="gen-ref"/>, <party-ref ref="alpha"/> will do the alpha work')
        out = self.text(doc)
        self.assertIn("    Under clause 2.2, Alphaco will do the alpha work with Betaco.", out)

    def test_missing_clause_ref(self):
        doc = replace_once(text_doc(), '<clause-ref ref="role-beta"/>', '<clause-ref ref="gone"/>')
        out = self.text(doc)
        self.assertIn("    As set out in clause [missing clause], Betaco leads.", out)

    def test_crlf(self):
        crlf = os.path.join(SOURCE_ROOT, "tests", "data", "crlf.mou")
        r = run("text", crlf)
        self.assertExit(r, EXIT_OK)
        self.assertNotIn("\r", r.out)
        self.assertIn("LGA will lead sector-led improvement and report to DfE each year.", r.out)


NUMBERING_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<memorandum xmlns="urn:concord:mou:1" format-version="1" id="numbering" status="draft" language="en-GB" item-style="alpha" number-format="trailing-dot" annex-numbering="dotted">
  <title>Re-typed memorandum</title>
  <revision>1</revision>
  <parties/>
  <section id="s-one" kind="general">
    <heading>One</heading>
    <clause id="c-one" kind="general" status="agreed">
      <p>See <clause-ref ref="c-four" form="full"/>, <clause-ref ref="item-b" form="full"/>, <clause-ref ref="annex-roles" form="full"/>, <clause-ref ref="annex-para" form="full"/>, <clause-ref ref="s-two" form="full"/> and clause <clause-ref ref="c-five"/>.</p>
      <item>first;</item>
      <item id="item-b">second.</item>
    </clause>
    <clause id="c-two" kind="general" status="agreed">
      <item>restarted.</item>
    </clause>
  </section>
  <section id="s-two" kind="general">
    <heading>Two</heading>
    <clause id="c-twoone" kind="general" status="agreed">
      <p>Two one.</p>
    </clause>
    <clause id="c-twotwo" kind="general" status="agreed">
      <p>Two two.</p>
    </clause>
    <clause id="c-four" kind="general" status="agreed" number="2.4">
      <p>Two four.</p>
    </clause>
    <clause id="c-five" kind="general" status="agreed">
      <p>Two five. This memorandum is not legally binding: the parties will review it each year, may vary it in writing or end it on notice, and will settle any disagreement between themselves.</p>
    </clause>
  </section>
  <annex id="annex-roles">
    <heading>Roles</heading>
    <subheading>The council</subheading>
    <p>Annex paragraph one.</p>
    <p id="annex-para">Annex paragraph two.</p>
  </annex>
</memorandum>
"""


class TestNumbering(CliTestCase):
    """Fixed numbers, number formats, annex paragraphs and cross-references
    in words (docs/FORMAT.md, "Numbering and cross-references")."""

    def test_text(self):
        path = self.put("n.mou", NUMBERING_DOC)
        r = run("text", path)
        self.assertExit(r, EXIT_OK)
        lines = r.out.split("\n")
        for want in ["1. One", "1.1.", "    (a) first;", "    (b) second.", "1.2.", "    (a) restarted.",
                     "2. Two", "2.1.", "2.2.", "2.4.", "2.5.", "Annex A: Roles", "  The council",
                     "    A.1. Annex paragraph one.", "    A.2. Annex paragraph two."]:
            self.assertIn(want, lines)
        self.assertIn("    See clause 2.4, paragraph 1.1(b), Annex A, paragraph A.2, section 2 and clause 2.5.",
                      lines)
        self.assertNotIn("2.3.", lines)

    def test_defaults_print_as_before(self):
        doc = NUMBERING_DOC.replace(' item-style="alpha" number-format="trailing-dot" annex-numbering="dotted"', "")
        r = run("text", self.put("plain.mou", doc))
        self.assertExit(r, EXIT_OK)
        lines = r.out.split("\n")
        for want in ["1 One", "1.1", "    1.1.1 first;", "2.4", "    Annex paragraph two."]:
            self.assertIn(want, lines)
        self.assertIn("    See clause 2.4, clause 1.1.2, Annex A, Annex A, section 2 and clause 2.5.", lines)

    def test_continuous_says_paragraph(self):
        doc = NUMBERING_DOC.replace(' item-style="alpha"', ' numbering="continuous" item-style="alpha"')
        doc = replace_once(doc, 'number="2.4"', 'number="7"')
        r = run("text", self.put("uk.mou", doc))
        self.assertExit(r, EXIT_OK)
        lines = r.out.split("\n")
        for want in ["One", "1.", "2.", "Two", "3.", "4.", "7.", "8."]:
            self.assertIn(want, lines)
        self.assertIn("    See paragraph 7, paragraph 1(b), Annex A, paragraph A.2, section “Two” and clause 8.", lines)
        numbered = doc.replace(' numbering="continuous"', ' numbering="continuous" numbered-headings="true"')
        r = run("text", self.put("uk-numbered.mou", numbered))
        self.assertIn("2. Two", r.out.split("\n"))
        self.assertIn("section 2 and clause 8.", r.out)
        r = run("text", self.put("uk-clause.mou", numbered.replace(' numbered-headings="true"',
                                                                   ' numbered-headings="true" clause-word="clause"')))
        self.assertIn("    See clause 7, paragraph 1(b),", r.out)

    def test_canonical_and_valid(self):
        path = self.put("n.mou", NUMBERING_DOC)
        self.assertExit(run("validate", path), EXIT_OK)
        self.assertExit(run("fmt", "--check", path), EXIT_OK)
        # The schema itself, read by another validator, agrees.
        xmllint = shutil.which("xmllint")
        if xmllint is not None:
            schema = os.path.join(SOURCE_ROOT, "data", "concord.rng")
            p = subprocess.run([xmllint, "--noout", "--nonet", "--relaxng", schema, path],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            self.assertEqual(p.returncode, 0, p.stderr.decode(errors="replace"))
            bad = self.put("bad.mou", replace_once(NUMBERING_DOC, "<subheading>", '<subheading id="x">'))
            p = subprocess.run([xmllint, "--noout", "--nonet", "--relaxng", schema, bad],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            self.assertNotEqual(p.returncode, 0)

    def test_lint_notes_gap(self):
        r, codes = self.lint_codes("n.mou", NUMBERING_DOC)
        self.assertEqual(codes, ["numbering-gap"])
        self.assertIn("clause 2.4 (c-four): the numbering skips from 2.2 to 2.4", r.out)
        doc = replace_once(NUMBERING_DOC, 'number="2.4"', 'number="2.2"')
        r, codes = self.lint_codes("dup.mou", doc)
        self.assertIn("clause 2.2 (c-four): the number 2.2 is used twice", r.out)
        self.assertEqual(codes, ["numbering-duplicate"])
        doc = replace_once(NUMBERING_DOC, '<clause-ref ref="annex-para" form="full"/>',
                           '<clause-ref ref="gone" form="full"/>')
        r, codes = self.lint_codes("missing.mou", doc)
        self.assertIn("missing-clause-ref", codes)

    def test_bad_fixed_number(self):
        for bad in ["2.x", "0", "02", "2.4.1", "99999", "", "1e3", "2..4", "x" * 5000]:
            with self.subTest(number=bad[:10]):
                doc = replace_once(NUMBERING_DOC, 'number="2.4"', 'number="%s"' % bad)
                path = self.put("bad.mou", doc)
                for args in (["validate"], ["text"], ["fmt"]):
                    r = run(*args, path)
                    self.assertPositionedError(r, path, line=line_of(doc, '<clause id="c-four"'), column=5)
                    self.assertIn("is not a number such as 7 or 2.4", r.err)
                    self.assertEqual(read(path), doc.encode())

    def test_bad_settings(self):
        for old, new in [('number-format="trailing-dot"', 'number-format="dot"'),
                         ('annex-numbering="dotted"', 'annex-numbering="A.1"'),
                         ('item-style="alpha"', 'item-style="alpha" clause-word="article"'),
                         ('item-style="alpha"', 'item-style="alpha" numbered-headings="no"'),
                         ('<item id="item-b">', '<item id="c-two">'),
                         ('form="full"/>, <clause-ref ref="s-two"', 'form="words"/>, <clause-ref ref="s-two"')]:
            with self.subTest(new=new):
                doc = replace_once(NUMBERING_DOC, old, new)
                path = self.put("bad.mou", doc)
                self.assertPositionedError(run("validate", path), path)

    def test_diff(self):
        a = self.put("a.mou", NUMBERING_DOC)
        b = self.put("b.mou", replace_once(replace_once(NUMBERING_DOC, 'number="2.4"', 'number="2.6"'),
                                           ' number-format="trailing-dot"', ""))
        r = run("diff", a, b)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertIn("number format trailing-dot → plain", r.out)
        self.assertIn("fixed number 2.4 → 2.6", r.out)
        # A reference that follows a renumbering is not an edit of its clause.
        self.assertNotIn("c-one", r.out)
        c = self.put("c.mou", replace_once(NUMBERING_DOC, "The council", "The county council"))
        r = run("diff", a, c)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertEqual(r.out, "Annex A [annex-roles] changed: text\n    text: The {+county+} council\n")


class TestFingerprint(CliTestCase):
    def test_format(self):
        path = self.put("clean.mou", CLEAN)
        r = run("fingerprint", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.err, "")
        m = re.fullmatch(r"([0-9a-f]{64})  (.*)\n", r.out)
        self.assertIsNotNone(m, repr(r))
        self.assertEqual(m.group(2), path)
        self.assertEqual(m.group(1), hashlib.sha256(CLEAN.encode()).hexdigest())

    def test_layout_does_not_matter(self):
        a = self.put("a.mou", CLEAN)
        b = self.put("b.mou", uglify(CLEAN.encode()))
        c = self.put("c.mou", CLEAN.replace("\n", "\r\n"))
        prints = {p: run("fingerprint", p).out.split()[0] for p in (a, b, c)}
        self.assertEqual(len(set(prints.values())), 1, prints)
        # Nothing was rewritten.
        self.assertEqual(read(a), CLEAN.encode())
        self.assertEqual(read(b), uglify(CLEAN.encode()))

    def test_one_word_changes_it(self):
        a = self.put("a.mou", CLEAN)
        b = self.put("b.mou", replace_once(CLEAN, "will do the alpha work.", "will do the beta work."))
        fa = run("fingerprint", a).out.split()[0]
        fb = run("fingerprint", b).out.split()[0]
        self.assertRegex(fb, "^[0-9a-f]{64}$")
        self.assertNotEqual(fa, fb)

    def test_new_id_changes_it(self):
        a = self.path("a.mou")
        b = self.path("b.mou")
        self.assertExit(run("new", "--template", "blank", "-o", a), EXIT_OK)
        self.assertExit(run("new", "--template", "blank", "-o", b), EXIT_OK)
        self.assertNotEqual(run("fingerprint", a).out.split()[0],
                            run("fingerprint", b).out.split()[0])


class TestIcs(CliTestCase):
    """Review reminders: one all-day event per date, naming its clause."""

    def setUp(self):
        super().setUp()
        self.dated = os.path.join(SOURCE_ROOT, "tests", "data", "calendar", "dated.mou")

    def events(self, text):
        self.assertTrue(text.startswith("BEGIN:VCALENDAR\r\n"), text[:80])
        self.assertTrue(text.rstrip("\r\n").endswith("END:VCALENDAR"), text[-80:])
        return text.split("BEGIN:VEVENT\r\n")[1:]

    def test_dates_and_clauses(self):
        r = run("ics", self.dated)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.err, "")
        events = self.events(r.out)
        starts = [re.search(r"^DTSTART;VALUE=DATE:(\d{8})\r$", e, re.M).group(1) for e in events]
        self.assertEqual(starts, ["20280101", "20270331", "20270930", "20271101", "20270401"])
        clauses = [m.group(1) if m else None
                   for m in (re.search(r"^X-CONCORD-CLAUSE:(\S+)\r$", e, re.M) for e in events)]
        self.assertEqual(clauses, [None, "role-agency", "role-agency", "role-agency", "role-office"])
        self.assertIn("SUMMARY:Review: Memorandum of Understanding on the Coastal Flood", events[0])
        self.assertIn("clause 2.2", events[4])

    def test_output_file(self):
        out = self.path("dated.ics")
        r = run("ics", self.dated, "-o", out)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        self.assertEqual(len(self.events(read(out).decode())), 5)
        # An existing file is kept unless --force.
        write(out, b"mine")
        r = run("ics", self.dated, "-o", out)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn("--force", r.err)
        self.assertEqual(read(out), b"mine")
        self.assertExit(run("ics", self.dated, "-o", out, "--force"), EXIT_OK)
        self.assertEqual(len(self.events(read(out).decode())), 5)

    def test_no_dates(self):
        path = self.path("blank.mou")
        self.assertExit(run("new", "--template", "blank", "-o", path), EXIT_OK)
        r = run("ics", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(self.events(r.out), [])
        self.assertIn("names no dates", r.err)


class TestLibrary(CliTestCase):
    """The clause library: save by id, list, show; the same text saved
    again is the same version, a change a new one."""

    def setUp(self):
        super().setUp()
        self.dir = self.path("library")
        self.source = os.path.join(SOURCE_ROOT, "tests", "data", "published", "office-holders.mou")

    def lib(self, *args):
        return run("library", *args, "--dir", self.dir)

    def test_empty(self):
        r = self.lib("list")
        self.assertExit(r, EXIT_OK)
        self.assertEqual((r.out, r.err), ("", ""))

    def test_add_list_show(self):
        r = self.lib("add", self.source, "c-treasurer")
        self.assertExit(r, EXIT_OK)
        m = re.match(r"^c-treasurer: saved as ([a-z0-9-]+), version ([0-9a-f]{12})$", r.out.strip())
        self.assertIsNotNone(m, r.out)
        name, version = m.groups()
        self.assertTrue(os.path.isfile(os.path.join(self.dir, name + ".clause.mou")))
        r = self.lib("add", self.source, "s-roles")
        self.assertExit(r, EXIT_OK)
        section = re.match(r"^s-roles: saved as ([a-z0-9-]+), ", r.out).group(1)
        # Each file is a memorandum the loader accepts on its own.
        self.assertExit(run("validate", os.path.join(self.dir, section + ".section.mou")), EXIT_OK)
        listed = [line.split(None, 3) for line in self.lib("list").out.splitlines()]
        self.assertEqual(sorted((n, k) for n, k, v, t in listed), sorted([(name, "clause"), (section, "section")]))
        self.assertIn([name, "clause", version], [l[:3] for l in listed])
        r = self.lib("show", name)
        self.assertExit(r, EXIT_OK)
        self.assertTrue(r.out.startswith("%s clause %s\n" % (name, version)), r.out)
        # The owner is a party reference: shown as the fragment prints it.
        self.assertIn("Treasurer", r.out)
        # Saved again unchanged: the same entry and version.
        r = self.lib("add", self.source, "c-treasurer")
        self.assertIn("saved as %s, version %s" % (name, version), r.out)
        self.assertEqual(len(self.lib("list").out.splitlines()), 2)

    def test_new_version(self):
        first = self.lib("add", self.source, "c-treasurer", "--name", "treasurer-role")
        self.assertExit(first, EXIT_OK)
        changed = self.put("changed.mou", read(self.source).replace(b"<heading>The Treasurer</heading>",
                                                                    b"<heading>The Chancellor</heading>"))
        self.assertExit(run("validate", changed), EXIT_OK)
        second = self.lib("add", changed, "c-treasurer", "--name", "treasurer-role")
        self.assertExit(second, EXIT_OK)
        v1 = first.out.split("version ")[1].strip()
        v2 = second.out.split("version ")[1].strip()
        self.assertNotEqual(v1, v2)
        self.assertEqual(len(self.lib("list").out.splitlines()), 1)

    def test_refusals(self):
        self.assertExit(self.lib("add", self.source, "c-treasurer", "--name", "shared"), EXIT_OK)
        # A section may not take a clause's name.
        r = self.lib("add", self.source, "s-roles", "--name", "shared")
        self.assertExit(r, EXIT_DATAERR)
        self.assertIn("is a clause, not a section", r.err)
        for bad in ["../escape", "Upper", "-dash", "a/b", ""]:
            with self.subTest(name=bad):
                r = self.lib("add", self.source, "c-treasurer", "--name", bad)
                self.assertExit(r, EXIT_USAGE)
                self.assertEqual(r.out, "")
                r = self.lib("show", bad)
                self.assertExit(r, EXIT_USAGE)
        self.assertFalse(os.path.exists(self.path("escape.clause.mou")))
        r = self.lib("show", "missing")
        self.assertExit(r, EXIT_USAGE)
        self.assertIn("no entry", r.err)
        r = self.lib("add", self.source, "no-such-id")
        self.assertExit(r, EXIT_USAGE)
        self.assertIn("no-such-id", r.err)

    def test_bad_input(self):
        broken = self.put("broken.mou", CLEAN[:len(CLEAN) // 2])
        r = self.lib("add", broken, "c1")
        self.assertPositionedError(r, broken)
        self.assertFalse(os.path.exists(self.dir))
        r = self.lib("add", self.path("missing.mou"), "c1")
        self.assertExit(r, EXIT_IOERR)

    def test_hostile_library_files(self):
        """Whatever lands in the folder is read with the loader's checks:
        a broken, a huge or a misshapen entry is named and the rest listed."""
        self.assertExit(self.lib("add", self.source, "c-treasurer", "--name", "good"), EXIT_OK)
        write(os.path.join(self.dir, "broken.clause.mou"), b"<memorandum")
        write(os.path.join(self.dir, "huge.clause.mou"), b" " * (17 * 1024 * 1024))
        # A section-shaped file named as a clause.
        self.assertExit(self.lib("add", self.source, "s-roles", "--name", "roles"), EXIT_OK)
        os.rename(os.path.join(self.dir, "roles.section.mou"), os.path.join(self.dir, "roles.clause.mou"))
        write(os.path.join(self.dir, "Bad Name.clause.mou"), read(os.path.join(self.dir, "good.clause.mou")))
        os.symlink("/dev/zero", os.path.join(self.dir, "zero.clause.mou"))
        r = run_bounded(self.tmp, "library", "list", "--dir", self.dir)
        self.assertExit(r, EXIT_OK)
        self.assertLess(r.rss_kib, MAX_RSS_KIB)
        self.assertEqual([l.split()[0] for l in r.out.splitlines()], ["good"])
        for name in ["broken.clause.mou", "huge.clause.mou", "roles.clause.mou", "Bad Name.clause.mou",
                     "zero.clause.mou"]:
            self.assertIn(name, r.err)
        r = self.lib("show", "roles")
        self.assertExit(r, EXIT_DATAERR)
        self.assertEqual(r.out, "")


def with_comment(source, comment, clause=b"c-treasurer"):
    """`source` (bytes) with `comment` added to `clause`."""
    at = source.index(b"</clause>", source.index(b'id="' + clause + b'"'))
    return source[:at] + comment.encode() + source[at:]


class TestComments(CliTestCase):
    """Comment threads: shown by diff, kept by merge, printed only with
    --with-comments and never in a signed copy."""

    ONE = ('<comment id="k1"><message author="Ana Smith" date="2026-12-04T10:00:00Z">'
           'List the advice?</message></comment>')
    TWO = ('<comment id="k2"><message author="Cy Lee" date="2026-12-04T12:00:00Z">'
           'Their thought.</message></comment>')

    def setUp(self):
        super().setUp()
        self.base = read(os.path.join(SOURCE_ROOT, "tests", "data", "published", "office-holders.mou"))
        self.base_path = self.put("base.mou", self.base)
        self.ours = self.put("ours.mou", with_comment(self.base, self.ONE))

    def test_valid_and_in_diff(self):
        self.assertExit(run("validate", self.ours), EXIT_OK)
        r = run("diff", self.base_path, self.ours, "--color=never")
        self.assertExit(r, EXIT_FINDINGS)
        self.assertIn("[c-treasurer] changed: comments", r.out)
        self.assertIn("Open: Ana Smith, 2026-12-04: List the advice?", r.out)
        # Not the memorandum's text.
        self.assertNotIn("List the advice", run("text", self.ours).out)

    def test_merge_keeps_both(self):
        theirs = self.put("theirs.mou", with_comment(self.base, self.TWO))
        out = self.path("merged.mou")
        r = run("merge", self.base_path, self.ours, theirs, "-o", out)
        self.assertExit(r, EXIT_OK)
        merged = read(out).decode()
        self.assertIn("List the advice?", merged)
        self.assertIn("Their thought.", merged)

    def test_pdf_only_when_asked(self):
        need_tool(self, "pdftotext")
        plain = self.path("plain.pdf")
        withc = self.path("with.pdf")
        self.assertExit(run("export-pdf", self.ours, "-o", plain), EXIT_OK)
        self.assertExit(run("export-pdf", self.ours, "-o", withc, "--with-comments"), EXIT_OK)
        text = lambda p: subprocess.run(["pdftotext", p, "-"], stdout=subprocess.PIPE, check=True).stdout.decode()
        self.assertNotIn("List the advice?", text(plain))
        appendix = text(withc)
        self.assertIn("They are not part of the memorandum.", appendix)
        self.assertIn("Open. Ana Smith, 2026-12-04: List the advice?", appendix)
        r = run("export-pdf", self.ours, "-o", self.path("signed.pdf"), "--with-comments", "--signed")
        self.assertUsageError(r)
        self.assertFalse(os.path.exists(self.path("signed.pdf")))

    def test_appendix_names_headless_clause(self):
        """A clause with no heading and no number is known in the appendix
        by its opening words, as the outline shows it."""
        need_tool(self, "pdftotext")
        framework = read(os.path.join(SOURCE_ROOT, "tests", "data", "published", "framework.mou"))
        commented = self.put("framework.mou", with_comment(framework, self.ONE, b"cl-lead"))
        out = self.path("with.pdf")
        self.assertExit(run("export-pdf", commented, "-o", out, "--with-comments"), EXIT_OK)
        text = subprocess.run(["pdftotext", out, "-"], stdout=subprocess.PIPE, check=True).stdout.decode()
        appendix = text[text.index("They are not part of the memorandum."):]
        heading = appendix.split("Open. Ana Smith")[0]
        self.assertIn("This framework document has been agreed between", heading)
        self.assertIn("…", heading)

    def test_broken_comment(self):
        bad = self.put("bad.mou", with_comment(self.base, '<comment id="k1"><message author="A" date="soon">x'
                                                          '</message></comment>'))
        r = run("validate", bad)
        self.assertPositionedError(r, bad)


class TestOfficeExport(CliTestCase):
    """export-docx and export-odt as commands: usage, the input never
    overwritten, a broken file refused with its place, and the same bytes
    for the same memorandum. What is inside is tests/office's."""

    def setUp(self):
        super().setUp()
        self.source = os.path.join(SOURCE_ROOT, "tests", "data", "published", "office-holders.mou")

    def test_writes_a_zip(self):
        for fmt, magic in (("docx", b"PK\x03\x04"), ("odt", b"PK\x03\x04")):
            with self.subTest(format=fmt):
                out = self.path("out." + fmt)
                self.assertExit(run("export-" + fmt, self.source, "-o", out), EXIT_OK)
                self.assertEqual(read(out)[:4], magic)
                again = self.path("again." + fmt)
                self.assertExit(run("export-" + fmt, self.source, "-o", again), EXIT_OK)
                self.assertEqual(read(out), read(again))

    def test_usage(self):
        for fmt in ("docx", "odt"):
            with self.subTest(format=fmt):
                self.assertUsageError(run("export-" + fmt, self.source))
                self.assertUsageError(run("export-" + fmt, "-o", self.path("x." + fmt)))
                r = run("export-" + fmt, self.source, "-o", self.source)
                self.assertNotEqual(r.rc, EXIT_OK)
                self.assertEqual(read(self.source),
                                 read(os.path.join(SOURCE_ROOT, "tests", "data", "published", "office-holders.mou")))

    def test_broken_input(self):
        bad = self.put("bad.mou", b'<memorandum xmlns="urn:concord:mou:1" format-version="1"><title>')
        for fmt in ("docx", "odt"):
            with self.subTest(format=fmt):
                out = self.path("bad." + fmt)
                r = run("export-" + fmt, bad, "-o", out)
                self.assertPositionedError(r, bad)
                self.assertFalse(os.path.exists(out))

    def test_hostile_inputs_refused(self):
        folder = os.path.join(SOURCE_ROOT, "tests", "data", "hostile")
        for name in sorted(f for f in os.listdir(folder) if f.endswith(".mou"))[:8]:
            path = os.path.join(folder, name)
            with self.subTest(file=name):
                r = run_bounded(self.tmp, "export-odt", path, "-o", self.path("h.odt"))
                self.assertExit(r, EXIT_DATAERR)
                self.assertFalse(os.path.exists(self.path("h.odt")))


class TestHostile(CliTestCase):
    def hostile_files(self):
        folder = os.path.join(SOURCE_ROOT, "tests", "data", "hostile")
        files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".mou"))
        self.assertGreaterEqual(len(files), 19)
        return files

    def check_refused(self, path, scratch):
        before = sha256(path)
        r = run_bounded(scratch, "validate", path)
        self.assertExit(r, EXIT_DATAERR)
        self.assertEqual(r.out, "", repr(r))
        first = r.err.split("\n", 1)[0]
        self.assertRegex(first, "^" + re.escape(path) + ":" + POSITION_RE, repr(r))
        self.assertEqual(sha256(path), before, path)
        if not SANITIZED:
            self.assertLess(r.rss_kib, MAX_RSS_KIB, "%s: peak RSS %d KiB" % (path, r.rss_kib))
        return r

    def test_corpus_refused(self):
        for path in self.hostile_files():
            with self.subTest(file=os.path.basename(path)):
                self.check_refused(path, self.tmp)

    def test_big_inputs_refused(self):
        with tempfile.TemporaryDirectory(prefix="concord-hostile-", dir=BUILD_ROOT) as big:
            p = subprocess.run([sys.executable,
                                os.path.join(SOURCE_ROOT, "tests", "data", "make-hostile.py"),
                                "--big", big])
            self.assertEqual(p.returncode, 0)
            names = sorted(os.listdir(big))
            self.assertEqual(names, ["deep-100000.mou", "text-40mib.mou"])
            self.assertGreater(os.path.getsize(os.path.join(big, "text-40mib.mou")), 40 << 20)
            for name in names:
                with self.subTest(file=name):
                    self.check_refused(os.path.join(big, name), self.tmp)
                    # The other readers refuse it too, and fmt leaves it be.
                    path = os.path.join(big, name)
                    before = sha256(path)
                    r = run_bounded(self.tmp, "fmt", path)
                    self.assertExit(r, EXIT_DATAERR)
                    self.assertEqual(sha256(path), before)

    def test_entities_not_expanded(self):
        # No DTD is read: the password file never appears, and xxe-network
        # (which names 127.0.0.1:9) is refused like the rest.
        folder = os.path.join(SOURCE_ROOT, "tests", "data", "hostile")
        for name in ("xxe-file.mou", "xxe-network.mou", "parameter-entity.mou",
                     "billion-laughs.mou", "quadratic-blowup.mou", "doctype-only.mou"):
            with self.subTest(file=name):
                path = os.path.join(folder, name)
                for command in ("validate", "lint", "text", "fingerprint", "fmt"):
                    r = run_bounded(self.tmp, command, path)
                    self.assertExit(r, EXIT_DATAERR)
                    self.assertIn("document type declaration", r.err)
                    self.assertNotIn("root:", r.out + r.err)
                    self.assertNotIn("lollollol", r.out + r.err)

    def test_svg_logo_entities_refused(self):
        # A logo is an SVG document of its own: its entities are refused
        # too, and nothing it names is read or printed.
        folder = os.path.join(SOURCE_ROOT, "tests", "data", "hostile")
        for name in ("svg-logo-xxe.mou", "svg-logo-laughs.mou"):
            with self.subTest(file=name):
                path = os.path.join(folder, name)
                for command in ("validate", "text", "export-pdf"):
                    args = [command, path] + (["-o", self.path("x.pdf")] if command == "export-pdf" else [])
                    r = run_bounded(self.tmp, *args)
                    self.assertPositionedError(r, path)
                    self.assertIn("the SVG logo has a document type declaration", r.err)
                    self.assertNotIn("root:", r.out + r.err)
                    self.assertFalse(os.path.exists(self.path("x.pdf")))

    def test_messages_one_per_line(self):
        # "Errors go to stderr, one per line, FILE:LINE:COLUMN: message".
        for path in self.hostile_files():
            with self.subTest(file=os.path.basename(path)):
                r = run("lint", path)
                self.assertExit(r, EXIT_DATAERR)
                for line in r.err.splitlines():
                    self.assertRegex(line, "^" + re.escape(path) + ":" + POSITION_RE, repr(r))

    def test_crlf_accepted(self):
        path = os.path.join(SOURCE_ROOT, "tests", "data", "crlf.mou")
        r = run("validate", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "%s: valid\n" % path)


class TestSaveFailures(CliTestCase):
    def test_new_into_missing_folder(self):
        target = self.path("no-such-folder", "out.mou")
        r = run("new", "--template", "blank", "-o", target)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn(target, r.err)
        self.assertIn("does not exist", r.err)
        self.assertIn(self.path("no-such-folder"), r.err)
        self.assertEqual(os.listdir(self.tmp), [])

    def test_fmt_in_missing_folder(self):
        target = self.path("no-such-folder", "out.mou")
        for args in (["fmt"], ["fmt", "--check"]):
            with self.subTest(args=args):
                r = run(*args, target)
                self.assertExit(r, EXIT_IOERR)
                self.assertTrue(r.err.startswith(target + ":"), repr(r))
                self.assertRegex(r.err, "does not exist|No such file or directory")
                self.assertEqual(os.listdir(self.tmp), [])

    def test_new_onto_folder(self):
        folder = self.path("folder.mou")
        os.mkdir(folder)
        r = run("new", "--template", "blank", "-o", folder)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn(folder, r.err)
        r = run("new", "--template", "blank", "-o", folder, "--force")
        self.assertExit(r, EXIT_IOERR)
        self.assertIn(folder, r.err)
        self.assertIn("folder", r.err)
        self.assertTrue(os.path.isdir(folder))
        self.assertEqual(os.listdir(folder), [])
        self.assertEqual(os.listdir(self.tmp), ["folder.mou"])

    def failwrite_env(self, folder):
        if not FAILWRITE:
            self.skipTest("no --failwrite shim given")
        asan = os.environ.get("ASAN_OPTIONS", "")
        return {
            "LD_PRELOAD": FAILWRITE,
            "CONCORD_FAILWRITE_DIR": folder,
            "ASAN_OPTIONS": (asan + ":" if asan else "") + "verify_asan_link_order=0",
        }

    def test_fmt_disk_full(self):
        folder = self.path("full")
        os.mkdir(folder)
        env = self.failwrite_env(folder)
        ugly = uglify(CLEAN.encode())
        path = write(os.path.join(folder, "ugly.mou"), ugly)

        # Reading still works under the shim, and so does standard output.
        r = run("fmt", "--check", path, env=env)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertIn(path, r.out)

        r = run("fmt", path, env=env)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn(path, r.err)
        self.assertIn("No space left on device", r.err)
        self.assertNotIn("reformatted", r.out)
        self.assertEqual(read(path), ugly)
        self.assertEqual(os.listdir(folder), ["ugly.mou"])

        # Without the shim the same command succeeds.
        r = run("fmt", path)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(read(path), CLEAN.encode())
        self.assertEqual(os.listdir(folder), ["ugly.mou"])

    def test_new_force_disk_full(self):
        folder = self.path("full")
        os.mkdir(folder)
        env = self.failwrite_env(folder)
        path = write(os.path.join(folder, "existing.mou"), CLEAN)
        r = run("new", "--template", "blank", "-o", path, "--force", env=env)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn("No space left on device", r.err)
        self.assertEqual(read(path), CLEAN.encode())
        self.assertEqual(os.listdir(folder), ["existing.mou"])

        r = run("new", "--template", "blank", "-o", os.path.join(folder, "fresh.mou"), env=env)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn("No space left on device", r.err)
        self.assertEqual(os.listdir(folder), ["existing.mou"])

        # Writing to standard output is not affected by the shim.
        r = run("new", "--template", "blank", "-o", "-", env=env)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(without_root_id(r.out_bytes), without_root_id(read(template_path("blank"))))

    def test_unwritable_folder(self):
        folder = self.path("ro")
        os.mkdir(folder)
        ugly = uglify(CLEAN.encode())
        path = write(os.path.join(folder, "ugly.mou"), ugly)
        if os.geteuid() == 0:
            # Root writes through a folder's mode, so the folder is made
            # read-only the way a mount makes it: a read-only bind mount of
            # it in a user and mount namespace of the command's own.
            read_only = [need_tool(self, "unshare"), "--map-root-user", "--mount", "sh", "-c",
                         'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"',
                         "sh", folder]
            r = run("fmt", path, wrapper=read_only)
            self.assertNotIn("mount:", r.err)
        else:
            os.chmod(folder, 0o555)
            try:
                r = run("fmt", path)
            finally:
                os.chmod(folder, 0o755)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn(path, r.err)
        self.assertIn("Read-only file system" if os.geteuid() == 0 else "Permission denied", r.err)
        self.assertEqual(read(path), ugly)
        self.assertEqual(os.listdir(folder), ["ugly.mou"])


# ---------------------------------------------------------------------------
# diff: two revisions of the sector-led improvement template.

DIFF_STATUS_OLD = '<clause id="role-solace" kind="role" status="proposed"'
DIFF_STATUS_NEW = '<clause id="role-solace" kind="role" status="agreed"'
DIFF_TEXT_OLD = "It is not legally binding and creates no legal obligations"
DIFF_TEXT_NEW = "It is not binding and creates no obligations"


def diff_revision(base):
    """The template with one clause agreed and two words dropped from
    another: what a reviewer sees in one round of comments."""
    doc = replace_once(base, DIFF_STATUS_OLD, DIFF_STATUS_NEW)
    return replace_once(doc, DIFF_TEXT_OLD, DIFF_TEXT_NEW)


def escaped_diff_line(line):
    return "\x1b" in line


class TestDiff(CliTestCase):
    def setUp(self):
        super().setUp()
        with open(template_path("sector-led-improvement"), encoding="utf-8") as f:
            self.base = f.read()
        self.old = self.put("old.mou", self.base)
        self.new = self.put("new.mou", diff_revision(self.base))

    def test_equal(self):
        same = self.put("same.mou", self.base)
        r = run("diff", self.old, same)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        self.assertEqual(r.err, "")

    def test_different(self):
        r = run("diff", self.old, self.new)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertEqual(r.err, "")
        lines = r.out.splitlines()
        self.assertEqual(lines[0], "Clause 7 [role-solace] changed: status proposed → agreed")
        self.assertEqual(lines[1], "Clause 32 [gen-status] changed: text")
        self.assertTrue(lines[2].startswith("    text: This memorandum is a statement of shared intent. "
                                            "It is not [-legally-] binding and creates no [-legal-] "
                                            "obligations between the parties"), r.out)
        self.assertEqual(len(lines), 3, r.out)
        self.assertNotIn("\x1b", r.out)

    def test_moved_added_removed(self):
        clause = ('    <clause id="gen-review" kind="general" status="proposed">\n'
                  '      <heading>Review, variation and withdrawal</heading>\n')
        start = self.base.index(clause)
        end = self.base.index("    </clause>\n", start) + len("    </clause>\n")
        review = self.base[start:end]
        doc = self.base[:start] + self.base[end:]
        # gen-review moves to the top of the general section; gen-disputes
        # goes; a new clause comes in at the end of it.
        doc = replace_once(doc, '    <clause id="gen-working-together"',
                           review + '    <clause id="gen-working-together"')
        start = doc.index('    <clause id="gen-disputes"')
        end = doc.index("    </clause>\n", start) + len("    </clause>\n")
        doc = doc[:start] + doc[end:]
        doc = replace_once(doc, "  </section>\n  <signatures>",
                           '    <clause id="gen-new" kind="general" status="proposed">\n'
                           "      <p>A fresh commitment.</p>\n"
                           "    </clause>\n  </section>\n  <signatures>")
        new = self.put("moved.mou", doc)
        self.assertExit(run("validate", new), EXIT_OK)
        r = run("diff", self.old, new)
        self.assertExit(r, EXIT_FINDINGS)
        lines = r.out.splitlines()
        self.assertEqual(lines[0], "Clause 28 [gen-review] moved from 31")
        self.assertEqual(lines[1], "Clause 30 [gen-disputes] removed")
        self.assertEqual(lines[2], "    heading: [-Resolving disagreements-]")
        self.assertTrue(lines[3].startswith("    text: [-If the parties disagree about the meaning"), r.out)
        self.assertTrue(lines[3].endswith("¶-]"), r.out)
        self.assertEqual(lines[4], "      [-A disagreement under this memorandum will not delay any "
                         "action needed to protect children.-]")
        self.assertEqual(lines[5:], ["Clause 32 [gen-new] added", "    text: {+A fresh commitment.+}"])

    def test_spacing_only(self):
        spaced = self.put("spaced.mou", replace_once(self.base, "It is not legally binding",
                                                     "It is not  legally binding"))
        r = run("diff", self.old, spaced)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertEqual(r.out, "Clause 32 [gen-status] changed: text\n"
                         "    text: (only the spacing changed)\n")

    def test_bad_file(self):
        bad = self.put("bad.mou", "<memorandum")
        for args in (["diff", bad, self.new], ["diff", self.old, bad]):
            with self.subTest(args=args):
                r = run(*args)
                self.assertPositionedError(r, bad)
                self.assertEqual(r.out, "")

    def test_missing_arguments(self):
        for args in (["diff"], ["diff", self.old], ["diff", self.old, self.new, self.old],
                     ["diff", "--color=sometimes", self.old, self.new]):
            with self.subTest(args=args):
                self.assertUsageError(run(*args))

    def test_color(self):
        r = run("diff", "--color=always", self.old, self.new)
        self.assertExit(r, EXIT_FINDINGS)
        self.assertIn("\x1b[31m[-legally-]\x1b[m", r.out)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", r.out)
        self.assertEqual(plain, run("diff", self.old, self.new).out)
        bare = run("diff", "--color", self.old, self.new)
        self.assertEqual(bare.out, r.out)
        # Not a terminal: auto and never print no escapes.
        for when in ("auto", "never"):
            with self.subTest(when=when):
                self.assertNotIn("\x1b", run("diff", "--color=" + when, self.old, self.new).out)

    def test_color_inserted(self):
        r = run("diff", "--color=always", self.new, self.old)
        self.assertIn("\x1b[32m{+legally+}\x1b[m", r.out)

    def test_pdf(self):
        need_tool(self, "qpdf")
        need_tool(self, "pdftotext")
        out = self.path("redline.pdf")
        r = run("diff", "--pdf", out, self.old, self.new)
        self.assertExit(r, EXIT_FINDINGS)
        check = subprocess.run(["qpdf", "--check", out], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
        self.assertEqual(check.returncode, 0, check.stdout)
        text = subprocess.run(["pdftotext", "-layout", out, "-"], stdout=subprocess.PIPE,
                              check=True).stdout.decode()
        words = " ".join(text.split())
        self.assertIn("Clause 7 [role-solace] changed: status proposed → agreed", words)
        # Both the deleted and the kept words are in the redline.
        self.assertIn("It is not legally binding and creates no legal obligations", words)
        first = read(out)
        run("diff", "--pdf", out, self.old, self.new)
        self.assertEqual(read(out), first, "the same diff gives the same bytes")
        fonts = subprocess.run([need_tool(self, "pdffonts"), out], stdout=subprocess.PIPE,
                               check=True).stdout.decode().splitlines()[2:]
        self.assertTrue(fonts)
        for line in fonts:
            self.assertRegex(line, r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line)

    def test_pdf_equal(self):
        need_tool(self, "pdftotext")
        out = self.path("same.pdf")
        r = run("diff", "--pdf", out, self.old, self.put("same.mou", self.base))
        self.assertExit(r, EXIT_OK)
        self.assertEqual(r.out, "")
        text = subprocess.run(["pdftotext", out, "-"], stdout=subprocess.PIPE,
                              check=True).stdout.decode()
        self.assertIn("No changes.", text)
        self.assertIn("Page 1", text)

    def test_pdf_unwritable(self):
        r = run("diff", "--pdf", self.path("no", "such", "dir.pdf"), self.old, self.new)
        self.assertExit(r, EXIT_IOERR)

    def test_help(self):
        r = run("diff", "--help")
        self.assertExit(r, EXIT_OK)
        for option in ("--color", "--pdf", "[-deleted-]", "{+inserted+}"):
            self.assertIn(option, r.out)


class TestDiffGit(CliTestCase):
    """concord-cli as git's textconv and difftool, as docs/REVIEW.md sets
    them up."""

    def git(self, *args):
        env = cli_env({"GIT_CONFIG_NOSYSTEM": "1", "HOME": self.tmp,
                       "XDG_CONFIG_HOME": self.path("config"),
                       "GIT_PAGER": "cat", "PAGER": "cat"})
        p = subprocess.run(["git", "-C", self.path("repo")] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        return p.stdout.decode()

    def setUp(self):
        super().setUp()
        need_tool(self, "git")
        os.mkdir(self.path("repo"))
        self.git("init", "-q")
        self.git("config", "user.name", "Test")
        self.git("config", "user.email", "test@example.org")
        self.git("config", "diff.concord.textconv", CLI + " text")
        write(self.path("repo", ".gitattributes"), "*.mou diff=concord\n")
        with open(template_path("sector-led-improvement"), encoding="utf-8") as f:
            base = f.read()
        self.revisions = []
        for doc in (base, replace_once(base, DIFF_STATUS_OLD, DIFF_STATUS_NEW), diff_revision(base)):
            write(self.path("repo", "mou.mou"), doc)
            self.git("add", ".gitattributes", "mou.mou")
            self.git("commit", "-q", "-m", "revision")
            self.revisions.append(self.git("rev-parse", "HEAD").strip())

    def test_textconv(self):
        out = self.git("diff", self.revisions[1], self.revisions[2])
        self.assertIn("-    This memorandum is a statement of shared intent. It is not legally binding", out)
        self.assertIn("+    This memorandum is a statement of shared intent. It is not binding", out)
        self.assertNotIn("<p>", out)

    def test_difftool(self):
        out = self.git("difftool", "-y", "-x", CLI + " diff", self.revisions[0],
                       self.revisions[2], "--", "mou.mou")
        self.assertIn("Clause 7 [role-solace] changed: status proposed → agreed\n", out)
        self.assertIn("[-legally-]", out)

    def test_named_difftool(self):
        self.git("config", "difftool.concord.cmd", CLI + ' diff "$LOCAL" "$REMOTE"')
        out = self.git("difftool", "-y", "-t", "concord", self.revisions[1],
                       self.revisions[2], "--", "mou.mou")
        self.assertEqual(out.splitlines()[0], "Clause 32 [gen-status] changed: text")
        self.assertNotIn("role-solace", out)


# ---------------------------------------------------------------------------

def main():
    global CLI, SOURCE_ROOT, BUILD_ROOT, FAILWRITE

    ap = argparse.ArgumentParser(description="Test the concord-cli contract.")
    ap.add_argument("--cli", required=True, help="the concord-cli binary")
    ap.add_argument("--source-root", required=True)
    ap.add_argument("--build-root", required=True)
    ap.add_argument("--failwrite", help="the failwrite LD_PRELOAD shim")
    args, rest = ap.parse_known_args()

    CLI = os.path.abspath(args.cli)
    SOURCE_ROOT = os.path.abspath(args.source_root)
    BUILD_ROOT = os.path.abspath(args.build_root)
    FAILWRITE = os.path.abspath(args.failwrite) if args.failwrite else None

    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
