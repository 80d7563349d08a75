/* concord-save.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-save"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-xml.h"

/* Writes a temporary file beside the target and renames it over the
 * target, so the file on disk is always either the old or the new one.
 * GLib removes the temporary file itself when writing it fails. */
gboolean
concord_file_replace_atomic (const char  *path,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autofree char *resolved = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  int mode = 0666;

  g_return_val_if_fail (path != NULL, FALSE);

  /* Saving through a symbolic link replaces the file it points to, not
   * the link. */
  resolved = realpath (path, NULL);
  if (resolved == NULL)
    resolved = g_strdup (path);

  if (g_stat (resolved, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                       _("%s: cannot save: it is a folder, not a file"), path);
          return FALSE;
        }
      mode = st.st_mode & 0777;
    }

  folder = g_path_get_dirname (resolved);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("%s: cannot save: the folder %s does not exist"), path, folder);
      return FALSE;
    }

  if (!g_file_set_contents_full (resolved, data, length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 mode, &local_error))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: cannot save: %s"),
                   path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
concord_memorandum_save (ConcordMemorandum  *self,
                         const char         *path,
                         GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = concord_memorandum_serialize (self);
  data = g_bytes_get_data (bytes, &length);

  return concord_file_replace_atomic (path, data, length, error);
}

/* SHA-256 of the canonical form: the same memorandum gives the same
 * fingerprint however its file was laid out. */
char *
concord_memorandum_fingerprint (ConcordMemorandum *self)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  bytes = concord_memorandum_serialize (self);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}
