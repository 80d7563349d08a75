#!/usr/bin/env python3
# test-write-safety.py: concord-cli never harms a file it did not mean to
# write, keeps what it rewrites as it was (mode, owner, attributes, links),
# and leaves no temporary file behind, even when killed while saving.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-write-safety.py --cli PATH --source-root DIR [unittest arguments...]
#
# CI runs as root, so nothing here relies on permissions failing: special
# files are made with mknod, mkfifo and a bound socket in a scratch folder.
# CONCORD_KILL_SAVES sets how many saves the kill loop interrupts (1,000 by
# default, 100 under the sanitizers; a full run uses 10,000).

import argparse
import fcntl
import os
import random
import re
import socket
import stat
import subprocess
import sys
import tempfile
import time
import unittest

CLI = None
SOURCE_ROOT = None
SANITIZED = bool(os.environ.get("CONCORD_TEST_SANITIZED"))
EXIT_OK, EXIT_USAGE, EXIT_IOERR = 0, 2, 74
TEMP_NAME = re.compile(r"^\..*\.concord-save-......$")


def run(*args, timeout=60):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    return subprocess.run([CLI] + [str(a) for a in args], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, timeout=timeout)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def template(name="blank"):
    return os.path.join(SOURCE_ROOT, "templates", name + ".mou")


def uglify(data):
    """The same memorandum, not in canonical form: fmt has to rewrite it."""
    return data.replace(b"\n  <", b"\n    <", 1)


class WriteCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="concord-write-")
        self.tmp = os.path.realpath(self._tmp.name)
        self.source = os.path.join(self.tmp, "source.mou")
        with open(self.source, "wb") as f:
            f.write(read(template("sector-led-improvement")))

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp, name)

    def assertExit(self, result, code):
        self.assertEqual(result.returncode, code, f"{result.args}\n{result.stderr}")

    def special_files(self):
        """A character device, a FIFO and a socket, each with its kind."""
        made = []
        device = self.path("full-device")
        try:
            os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
            made.append((device, stat.S_ISCHR))
        except PermissionError:
            pass  # not root: the FIFO and the socket still stand for it
        fifo = self.path("pipe")
        os.mkfifo(fifo)
        made.append((fifo, stat.S_ISFIFO))
        sock_path = self.path("socket")
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(sock_path)
        self.addCleanup(sock.close)
        made.append((sock_path, stat.S_ISSOCK))
        return made


class TestSpecialFiles(WriteCase):
    def test_every_writing_command_refuses_special_files(self):
        other = self.path("other.mou")
        with open(other, "wb") as f:
            f.write(read(template("two-party-partnership")))
        for target, is_kind in self.special_files():
            for args in (["export-pdf", self.source, "-o", target],
                         ["export-pdf", self.source, "-o", target, "--force"],
                         ["new", "--template", "blank", "--force", "-o", target],
                         ["diff", self.source, other, "--pdf", target]):
                with self.subTest(target=os.path.basename(target), command=args[0]):
                    r = run(*args, timeout=20)
                    self.assertExit(r, EXIT_IOERR)
                    self.assertIn(target, r.stderr)
                    self.assertIn("not a regular file", r.stderr)
                    self.assertTrue(is_kind(os.lstat(target).st_mode), "replaced")
        names = sorted(os.listdir(self.tmp))
        self.assertFalse([n for n in names if TEMP_NAME.match(n)], names)


class TestOwnInput(WriteCase):
    def test_export_over_its_input(self):
        before = read(self.source)
        os.symlink("source.mou", self.path("link.mou"))
        os.link(self.source, self.path("hard.mou"))
        for out in (self.source, self.path("link.mou"), self.path("hard.mou"),
                    os.path.join(self.tmp, ".", "source.mou")):
            with self.subTest(out=out):
                r = run("export-pdf", self.source, "-o", out)
                self.assertExit(r, EXIT_USAGE)
                self.assertIn("input", r.stderr)
                self.assertEqual(read(self.source), before)

    def test_redline_over_either_input(self):
        other = self.path("other.mou")
        with open(other, "wb") as f:
            f.write(read(template("two-party-partnership")))
        for out in (self.source, other):
            r = run("diff", self.source, other, "--pdf", out)
            self.assertExit(r, EXIT_USAGE)
        self.assertEqual(read(self.source), read(template("sector-led-improvement")))

    def test_export_beside_its_input_works(self):
        r = run("export-pdf", self.source, "-o", self.path("out.pdf"))
        self.assertExit(r, EXIT_OK)
        self.assertTrue(read(self.path("out.pdf")).startswith(b"%PDF-"))


