/* concord-body-editor.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-chips.h"
#include "concord-body-clipboard.h"
#include "concord-body-editor.h"
#include "concord-reference-chooser.h"
#include "concord-reference-menu.h"

/* The text of a clause, edited as it will print: one line per paragraph or
 * item, items indented by level. References to parties, defined terms,
 * other clauses and placeholders are chips (child anchors), never copied
 * words, so they show the current name and follow renames. Each user
 * action turns the buffer back into blocks and sets the clause's body, so
 * the document's undo sees every edit. */

struct _ConcordBodyEditor
{
  GtkWidget          parent_instance;

  GtkTextView       *view;
  GtkMenuButton     *insert_button;
  GtkToggleButton   *paragraph_button;
  GtkToggleButton   *item_button;
  GtkToggleButton   *subitem_button;
  /* Made when first asked for. */
  ConcordReferenceChooser *chooser;

  ConcordMemorandum *memorandum;
  /* The item whose text is edited, and its property holding the blocks
   * (a clause's or annex's "body", the memorandum's "recitals"). */
  GObject           *item;
  char              *property;
  gulong             body_notify_id;
  GtkTextTag        *item_tags[2];
  GtkTextTag        *chip_tag;
  /* One mark in each line whose block has an id (a reference may name
   * it), so that editing the text keeps the id on its line. */
  GPtrArray         *id_marks;
  /* The level of an empty last line, which has no character to tag. */
  guint              last_line_level;
  /* The level of the line where text is being inserted. */
  guint              insert_level;
  gboolean           loading;
  gboolean           syncing;
  gboolean           updating_buttons;
};

G_DEFINE_FINAL_TYPE (ConcordBodyEditor, concord_body_editor, GTK_TYPE_WIDGET)

#define REFERENCE_CHAR 0xFFFC

/* Line levels: 0 is a paragraph, 1 an item, 2 an item within an item. */

static guint
line_level (ConcordBodyEditor *self,
            const GtkTextIter *line_start)
{
  if (gtk_text_iter_ends_line (line_start) && gtk_text_iter_is_end (line_start))
    {
      GtkTextIter prev = *line_start;

      /* An empty last line: what the user asked for, else what the line
       * before it was. */
      if (self->last_line_level != G_MAXUINT)
        return self->last_line_level;
      if (!gtk_text_iter_backward_char (&prev))
        return 0;
      line_start = &prev;
    }

  if (gtk_text_iter_has_tag (line_start, self->item_tags[1]))
    return 2;
  if (gtk_text_iter_has_tag (line_start, self->item_tags[0]))
    return 1;

  return 0;
}

/* Tags whole lines, newline included, from the line of @start to the line
 * of @end. */
static void
tag_lines (ConcordBodyEditor *self,
           const GtkTextIter *start,
           const GtkTextIter *end,
           guint              level)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter from = *start;
  GtkTextIter to = *end;

  gtk_text_iter_set_line_offset (&from, 0);
  if (!gtk_text_iter_ends_line (&to))
    gtk_text_iter_forward_to_line_end (&to);
  gtk_text_iter_forward_char (&to);

  gtk_text_buffer_remove_tag (buffer, self->item_tags[0], &from, &to);
  gtk_text_buffer_remove_tag (buffer, self->item_tags[1], &from, &to);
  if (level > 0)
    gtk_text_buffer_apply_tag (buffer, self->item_tags[level - 1], &from, &to);

  if (gtk_text_iter_is_end (&to))
    {
      GtkTextIter last_start = to;

      gtk_text_iter_set_line_offset (&last_start, 0);
      if (gtk_text_iter_is_end (&last_start))
        self->last_line_level = level;
    }
}

/* References */

typedef ConcordChipReference Reference;

static void
update_chip (ConcordBodyEditor  *self,
             GtkWidget          *chip,
             const Reference    *ref,
             ConcordNumbering   *numbering)
{
  concord_chip_update (chip, self->memorandum, numbering, ref);
}

