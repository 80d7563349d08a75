/* concord-templates.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-templates.h"
#include "concord-util-private.h"
#include "concord-xml.h"

/* Templates are ordinary memoranda embedded in the program, listed in
 * display order by templates/index.ini. */

#define TEMPLATE_PATH "templates/"

/* A file of the templates; only a broken build lacks one. */
static GBytes *
lookup (const char  *path,
        GError     **error)
{
  GBytes *bytes = _concord_embedded_lookup (path);

  if (bytes == NULL)
    g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                 _("this build of Concord lacks its template file “%s”"), path);

  return bytes;
}

void
concord_template_info_free (ConcordTemplateInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_free (info->title);
  g_free (info->description);
  g_free (info);
}

static GKeyFile *
load_index (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) index = g_key_file_new ();

  bytes = lookup (TEMPLATE_PATH "index.ini", error);
  if (bytes == NULL)
    return NULL;

  if (!g_key_file_load_from_bytes (index, bytes, G_KEY_FILE_NONE, error))
    return NULL;

  return g_steal_pointer (&index);
}

static ConcordMemorandum *
load_template (GKeyFile    *index,
               const char  *template_id,
               GError     **error)
{
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  file = g_key_file_get_string (index, template_id, "file", NULL);
  if (file == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                   _("there is no template called “%s”; `concord-cli templates` lists them"),
                   template_id);
      return NULL;
    }

  path = g_strconcat (TEMPLATE_PATH, file, NULL);
  bytes = lookup (path, error);
  if (bytes == NULL)
    return NULL;

  display = g_strconcat ("template:", template_id, NULL);
  data = g_bytes_get_data (bytes, &length);

  return concord_memorandum_load_from_data (data, length, display, error);
}

GPtrArray *
concord_templates_list (GError **error)
{
  g_autoptr(GKeyFile) index = load_index (error);
  g_autoptr(GPtrArray) list = NULL;
  g_auto(GStrv) groups = NULL;

  if (index == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_template_info_free);
  groups = g_key_file_get_groups (index, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autoptr(ConcordMemorandum) m = load_template (index, groups[i], error);
      ConcordTemplateInfo *info;

      if (m == NULL)
        return NULL;

      info = g_new0 (ConcordTemplateInfo, 1);
      info->id = g_strdup (groups[i]);
      /* A template may be listed by a name of its own ("Blank
       * memorandum"), where its title is left for the drafter. */
      info->title = g_key_file_get_string (index, groups[i], "title", NULL);
      if (info->title == NULL)
        info->title = g_strdup (concord_memorandum_get_title (m) ? concord_memorandum_get_title (m)
                                : concord_memorandum_get_placeholder (m, "title"));
      info->description = g_key_file_get_string (index, groups[i], "description", NULL);
      g_ptr_array_add (list, info);
    }

  return g_steal_pointer (&list);
}

/* A new memorandum takes a fresh id, so that two drafts started from the
 * same template are never mistaken for versions of one document. */
ConcordMemorandum *
concord_template_instantiate (const char  *template_id,
                              GError     **error)
{
  g_autoptr(GKeyFile) index = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (template_id != NULL, NULL);

  index = load_index (error);
  if (index == NULL)
    return NULL;

  m = load_template (index, template_id, error);
  if (m == NULL)
    return NULL;

  uuid = g_uuid_string_random ();
  id = g_strconcat ("mou-", uuid, NULL);
  concord_memorandum_set_id (m, id);

  return g_steal_pointer (&m);
}