class TestHardLinks(WriteCase):
    def test_hard_linked_target_needs_force(self):
        ugly = uglify(read(self.source))
        target = self.path("shared.mou")
        with open(target, "wb") as f:
            f.write(ugly)
        os.link(target, self.path("second-name.mou"))

        r = run("fmt", target)
        self.assertExit(r, EXIT_IOERR)
        self.assertIn("hard links", r.stderr)
        self.assertIn("--force", r.stderr)
        self.assertEqual(read(target), ugly)
        self.assertEqual(os.stat(target).st_nlink, 2)

        r = run("export-pdf", self.source, "-o", target)
        self.assertExit(r, EXIT_IOERR)
        self.assertEqual(read(target), ugly)

        r = run("fmt", "--force", target)
        self.assertExit(r, EXIT_OK)
        self.assertNotEqual(read(target), ugly)
        # The other name keeps the old contents: that is what --force accepts.
        self.assertEqual(read(self.path("second-name.mou")), ugly)
        self.assertEqual(os.stat(target).st_nlink, 1)


class TestMetadata(WriteCase):
    def rewritten(self, setup):
        """fmt rewrites a non-canonical copy after setup(path) and returns it."""
        path = self.path("kept.mou")
        with open(path, "wb") as f:
            f.write(uglify(read(self.source)))
        setup(path)
        r = run("fmt", path)
        self.assertExit(r, EXIT_OK)
        self.assertIn("reformatted", r.stdout)
        self.assertEqual(read(path), read(self.source))
        return path

    def test_mode_kept_whatever_the_umask(self):
        for mode in (0o664, 0o600, 0o640, 0o2664, 0o444):
            with self.subTest(mode=oct(mode)):
                path = self.rewritten(lambda p: os.chmod(p, mode))
                self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), mode)
                os.chmod(path, 0o644)
                os.unlink(path)

    def test_new_file_follows_umask(self):
        old = os.umask(0o027)
        try:
            r = run("new", "--template", "blank", "-o", self.path("fresh.mou"))
        finally:
            os.umask(old)
        self.assertExit(r, EXIT_OK)
        self.assertEqual(stat.S_IMODE(os.stat(self.path("fresh.mou")).st_mode), 0o640)

    def test_owner_and_group_kept(self):
        if os.geteuid() != 0:
            # A user may only keep a group they are in; that is the case left.
            gid = os.getgroups()[-1]
            path = self.rewritten(lambda p: os.chown(p, -1, gid))
            self.assertEqual(os.stat(path).st_gid, gid)
            return
        path = self.rewritten(lambda p: os.chown(p, 4321, 8765))
        st = os.stat(path)
        self.assertEqual((st.st_uid, st.st_gid), (4321, 8765))

    def test_user_attributes_kept(self):
        probe = self.path("probe")
        open(probe, "wb").close()
        try:
            os.setxattr(probe, "user.probe", b"1")
        except OSError as e:
            self.skipTest(f"this file system keeps no user attributes: {e}")

        def tag(p):
            os.setxattr(p, "user.concord.reviewer", b"Legal team")
            os.setxattr(p, "user.empty", b"")

        path = self.rewritten(tag)
        self.assertEqual(os.getxattr(path, "user.concord.reviewer"), b"Legal team")
        self.assertEqual(os.getxattr(path, "user.empty"), b"")

    def test_dangling_symlink_is_written_through(self):
        os.mkdir(self.path("real"))
        os.symlink(os.path.join("real", "draft.mou"), self.path("link.mou"))
        r = run("new", "--template", "blank", "-o", self.path("link.mou"), "--force")
        self.assertExit(r, EXIT_OK)
        self.assertTrue(os.path.islink(self.path("link.mou")))
        self.assertTrue(read(self.path("real/draft.mou")).startswith(b"<?xml"))

    def test_symlink_chain_is_written_through(self):
        path = self.rewritten(lambda p: None)
        os.symlink("kept.mou", self.path("one"))
        os.symlink("one", self.path("two"))
        with open(path, "wb") as f:
            f.write(uglify(read(self.source)))
        r = run("fmt", self.path("two"))
        self.assertExit(r, EXIT_OK)
        self.assertTrue(os.path.islink(self.path("two")))
        self.assertTrue(os.path.islink(self.path("one")))
        self.assertEqual(read(path), read(self.source))

    def test_symlink_loop_is_refused(self):
        os.symlink("loop-b", self.path("loop-a"))
        os.symlink("loop-a", self.path("loop-b"))
        r = run("new", "--template", "blank", "--force", "-o", self.path("loop-a"))
        self.assertExit(r, EXIT_IOERR)
        self.assertIn("symbolic links", r.stderr)


