#!/usr/bin/python3
# test-atspi-walk.py: every pane, the views, the compare window and each of
# Concord's dialogs (export, revisions, the table editor and the
# cross-reference chooser from a clause's text, the question before a
# removal), as a screen reader meets them, have no control without an
# accessible name.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs Debian's python3-pyatspi under /usr/bin/python3, a display and a
# D-Bus session (build-aux/test starts Xvfb and dbus-run-session), and git.
#
# The app is driven as a keyboard user drives it: the outline's rows are
# walked with Down, the views pane's pages picked with its switcher, the
# dialogs opened from their shortcuts and the main menu. GTK reports window
# coordinates, which are the screen's on the test's Xvfb with no window
# manager (the window sits at 0,0), so a click lands where AT-SPI says.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

from atspi_util import find_app, report, walk
from atspi_util import wait_for as wait_until

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PAGE_TAB_LIST,
}
TIMEOUT = 10.0
# A name that is a widget's class name says nothing.
CLASS_NAME = re.compile(r"^(Gtk|Adw|Concord)[A-Z][A-Za-z]*$")
# More than any fixture's outline has rows: the walk stops at the last.
MAX_ROWS = 200

KEY_DOWN = 0xff54
KEY_HOME = 0xff50
KEY_Z = 0x7a
CONTROL = 1 << 2
SHIFT = 1 << 0
KEY_R = 0x72
KEY_ESCAPE = 0xff1b
KEY_F9 = 0xffc6
KEY_F10 = 0xffc7


def wait_for(predicate, what):
    return wait_until(predicate, what, TIMEOUT, retry_errors=True)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def spoken(node):
    """What a screen reader says for a control: its name, or for an entry of
    a list (such as a combo row's choices), the text of its labels."""
    if node.name and not CLASS_NAME.match(node.name):
        return True
    return node.getRole() in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_MENU_ITEM) and any(
        n.getRole() == pyatspi.ROLE_LABEL and n.name for n in walk(node))


