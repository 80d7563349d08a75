/* concord-table.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-block.h"
#include "concord-error.h"
#include "concord-table.h"
#include "concord-text.h"

/* Like blocks, a table is built once and then shared, never changed: an
 * edit makes a new one. Each cell is a paragraph block, so references in
 * cells are the same runs as in running text. */
struct _ConcordTable
{
  gatomicrefcount  ref_count;
  guint            columns;
  /* Relative widths, one per column, or NULL for equal columns. */
  guint           *widths;
  gboolean         header;
  guint            fill;
  /* Row after row, columns cells each. */
  GPtrArray       *cells;
};

G_DEFINE_BOXED_TYPE (ConcordTable, concord_table, concord_table_ref, concord_table_unref)

ConcordTable *
concord_table_new (guint    columns,
                   GError **error)
{
  ConcordTable *self;

  if (columns < 1 || columns > CONCORD_TABLE_MAX_COLUMNS)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   _("a table has from 1 to %u columns, not %u"), CONCORD_TABLE_MAX_COLUMNS, columns);
      return NULL;
    }

  self = g_new0 (ConcordTable, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->columns = columns;
  self->cells = concord_blocks_new ();

  return self;
}

ConcordTable *
concord_table_ref (ConcordTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
concord_table_unref (ConcordTable *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->cells);
      g_free (self->widths);
      g_free (self);
    }
}

gboolean
concord_table_set_widths (ConcordTable  *self,
                          const guint   *widths,
                          guint          n_widths,
                          GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (n_widths == 0)
    {
      g_clear_pointer (&self->widths, g_free);
      return TRUE;
    }
  if (n_widths != self->columns)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   g_dngettext (GETTEXT_PACKAGE, "the table has %u column but %u widths",
                                "the table has %u columns but %u widths", self->columns),
                   self->columns, n_widths);
      return FALSE;
    }
  for (guint i = 0; i < n_widths; i++)
    if (widths[i] < 1 || widths[i] > CONCORD_TABLE_MAX_WIDTH)
      {
        g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                     _("a column width is a whole number from 1 to %u, not %u"),
                     CONCORD_TABLE_MAX_WIDTH, widths[i]);
        return FALSE;
      }

  g_free (self->widths);
  self->widths = g_memdup2 (widths, sizeof (guint) * n_widths);

  return TRUE;
}

void
concord_table_set_header (ConcordTable *self,
                          gboolean      header)
{
  g_return_if_fail (self != NULL);

  self->header = !!header;
}

gboolean
concord_table_set_fill (ConcordTable  *self,
                        guint          lines,
                        GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (lines > CONCORD_TABLE_MAX_FILL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   _("an empty cell holds at most %u lines to fill in, not %u"),
                   CONCORD_TABLE_MAX_FILL, lines);
      return FALSE;
    }
  self->fill = lines;

  return TRUE;
}

/* A row with fewer cells than the table has columns is completed with
 * empty cells; one with more is refused, since the extra words would have
 * no column to print in. Cells hold running text only: no tables. */
gboolean
concord_table_append_row (ConcordTable  *self,
                          GPtrArray     *cells,
                          GError       **error)
{
  guint n = cells != NULL ? cells->len : 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (n > self->columns)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                   g_dngettext (GETTEXT_PACKAGE, "row %u has %u cells but the table has %u column",
                                "row %u has %u cells but the table has %u columns", self->columns),
                   concord_table_get_n_rows (self) + 1, n, self->columns);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    if (concord_block_get_kind (g_ptr_array_index (cells, i)) != CONCORD_BLOCK_PARAGRAPH)
      {
        g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA,
                     _("a table cell holds text, not a table or a list"));
        return FALSE;
      }

  for (guint i = 0; i < self->columns; i++)
    g_ptr_array_add (self->cells, i < n ? concord_block_ref (g_ptr_array_index (cells, i))
                                        : concord_block_new (CONCORD_BLOCK_PARAGRAPH, 0));

  return TRUE;
}

guint
concord_table_get_n_columns (const ConcordTable *self)
{
  return self->columns;
}

