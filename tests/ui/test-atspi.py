#!/usr/bin/python3
# test-atspi.py: the application as a screen reader or an outside test sees
# it, through AT-SPI.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs Debian's python3-pyatspi under /usr/bin/python3, a display and a
# D-Bus session (build-aux/test starts Xvfb and dbus-run-session).
#
# Checks that every control has a name (not its class name), and drives the
# editor from outside: types a title, presses a button, sees the window
# title mark the unsaved change and the outline grow.

import os
import subprocess
import sys
import tempfile

import pyatspi

from atspi_util import find, find_app, report, walk
from atspi_util import wait_for as wait_until

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_LIST_ITEM,
}
TIMEOUT = 10.0


def wait_for(predicate, what):
    return wait_until(predicate, what, TIMEOUT)


def spoken(node):
    """What a screen reader says for a control: its name, or for an entry of
    a list (such as a combo row's choices), the text of its labels."""
    if node.name and not node.name.startswith("Gtk"):
        return True
    return node.getRole() == pyatspi.ROLE_LIST_ITEM and any(
        n.getRole() == pyatspi.ROLE_LABEL and n.name for n in walk(node))


def frame_title(app):
    for i in range(app.childCount):
        frame = app.getChildAtIndex(i)
        if frame is not None and frame.getRole() == pyatspi.ROLE_FRAME:
            return frame.name
    return None


def outline_items(app):
    return [n.name for n in walk(app)
            if n.getRole() == pyatspi.ROLE_LIST_ITEM and n.parent is not None
            and n.parent.getRole() == pyatspi.ROLE_LIST and n.parent.name == "Outline"]


def main():
    build = sys.argv[1]
    results = []

    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "sample.mou")
        subprocess.run([os.path.join(build, "src", "cli", "concord-cli"), "new", "--template",
                        "sector-led-improvement", "-o", sample], check=True)
        env = dict(os.environ, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)
        proc = subprocess.Popen([os.path.join(build, "src", "app", "concord"), sample], env=env)
        try:
            app = wait_for(find_app, "the application on the AT-SPI bus")
            title = wait_for(lambda: find(app, pyatspi.ROLE_TEXT, "Title"), "the Title field")

            # 1: every control has a name a screen reader can say.
            unnamed = [f"{n.getRoleName()} {n.name!r} in {n.parent.getRoleName()} {n.parent.name!r}"
                       for n in walk(app)
                       if n.getRole() in CONTROL_ROLES and not spoken(n)]
            results.append(("every control has an accessible name", not unnamed, "; ".join(unnamed)))

            # 2: text typed from outside reaches the memorandum.
            title.queryEditableText().setTextContents("Memorandum on Shared Improvement")
            marked = wait_for(lambda: (frame_title(app) or "").startswith("• "), "the unsaved-change mark")
            results.append(("typing a title marks the window unsaved", marked, frame_title(app)))
            renamed = wait_for(lambda: any(i.startswith("Details, Memorandum on Shared Improvement")
                                           for i in outline_items(app)), "the outline to show the title")
            results.append(("the outline shows the new title", renamed, ""))

            # 3: a button pressed from outside adds a party to the outline.
            # The details pane is shown, so its button is the one on screen.
            before = outline_items(app)
            add = [n for n in walk(app) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                   and n.name.endswith("Add a Party")
                   and n.getState().contains(pyatspi.STATE_SENSITIVE)]
            for button in add:
                button.queryAction().doAction(0)
                try:
                    added = wait_for(lambda: [i for i in outline_items(app) if i not in before],
                                     "a new outline entry")
                    break
                except AssertionError:
                    added = []
            results.append(("pressing Add a Party adds a party to the outline",
                            len(added) == 1 and added[0].endswith(("Signatory", "Named stakeholder")), repr(added)))
        except AssertionError as e:
            results.append((str(e), False, ""))
        finally:
            proc.kill()
            proc.wait()

        # 4: a window on the start page is named for the application, not
        # for its class ("ConcordWindow").
        proc = subprocess.Popen([os.path.join(build, "src", "app", "concord")], env=env)
        try:
            app = wait_for(lambda: find_app(proc.pid), "the start page on the AT-SPI bus")
            named = wait_for(lambda: frame_title(app) == "Concord", "the window's name")
            results.append(("the start page's window is called Concord", named, repr(frame_title(app))))
        except AssertionError as e:
            results.append((str(e), False, ""))
        finally:
            proc.kill()
            proc.wait()

    return report(results, always_detail=False)


if __name__ == "__main__":
    sys.exit(main())