static void
insert_chip (ConcordBodyEditor *self,
             GtkTextIter       *iter,
             ConcordRunKind     kind,
             const char        *id,
             gboolean           full_form,
             const char        *form,
             ConcordNumbering  *numbering)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextChildAnchor *anchor = gtk_text_buffer_create_child_anchor (buffer, iter);
  Reference *ref = concord_chip_reference_new (kind, id, full_form, form);
  GtkWidget *chip = concord_chip_new (ref);

  g_object_set_data_full (G_OBJECT (anchor), "reference", ref, concord_chip_reference_free);
  update_chip (self, chip, ref, numbering);
  gtk_text_view_add_child_at_anchor (self->view, chip, anchor);

  /* A child sits on the baseline; lowering it by the font's descent lines
   * its words up with the text around it. */
  {
    GtkTextIter before = *iter;
    PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (self->view)),
                                                           NULL, NULL);

    g_object_set (self->chip_tag, "rise", -pango_font_metrics_get_descent (metrics), NULL);
    pango_font_metrics_unref (metrics);
    gtk_text_iter_backward_char (&before);
    gtk_text_buffer_apply_tag (buffer, self->chip_tag, &before, iter);
  }
}

/* Tables are not edited here: each shows as a chip on a line of its own,
 * holding the table's block, so that editing the text around it, moving
 * it with the lines about it, or undoing its deletion keeps it whole. */
static void
insert_table_chip (ConcordBodyEditor  *self,
                   GtkTextIter        *iter,
                   ConcordBlock       *block)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextChildAnchor *anchor = gtk_text_buffer_create_child_anchor (buffer, iter);
  GtkWidget *chip = concord_table_chip_new (concord_block_get_table (block));

  g_object_set_data_full (G_OBJECT (anchor), "table-block", concord_block_ref (block),
                          (GDestroyNotify) concord_block_unref);
  gtk_text_view_add_child_at_anchor (self->view, chip, anchor);
}

/* Buffer and blocks */

static void
flush_text (ConcordBlock      *block,
            const GtkTextIter *from,
            const GtkTextIter *to)
{
  g_autofree char *text = NULL;

  if (gtk_text_iter_equal (from, to))
    return;
  text = gtk_text_iter_get_text (from, to);
  if (*text != '\0')
    concord_block_append_run (block, CONCORD_RUN_TEXT, text, FALSE);
}

static gboolean
is_reference_char (gunichar c,
                   gpointer data)
{
  return c == REFERENCE_CHAR;
}

static GPtrArray *
blocks_in_range (ConcordBodyEditor *self,
                 const GtkTextIter *from,
                 const GtkTextIter *to,
                 gboolean           with_ids)
{
  GPtrArray *blocks = concord_blocks_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autoptr(GHashTable) ids = with_ids ? concord_id_marks_by_line (buffer, self->id_marks)
                                       : g_hash_table_new (NULL, NULL);
  GtkTextIter line = *from;

  gtk_text_iter_set_line_offset (&line, 0);
  do
    {
      guint level = line_level (self, &line);
      GtkTextIter line_end = line;
      GtkTextIter seg = line;
      GtkTextIter it;
      g_autoptr(ConcordBlock) block = NULL;

      if (gtk_text_iter_compare (&seg, from) < 0)
        seg = *from;
      it = seg;
      if (!gtk_text_iter_ends_line (&line_end))
        gtk_text_iter_forward_to_line_end (&line_end);
      if (gtk_text_iter_compare (&line_end, to) > 0)
        line_end = *to;

      block = concord_block_new (level == 0 ? CONCORD_BLOCK_PARAGRAPH : CONCORD_BLOCK_ITEM,
                                 MAX (level, 1));
      concord_block_set_id (block, g_hash_table_lookup (ids, GINT_TO_POINTER (gtk_text_iter_get_line (&line) + 1)));
      while (gtk_text_iter_compare (&it, &line_end) < 0)
        {
          GtkTextChildAnchor *anchor;
          Reference *ref;

          if (gtk_text_iter_get_char (&it) != REFERENCE_CHAR &&
              !gtk_text_iter_forward_find_char (&it, is_reference_char, NULL, &line_end))
            break;

          flush_text (block, &seg, &it);
          anchor = gtk_text_iter_get_child_anchor (&it);
          ref = anchor != NULL ? g_object_get_data (G_OBJECT (anchor), "reference") : NULL;
          /* A table is a block of its own, between the text before and
           * after it on the line. */
          if (anchor != NULL && g_object_get_data (G_OBJECT (anchor), "table-block") != NULL)
            {
              ConcordBlock *next = concord_block_new (concord_block_get_kind (block), MAX (level, 1));

              if (!concord_block_is_empty (block))
                g_ptr_array_add (blocks, g_steal_pointer (&block));
              g_clear_pointer (&block, concord_block_unref);
              g_ptr_array_add (blocks, concord_block_ref (g_object_get_data (G_OBJECT (anchor), "table-block")));
              block = next;
            }
          /* A pasted chip has no reference behind it: it is dropped. */
          if (ref != NULL)
            {
              ConcordRun run = { ref->kind, ref->full_form, ref->id, ref->form };

              concord_block_append_run_copy (block, &run);
            }
          gtk_text_iter_forward_char (&it);
          seg = it;
        }
      flush_text (block, &seg, &line_end);

      if (!concord_block_is_empty (block))
        g_ptr_array_add (blocks, g_steal_pointer (&block));
    }
  while (gtk_text_iter_forward_line (&line) && gtk_text_iter_compare (&line, to) < 0);

  return blocks;
}

