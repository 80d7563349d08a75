#!/usr/bin/python3
# test-kill-restore.py: the application killed with SIGKILL after an edit
# gives the edit back, character for character, in a loop of trials.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs Debian's python3-pyatspi under /usr/bin/python3, a display and a
# D-Bus session (build-aux/test starts Xvfb and dbus-run-session).
#
# Each trial types into the memorandum's title from outside, waits until the
# autosave (3 s after the last edit by default) has written the draft, kills
# the process with SIGKILL, starts it again, restores the draft from the start
# page and compares the title with everything typed so far. The saved file
# itself must never change, since nothing was saved, and a temporary file a
# kill leaves in the drafts folder is gone once the next draft is written.

import glob
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

from atspi_util import find, find_app, report
from atspi_util import wait_for as wait_until

TRIALS = int(os.environ.get("CONCORD_KILL_TRIALS", "20"))
# A condition's time limit, not a measure: the autosave is due 3 s after the
# last edit, and a loaded CI machine under sanitizers may be slow to start.
TIMEOUT = 30.0


def wait_for(predicate, what):
    return wait_until(predicate, what, TIMEOUT, retry_errors=True)


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def draft_holds(state, expected):
    """The draft folder holds a complete draft whose memorandum has the title."""
    for mou in glob.glob(os.path.join(state, "concord", "drafts", "*.mou")):
        with open(mou, encoding="utf-8") as f:
            if f"<title>{expected}</title>" in f.read():
                return True
    return False


def temporary_files(state):
    return glob.glob(os.path.join(state, "concord", "drafts", ".*"))


def draft_rows(app):
    listing = find(app, pyatspi.ROLE_LIST, "Unsaved drafts")
    if listing is None:
        return []
    return [listing.getChildAtIndex(i) for i in range(listing.childCount)
            if listing.getChildAtIndex(i) is not None]


def main():
    build = sys.argv[1]
    results = []
    longest_autosave = 0.0

    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "kept.mou")
        subprocess.run([os.path.join(build, "src", "cli", "concord-cli"), "new", "--template",
                        "sector-led-improvement", "-o", sample], check=True)
        with open(sample, "rb") as f:
            saved = hashlib.sha256(f.read()).hexdigest()
        env = dict(os.environ, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp)
        app_path = os.path.join(build, "src", "app", "concord")
        expected = None
        proc = None
        stale = set()
        survivors = []

        try:
            for trial in range(TRIALS):
                if trial == 0:
                    proc = subprocess.Popen([app_path, sample], env=env)
                    app = wait_for(lambda: find_app(proc.pid), "the application on the AT-SPI bus")
                else:
                    # Started as a user would after a crash: the start page
                    # offers the draft back.
                    proc = subprocess.Popen([app_path], env=env)
                    app = wait_for(lambda: find_app(proc.pid), "the application on the AT-SPI bus")
                    rows = wait_for(lambda: draft_rows(app), f"trial {trial}: the draft offered on the start page")
                    if len(rows) != 1:
                        raise AssertionError(f"trial {trial}: {len(rows)} drafts offered, not 1")
                    # A list row has no AT-SPI action in GTK 4.8: click it,
                    # as a user would. GTK reports window coordinates, which
                    # are the screen's on the test's Xvfb with no window
                    # manager (the window sits at 0,0).
                    box = rows[0].queryComponent().getExtents(pyatspi.WINDOW_COORDS)
                    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2,
                                                        pyatspi.MOUSE_B1C)

                title = wait_for(lambda: find(app, pyatspi.ROLE_TEXT, "Title"), "the Title field")
                if expected is not None:
                    restored = wait_for(lambda: text_of(title) == expected and text_of(title),
                                        f"trial {trial}: the restored title {expected!r}")
                    if restored != expected:
                        raise AssertionError(f"trial {trial}: restored {restored!r}")
                else:
                    expected = text_of(title)

                # Typed one character at a time at the end, as a user types.
                editable = title.queryEditableText()
                for ch in f" {trial}é–":
                    editable.insertText(len(expected), ch, len(ch.encode("utf-8")))
                    expected += ch
                wait_for(lambda: text_of(title) == expected, f"trial {trial}: the typed title")
                started = time.monotonic()
                wait_for(lambda: draft_holds(tmp, expected), f"trial {trial}: the draft on disk")
                longest_autosave = max(longest_autosave, time.monotonic() - started)
                # The write just made removes what the last kill left.
                survivors += sorted(stale & set(temporary_files(tmp)))

                proc.send_signal(signal.SIGKILL)
                proc.wait()
                proc = None
                stale = set(temporary_files(tmp))
            results.append((f"{TRIALS} kills after an autosave lose no character", True,
                            f"final title {expected!r}; longest wait for the draft {longest_autosave:.1f} s"))
        except AssertionError as e:
            results.append((str(e), False, ""))
        finally:
            if proc is not None:
                proc.kill()
                proc.wait()

        with open(sample, "rb") as f:
            untouched = hashlib.sha256(f.read()).hexdigest() == saved
        results.append(("the saved file is never written without a save", untouched, ""))
        results.append(("a temporary file left by a kill is gone after the next write",
                        not survivors, repr(survivors)))

    return report(results)


if __name__ == "__main__":
    sys.exit(main())
