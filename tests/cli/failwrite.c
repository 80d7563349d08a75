/* failwrite.c: an LD_PRELOAD shim that makes the disk look full
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The CLI tests must see what concord-cli does when a save fails half way:
 * exit 74, say why, leave the original file as it was and leave no
 * temporary file behind.  A full disk cannot be made on demand without
 * root, so this shim fakes one.  write () and writev () on a descriptor
 * whose file lies under $CONCORD_FAILWRITE_DIR fail with ENOSPC; every
 * other write (standard output, standard error, pipes, files elsewhere)
 * goes through to the C library unchanged.
 *
 *   LD_PRELOAD=failwrite.so CONCORD_FAILWRITE_DIR=/tmp/x \
 *     concord-cli fmt /tmp/x/a.mou
 *
 * $CONCORD_FAILWRITE_DIR should be an absolute path with no symbolic
 * links in it, since it is compared with what /proc/self/fd/N resolves to.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

typedef ssize_t (*WriteFunc) (int, const void *, size_t);
typedef ssize_t (*WritevFunc) (int, const struct iovec *, int);

/* Whether fd is open on a file inside $CONCORD_FAILWRITE_DIR. */
static int
is_doomed (int fd)
{
  const char *dir = getenv ("CONCORD_FAILWRITE_DIR");
  char link[64];
  char target[PATH_MAX];
  size_t dir_len;
  ssize_t len;
  int saved_errno = errno;

  if (dir == NULL || *dir == '\0')
    return 0;

  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  len = readlink (link, target, sizeof target - 1);
  errno = saved_errno;
  if (len < 0)
    return 0;
  target[len] = '\0';

  dir_len = strlen (dir);
  while (dir_len > 1 && dir[dir_len - 1] == '/')
    dir_len--;

  return strncmp (target, dir, dir_len) == 0 && target[dir_len] == '/';
}

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  static WriteFunc real_write;

  if (is_doomed (fd))
    {
      errno = ENOSPC;
      return -1;
    }

  if (real_write == NULL)
    real_write = (WriteFunc) dlsym (RTLD_NEXT, "write");

  return real_write (fd, buf, count);
}

ssize_t
writev (int                 fd,
        const struct iovec *iov,
        int                 iovcnt)
{
  static WritevFunc real_writev;

  if (is_doomed (fd))
    {
      errno = ENOSPC;
      return -1;
    }

  if (real_writev == NULL)
    real_writev = (WritevFunc) dlsym (RTLD_NEXT, "writev");

  return real_writev (fd, iov, iovcnt);
}