static GPtrArray *
buffer_to_blocks (ConcordBodyEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->view), &start, &end);

  return blocks_in_range (self, &start, &end, TRUE);
}

static void
update_buttons (ConcordBodyEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter cursor;
  guint level;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_iter_set_line_offset (&cursor, 0);
  level = line_level (self, &cursor);

  self->updating_buttons = TRUE;
  gtk_toggle_button_set_active (self->paragraph_button, level == 0);
  gtk_toggle_button_set_active (self->item_button, level == 1);
  gtk_toggle_button_set_active (self->subitem_button, level == 2);
  self->updating_buttons = FALSE;
}

/* The item's blocks, owned by the item. */
static GPtrArray *
get_blocks (ConcordBodyEditor *self)
{
  GValue value = G_VALUE_INIT;
  GPtrArray *blocks;

  g_value_init (&value, G_TYPE_PTR_ARRAY);
  g_object_get_property (self->item, self->property, &value);
  blocks = g_value_get_boxed (&value);
  g_value_unset (&value);

  return blocks;
}

/* Blocks as lines of text at @iter. Pasted, the first joins the line
 * where the cursor is, and ids stay behind: a paste is new text. */
static void
insert_blocks (ConcordBodyEditor *self,
               GtkTextIter       *iter,
               GPtrArray         *blocks,
               ConcordNumbering  *numbering,
               gboolean           pasting)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      ConcordBlock *block = g_ptr_array_index (blocks, i);
      int line = gtk_text_iter_get_line (iter);
      GtkTextIter line_start;
      guint level = concord_block_get_kind (block) == CONCORD_BLOCK_ITEM
                      ? MIN (concord_block_get_level (block), 2) : 0;

      if (i > 0)
        {
          gtk_text_buffer_insert (buffer, iter, "\n", 1);
          line++;
        }
      if (concord_block_get_table (block) != NULL)
        insert_table_chip (self, iter, block);
      for (guint r = 0; concord_block_get_table (block) == NULL && r < concord_block_get_n_runs (block); r++)
        {
          const ConcordRun *run = concord_block_get_run (block, r);

          if (run->kind == CONCORD_RUN_TEXT)
            gtk_text_buffer_insert (buffer, iter, run->text, -1);
          else
            insert_chip (self, iter, run->kind, run->text, run->full_form, run->form, numbering);
        }
      gtk_text_buffer_get_iter_at_line (buffer, &line_start, line);
      if (!pasting || i > 0)
        tag_lines (self, &line_start, iter, level);
      if (!pasting && concord_block_get_id (block) != NULL)
        concord_id_marks_add (buffer, self->id_marks, &line_start, concord_block_get_id (block));
    }
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
      insert_blocks (self, &iter, get_blocks (self), numbering, FALSE);
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

  blocks = buffer_to_blocks (self);
  if (concord_blocks_equal (blocks, get_blocks (self)))
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
  self->insert_level = line_level (self, &line);
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
  tag_lines (self, &start, end, self->insert_level);
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
  tag_lines (self, &line, start, line_level (self, &line));
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
  return blocks_in_range (owner, from, to, FALSE);
}

