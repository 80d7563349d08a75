/* concord-document.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-document"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-document.h"

/* An open memorandum: the model, the file it came from (none for a new
 * one) and whether it has changed since it was last saved. */
struct _ConcordDocument
{
  GObject            parent_instance;

  ConcordMemorandum *memorandum;
  GFile             *file;
  gboolean           modified;
};

G_DEFINE_FINAL_TYPE (ConcordDocument, concord_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  PROP_FILE,
  PROP_MODIFIED,
  N_PROPS,
};

enum {
  CHANGED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
concord_document_finalize (GObject *object)
{
  ConcordDocument *self = (ConcordDocument *) object;

  g_clear_object (&self->memorandum);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (concord_document_parent_class)->finalize (object);
}

static void
concord_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ConcordDocument *self = CONCORD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      g_value_set_object (value, self->memorandum);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_document_class_init (ConcordDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = concord_document_finalize;
  object_class->get_property = concord_document_get_property;

  properties[PROP_MEMORANDUM] =
    g_param_spec_object ("memorandum", NULL, NULL, CONCORD_TYPE_MEMORANDUM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any edit to the memorandum, so views can refresh. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
concord_document_init (ConcordDocument *self)
{
  (void) self;
}

static ConcordDocument *
wrap (ConcordMemorandum *memorandum,
      GFile             *file)
{
  ConcordDocument *self = g_object_new (CONCORD_TYPE_DOCUMENT, NULL);

  self->memorandum = memorandum;
  self->file = file != NULL ? g_object_ref (file) : NULL;

  return self;
}

ConcordDocument *
concord_document_new_from_template (const char  *template_id,
                                    GError     **error)
{
  ConcordMemorandum *memorandum = concord_template_instantiate (template_id, error);

  return memorandum != NULL ? wrap (memorandum, NULL) : NULL;
}

/* A failed load leaves the file as it was: the loader only reads. */
ConcordDocument *
concord_document_new_from_file (GFile   *file,
                                GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  ConcordMemorandum *memorandum;

  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("Only files on this computer can be opened"));
      return NULL;
    }

  memorandum = concord_memorandum_load_from_file (path, error);

  return memorandum != NULL ? wrap (memorandum, file) : NULL;
}

ConcordMemorandum *
concord_document_get_memorandum (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return self->memorandum;
}

GFile *
concord_document_get_file (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return self->file;
}

/* The name shown in the title bar: the file's name, or "New memorandum". */
char *
concord_document_dup_title (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  if (self->file != NULL)
    return g_file_get_basename (self->file);

  return g_strdup (_("New memorandum"));
}

gboolean
concord_document_get_modified (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

void
concord_document_set_modified (ConcordDocument *self,
                               gboolean         modified)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));

  modified = !!modified;
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
concord_document_changed (ConcordDocument *self)
{
  g_return_if_fail (CONCORD_IS_DOCUMENT (self));

  concord_document_set_modified (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Saves through the core's atomic save; on failure the document stays
 * modified and keeps its old file. */
gboolean
concord_document_save (ConcordDocument  *self,
                       GFile            *file,
                       GError          **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("Only files on this computer can be saved to"));
      return FALSE;
    }

  if (!concord_memorandum_save (self->memorandum, path, error))
    return FALSE;

  if (file != self->file)
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  concord_document_set_modified (self, FALSE);

  return TRUE;
}