def unnamed(root):
    """The shown controls under ROOT that a screen reader cannot name. A
    pane still being rebuilt may drop a node while it is read; the scan is
    then made again, until it reads the pane whole."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            return [f"{n.getRoleName()} {n.name!r} in {n.parent.getRoleName()} {n.parent.name!r}"
                    for n in walk(root) if n.getRole() in CONTROL_ROLES and showing(n) and not spoken(n)]
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def frames(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount)
            if app.getChildAtIndex(i) is not None]


def key(keysym, modifiers=0):
    if modifiers:
        pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
    try:
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    finally:
        if modifiers:
            pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)


def click(node):
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2,
                                        pyatspi.MOUSE_B1C)


def outline(app):
    for n in walk(app):
        if n.getRole() == pyatspi.ROLE_LIST and n.name == "Outline":
            return n
    return None


def selected_row(app):
    lst = outline(app)
    if lst is None:
        return None
    for n in walk(lst):
        if n.getRole() == pyatspi.ROLE_LIST_ITEM and n.getState().contains(pyatspi.STATE_SELECTED):
            return n.name
    return None


def walk_outline(app, results, label):
    """Selects each row of the outline in turn and checks what is shown."""
    lst = wait_for(lambda: outline(app), "the outline")
    first = wait_for(lambda: [n for n in walk(lst) if n.getRole() == pyatspi.ROLE_LIST_ITEM],
                     "the outline's rows")[0]
    click(first)
    current = wait_for(lambda: selected_row(app) == first.name and first.name, "the first row selected")
    visited = []
    problems = []
    for _ in range(MAX_ROWS):
        visited.append(current)
        problems += [f"{current}: {p}" for p in unnamed(app)]
        key(KEY_DOWN)
        try:
            current = wait_for(lambda: (selected_row(app) or current) != current and selected_row(app),
                               "the next row")
        except AssertionError:
            break
    results.append((f"{label}: {len(visited)} outline rows walked, every control of each pane named",
                    not problems, "; ".join(problems[:20])))
    return visited


def check_views(app, results):
    """Shows the views pane and each of its pages."""
    def tabs():
        return [n for n in walk(app) if n.getRole() == pyatspi.ROLE_PAGE_TAB and showing(n)]

    if not tabs():
        key(KEY_F9)
    names = [t.name for t in wait_for(tabs, "the views pane's page switcher")]
    for name in names:
        click([t for t in tabs() if t.name == name][0])
        wait_for(lambda: [t for t in tabs() if t.name == name and t.getState().contains(pyatspi.STATE_SELECTED)],
                 f"the {name} page")
        problems = unnamed(app)
        results.append((f"views pane, {name} page: every control named", not problems, "; ".join(problems[:20])))
    return names


def names(windows):
    """The windows themselves: a window's title changes (a • when the
    document is modified), so they are told apart as objects."""
    return list(windows)


def new_frame(app, before, what):
    """A top-level window that BEFORE (a set of names) did not have."""
    return wait_for(lambda: [f for f in frames(app) if f not in before
                             and showing_frame(f)], what)[0]


def showing_frame(frame):
    try:
        # A message dialog is visible but, under GTK 4.8, never "showing".
        state = frame.getState()
        return (state.contains(pyatspi.STATE_SHOWING) or state.contains(pyatspi.STATE_VISIBLE)) \
            and frame.childCount > 0
    except Exception:
        return False


def check_dialog(app, results, name, open_it, close_key=KEY_ESCAPE, toolkit=False, close_button=None):
    """Opens a dialog and checks its controls. A window the toolkit builds
    whole (GTK's shortcuts window, libadwaita's about window) has controls
    that only the toolkit could name: those are listed as a skip."""
    before = names(frames(app))
    open_it()
    try:
        dialog = new_frame(app, before, f"the {name}")
    except AssertionError as e:
        results.append((f"{name}: opens", False, str(e)))
        return None
    # Its controls are there once something in it can be named.
    wait_for(lambda: any(n.getRole() in CONTROL_ROLES for n in walk(dialog)), f"the {name}'s controls")
    problems = unnamed(dialog)
    if toolkit and problems:
        results.append((f"{name}: opens # SKIP unnamed controls are the toolkit's own ({len(problems)}): "
                        + "; ".join(sorted(set(problems))), True, ""))
    else:
        results.append((f"{name}: every control named", not problems, "; ".join(problems[:20])))
    if close_button is not None or close_key is not None:
        if close_button is not None:
            # With no window manager a window opened after a click on
            # another does not get the keyboard: its button closes it.
            wait_for(lambda: find_item(dialog, close_button), f"the {name}'s {close_button} button") \
                .queryAction().doAction(0)
        else:
            key(close_key)
        wait_for(lambda: not [f for f in frames(app) if f not in before
                              and showing_frame(f)], f"the {name} to close")
    return dialog


def on_screen(node):
    """GTK 4.8 sets no showing state; a widget that is not drawn (a page of
    a stack not in view) has no size."""
    try:
        return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width > 0
    except Exception:
        return False


def find_item(app, label, roles=(pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PUSH_BUTTON), drawn=False):
    """The control named LABEL; with DRAWN, only one in view (of a pane's
    buttons, the shown pane's)."""
    for n in walk(app):
        # GTK 4.8 names a button with a mnemonic "_Done Done".
        if n.getRole() in roles and showing(n) and (not drawn or on_screen(n)) \
           and (n.name or "").replace("_", "") in (label, f"{label} {label}"):
            return n
    return None


def go_to_row(app, wanted, what):
    """Selects the outline's first row, then goes Down until WANTED holds of
    the selected row's name; the row's name."""
    lst = wait_for(lambda: outline(app), "the outline")
    first = wait_for(lambda: [n for n in walk(lst) if n.getRole() == pyatspi.ROLE_LIST_ITEM],
                     "the outline's rows")[0]
    # A click on the selected row, which is in view, puts the focus there.
    selected = [n for n in walk(lst) if n.getRole() == pyatspi.ROLE_LIST_ITEM
                and n.getState().contains(pyatspi.STATE_SELECTED)]
    click(selected[0] if selected else first)
    key(KEY_HOME)
    current = wait_for(lambda: selected_row(app) == first.name and first.name, "the first row selected")
    for _ in range(MAX_ROWS):
        if wanted(current):
            return current
        key(KEY_DOWN)
        current = wait_for(lambda: (selected_row(app) or current) != current and selected_row(app),
                           f"the row after {current}")
    raise AssertionError(f"no {what} in the outline")


def clause_text(app, words):
    """The text of the clause shown: the "Clause text" field that starts
    with WORDS (other panes keep theirs while hidden)."""
    for n in walk(app):
        if n.getRole() == pyatspi.ROLE_TEXT and n.name == "Clause text":
            text = n.queryText()
            if text.getText(0, min(text.characterCount, 200)).startswith(words):
                return n
    return None


def insert_menu_item(app, words, label):
    """Opens the Insert Reference menu of the clause text that starts with
    WORDS and activates LABEL."""
    text = wait_for(lambda: clause_text(app, words), "the clause's text")
    editor = text.parent
    while editor is not None and find_item(editor, "Insert Reference") is None:
        editor = editor.parent
    button = find_item(editor, "Insert Reference")
    # GTK names the menu button but gives its action to the toggle inside.
    pressable = [n for n in walk(button) if n.getRole() in (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON)
                 and n.queryAction().nActions > 0]
    pressable[0].queryAction().doAction(0)
    wait_for(lambda: find_item(app, label), f"the menu item {label}").queryAction().doAction(0)


def check_editor_dialogs(app, results):
    """The dialogs the panes open: the cross-reference chooser and the table
    editor from a clause's text, the question before removing a party that
    the text names."""
    words = "This memorandum of understanding sets out"
    try:
        go_to_row(app, lambda name: name.startswith("1.1  " + words), "clause 1.1")
    except AssertionError as e:
        results.append(("a clause's dialogs: clause 1.1 selected", False, str(e)))
        return
    check_dialog(app, results, "table editor", lambda: insert_menu_item(app, words, "Table…"),
                 close_button="Done")
    # The table inserted to open the editor is taken out again.
    key(KEY_Z, CONTROL)
    check_dialog(app, results, "cross-reference chooser",
                 lambda: insert_menu_item(app, words, "Clause, Section or Annex…"))
    try:
        go_to_row(app, lambda name: "Risk and Intelligence" in name, "the first party")
    except AssertionError as e:
        results.append(("party removal: the party selected", False, str(e)))
        return
    check_dialog(app, results, "party removal question",
                 lambda: wait_for(lambda: find_item(app, "Remove This Party", drawn=True),
                                  "the Remove This Party button").queryAction().doAction(0),
                 close_button="Cancel")


def menu_item(app, label):
    key(KEY_F10)
    item = wait_for(lambda: find_item(app, label), f"the menu item {label}")
    # The menu is a surface of its own, whose coordinates AT-SPI does not
    # place on the screen: the item is activated as a screen reader does.
    item.queryAction().doAction(0)


def git(folder, *args):
    subprocess.run(["git", "-C", folder, *args], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="t@example.org",
                            GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="t@example.org"))