static void
clipboard_insert (gpointer     owner,
                  GtkTextIter *iter,
                  GPtrArray   *blocks)
{
  ConcordBodyEditor *self = owner;
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (self->memorandum);

  insert_blocks (self, iter, blocks, numbering, TRUE);
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
  tag_lines (self, &start, &end, kind == CONCORD_BLOCK_PARAGRAPH ? 0 : CLAMP (level, 1, 2));
  sync_body (self);
  update_buttons (self);
}

void
concord_body_editor_insert_reference (ConcordBodyEditor *self,
                                      ConcordRunKind     kind,
                                      const char        *id,
                                      gboolean           full_form)
{
  GtkTextBuffer *buffer;
  g_autoptr(ConcordNumbering) numbering = NULL;
  GtkTextIter iter;

  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));
  g_return_if_fail (kind != CONCORD_RUN_TEXT && id != NULL);

  if (self->item == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  numbering = concord_numbering_new (self->memorandum);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  insert_chip (self, &iter, kind, id, full_form, NULL, numbering);
  gtk_text_buffer_end_user_action (buffer);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
insert_party_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  concord_body_editor_insert_reference (CONCORD_BODY_EDITOR (widget), CONCORD_RUN_PARTY,
                                        g_variant_get_string (parameter, NULL), FALSE);
}

static void
insert_party_full_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  concord_body_editor_insert_reference (CONCORD_BODY_EDITOR (widget), CONCORD_RUN_PARTY,
                                        g_variant_get_string (parameter, NULL), TRUE);
}

static void
insert_term_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  concord_body_editor_insert_reference (CONCORD_BODY_EDITOR (widget), CONCORD_RUN_TERM,
                                        g_variant_get_string (parameter, NULL), FALSE);
}

static void
insert_placeholder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  concord_body_editor_insert_reference (CONCORD_BODY_EDITOR (widget), CONCORD_RUN_PLACEHOLDER,
                                        _("To be agreed"), FALSE);
}

static void
show_insert_menu_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ConcordBodyEditor *self = CONCORD_BODY_EDITOR (widget);

  if (self->item != NULL)
    gtk_menu_button_popup (self->insert_button);
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
  level = CLAMP ((int) line_level (self, &cursor) + delta, 0, 2);
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

/* The keyboard goes back to the text when the menu or the chooser closes
 * without inserting, once GTK has done with its own focus moves. */
static gboolean
refocus_idle (gpointer data)
{
  ConcordBodyEditor *self = data;

  if (self->view != NULL && (self->chooser == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->chooser))))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));

  return G_SOURCE_REMOVE;
}

static void
popover_closed_cb (ConcordBodyEditor *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, refocus_idle, g_object_ref (self), g_object_unref);
}

/* Parties may have been added or renamed since the text was shown. */
static void
update_insert_menu (ConcordBodyEditor *self)
{
  g_autoptr(GMenuModel) menu = concord_reference_menu_new (self->memorandum,
                                                           g_strcmp0 (self->property, "body") == 0);
  GtkPopover *popover;

  gtk_menu_button_set_menu_model (self->insert_button, menu);
  popover = gtk_menu_button_get_popover (self->insert_button);
  if (popover != NULL && g_object_get_data (G_OBJECT (popover), "refocuses") == NULL)
    {
      g_object_set_data (G_OBJECT (popover), "refocuses", GINT_TO_POINTER (TRUE));
      g_signal_connect_object (popover, "closed", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);
    }
}

static void
insert_button_activate_cb (ConcordBodyEditor *self)
{
  if (self->memorandum != NULL)
    update_insert_menu (self);
}

