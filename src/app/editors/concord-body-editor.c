/* concord-body-editor.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-clipboard.h"
#include "concord-body-editor-private.h"

/* The text of a clause, edited as it will print: one line per paragraph or
 * item, items indented by level. References to parties, defined terms,
 * other clauses and placeholders are chips (child anchors), never copied
 * words, so they show the current name and follow renames. Each user
 * action turns the buffer back into blocks and sets the clause's body, so
 * the document's undo sees every edit. The type is split: this file keeps
 * the buffer in step with the item; concord-body-blocks.c turns lines into
 * blocks and back, concord-body-references.c inserts chips,
 * concord-body-tables.c inserts and opens tables. */

G_DEFINE_FINAL_TYPE (ConcordBodyEditor, concord_body_editor, GTK_TYPE_WIDGET)

static void
update_buttons (ConcordBodyEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter cursor;
  guint level;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_iter_set_line_offset (&cursor, 0);
  level = _concord_body_editor_line_level (self, &cursor);

  self->updating_buttons = TRUE;
  gtk_toggle_button_set_active (self->paragraph_button, level == 0);
  gtk_toggle_button_set_active (self->item_button, level == 1);
  gtk_toggle_button_set_active (self->subitem_button, level == 2);
  self->updating_buttons = FALSE;
}

static void
load (ConcordBodyEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autoptr(ConcordNumbering) numbering = NULL;
  GtkTextIter iter;

  self->loading = TRUE;
  concord_id_marks_clear (gtk_text_view_get_buffer (self->view), self->id_marks);
  gtk_text_buffer_set_text (buffer, "", 0);
  self->last_line_level = G_MAXUINT;

  if (self->item != NULL)
    {
      numbering = concord_numbering_new (self->memorandum);
      gtk_text_buffer_get_start_iter (buffer, &iter);
      _concord_body_editor_insert_blocks (self, &iter, _concord_body_editor_get_blocks (self), numbering, FALSE);
    }

  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->item != NULL);
  self->loading = FALSE;
  update_buttons (self);
}

/* Sets the item's blocks from the buffer: an edit the document records. */
static void
sync_body (ConcordBodyEditor *self)
{
  g_autoptr(GPtrArray) blocks = NULL;

  if (self->item == NULL || self->loading)
    return;

  blocks = _concord_body_editor_buffer_to_blocks (self);
  if (concord_blocks_equal (blocks, _concord_body_editor_get_blocks (self)))
    return;

  self->syncing = TRUE;
  g_object_set (self->item, self->property, blocks, NULL);
  self->syncing = FALSE;
}

static void
body_notify_cb (ConcordBodyEditor *self)
{
  /* A change from elsewhere, such as undo. */
  if (!self->syncing)
    load (self);
}

/* Buffer signals */

static void
insert_text_before_cb (ConcordBodyEditor *self,
                       GtkTextIter       *location)
{
  GtkTextIter line = *location;

  gtk_text_iter_set_line_offset (&line, 0);
  self->insert_level = _concord_body_editor_line_level (self, &line);
}

static void
fix_inserted_lines (ConcordBodyEditor *self,
                    GtkTextIter       *end,
                    int                n_chars)
{
  GtkTextIter start = *end;

  if (self->loading)
    return;
  gtk_text_iter_backward_chars (&start, n_chars);
  _concord_body_editor_tag_lines (self, &start, end, self->insert_level);
}

static void
insert_text_after_cb (ConcordBodyEditor *self,
                      GtkTextIter       *location,
                      const char        *text,
                      int                len)
{
  fix_inserted_lines (self, location, (int) g_utf8_strlen (text, len));
}

static void
insert_anchor_before_cb (ConcordBodyEditor  *self,
                         GtkTextIter        *location)
{
  insert_text_before_cb (self, location);
}

static void
insert_anchor_after_cb (ConcordBodyEditor  *self,
                        GtkTextIter        *location)
{
  fix_inserted_lines (self, location, 1);
}

static void
delete_range_after_cb (ConcordBodyEditor *self,
                       GtkTextIter       *start)
{
  GtkTextIter line = *start;

  if (self->loading)
    return;
  /* Joined lines take the kind of the first. */
  self->last_line_level = G_MAXUINT;
  gtk_text_iter_set_line_offset (&line, 0);
  _concord_body_editor_tag_lines (self, &line, start, _concord_body_editor_line_level (self, &line));
}

static void
end_user_action_cb (ConcordBodyEditor *self)
{
  sync_body (self);
  update_buttons (self);
}

