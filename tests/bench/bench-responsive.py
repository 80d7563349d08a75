#!/usr/bin/python3
# bench-responsive.py: how long the window stops answering while it opens,
# shows the views of and is typed into on a pathological memorandum.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: xvfb-run -a dbus-run-session -- /usr/bin/python3 bench-responsive.py BUILD SOURCE_ROOT
# (NOVIEWS=1 or NOTYPE=1 leave out showing the views or typing; WATCH=SECONDS)
#
# Needs Debian's python3-pyatspi under /usr/bin/python3, a display and a
# D-Bus session (build-aux/test starts Xvfb and dbus-run-session).
#
# Each case opens a file that once froze layout (an unbroken 100,000-
# character party name, an unbroken 80,000-character paragraph, a 14 MB
# memorandum of 12,000 clauses), shows the preview, types into the title and
# asks the window a question over AT-SPI again and again. Every answer needs
# a turn of the application's main loop, so the longest wait between answers
# bounds the longest stall. The figures are printed, with "not ok" for a
# stall of a second or more; it is a measurement, not a unit test, and no
# test suite runs it.

import os
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ui"))
from atspi_util import find, find_app, report  # noqa: E402
from atspi_util import wait_for as wait_until  # noqa: E402

STARTUP = 60.0
WATCH = float(os.environ.get("WATCH", "8.0"))
FROZEN = 1.0


def wait_for(predicate, what, timeout=STARTUP):
    return wait_until(predicate, what, timeout, retry_errors=True)


HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<memorandum xmlns="urn:concord:mou:1" format-version="1" id="m" status="draft"'
        ' language="en-GB">\n  <title>Pathological</title>\n  <revision>1</revision>\n')


def memorandum(parties, clauses):
    return (HEAD + "  <parties>\n" + parties + "  </parties>\n"
            + '  <section id="s" kind="roles">\n    <heading>Roles</heading>\n' + clauses
            + "  </section>\n</memorandum>\n")


def party(pid, name):
    return f'    <party id="{pid}" kind="signatory">\n      <name>{name}</name>\n    </party>\n'


def role(cid, owner, text):
    return (f'    <clause id="{cid}" kind="role" status="agreed" owner="{owner}">\n'
            f"      <p>{text}</p>\n    </clause>\n")


def cases(tmp, source_root):
    name = os.path.join(tmp, "name.mou")
    with open(name, "w", encoding="utf-8") as f:
        f.write(memorandum(party("p", "Q" * 100000) + party("o", "Other Body"),
                           "".join(role(f"c{i}", "p", f'Work of <party-ref ref="p" form="full"/> {i}.')
                                   for i in range(3))))
    para = os.path.join(tmp, "paragraph.mou")
    with open(para, "w", encoding="utf-8") as f:
        f.write(memorandum(party("p", "A Body"), role("c", "p", "Z" * 80000)))
    huge = os.path.join(tmp, "huge.mou")
    subprocess.run([sys.executable, os.path.join(source_root, "tests", "bench", "generate.py"),
                    "--seed", "1", "--clauses", "12000", "--words", "60:150", "--parties", "6",
                    "-o", huge], check=True)
    return [("an unbroken 100,000-character party name", name),
            ("an unbroken 80,000-character paragraph", para),
            ("a 14 MB memorandum of 12,000 clauses", huge)]


def longest_stall(probe, seconds, during=None):
    """Asks PROBE again and again for SECONDS; the longest time between two
    answers. DURING runs once, a moment after the first answer."""
    longest = 0.0
    start = last = time.monotonic()
    while last - start < seconds:
        probe()
        now = time.monotonic()
        longest = max(longest, now - last)
        last = now
        if during is not None and now - start > 0.2:
            during()
            during = None
    return longest


def main():
    build, source_root = sys.argv[1], sys.argv[2]
    results = []
    app_path = os.path.join(build, "src", "app", "concord")

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp)
        for what, path in cases(tmp, source_root):
            proc = subprocess.Popen([app_path, path], env=env)
            try:
                app = wait_for(lambda: find_app(proc.pid), f"{what}: the application on the bus")
                title = wait_for(lambda: find(app, pyatspi.ROLE_TEXT, "Title"), f"{what}: the Title field")
                views = wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Show the whole agreement"),
                                 f"{what}: the views button")
                text = title.queryText()

                def probe():
                    return text.characterCount

                def show_and_type():
                    if os.environ.get("NOVIEWS") is None:
                        views.queryAction().doAction(0)
                    if os.environ.get("NOTYPE") is None:
                        title.queryEditableText().insertText(text.characterCount, " edited", 7)

                stall = longest_stall(probe, WATCH, show_and_type)
                edited = text.getText(0, text.characterCount).endswith(" edited")
                results.append((f"{what}: the window keeps answering while it lays out",
                                stall < FROZEN and edited,
                                f"longest wait for an answer {stall * 1000:.0f} ms"
                                + ("" if edited else "; the typed text did not arrive")))
            except Exception as e:  # A timeout, or the application gone.
                results.append((f"{what}: {e}", False, ""))
            finally:
                proc.kill()
                proc.wait()

    return report(results)


if __name__ == "__main__":
    sys.exit(main())
