/* concord-autosave.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-autosave"

#include "config.h"

#include "concord-autosave.h"
#include "concord-drafts.h"

/* Autosave: a while after edits stop (and whenever the owner flushes, as
 * when its window loses focus), unsaved work is copied to a draft apart
 * from the real file. A draft that cannot be written is reported to the
 * owner once per streak of failures: after every keystroke's debounce
 * would be a flood, never would be work lost in silence. */

struct _ConcordAutosave
{
  ConcordDocument          *document;
  guint                     source_id;

  ConcordAutosaveErrorFunc  error_func;
  gpointer                  error_data;
  GDestroyNotify            error_destroy;
  gboolean                  failing;
};

ConcordAutosave *
concord_autosave_new (void)
{
  return g_new0 (ConcordAutosave, 1);
}

void
concord_autosave_free (ConcordAutosave *self)
{
  if (self == NULL)
    return;

  concord_autosave_cancel (self);
  if (self->error_destroy != NULL)
    self->error_destroy (self->error_data);
  g_free (self);
}

/* Nothing is written for what is pending now. */
void
concord_autosave_cancel (ConcordAutosave *self)
{
  g_return_if_fail (self != NULL);

  g_clear_handle_id (&self->source_id, g_source_remove);
  g_clear_object (&self->document);
}

gboolean
concord_autosave_pending (ConcordAutosave *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->source_id != 0;
}

/* Writes the draft now, if one is pending and the document still has
 * unsaved changes. */
void
concord_autosave_flush (ConcordAutosave *self)
{
  g_autoptr(ConcordDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (self != NULL);

  document = g_steal_pointer (&self->document);
  g_clear_handle_id (&self->source_id, g_source_remove);
  if (document == NULL || !concord_document_get_modified (document))
    return;

  if (concord_drafts_write (document, &error))
    {
      self->failing = FALSE;
      return;
    }

  g_message ("Could not autosave a draft: %s", error->message);
  if (self->failing)
    return;
  self->failing = TRUE;
  if (self->error_func != NULL)
    self->error_func (self, error, self->error_data);
}

/* @func is called when a draft cannot be written, once until a draft is
 * written again. */
void
concord_autosave_set_error_func (ConcordAutosave          *self,
                                 ConcordAutosaveErrorFunc  func,
                                 gpointer                  data,
                                 GDestroyNotify            destroy)
{
  g_return_if_fail (self != NULL);

  if (self->error_destroy != NULL)
    self->error_destroy (self->error_data);
  self->error_func = func;
  self->error_data = data;
  self->error_destroy = destroy;
}

/* Whether the last draft could not be written. */
gboolean
concord_autosave_get_failing (ConcordAutosave *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->failing;
}

static gboolean
autosave_cb (gpointer data)
{
  ConcordAutosave *self = data;

  self->source_id = 0;
  concord_autosave_flush (self);

  return G_SOURCE_REMOVE;
}

/* A change: the draft is written @delay_ms after the last one. */
void
concord_autosave_schedule (ConcordAutosave *self,
                           ConcordDocument *document,
                           guint            delay_ms)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (CONCORD_IS_DOCUMENT (document));

  g_clear_handle_id (&self->source_id, g_source_remove);
  g_set_object (&self->document, document);
  self->source_id = g_timeout_add (delay_ms, autosave_cb, self);
}
