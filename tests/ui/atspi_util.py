# atspi_util.py: what the tests that drive Concord from outside through
# AT-SPI share: waiting for a condition, finding the application and its
# controls, and printing TAP.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

import time

import pyatspi


def wait_for(predicate, what, timeout, retry_errors=False):
    """PREDICATE's first true value within TIMEOUT seconds. With
    RETRY_ERRORS an exception counts as false: the bus may briefly hold an
    application that is starting or dying."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception:
            if not retry_errors:
                raise
            value = None
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def walk(node):
    yield node
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def find_app(pid=None):
    """Concord on the bus; with PID, the one that process runs."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "concord" and (pid is None or app.get_process_id() == pid):
            return app
    return None


def find(app, role, name):
    for node in walk(app):
        if node.getRole() == role and node.name == name:
            return node
    return None


def report(results, always_detail=True):
    """Prints RESULTS, (name, ok, detail) each, as TAP; the exit status."""
    print(f"1..{len(results)}")
    failed = 0
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} {name}")
        if detail and (always_detail or not ok):
            print(f"# {detail}")
        if not ok:
            failed += 1
    return 1 if failed else 0