static void
mark_set_cb (ConcordBodyEditor *self,
             GtkTextIter       *location,
             GtkTextMark       *mark,
             GtkTextBuffer     *buffer)
{
  if (mark == gtk_text_buffer_get_insert (buffer) && !self->loading)
    update_buttons (self);
}

/* Clipboard (concord-body-clipboard.c) */

static ConcordMemorandum *
clipboard_memorandum (gpointer owner)
{
  ConcordBodyEditor *self = owner;

  return self->item != NULL ? self->memorandum : NULL;
}

static GPtrArray *
clipboard_get (gpointer           owner,
               const GtkTextIter *from,
               const GtkTextIter *to)
{
  return _concord_body_editor_blocks_in_range (owner, from, to, FALSE);
}

static void
clipboard_insert (gpointer     owner,
                  GtkTextIter *iter,
                  GPtrArray   *blocks)
{
  ConcordBodyEditor *self = owner;
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (self->memorandum);

  _concord_body_editor_insert_blocks (self, iter, blocks, numbering, TRUE);
}

static const ConcordBodyClipboardFuncs clipboard_funcs = {
  clipboard_memorandum, clipboard_get, clipboard_insert,
};

/* Public API and actions */

void
concord_body_editor_set_line_kind (ConcordBodyEditor *self,
                                   ConcordBlockKind   kind,
                                   guint              level)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  _concord_body_editor_tag_lines (self, &start, &end, kind == CONCORD_BLOCK_PARAGRAPH ? 0 : CLAMP (level, 1, 2));
  sync_body (self);
  update_buttons (self);
}

/* A new, empty line (a paragraph, item or recital of the same level)
 * after the cursor's line, or before it, with the cursor on it: what
 * Ctrl+Return means where a line is the unit, as in the background. */
void
concord_body_editor_open_line (ConcordBodyEditor *self,
                               gboolean           before)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));

  if (self->item == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (before)
    gtk_text_iter_set_line_offset (&iter, 0);
  else if (!gtk_text_iter_ends_line (&iter))
    gtk_text_iter_forward_to_line_end (&iter);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &iter, "\n", 1);
  /* The id marks of the line's block stay with its words (right
   * gravity), so the new line has none. */
  if (before)
    gtk_text_iter_backward_char (&iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
shift_level (ConcordBodyEditor *self,
             int                delta)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter cursor;
  int level;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_iter_set_line_offset (&cursor, 0);
  level = CLAMP ((int) _concord_body_editor_line_level (self, &cursor) + delta, 0, 2);
  concord_body_editor_set_line_kind (self, level == 0 ? CONCORD_BLOCK_PARAGRAPH : CONCORD_BLOCK_ITEM,
                                     (guint) level);
}

static void
indent_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  shift_level (CONCORD_BODY_EDITOR (widget), 1);
}

static void
outdent_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  shift_level (CONCORD_BODY_EDITOR (widget), -1);
}

static void
level_toggled_cb (ConcordBodyEditor *self,
                  GtkToggleButton   *button)
{
  if (self->updating_buttons || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->paragraph_button)
    concord_body_editor_set_line_kind (self, CONCORD_BLOCK_PARAGRAPH, 0);
  else
    concord_body_editor_set_line_kind (self, CONCORD_BLOCK_ITEM, button == self->item_button ? 1 : 2);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Cells of a table are paragraphs: no choice of item levels. */
void
concord_body_editor_set_levels_shown (ConcordBodyEditor *self,
                                      gboolean           shown)
{
  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));

  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->paragraph_button)), shown);
}

/**
 * concord_body_editor_set_item:
 * @property: the name of @item's property holding its blocks (a
 *   #GPtrArray of #ConcordBlock)
 *
 * Edits the text held in @property of @item (or nothing, if @item is
 * %NULL), taking names and numbers from @memorandum.
 */
void
concord_body_editor_set_item (ConcordBodyEditor *self,
                              ConcordMemorandum *memorandum,
                              GObject           *item,
                              const char        *property)
{
  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));
  g_return_if_fail (item == NULL || property != NULL);

  if (self->item != NULL)
    g_clear_signal_handler (&self->body_notify_id, self->item);
  g_set_object (&self->memorandum, memorandum);
  g_clear_object (&self->names);
  g_set_object (&self->item, item);
  g_free (self->property);
  self->property = g_strdup (property);
  if (item != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      _concord_body_editor_update_insert_menu (self);
      self->body_notify_id = g_signal_connect_object (item, signal, G_CALLBACK (body_notify_cb),
                                                      self, G_CONNECT_SWAPPED);
    }
  load (self);
}