static void
reference_chosen_cb (ConcordBodyEditor      *self,
                     ConcordReferenceTarget *target)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autofree char *id = NULL;
  GtkTextIter iter;
  int offset;

  /* Giving a paragraph of this text an id reloads it: the cursor is put
   * back where it was. */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  id = concord_reference_target_ensure_id (target, self->memorandum);
  if (id == NULL || self->item == NULL)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
  concord_body_editor_insert_reference (self, CONCORD_RUN_CLAUSE, id, TRUE);
}

static void
choose_cross_reference_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  ConcordBodyEditor *self = CONCORD_BODY_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->item == NULL)
    return;
  if (self->chooser == NULL)
    {
      self->chooser = CONCORD_REFERENCE_CHOOSER (concord_reference_chooser_new ());
      g_signal_connect_object (self->chooser, "chosen", G_CALLBACK (reference_chosen_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->chooser, "hide", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_window_set_transient_for (GTK_WINDOW (self->chooser), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  concord_reference_chooser_set_memorandum (self->chooser, self->memorandum);
  gtk_window_present (GTK_WINDOW (self->chooser));
}

/* Returns: (transfer none) (nullable): the chooser of cross-references,
 *   once it has been opened */
ConcordReferenceChooser *
concord_body_editor_get_chooser (ConcordBodyEditor *self)
{
  g_return_val_if_fail (CONCORD_IS_BODY_EDITOR (self), NULL);

  return self->chooser;
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
  g_set_object (&self->item, item);
  g_free (self->property);
  self->property = g_strdup (property);
  if (item != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      update_insert_menu (self);
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

/* Names and numbers may have changed: redraw the chips. */
void
concord_body_editor_reload (ConcordBodyEditor *self)
{
  GtkTextBuffer *buffer;
  g_autoptr(ConcordNumbering) numbering = NULL;
  GtkTextIter it, end;

  g_return_if_fail (CONCORD_IS_BODY_EDITOR (self));

  if (self->item == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &it, &end);
  while (gtk_text_iter_get_char (&it) == REFERENCE_CHAR ||
         gtk_text_iter_forward_find_char (&it, is_reference_char, NULL, &end))
    {
      GtkTextChildAnchor *anchor = gtk_text_iter_get_child_anchor (&it);
      Reference *ref = anchor != NULL ? g_object_get_data (G_OBJECT (anchor), "reference") : NULL;

      if (ref != NULL)
        {
          guint n_widgets;
          g_autofree GtkWidget **widgets = gtk_text_child_anchor_get_widgets (anchor, &n_widgets);

          /* Only references to clauses need the numbers, which cost a walk
           * of the whole memorandum. */
          if (ref->kind == CONCORD_RUN_CLAUSE && numbering == NULL)
            numbering = concord_numbering_new (self->memorandum);
          for (guint i = 0; i < n_widgets; i++)
            update_chip (self, widgets[i], ref, numbering);
        }
      if (!gtk_text_iter_forward_char (&it))
        break;
    }
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
concord_body_editor_dispose (GObject *object)
{
  ConcordBodyEditor *self = CONCORD_BODY_EDITOR (object);
  GtkWidget *child;

  if (self->item != NULL)
    g_clear_signal_handler (&self->body_notify_id, self->item);
  g_clear_object (&self->item);
  g_clear_pointer (&self->property, g_free);
  g_clear_object (&self->memorandum);
  g_clear_pointer (&self->id_marks, g_ptr_array_unref);
  if (self->chooser != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->chooser)));
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

  gtk_widget_class_install_action (widget_class, "body.insert-party", "s", insert_party_action);
  gtk_widget_class_install_action (widget_class, "body.insert-party-full", "s", insert_party_full_action);
  gtk_widget_class_install_action (widget_class, "body.insert-term", "s", insert_term_action);
  gtk_widget_class_install_action (widget_class, "body.insert-placeholder", NULL, insert_placeholder_action);
  gtk_widget_class_install_action (widget_class, "body.show-insert-menu", NULL, show_insert_menu_action);
  gtk_widget_class_install_action (widget_class, "body.choose-cross-reference", NULL, choose_cross_reference_action);
  gtk_widget_class_install_action (widget_class, "body.indent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "body.outdent", NULL, outdent_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "body.show-insert-menu", NULL);
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
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}
