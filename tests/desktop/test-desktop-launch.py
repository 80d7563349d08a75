#!/usr/bin/python3
# test-desktop-launch.py: the desktop file starts Concord as GNOME does.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs Debian's python3-gi and python3-pyatspi under /usr/bin/python3, a
# display and a D-Bus session (build-aux/test starts Xvfb and
# dbus-run-session).
#
# The built desktop file is launched through GDesktopAppInfo, as the shell
# and the file manager launch it: once with a .mou file (a double click),
# which must open a window on that memorandum, and once through its New
# Window action, which must open a window on the start page. Each start is
# seen from outside, on the AT-SPI bus.

import os
import signal
import subprocess
import sys
import tempfile
import time

import gi
gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

import pyatspi  # noqa: E402

APP_ID = "io.github.ConcordMoU.Concord"
TIMEOUT = 20.0


def wait_for(predicate, what):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        # GIO reaps the children it spawned from the main context.
        GLib.MainContext.default().iteration(False)
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def concord_apps():
    """{process id: AT-SPI application} for every Concord on the bus."""
    desktop = pyatspi.Registry.getDesktop(0)
    apps = {}
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "concord":
            apps[app.get_process_id()] = app
    return apps


def frames(app):
    return [app.getChildAtIndex(i).name for i in range(app.childCount)
            if app.getChildAtIndex(i) is not None
            and app.getChildAtIndex(i).getRole() == pyatspi.ROLE_FRAME]


def labels(app):
    found = []

    def walk(node, depth=0):
        if node is None or depth > 40:
            return
        if node.getRole() == pyatspi.ROLE_LABEL and node.name:
            found.append(node.name)
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), depth + 1)

    walk(app)
    return found


def new_app(before):
    apps = concord_apps()
    fresh = [pid for pid in apps if pid not in before]
    return (fresh[0], apps[fresh[0]]) if fresh else None


def main():
    build = sys.argv[1]
    results = []
    started = []

    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "partnership.mou")
        subprocess.run([os.path.join(build, "src", "cli", "concord-cli"), "new", "--template",
                        "two-party-partnership", "-o", sample], check=True)
        # A window on a file is titled with the file's name.
        title = os.path.basename(sample)
        # What the launched program inherits: the built concord first on PATH,
        # as an installed one would be, and its own folders.
        os.environ.update(PATH=os.path.join(build, "src", "app") + os.pathsep + os.environ["PATH"],
                          GSETTINGS_BACKEND="memory",
                          GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
                          XDG_STATE_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)
        info = Gio.DesktopAppInfo.new_from_filename(os.path.join(build, "data", APP_ID + ".desktop"))
        try:
            results.append(("the desktop file loads, with its New Window action",
                            info is not None and "new-window" in info.list_actions(), ""))

            # 1: a double-clicked .mou file opens in Concord.
            before = concord_apps()
            info.launch([Gio.File.new_for_path(sample)], None)
            pid, app = wait_for(lambda: new_app(before), "Concord started with the file")
            started.append(pid)
            try:
                shown = wait_for(lambda: [f for f in frames(app) if f == title],
                                 "a window on the memorandum")
            except AssertionError as e:
                raise AssertionError(f"{e}: {title!r} not in {frames(app)!r}")
            results.append(("opening a .mou file shows it in a window", len(shown) == 1,
                            repr(frames(app))))

            # 2: the New Window action opens a window on the start page.
            before = concord_apps()
            info.launch_action("new-window", None)
            pid, app = wait_for(lambda: new_app(before), "Concord started by New Window")
            started.append(pid)
            start_page = wait_for(lambda: "Start a Memorandum" in labels(app), "the start page")
            results.append(("New Window opens a window on the start page",
                            start_page and len(frames(app)) == 1, repr(frames(app))))
        except AssertionError as e:
            results.append((str(e), False, ""))
        finally:
            for pid in started:
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass

    print(f"1..{len(results)}")
    failed = 0
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} {name}")
        if not ok:
            failed += 1
            if detail:
                print(f"# {detail}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
