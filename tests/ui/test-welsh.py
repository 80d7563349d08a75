#!/usr/bin/python3
# test-welsh.py: the application started with LANGUAGE=cy speaks Welsh, as
# a screen reader hears it through AT-SPI (the window's labels, and the
# outline's rows with each clause's status), and leaves a screenshot.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-welsh.py BUILD_ROOT (under Xvfb and a D-Bus session, as the
# other AT-SPI tests).

import os
import re
import shutil
import subprocess
import sys
import tempfile

import pyatspi

from atspi_util import find_app, report, walk
from atspi_util import wait_for as wait_until

TIMEOUT = 15.0
# Accessible names and labels of the window, in Welsh, and the English
# they stand for: the outline, the menu button, the details form.
WELSH = {"Amlinelliad": "Outline", "Prif Ddewislen": "Main Menu", "Teitl": "Title",
         "Cyfeirnod": "Reference", "Diwygiad": "Revision", "Manylion": "Details"}
# The template's clauses are all proposed: their outline rows, named
# "title, subtitle", say so in Welsh as the clause pane's status list does
# ("Arfaethedig" alone, or before the clause's facts), never in the
# file's word.
WELSH_STATUS = re.compile(r", Arfaethedig( · |$)")
FILE_STATUS = re.compile(r"\b(proposed|agreed|disputed)\b")


def names(app):
    return {n.name for n in walk(app) if n.name}


def main():
    build = sys.argv[1]
    results = []

    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "cytundeb.mou")
        subprocess.run([os.path.join(build, "src", "cli", "concord-cli"), "new", "--template",
                        "two-party-partnership-cy", "-o", sample], check=True)
        # gettext honours LANGUAGE under any locale but C; the catalogues
        # are the build folder's, as `meson devenv` uses them.
        env = dict(os.environ, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp,
                   LC_ALL="C.UTF-8", LANGUAGE="cy", CONCORD_LOCALEDIR=os.path.join(build, "po"))
        proc = subprocess.Popen([os.path.join(build, "src", "app", "concord"), sample], env=env)
        try:
            app = wait_until(lambda: find_app(proc.pid), "the application on the AT-SPI bus", TIMEOUT,
                             retry_errors=True)
            seen = wait_until(lambda: (lambda s: s if all(w in s for w in WELSH) else None)(names(app)),
                              "the Welsh labels", TIMEOUT, retry_errors=True)
            results.append(("the window's labels are Welsh", True, ""))
            english = sorted(e for e in WELSH.values() if e in seen)
            results.append(("no English label is left among them", not english, ", ".join(english)))
            statuses = wait_until(lambda: [n for n in names(app) if WELSH_STATUS.search(n)],
                                  "a clause's status in the outline", TIMEOUT, retry_errors=True)
            results.append(("the outline says a clause's status in Welsh", True, statuses[0]))
            raw = sorted(n for n in names(app) if FILE_STATUS.search(n))
            results.append(("no row says the status in the file's words", not raw, "; ".join(raw[:3])))
            fields = [n for n in walk(app) if n.getRole() == pyatspi.ROLE_TEXT and n.name == "Teitl"]
            text = ""
            if fields:
                editable = fields[0].queryText()
                text = editable.getText(0, editable.characterCount)
            results.append(("the Teitl field holds the Welsh memorandum's title",
                            text.startswith("Memorandwm Cyd-ddealltwriaeth"), text))

            # A screenshot of the whole screen once the labels are up.
            shots = os.path.join(build, "tests", "ui", "screens")
            os.makedirs(shots, exist_ok=True)
            shot = os.path.join(shots, "welsh-interface.png")
            ok = shutil.which("import") is not None and subprocess.run(
                ["import", "-window", "root", shot], capture_output=True).returncode == 0
            results.append(("a screenshot is saved", ok and os.path.getsize(shot) > 10000, shot))
        except AssertionError as e:
            results.append(("the Welsh interface appears", False, str(e)))
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    return report(results)


if __name__ == "__main__":
    sys.exit(main())