void
concord_body_editor_set_clause (ConcordBodyEditor *self,
                                ConcordMemorandum *memorandum,
                                ConcordClause     *clause)
{
  concord_body_editor_set_item (self, memorandum, G_OBJECT (clause), "body");
}

void
concord_body_editor_insert_reference (ConcordBodyEditor *self,
                                      ConcordRunKind     kind,
                                      const char        *id,
                                      gboolean           full_form)
{
  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));
  g_return_if_fail (kind != CONCORD_RUN_TEXT && id != NULL);

  _concord_body_editor_insert_reference (self, kind, id, full_form);
}

/* Names and numbers may have changed: redraw the chips. */
void
concord_body_editor_reload (ConcordBodyEditor *self)
{
  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));

  g_clear_object (&self->names);
  _concord_body_editor_redraw_chips (self);
}


/* Returns: (transfer none) (nullable): the chooser of cross-references,
 *   once it has been opened */
ConcordReferenceChooser *
concord_body_editor_get_chooser (ConcordBodyEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_BODY_EDITOR (self), NULL);

  return self->chooser;
}

/* Returns: (transfer none) (nullable): the table editor, once opened */
GtkWindow *
concord_body_editor_get_table_editor (ConcordBodyEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_BODY_EDITOR (self), NULL);

  return self->table_editor;
}

GtkTextBuffer *
concord_body_editor_get_buffer (ConcordBodyEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_BODY_EDITOR (self), NULL);

  return gtk_text_view_get_buffer (self->view);
}

GtkTextView *
concord_body_editor_get_view (ConcordBodyEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_BODY_EDITOR (self), NULL);

  return self->view;
}

static void
insert_button_activate_cb (ConcordBodyEditor *self)
{
  if (self->memorandum != NULL)
    _concord_body_editor_update_insert_menu (self);
}

static void
concord_body_editor_dispose (GObject *object)
{
  ConcordBodyEditor *self = CONCORD_BODY_EDITOR (object);
  GtkWidget *child;

  if (self->item != NULL)
    g_clear_signal_handler (&self->body_notify_id, self->item);
  g_clear_object (&self->item);
  g_clear_pointer (&self->property, g_free);
  g_clear_object (&self->memorandum);
  g_clear_object (&self->names);
  g_clear_pointer (&self->id_marks, g_ptr_array_unref);
  if (self->chooser != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->chooser)));
  if (self->table_editor != NULL)
    gtk_window_destroy (g_steal_pointer (&self->table_editor));
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_BODY_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (concord_body_editor_parent_class)->dispose (object);
}

static void
concord_body_editor_class_init (ConcordBodyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_body_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/editors/concord-body-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordBodyEditor, view);
  gtk_widget_class_bind_template_child (widget_class, ConcordBodyEditor, insert_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordBodyEditor, paragraph_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordBodyEditor, item_button);
  gtk_widget_class_bind_template_child (widget_class, ConcordBodyEditor, subitem_button);
  gtk_widget_class_bind_template_callback (widget_class, level_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, insert_button_activate_cb);

  _concord_body_references_install (widget_class);
  _concord_body_tables_install (widget_class);
  gtk_widget_class_install_action (widget_class, "body.indent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "body.outdent", NULL, outdent_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketright, GDK_CONTROL_MASK,
                                       "body.indent", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_bracketleft, GDK_CONTROL_MASK,
                                       "body.outdent", NULL);
}

static void
concord_body_editor_init (ConcordBodyEditor *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->id_marks = g_ptr_array_new_with_free_func (g_object_unref);

  buffer = gtk_text_view_get_buffer (self->view);
  /* Undo is the document's, for every kind of edit alike. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  self->item_tags[0] = gtk_text_buffer_create_tag (buffer, "item-1",
                                                   "left-margin", 28,
                                                   "pixels-above-lines", 2,
                                                   NULL);
  self->item_tags[1] = gtk_text_buffer_create_tag (buffer, "item-2",
                                                   "left-margin", 56,
                                                   "pixels-above-lines", 2,
                                                   NULL);
  self->chip_tag = gtk_text_buffer_create_tag (buffer, "reference", NULL);
  self->last_line_level = G_MAXUINT;

  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_before_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "insert-child-anchor", G_CALLBACK (insert_anchor_before_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "insert-child-anchor", G_CALLBACK (insert_anchor_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "end-user-action", G_CALLBACK (end_user_action_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (mark_set_cb), self, G_CONNECT_SWAPPED);
  concord_body_clipboard_attach (self->view, G_OBJECT (self), &clipboard_funcs);
  concord_table_chips_attach_keys (self->view);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}
