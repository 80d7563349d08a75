/* concord-body-clipboard.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-clipboard"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-clipboard.h"
#include "concord-fragment.h"

/* Copied text goes on the clipboard twice: as a fragment of Concord's own
 * (concord-fragment.h), which a paste into Concord reads back with its
 * references, and as plain text, numbers and names as printed, for any
 * other application. A paste reads the fragment if there is one and it
 * loads; otherwise, the plain text. */

static char *
plain_text (ConcordMemorandum *memorandum,
            GPtrArray         *blocks)
{
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (memorandum);
  GString *text = g_string_new (NULL);

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      ConcordBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *line = concord_block_get_table (block) != NULL
        ? concord_table_render (memorandum, numbering, concord_block_get_table (block), "")
        : concord_block_render (memorandum, numbering, block);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  return g_string_free (text, FALSE);
}

/**
 * concord_body_clipboard_provider:
 * @blocks: (element-type ConcordBlock): the text copied from @memorandum
 *
 * Returns: (transfer full): what to put on the clipboard
 */
GdkContentProvider *
concord_body_clipboard_provider (ConcordMemorandum *memorandum,
                                 GPtrArray         *blocks)
{
  g_autoptr(GBytes) fragment = concord_fragment_serialize (memorandum, blocks);
  g_autofree char *text = plain_text (memorandum, blocks);
  GdkContentProvider *providers[2];
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  providers[0] = gdk_content_provider_new_for_bytes (CONCORD_FRAGMENT_MIME_TYPE, fragment);
  providers[1] = gdk_content_provider_new_for_value (&value);

  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}

typedef struct
{
  ConcordMemorandum *target;
  GMemoryOutputStream *out;
} Read;

static void
read_free (gpointer data)
{
  Read *read = data;

  g_clear_object (&read->target);
  g_clear_object (&read->out);
  g_free (read);
}

static void
text_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(GError) error = NULL;
  char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);

  if (text == NULL && error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, text != NULL ? text : g_strdup (""), g_free);
}

static void
read_text (GTask *task)
{
  GdkClipboard *clipboard = g_task_get_source_object (task);

  gdk_clipboard_read_text_async (clipboard, g_task_get_cancellable (task), text_read_cb, task);
}

static void
fragment_spliced_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      data)
{
  g_autoptr(GTask) task = data;
  Read *read = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *blocks;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (object), result, &error) < 0)
    {
      read_text (g_steal_pointer (&task));
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (read->out);
  blocks = concord_fragment_parse (read->target, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  if (blocks == NULL)
    {
      /* Not ours after all, or damaged: the plain text is what is left. */
      g_debug ("the clipboard's fragment is refused: %s", error->message);
      read_text (g_steal_pointer (&task));
      return;
    }
  g_task_set_task_data (task, NULL, NULL);
  g_task_return_pointer (task, blocks, (GDestroyNotify) g_ptr_array_unref);
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(GTask) task = data;
  Read *read = g_task_get_task_data (task);
  g_autoptr(GInputStream) stream = NULL;
  const char *mime_type = NULL;
  GCancellable *cancellable;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, &mime_type, NULL);
  if (stream == NULL || g_strcmp0 (mime_type, CONCORD_FRAGMENT_MIME_TYPE) != 0)
    {
      read_text (g_steal_pointer (&task));
      return;
    }
  /* Bounded as files are: the loader refuses more anyway. */
  read->out = G_MEMORY_OUTPUT_STREAM (g_memory_output_stream_new_resizable ());
  cancellable = g_task_get_cancellable (task);
  g_output_stream_splice_async (G_OUTPUT_STREAM (read->out), stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, cancellable, fragment_spliced_cb, g_steal_pointer (&task));
}

/**
 * concord_body_clipboard_read_async:
 * @target: the memorandum the text is pasted into
 *
 * Reads what is on @clipboard, to paste into @target.
 */
void
concord_body_clipboard_read_async (GdkClipboard        *clipboard,
                                   ConcordMemorandum   *target,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  static const char *mime_types[] = { CONCORD_FRAGMENT_MIME_TYPE, NULL };
  GTask *task = g_task_new (clipboard, cancellable, callback, user_data);
  Read *read = g_new0 (Read, 1);

  read->target = g_object_ref (target);
  g_task_set_task_data (task, read, read_free);
  g_task_set_source_tag (task, concord_body_clipboard_read_async);
  if (!gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), CONCORD_FRAGMENT_MIME_TYPE))
    {
      read_text (task);
      return;
    }
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, cancellable, clipboard_read_cb, task);
}