guint
concord_table_get_n_rows (const ConcordTable *self)
{
  return self->cells->len / self->columns;
}

gboolean
concord_table_has_widths (const ConcordTable *self)
{
  return self->widths != NULL;
}

/* The column's relative width: 1 for each when none were given. */
guint
concord_table_get_width (const ConcordTable *self,
                         guint               column)
{
  g_return_val_if_fail (column < self->columns, 1);

  return self->widths != NULL ? self->widths[column] : 1;
}

gboolean
concord_table_get_header (const ConcordTable *self)
{
  return self->header;
}

guint
concord_table_get_fill (const ConcordTable *self)
{
  return self->fill;
}

const ConcordBlock *
concord_table_get_cell (const ConcordTable *self,
                        guint               row,
                        guint               column)
{
  g_return_val_if_fail (column < self->columns, NULL);
  g_return_val_if_fail (row < concord_table_get_n_rows (self), NULL);

  return g_ptr_array_index (self->cells, row * self->columns + column);
}

gboolean
concord_table_equal (const ConcordTable *a,
                     const ConcordTable *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (a->columns != b->columns || a->header != b->header || a->fill != b->fill ||
      (a->widths == NULL) != (b->widths == NULL))
    return FALSE;
  if (a->widths != NULL && memcmp (a->widths, b->widths, sizeof (guint) * a->columns) != 0)
    return FALSE;

  return concord_blocks_equal (a->cells, b->cells);
}

char *
concord_table_render (ConcordMemorandum  *memorandum,
                      ConcordNumbering   *numbering,
                      const ConcordTable *table,
                      const char         *indent)
{
  GString *out = g_string_new (NULL);
  guint rows = concord_table_get_n_rows (table);

  for (guint r = 0; r < rows; r++)
    {
      gsize start;

      if (r > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, indent);
      start = out->len;
      for (guint c = 0; c < table->columns; c++)
        {
          g_autofree char *text = concord_block_render (memorandum, numbering,
                                                        concord_table_get_cell (table, r, c));

          if (c > 0)
            g_string_append (out, " | ");
          g_string_append (out, text);
        }
      /* Empty cells at the end leave no spaces at the end of the line. */
      while (out->len > start && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      if (r == 0 && table->header)
        {
          glong width = MAX (g_utf8_strlen (out->str + start, -1), 3);

          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          for (glong i = 0; i < width; i++)
            g_string_append_c (out, '-');
        }
    }

  return g_string_free (out, FALSE);
}

static ConcordBlock *
unlink_runs (const ConcordBlock *block,
             const char         *party_id,
             const char         *text)
{
  ConcordBlock *copy = concord_block_new (concord_block_get_kind (block), concord_block_get_level (block));

  concord_block_set_id (copy, concord_block_get_id (block));
  for (guint i = 0; i < concord_block_get_n_runs (block); i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      if (run->kind == CONCORD_RUN_PARTY && g_strcmp0 (run->text, party_id) == 0)
        concord_block_append_run (copy, CONCORD_RUN_TEXT, text, FALSE);
      else
        concord_block_append_run_copy (copy, run);
    }

  return copy;
}

ConcordBlock *
concord_block_unlink_party (const ConcordBlock *block,
                            const char         *party_id,
                            const char         *text)
{
  ConcordTable *table;
  g_autoptr(ConcordTable) copy = NULL;
  ConcordBlock *result;

  g_return_val_if_fail (block != NULL && party_id != NULL && text != NULL, NULL);

  table = concord_block_get_table (block);
  if (table == NULL)
    return unlink_runs (block, party_id, text);

  copy = concord_table_new (table->columns, NULL);
  copy->header = table->header;
  copy->fill = table->fill;
  copy->widths = table->widths != NULL ? g_memdup2 (table->widths, sizeof (guint) * table->columns) : NULL;
  for (guint i = 0; i < table->cells->len; i++)
    g_ptr_array_add (copy->cells, unlink_runs (g_ptr_array_index (table->cells, i), party_id, text));
  result = concord_block_new_table (copy, NULL);
  concord_block_set_id (result, concord_block_get_id (block));

  return result;
}
