/* concord-drafts.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-drafts"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "concord-drafts.h"

/* Drafts are copies of unsaved documents in the user's state folder, apart
 * from the real files: DRAFT-ID.mou and a small DRAFT-ID.ini saying what
 * the draft was for. A saved or deliberately discarded document loses its
 * draft, so any draft left at start-up is work a crash would have lost. */

void
concord_draft_info_free (ConcordDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_free (info->title);
  g_free (info->original_path);
  g_free (info->saved_at);
  g_free (info);
}

char *
concord_drafts_folder (void)
{
  return g_build_filename (g_get_user_state_dir (), "concord", "drafts", NULL);
}

static char *
draft_path (const char *draft_id,
            const char *extension)
{
  g_autofree char *folder = concord_drafts_folder ();
  g_autofree char *name = g_strconcat (draft_id, extension, NULL);

  return g_build_filename (folder, name, NULL);
}

gboolean
concord_drafts_write (ConcordDocument  *document,
                      GError          **error)
{
  g_autofree char *folder = concord_drafts_folder ();
  g_autofree char *mou = draft_path (concord_document_get_draft_id (document), ".mou");
  g_autofree char *ini = draft_path (concord_document_get_draft_id (document), ".ini");
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *title = NULL;
  g_autofree char *data = NULL;
  GFile *file = concord_document_get_file (document);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  gsize length;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot make the drafts folder %s: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  title = concord_memorandum_get_title (m) != NULL ? g_strdup (concord_memorandum_get_title (m))
                                                     : concord_document_dup_title (document);
  g_key_file_set_string (keys, "draft", "title", title);
  g_key_file_set_string (keys, "draft", "saved-at", stamp);
  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_key_file_set_string (keys, "draft", "file", path);
    }
  data = g_key_file_to_data (keys, &length, NULL);

  /* The index first: a draft is offered only when both files are there, so
   * a memorandum written in full is never hidden by a kill before its index
   * was written. */
  if (!concord_file_replace_atomic (ini, data, length, error))
    return FALSE;

  return concord_memorandum_save (m, mou, error);
}

void
concord_drafts_remove (const char *draft_id)
{
  g_autofree char *mou = draft_path (draft_id, ".mou");
  g_autofree char *ini = draft_path (draft_id, ".ini");

  g_unlink (mou);
  g_unlink (ini);
}

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  const ConcordDraftInfo *x = *(ConcordDraftInfo * const *) a;
  const ConcordDraftInfo *y = *(ConcordDraftInfo * const *) b;

  return -g_strcmp0 (x->saved_at, y->saved_at);
}

GPtrArray *
concord_drafts_list (void)
{
  g_autofree char *folder = concord_drafts_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_draft_info_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) keys = g_key_file_new ();
      g_autofree char *ini = NULL;
      g_autofree char *mou = NULL;
      g_autofree char *id = NULL;
      ConcordDraftInfo *info;

      if (!g_str_has_suffix (name, ".ini"))
        continue;

      id = g_strndup (name, strlen (name) - 4);
      ini = draft_path (id, ".ini");
      mou = draft_path (id, ".mou");
      if (!g_key_file_load_from_file (keys, ini, G_KEY_FILE_NONE, NULL) ||
          !g_file_test (mou, G_FILE_TEST_IS_REGULAR))
        continue;

      info = g_new0 (ConcordDraftInfo, 1);
      info->id = g_steal_pointer (&id);
      info->title = g_key_file_get_string (keys, "draft", "title", NULL);
      info->original_path = g_key_file_get_string (keys, "draft", "file", NULL);
      info->saved_at = g_key_file_get_string (keys, "draft", "saved-at", NULL);
      g_ptr_array_add (drafts, info);
    }

  g_ptr_array_sort (drafts, newest_first);

  return drafts;
}

/* The restored document keeps the draft's id, so that it goes on being
 * autosaved to the same draft until it is saved. */
ConcordDocument *
concord_drafts_restore (const char  *draft_id,
                        GError     **error)
{
  g_autofree char *mou = draft_path (draft_id, ".mou");
  g_autofree char *ini = draft_path (draft_id, ".ini");
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *original = NULL;
  g_autoptr(GFile) file = NULL;
  ConcordMemorandum *m;

  m = concord_memorandum_load_from_file (mou, error);
  if (m == NULL)
    return NULL;

  if (g_key_file_load_from_file (keys, ini, G_KEY_FILE_NONE, NULL))
    original = g_key_file_get_string (keys, "draft", "file", NULL);
  if (original != NULL)
    file = g_file_new_for_path (original);

  return concord_document_new_restored (m, file, draft_id);
}
