/* concord-save.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-save"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-xml.h"

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
