/* concord-file-write.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-file-write"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "concord-error.h"
#include "concord-util-private.h"
#include "concord-xml.h"

/* Temporary files are ".NAME.concord-save-XXXXXX" beside the target: hidden,
 * and recognisable as ours so that a later write can remove the ones a
 * killed process left behind. */
#define TEMP_MARK ".concord-save-"
#define MAX_LINKS 40

/* Where a path finally leads: through every symbolic link, dangling ones
 * too, so that saving through a link writes the file it names. */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < MAX_LINKS; hops++)
    {
      g_autofree char *link = NULL;
      g_autofree char *folder = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, NULL);
      if (link == NULL)
        return g_steal_pointer (&current);
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
          continue;
        }
      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (folder, link, NULL);
    }

  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
               _("%s: cannot write: too many levels of symbolic links"), path);
  return NULL;
}

static gboolean
is_stale_temp_name (const char *name)
{
  const char *mark = strstr (name, TEMP_MARK);

  return name[0] == '.' && mark != NULL && strlen (mark) == strlen (TEMP_MARK) + 6;
}

/* Removes the temporary files that writers killed part way left in the
 * folder.  A live writer holds a lock on its file, so a file whose lock can
 * be taken has nobody writing it. */
void
concord_file_remove_stale_temps (const char *folder)
{
  DIR *dir = opendir (folder);
  struct dirent *entry;

  if (dir == NULL)
    return;

  while ((entry = readdir (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;
      int fd;

      if (!is_stale_temp_name (entry->d_name))
        continue;
      path = g_build_filename (folder, entry->d_name, NULL);
      fd = open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && flock (fd, LOCK_EX | LOCK_NB) == 0)
        g_unlink (path);
      close (fd);
    }

  closedir (dir);
}

gboolean
concord_file_is_same (const char *a,
                      const char *b)
{
  GStatBuf sa, sb;

  if (a == NULL || b == NULL || g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;

  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* What the target is now decides what may be written: only a regular file
 * is replaced, and its mode, owner and extended attributes carry over. */
static gboolean
check_target (const char         *path,
              const char         *target,
              ConcordWriteFlags   flags,
              GStatBuf           *st,
              gboolean           *exists,
              GError            **error)
{
  g_autofree char *folder = g_path_get_dirname (target);

  *exists = g_stat (target, st) == 0;
  if (*exists && S_ISDIR (st->st_mode))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("%s: cannot write: it is a folder, not a file"), path);
      return FALSE;
    }
  if (*exists && !S_ISREG (st->st_mode))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("%s: cannot write: it is a device, pipe or socket, not a regular file"), path);
      return FALSE;
    }
  if (*exists && st->st_nlink > 1 && !(flags & CONCORD_WRITE_SPLIT_HARD_LINKS))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_HARD_LINK,
                   _("%s: cannot write: the file has %u names (hard links), and writing "
                     "would leave the others with the old contents"),
                   path, (guint) st->st_nlink);
      return FALSE;
    }
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("%s: cannot write: the folder %s does not exist"), path, folder);
      return FALSE;
    }

  return TRUE;
}

/* Owner and group are kept where the writer may set them (root, or a group
 * the writer is in); user.* attributes always. */
static void
copy_metadata (int             fd,
               const char     *target,
               const GStatBuf *st)
{
  char names[4096];
  ssize_t length;

  if (fchown (fd, st->st_uid, st->st_gid) != 0)
    (void) !fchown (fd, (uid_t) -1, st->st_gid);

  length = listxattr (target, names, sizeof names);
  for (ssize_t at = 0; at < length; at += strlen (names + at) + 1)
    {
      const char *name = names + at;
      char value[65536];
      ssize_t size;

      if (!g_str_has_prefix (name, "user."))
        continue;
      size = getxattr (target, name, value, sizeof value);
      if (size >= 0)
        (void) fsetxattr (fd, name, value, size, 0);
    }
}

/* Makes and locks the temporary file.  The lock is taken before anything is
 * written; a cleaner that got in between mkstemp and the lock has removed
 * the name, which the link count shows, and then a new one is made. */
static int
open_temp (const char  *target,
           char       **temp_path)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);

  for (guint attempt = 0; attempt < 8; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s" TEMP_MARK "XXXXXX", base);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;
      int fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);

      if (fd < 0)
        return -1;
      if (flock (fd, LOCK_EX) == 0 && fstat (fd, &st) == 0 && st.st_nlink > 0)
        {
          *temp_path = g_steal_pointer (&path);
          return fd;
        }
      close (fd);
    }

  errno = EAGAIN;
  return -1;
}

static mode_t
new_file_mode (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return 0666 & ~mask;
}

static gboolean
fsync_folder (const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0 || errno == EINVAL;
  close (fd);

  return ok;
}

/* Writes a temporary file beside the target, makes it durable, and renames
 * it over the target: the file on disk is always the old or the new one. */
gboolean
concord_file_replace_atomic_full (const char         *path,
                                  const char         *data,
                                  gsize               length,
                                  ConcordWriteFlags   flags,
                                  GError            **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *temp = NULL;
  gboolean exists;
  GStatBuf st;
  int fd;
  int saved;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  target = resolve_target (path, error);
  if (target == NULL || !check_target (path, target, flags, &st, &exists, error))
    return FALSE;

  folder = g_path_get_dirname (target);
  concord_file_remove_stale_temps (folder);

  fd = open_temp (target, &temp);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: cannot write: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }

  if (exists)
    copy_metadata (fd, target, &st);
  if (!_concord_write_all (fd, data, length) ||
      fchmod (fd, exists ? (st.st_mode & 07777) : new_file_mode ()) != 0 ||
      fsync (fd) != 0 ||
      g_rename (temp, target) != 0)
    {
      saved = errno;
      g_unlink (temp);
      close (fd);
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: cannot write: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  if (!fsync_folder (target))
    {
      saved = errno;
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("%s: written, but the folder could not be synced: %s"), path,
                   g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

gboolean
concord_file_replace_atomic (const char  *path,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  return concord_file_replace_atomic_full (path, data, length, CONCORD_WRITE_DEFAULT, error);
}