class TestTemporaryFiles(WriteCase):
    def test_stale_temporary_removed_and_live_one_kept(self):
        stale = self.path(".kept.mou.concord-save-abc123")
        live = self.path(".other.mou.concord-save-zzz999")
        unrelated = self.path(".kept.mou.concord-save-notours")
        for name in (stale, live, unrelated):
            with open(name, "wb") as f:
                f.write(b"half a memorandum")
        # A writer that is still going holds a lock on its file.
        holder = open(live, "rb")
        self.addCleanup(holder.close)
        fcntl.flock(holder, fcntl.LOCK_EX)

        r = run("new", "--template", "blank", "-o", self.path("kept.mou"))
        self.assertExit(r, EXIT_OK)
        self.assertFalse(os.path.exists(stale))
        self.assertTrue(os.path.exists(live))
        self.assertTrue(os.path.exists(unrelated))

    def test_failed_write_leaves_nothing(self):
        r = run("new", "--template", "blank", "-o", self.path("missing/x.mou"))
        self.assertExit(r, EXIT_IOERR)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["source.mou"])


class TestKilledWhileSaving(WriteCase):
    """kill -9 at random moments of `fmt` on the 2,000-clause document: the
    file is always the whole old or the whole new version, and the next
    write removes any temporary file the killed one left."""

    def test_kill_loop(self):
        saves = int(os.environ.get("CONCORD_KILL_SAVES", "100" if SANITIZED else "1000"))
        doc = self.path("big.mou")
        generator = os.path.join(SOURCE_ROOT, "tests", "bench", "generate.py")
        subprocess.run([sys.executable, generator, "--seed", "1", "--clauses", "2000",
                        "--words", "60:150", "--parties", "6", "-o", doc], check=True)
        new = read(doc)
        old = uglify(new)
        # How long one save takes here, so the kills land all through it.
        with open(doc, "wb") as f:
            f.write(old)
        start = time.monotonic()
        self.assertExit(run("fmt", doc), EXIT_OK)
        duration = time.monotonic() - start

        rng = random.Random(20261202)
        env = dict(os.environ, LC_ALL="C.UTF-8")
        outcomes = {"old": 0, "new": 0}
        for i in range(saves):
            if read(doc) != old:
                with open(doc, "wb") as f:
                    f.write(old)
            child = subprocess.Popen([CLI, "fmt", doc], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, env=env)
            try:
                child.wait(timeout=rng.uniform(0.0, duration * 1.1))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            data = read(doc)
            self.assertIn(data, (old, new), f"save {i}: the file is neither version")
            outcomes["new" if data == new else "old"] += 1
            leftovers = [n for n in os.listdir(self.tmp) if TEMP_NAME.match(n)]
            self.assertLessEqual(len(leftovers), 1, f"save {i}: {leftovers}")

        # The last version validates, and one more write clears every leftover.
        self.assertExit(run("validate", doc), EXIT_OK)
        with open(doc, "wb") as f:
            f.write(old)
        self.assertExit(run("fmt", doc), EXIT_OK)
        self.assertEqual([n for n in os.listdir(self.tmp) if TEMP_NAME.match(n)], [])
        # Both outcomes happened, or the kills did not land inside saves.
        self.assertGreater(outcomes["old"], 0, outcomes)
        self.assertGreater(outcomes["new"], 0, outcomes)
        print(f"\n{saves} killed saves: {outcomes}", file=sys.stderr)


def main():
    global CLI, SOURCE_ROOT
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source-root", required=True)
    args, rest = parser.parse_known_args()
    CLI = os.path.abspath(args.cli)
    SOURCE_ROOT = args.source_root
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
