/* concord-body-blocks.c: the lines of a body editor's buffer, as
 * blocks and from blocks: levels tagged on whole lines, chips for references
 * and tables.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-editor-private.h"

/* Line levels: 0 is a paragraph, 1 an item, 2 an item within an item. */

guint
_concord_body_editor_line_level (ConcordBodyEditor *self,
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
void
_concord_body_editor_tag_lines (ConcordBodyEditor *self,
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

/* Chips */

typedef ConcordChipReference Reference;

void
_concord_body_editor_insert_chip (ConcordBodyEditor *self,
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
  concord_chip_update (chip, _concord_body_editor_get_names (self), numbering, ref);
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
void
_concord_body_editor_insert_table_chip (ConcordBodyEditor  *self,
                   GtkTextIter        *iter,
                   ConcordBlock       *block)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextChildAnchor *anchor = gtk_text_buffer_create_child_anchor (buffer, iter);
  GtkWidget *chip = concord_table_chip_new (concord_block_get_table (block));

  g_object_set_data_full (G_OBJECT (anchor), "table-block", concord_block_ref (block),
                          (GDestroyNotify) concord_block_unref);
  concord_table_chip_set_anchor (chip, anchor);
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

gboolean
_concord_body_is_reference_char (gunichar c,
                   gpointer data)
{
  return c == REFERENCE_CHAR;
}

GPtrArray *
_concord_body_editor_blocks_in_range (ConcordBodyEditor *self,
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
      guint level = _concord_body_editor_line_level (self, &line);
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
              !gtk_text_iter_forward_find_char (&it, _concord_body_is_reference_char, NULL, &line_end))
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

GPtrArray *
_concord_body_editor_buffer_to_blocks (ConcordBodyEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->view), &start, &end);

  return _concord_body_editor_blocks_in_range (self, &start, &end, TRUE);
}

/* The item's blocks, owned by the item. */
GPtrArray *
_concord_body_editor_get_blocks (ConcordBodyEditor *self)
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
void
_concord_body_editor_insert_blocks (ConcordBodyEditor *self,
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
        _concord_body_editor_insert_table_chip (self, iter, block);
      for (guint r = 0; concord_block_get_table (block) == NULL && r < concord_block_get_n_runs (block); r++)
        {
          const ConcordRun *run = concord_block_get_run (block, r);

          if (run->kind == CONCORD_RUN_TEXT)
            gtk_text_buffer_insert (buffer, iter, run->text, -1);
          else
            _concord_body_editor_insert_chip (self, iter, run->kind, run->text, run->full_form, run->form, numbering);
        }
      gtk_text_buffer_get_iter_at_line (buffer, &line_start, line);
      if (!pasting || i > 0)
        _concord_body_editor_tag_lines (self, &line_start, iter, level);
      if (!pasting && concord_block_get_id (block) != NULL)
        concord_id_marks_add (buffer, self->id_marks, &line_start, concord_block_get_id (block));
    }
}

/* Where chips take their names (see the field in the private header). */
ConcordMemorandum *
_concord_body_editor_get_names (ConcordBodyEditor *self)
{
  if (self->names == NULL && self->memorandum != NULL && self->property != NULL &&
      g_str_has_prefix (self->property, "translated-") && concord_memorandum_is_bilingual (self->memorandum))
    self->names = concord_memorandum_translated (self->memorandum);

  return self->names != NULL ? self->names : self->memorandum;
}