def main():
    build, source = sys.argv[1], sys.argv[2]
    published = os.path.join(source, "tests", "data", "published")
    results = []

    with tempfile.TemporaryDirectory() as tmp:
        # A memorandum with every kind of item, in a git repository with two
        # revisions, so the revision dialog and the compare window open.
        repo = os.path.join(tmp, "repo")
        os.mkdir(repo)
        sample = os.path.join(repo, "umbrella.mou")
        shutil.copy(os.path.join(published, "data-sharing-umbrella.mou"), sample)
        git(repo, "init", "-q")
        git(repo, "add", "umbrella.mou")
        git(repo, "commit", "-q", "-m", "First draft")
        with open(sample, encoding="utf-8") as f:
            text = f.read()
        with open(sample, "w", encoding="utf-8") as f:
            f.write(text.replace("Contacts", "Contacts and escalation", 1))
        git(repo, "commit", "-q", "-a", "-m", "Second draft")
        offices = os.path.join(tmp, "office-holders.mou")
        shutil.copy(os.path.join(published, "office-holders.mou"), offices)

        env = dict(os.environ, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                   XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)
        app_path = os.path.join(build, "src", "app", "concord")
        for path, label in ((None, "start page"), (sample, "umbrella"), (offices, "office holders")):
            proc = subprocess.Popen([app_path] + ([path] if path else []), env=env)
            try:
                app = wait_for(lambda: find_app(proc.pid), "the application on the AT-SPI bus")
                if path is None:
                    wait_for(lambda: [n for n in walk(app) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON], "its buttons")
                    problems = unnamed(app)
                    results.append(("start page: every control named", not problems, "; ".join(problems[:20])))
                    continue
                visited = walk_outline(app, results, label)
                if label != "umbrella":
                    continue
                kinds = ("Details", "Document control", "Definitions", "Background", "Signature", "Annex")
                missing = [k for k in kinds if not any(v.startswith(k) for v in visited)]
                results.append(("the walk met every kind of row", not missing, f"missing {missing}"))

                pages = check_views(app, results)
                results.append(("the views pane has its five pages", len(pages) == 5, repr(pages)))

                check_editor_dialogs(app, results)
                check_dialog(app, results, "export dialog", lambda: menu_item(app, "Export…"))
                check_dialog(app, results, "keyboard shortcuts window", lambda: menu_item(app, "Keyboard Shortcuts"),
                             toolkit=True)
                check_dialog(app, results, "about window", lambda: menu_item(app, "About Concord"), toolkit=True)
                revisions = check_dialog(app, results, "revision dialog",
                                         lambda: menu_item(app, "Compare With Revision…"), close_key=None)
                if revisions is not None:
                    rows = wait_for(lambda: [n for n in walk(revisions) if n.getRole() == pyatspi.ROLE_LIST_ITEM
                                             and "First draft" in (n.name or "") + "".join(
                                                 c.name or "" for c in walk(n))],
                                    "the first revision's row")
                    before = names(frames(app))
                    # A click on a revision compares with it.
                    click(rows[0])
                    try:
                        compare = new_frame(app, before + [revisions], "the compare window")
                        wait_for(lambda: any(n.getRole() in CONTROL_ROLES for n in walk(compare)),
                                 "the compare window's controls")
                        problems = unnamed(compare)
                        results.append(("compare window: every control named", not problems,
                                        "; ".join(problems[:20])))
                    except AssertionError as e:
                        results.append(("compare window: opens", False, str(e)))
            except AssertionError as e:
                results.append((f"{label}: {e}", False, ""))
            finally:
                proc.kill()
                proc.wait()

    return report(results, always_detail=False)


if __name__ == "__main__":
    sys.exit(main())
