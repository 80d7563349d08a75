/* failfork.c: an LD_PRELOAD shim that spoils the export's child process
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* concord-cli export-pdf --processes 2 forks a child to measure half the
 * text (src/core/concord-render-measure.c). Whatever becomes of the child,
 * the PDF must be the one a single process writes. With this shim:
 *
 *   CONCORD_FAILFORK=fail   fork () fails with EAGAIN;
 *   CONCORD_FAILFORK=die    the child ends at once with status 3, having
 *                           sent nothing;
 *   CONCORD_FAILFORK=crash  the child is killed by SIGSEGV at once.
 *
 * The child also writes its shaped glyphs to a memfd ("concord-glyphs"),
 * which the parent reads back as it draws:
 *
 *   CONCORD_FAILFORK=nomemfd    memfd_create () fails with ENOSYS;
 *   CONCORD_FAILFORK=nospace    writing to the glyph file fails with ENOSPC
 *                               after its first 40 writes;
 *   CONCORD_FAILFORK=shortread  reading the glyph file finds its end.
 *
 * And a process that has another thread when it would fork:
 *
 *   CONCORD_FAILFORK=thread     a thread that never ends is started as the
 *                               program starts.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

pid_t
fork (void)
{
  static pid_t (*real_fork) (void);
  const char *mode = getenv ("CONCORD_FAILFORK");
  pid_t pid;

  if (real_fork == NULL)
    real_fork = (pid_t (*) (void)) dlsym (RTLD_NEXT, "fork");

  if (mode != NULL && strcmp (mode, "fail") == 0)
    {
      errno = EAGAIN;
      return -1;
    }

  pid = real_fork ();
  if (pid == 0 && mode != NULL && strcmp (mode, "die") == 0)
    _exit (3);
  if (pid == 0 && mode != NULL && strcmp (mode, "crash") == 0)
    raise (SIGSEGV);

  return pid;
}

static int
mode_is (const char *name)
{
  const char *mode = getenv ("CONCORD_FAILFORK");

  return mode != NULL && strcmp (mode, name) == 0;
}

static int
is_glyph_file (int fd)
{
  char link[64], target[256];
  ssize_t n;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  n = readlink (link, target, sizeof target - 1);
  if (n <= 0)
    return 0;
  target[n] = '\0';

  return strstr (target, "memfd:concord-glyphs") != NULL;
}

int
memfd_create (const char   *name,
              unsigned int  flags)
{
  static int (*real_memfd_create) (const char *, unsigned int);

  if (real_memfd_create == NULL)
    real_memfd_create = (int (*) (const char *, unsigned int)) dlsym (RTLD_NEXT, "memfd_create");
  if (mode_is ("nomemfd"))
    {
      errno = ENOSYS;
      return -1;
    }

  return real_memfd_create (name, flags);
}

ssize_t
write (int         fd,
       const void *data,
       size_t      length)
{
  static ssize_t (*real_write) (int, const void *, size_t);
  static int written;

  if (real_write == NULL)
    real_write = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");
  if (mode_is ("nospace") && is_glyph_file (fd) && ++written > 40)
    {
      errno = ENOSPC;
      return -1;
    }

  return real_write (fd, data, length);
}

ssize_t
pread (int    fd,
       void  *data,
       size_t length,
       off_t  offset)
{
  static ssize_t (*real_pread) (int, void *, size_t, off_t);

  if (real_pread == NULL)
    real_pread = (ssize_t (*) (int, void *, size_t, off_t)) dlsym (RTLD_NEXT, "pread");
  if (mode_is ("shortread") && is_glyph_file (fd))
    return 0;

  return real_pread (fd, data, length, offset);
}

static void *
wait_for_ever (void *data)
{
  for (;;)
    pause ();

  return data;
}

__attribute__ ((constructor)) static void
start_thread (void)
{
  pthread_t thread;

  if (mode_is ("thread"))
    pthread_create (&thread, NULL, wait_for_ever, NULL);
}