/**
 * concord_body_clipboard_read_finish:
 * @text: (out) (transfer full): the plain text, when the clipboard holds
 *   no fragment that loads
 *
 * Returns: (transfer full) (nullable) (element-type ConcordBlock): the
 *   blocks to paste, or %NULL for @text (or an error)
 */
GPtrArray *
concord_body_clipboard_read_finish (GAsyncResult  *result,
                                    char         **text,
                                    GError       **error)
{
  GTask *task = G_TASK (result);
  gpointer value;

  *text = NULL;
  value = g_task_propagate_pointer (task, error);
  if (value == NULL)
    return NULL;
  /* Task data is dropped only on the way to blocks. */
  if (g_task_get_task_data (task) != NULL)
    {
      *text = value;
      return NULL;
    }

  return value;
}

/* Cut, copy and paste in a text view */

typedef struct
{
  GObject                         *owner;
  const ConcordBodyClipboardFuncs *funcs;
} Attached;

static void
attached_free (gpointer data)
{
  Attached *attached = data;

  g_clear_weak_pointer (&attached->owner);
  g_free (attached);
}

static gboolean
copy_selection (GtkTextView *view,
                Attached    *attached)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  ConcordMemorandum *memorandum;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GtkTextIter start, end;

  if (attached->owner == NULL || (memorandum = attached->funcs->memorandum (attached->owner)) == NULL ||
      !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return FALSE;
  blocks = attached->funcs->get (attached->owner, &start, &end);
  provider = concord_body_clipboard_provider (memorandum, blocks);

  return gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (view)), provider);
}

static void
copy_clipboard_cb (GtkTextView *view,
                   Attached    *attached)
{
  if (copy_selection (view, attached))
    g_signal_stop_emission_by_name (view, "copy-clipboard");
}

static void
cut_clipboard_cb (GtkTextView *view,
                  Attached    *attached)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  if (!copy_selection (view, attached))
    return;
  g_signal_stop_emission_by_name (view, "cut-clipboard");
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, gtk_text_view_get_editable (view));
  gtk_text_buffer_end_user_action (buffer);
}

static void
pasted_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GtkTextView) view = data;
  Attached *attached = g_object_get_data (G_OBJECT (view), "concord-clipboard");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) blocks = concord_body_clipboard_read_finish (result, &text, &error);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;

  /* The text may have gone while the clipboard was read. */
  if (attached == NULL || attached->owner == NULL || attached->funcs->memorandum (attached->owner) == NULL ||
      (blocks == NULL && text == NULL))
    return;
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, gtk_text_view_get_editable (view));
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (blocks != NULL)
    attached->funcs->insert (attached->owner, &iter, blocks);
  else
    gtk_text_buffer_insert_interactive (buffer, &iter, text, -1, gtk_text_view_get_editable (view));
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (buffer));
}

static void
paste_clipboard_cb (GtkTextView *view,
                    Attached    *attached)
{
  ConcordMemorandum *memorandum = attached->owner != NULL ? attached->funcs->memorandum (attached->owner) : NULL;

  g_signal_stop_emission_by_name (view, "paste-clipboard");
  if (memorandum != NULL)
    concord_body_clipboard_read_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), memorandum, NULL,
                                       pasted_cb, g_object_ref (view));
}

/**
 * concord_body_clipboard_attach:
 * @owner: what edits @view's text, which outlives it
 *
 * Cut, copy and paste in @view carry the references in its text.
 */
void
concord_body_clipboard_attach (GtkTextView                     *view,
                               GObject                         *owner,
                               const ConcordBodyClipboardFuncs *funcs)
{
  Attached *attached = g_new0 (Attached, 1);

  /* The owner holds the view: no strong reference back. */
  g_set_weak_pointer (&attached->owner, owner);
  attached->funcs = funcs;
  g_object_set_data_full (G_OBJECT (view), "concord-clipboard", attached, attached_free);
  g_signal_connect (view, "copy-clipboard", G_CALLBACK (copy_clipboard_cb), attached);
  g_signal_connect (view, "cut-clipboard", G_CALLBACK (cut_clipboard_cb), attached);
  g_signal_connect (view, "paste-clipboard", G_CALLBACK (paste_clipboard_cb), attached);
}
