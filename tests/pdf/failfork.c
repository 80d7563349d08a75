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
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
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
