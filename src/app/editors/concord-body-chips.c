/* concord-body-chips.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-body-chips"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-body-chips.h"
#include "concord-views.h"

/* The chips of edited text: each shows what its reference prints now,
 * styled by kind, with a tooltip saying what it is; and the marks that
 * keep each block's id on its line. */

ConcordChipReference *
concord_chip_reference_new (ConcordRunKind  kind,
                            const char     *id,
                            gboolean        full_form,
                            const char     *form)
{
  ConcordChipReference *ref = g_new0 (ConcordChipReference, 1);

  ref->kind = kind;
  ref->full_form = full_form;
  ref->id = g_strdup (id);
  ref->form = kind == CONCORD_RUN_TERM ? g_strdup (form) : NULL;

  return ref;
}

void
concord_chip_reference_free (gpointer data)
{
  ConcordChipReference *ref = data;

  g_free (ref->id);
  g_free (ref->form);
  g_free (ref);
}

static const char *
css_class (ConcordRunKind kind)
{
  switch (kind)
    {
    case CONCORD_RUN_PARTY:
      return "party";
    case CONCORD_RUN_TERM:
      return "term";
    case CONCORD_RUN_CLAUSE:
      return "clause-ref";
    case CONCORD_RUN_PLACEHOLDER:
    case CONCORD_RUN_TEXT:
    default:
      return "placeholder";
    }
}

GtkWidget *
concord_chip_new (const ConcordChipReference *ref)
{
  GtkWidget *chip = gtk_label_new (NULL);

  /* A chip is one line: a long name is ellipsized rather than widening
   * the editor. */
  gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (chip), 40);
  gtk_widget_add_css_class (chip, "reference-chip");
  gtk_widget_add_css_class (chip, css_class (ref->kind));

  return chip;
}

void
concord_chip_update (GtkWidget                  *chip,
                     ConcordMemorandum          *memorandum,
                     ConcordNumbering           *numbering,
                     const ConcordChipReference *ref)
{
  ConcordRun run = { ref->kind, ref->full_form, ref->id, ref->form };
  g_autofree char *text = concord_run_render (memorandum, numbering, &run);
  g_autofree char *shown = NULL;
  const char *what;

  /* A label measures all its text, and a party's name may be an unbroken
   * run of 100,000 characters. */
  shown = concord_view_shorten (text, CONCORD_VIEW_LABEL_CHARS);
  gtk_label_set_text (GTK_LABEL (chip), shown);
  switch (ref->kind)
    {
    case CONCORD_RUN_PARTY:
      what = _("Reference to a party");
      break;
    case CONCORD_RUN_TERM:
      what = _("Defined term");
      break;
    case CONCORD_RUN_CLAUSE:
      what = _("Reference to a clause");
      break;
    case CONCORD_RUN_PLACEHOLDER:
    case CONCORD_RUN_TEXT:
    default:
      what = _("To be filled in");
      break;
    }
  gtk_widget_set_tooltip_text (chip, what);
}

GtkWidget *
concord_table_chip_new (ConcordTable *table)
{
  guint columns = concord_table_get_n_columns (table);
  guint rows = concord_table_get_n_rows (table);
  g_autofree char *columns_text = g_strdup_printf (g_dngettext (NULL, "%u column", "%u columns", columns), columns);
  g_autofree char *rows_text = g_strdup_printf (g_dngettext (NULL, "%u row", "%u rows", rows), rows);
  /* Translators: "Table: 3 columns, 12 rows", a table shown in the clause's text. */
  g_autofree char *text = g_strdup_printf (_("Table: %s, %s"), columns_text, rows_text);
  GtkWidget *chip = gtk_label_new (text);

  gtk_widget_add_css_class (chip, "reference-chip");
  gtk_widget_add_css_class (chip, "table");
  gtk_widget_set_tooltip_text (chip, _("A table, kept as it is while the text is edited"));

  return chip;
}

/* Ids */

/* Line number -> block id, from the marks; where lines were joined, the
 * first id wins and the other is dropped (lint then finds references to
 * it missing). */
GHashTable *
concord_id_marks_by_line (GtkTextBuffer *buffer,
                          GPtrArray     *marks)
{
  GHashTable *ids = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < marks->len; i++)
    {
      GtkTextMark *mark = g_ptr_array_index (marks, i);
      GtkTextIter iter;
      gpointer line;

      if (gtk_text_mark_get_deleted (mark))
        continue;
      gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
      line = GINT_TO_POINTER (gtk_text_iter_get_line (&iter) + 1);
      if (!g_hash_table_contains (ids, line))
        g_hash_table_insert (ids, line, g_object_get_data (G_OBJECT (mark), "block-id"));
    }

  return ids;
}

void
concord_id_marks_clear (GtkTextBuffer *buffer,
                        GPtrArray     *marks)
{

  for (guint i = 0; i < marks->len; i++)
    {
      GtkTextMark *mark = g_ptr_array_index (marks, i);

      if (!gtk_text_mark_get_deleted (mark))
        gtk_text_buffer_delete_mark (buffer, mark);
    }
  g_ptr_array_set_size (marks, 0);
}

void
concord_id_marks_add (GtkTextBuffer     *buffer,
                      GPtrArray         *marks,
                      const GtkTextIter *line_start,
                      const char        *id)
{
  /* Right gravity: text typed at the start of the line, or a new line
   * opened above it, leaves the mark with the block's words. */
  GtkTextMark *mark = gtk_text_buffer_create_mark (buffer, NULL, line_start, FALSE);

  g_object_set_data_full (G_OBJECT (mark), "block-id", g_strdup (id), g_free);
  g_ptr_array_add (marks, g_object_ref (mark));
}
