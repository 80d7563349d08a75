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
/* One edit of one property, undone by setting the old value back. */
typedef struct
{
  GObject *object;
  char    *property;
  GValue   old_value;
  GValue   new_value;
  gint64   time;
} Edit;

/* Typing into one field within this time is one edit, not one per key. */
#define COALESCE_USEC (1500 * 1000)

struct _ConcordDocument
{
  GObject            parent_instance;

  ConcordMemorandum *memorandum;
  GFile             *file;
  gboolean           modified;

  /* History: newest last. `applying` is set while undo or redo sets a
   * value, so that the change is not recorded as a new edit. */
  GPtrArray         *undo_stack;
  GPtrArray         *redo_stack;
  gboolean           applying;
};

G_DEFINE_FINAL_TYPE (ConcordDocument, concord_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS,
};

enum {
  CHANGED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_object_unref (edit->object);
  g_free (edit->property);
  g_value_unset (&edit->old_value);
  g_value_unset (&edit->new_value);
  g_free (edit);
}

static void
concord_document_finalize (GObject *object)
{
  ConcordDocument *self = (ConcordDocument *) object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

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
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->undo_stack->len > 0);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->redo_stack->len > 0);
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
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any edit to the memorandum, so views can refresh. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
concord_document_init (ConcordDocument *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->redo_stack = g_ptr_array_new_with_free_func (edit_free);
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

static void
notify_history (ConcordDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Records that a property of a model object changed. Views call this for
 * every change they see, so that every edit can be undone. */
void
concord_document_record_edit (ConcordDocument *self,
                              GObject         *object,
                              const char      *property,
                              const GValue    *old_value,
                              const GValue    *new_value)
{
  Edit *last;
  Edit *edit;
  gint64 now = g_get_monotonic_time ();

  g_return_if_fail (CONCORD_IS_DOCUMENT (self));

  if (self->applying)
    return;

  last = self->undo_stack->len > 0 ? g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1) : NULL;
  g_ptr_array_set_size (self->redo_stack, 0);

  if (last != NULL && last->object == object && g_strcmp0 (last->property, property) == 0 &&
      now - last->time < COALESCE_USEC)
    {
      g_value_unset (&last->new_value);
      g_value_init (&last->new_value, G_VALUE_TYPE (new_value));
      g_value_copy (new_value, &last->new_value);
      last->time = now;
      notify_history (self);
      return;
    }

  edit = g_new0 (Edit, 1);
  edit->object = g_object_ref (object);
  edit->property = g_strdup (property);
  edit->time = now;
  g_value_init (&edit->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &edit->old_value);
  g_value_init (&edit->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &edit->new_value);
  g_ptr_array_add (self->undo_stack, edit);
  notify_history (self);
}

gboolean
concord_document_get_applying (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->applying;
}

gboolean
concord_document_can_undo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
concord_document_can_redo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), FALSE);

  return self->redo_stack->len > 0;
}

/* Moves the newest edit from one stack to the other, setting the value it
 * had before (undo) or after (redo). Returns the object it changed. */
static GObject *
apply (ConcordDocument *self,
       GPtrArray       *from,
       GPtrArray       *to,
       gboolean         undo)
{
  Edit *edit;
  GObject *object;

  if (from->len == 0)
    return NULL;

  edit = g_ptr_array_steal_index (from, from->len - 1);
  /* A following edit of the same field must not merge into this one. */
  edit->time = 0;
  object = edit->object;

  self->applying = TRUE;
  g_object_set_property (object, edit->property, undo ? &edit->old_value : &edit->new_value);
  self->applying = FALSE;

  g_ptr_array_add (to, edit);
  notify_history (self);
  concord_document_changed (self);

  return object;
}

GObject *
concord_document_undo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return apply (self, self->undo_stack, self->redo_stack, TRUE);
}

GObject *
concord_document_redo (ConcordDocument *self)
{
  g_return_val_if_fail (CONCORD_IS_DOCUMENT (self), NULL);

  return apply (self, self->redo_stack, self->undo_stack, FALSE);
}
