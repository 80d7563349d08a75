/* concord-body-tables.c: a body editor's tables: one inserted at
 * the cursor, and the one at the cursor opened in the table editor.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-editor-private.h"

/* Tables: a new one at the cursor, on a line of its own, and opened. */
static void
insert_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  /* Installed on ConcordBodyEditor alone. */
  ConcordBodyEditor *self = (ConcordBodyEditor *) widget;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autoptr(ConcordBlock) block = concord_table_block_new_default ();
  GtkTextIter iter;

  if (self->item == NULL || g_strcmp0 (self->property, "body") != 0)
    return;
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (!gtk_text_iter_starts_line (&iter))
    gtk_text_buffer_insert (buffer, &iter, "\n", 1);
  _concord_body_editor_insert_table_chip (self, &iter, block);
  gtk_text_iter_backward_char (&iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_activate_action (widget, "body.edit-table", NULL);
}

/* Opens the table at the cursor (or just before it) in the table editor:
 * the table is the block of the text at its place among the others. */
static void
edit_table_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  /* Installed on ConcordBodyEditor alone. */
  ConcordBodyEditor *self = (ConcordBodyEditor *) widget;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autoptr(GPtrArray) before = NULL;
  GtkTextIter start, iter;
  GtkTextChildAnchor *anchor;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  anchor = gtk_text_iter_get_child_anchor (&iter);
  if ((anchor == NULL || g_object_get_data (G_OBJECT (anchor), "table-block") == NULL) &&
      gtk_text_iter_backward_char (&iter))
    anchor = gtk_text_iter_get_child_anchor (&iter);
  if (self->item == NULL || anchor == NULL || g_object_get_data (G_OBJECT (anchor), "table-block") == NULL)
    return;

  gtk_text_buffer_get_start_iter (buffer, &start);
  before = _concord_body_editor_blocks_in_range (self, &start, &iter, FALSE);
  if (self->table_editor == NULL && g_type_from_name ("ConcordTableEditor") != 0)
    self->table_editor = g_object_new (g_type_from_name ("ConcordTableEditor"), NULL);
  if (self->table_editor == NULL)
    return;
  gtk_window_set_transient_for (self->table_editor, GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_emit_by_name (self->table_editor, "edit", self->memorandum, self->item, self->property, before->len);
  gtk_window_present (self->table_editor);
}

void
_concord_body_tables_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "body.insert-table", NULL, insert_table_action);
  gtk_widget_class_install_action (widget_class, "body.edit-table", NULL, edit_table_action);
}
