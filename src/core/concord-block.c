/* concord-block.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-block"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-block.h"
#include "concord-error.h"
#include "concord-table.h"

/* A paragraph or numbered item. Blocks are shared between the document, its
 * undo history and the diff, so they are reference counted and, once handed
 * to a clause, never changed: an edit replaces the block. */
struct _ConcordBlock
{
  gatomicrefcount  ref_count;
  ConcordBlockKind kind;
  guint            level;
  /* Set only on paragraphs and items that a cross-reference names. */
  char            *id;
  GArray          *runs;
  /* CONCORD_BLOCK_TABLE: the table; its cells' runs are copied into runs
   * (see concord_block_new_table). */
  ConcordTable    *table;
};

G_DEFINE_BOXED_TYPE (ConcordBlock, concord_block, concord_block_ref, concord_block_unref)

static void
clear_run (gpointer data)
{
  ConcordRun *run = data;

  g_clear_pointer (&run->text, g_free);
  g_clear_pointer (&run->form, g_free);
}

ConcordBlock *
concord_block_new (ConcordBlockKind kind,
                   guint            level)
{
  ConcordBlock *self = g_new0 (ConcordBlock, 1);

  /* Only concord_block_new_table() makes a table; code that rebuilds a
   * block from its kind and runs gets a paragraph holding the cells'
   * words, never a table block with no table. */
  if (kind == CONCORD_BLOCK_TABLE)
    kind = CONCORD_BLOCK_PARAGRAPH;

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->level = kind == CONCORD_BLOCK_ITEM ? CLAMP (level, 1, 2) : 0;
  /* Room for the runs of most paragraphs, in one allocation: the array
   * would otherwise grow three times on the way. */
  self->runs = g_array_sized_new (FALSE, TRUE, sizeof (ConcordRun), 4);
  g_array_set_clear_func (self->runs, clear_run);

  return self;
}

ConcordBlock *
concord_block_new_text (ConcordBlockKind  kind,
                        guint             level,
                        const char       *text)
{
  ConcordBlock *self = concord_block_new (kind, level);

  if (text != NULL && *text != '\0')
    concord_block_append_run (self, CONCORD_RUN_TEXT, text, FALSE);

  return self;
}

ConcordBlock *
concord_block_ref (ConcordBlock *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
concord_block_unref (ConcordBlock *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->runs);
      g_clear_pointer (&self->table, concord_table_unref);
      g_free (self->id);
      g_free (self);
    }
}

ConcordBlockKind
concord_block_get_kind (const ConcordBlock *self)
{
  return self->kind;
}

guint
concord_block_get_level (const ConcordBlock *self)
{
  return self->level;
}

guint
concord_block_get_n_runs (const ConcordBlock *self)
{
  return self->runs->len;
}

const ConcordRun *
concord_block_get_run (const ConcordBlock *self,
                       guint               index)
{
  g_return_val_if_fail (index < self->runs->len, NULL);

  return &g_array_index (self->runs, ConcordRun, index);
}

/* Adjacent text runs are merged, so that a block has one canonical shape
 * however it was built. */
void
concord_block_append_run (ConcordBlock   *self,
                          ConcordRunKind  kind,
                          const char     *text,
                          gboolean        full_form)
{
  ConcordRun run = { kind, full_form && (kind == CONCORD_RUN_PARTY || kind == CONCORD_RUN_CLAUSE), NULL, NULL };

  g_return_if_fail (text != NULL);
  g_return_if_fail (self->table == NULL);

  if (kind == CONCORD_RUN_TEXT)
    {
      if (*text == '\0')
        return;

      if (self->runs->len > 0)
        {
          ConcordRun *last = &g_array_index (self->runs, ConcordRun, self->runs->len - 1);

          if (last->kind == CONCORD_RUN_TEXT)
            {
              char *joined = g_strconcat (last->text, text, NULL);

              g_free (last->text);
              last->text = joined;
              return;
            }
        }
    }

  run.text = g_strdup (text);
  g_array_append_val (self->runs, run);
}

/* A reference to a term printed in one of its forms ("our" for "we"). */
void
concord_block_append_term_run (ConcordBlock *self,
                               const char   *term_id,
                               const char   *form)
{
  ConcordRun run = { CONCORD_RUN_TERM, FALSE, NULL, NULL };

  g_return_if_fail (term_id != NULL);

  run.text = g_strdup (term_id);
  run.form = g_strdup (form);
  g_array_append_val (self->runs, run);
}

/* Appends a run like @run, with all its attributes. */
void
concord_block_append_run_copy (ConcordBlock     *self,
                               const ConcordRun *run)
{
  if (run->kind == CONCORD_RUN_TERM)
    concord_block_append_term_run (self, run->text, run->form);
  else
    concord_block_append_run (self, run->kind, run->text, run->full_form);
}

gboolean
concord_block_equal (const ConcordBlock *a,
                     const ConcordBlock *b)
{
  if (a == b)
    return TRUE;

  if (a->kind != b->kind || a->level != b->level || a->runs->len != b->runs->len ||
      g_strcmp0 (a->id, b->id) != 0)
    return FALSE;
  if (a->table != NULL || b->table != NULL)
    return concord_table_equal (a->table, b->table);

  for (guint i = 0; i < a->runs->len; i++)
    {
      const ConcordRun *ra = &g_array_index (a->runs, ConcordRun, i);
      const ConcordRun *rb = &g_array_index (b->runs, ConcordRun, i);

      if (ra->kind != rb->kind || ra->full_form != rb->full_form || g_strcmp0 (ra->text, rb->text) != 0 ||
          g_strcmp0 (ra->form, rb->form) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
concord_block_is_empty (const ConcordBlock *self)
{
  return self->runs->len == 0 && self->table == NULL;
}

/* A table block lists its cells' runs, row by row, as its own: whatever
 * looks for references in text (lint, the matrix, the parties a clause
 * concerns, applying a diff) finds those in cells with no more code. The
 * copies are not merged, so each stays within its cell. What prints or
 * writes a table reads its cells through concord_block_get_table(). */
ConcordBlock *
concord_block_new_table (ConcordTable  *table,
                         GError       **error)
{
  ConcordBlock *self;
  guint rows, columns;

  g_return_val_if_fail (table != NULL, NULL);

  rows = concord_table_get_n_rows (table);
  columns = concord_table_get_n_columns (table);
  if (rows == 0)
    {
      g_set_error_literal (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA, _("a table has at least one row"));
      return NULL;
    }

  self = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 0);
  self->kind = CONCORD_BLOCK_TABLE;
  self->table = concord_table_ref (table);
  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < columns; c++)
      {
        const ConcordBlock *cell = concord_table_get_cell (table, r, c);

        for (guint i = 0; i < cell->runs->len; i++)
          {
            const ConcordRun *run = &g_array_index (cell->runs, ConcordRun, i);
            ConcordRun copy = { run->kind, run->full_form, g_strdup (run->text), g_strdup (run->form) };

            g_array_append_val (self->runs, copy);
          }
      }

  return self;
}

ConcordTable *
concord_block_get_table (const ConcordBlock *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->table;
}

const char *
concord_block_get_id (const ConcordBlock *self)
{
  return self->id;
}

/* Like the runs, the id is set while the block is built, before it is
 * shared: blocks are immutable once handed to a clause or annex. */
void
concord_block_set_id (ConcordBlock *self,
                      const char   *id)
{
  g_return_if_fail (self != NULL);

  g_free (self->id);
  self->id = id != NULL && *id != '\0' ? g_strdup (id) : NULL;
}

GPtrArray *
concord_blocks_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);
}

GPtrArray *
concord_blocks_copy (GPtrArray *blocks)
{
  GPtrArray *copy = concord_blocks_new ();

  if (blocks == NULL)
    return copy;

  for (guint i = 0; i < blocks->len; i++)
    g_ptr_array_add (copy, concord_block_ref (g_ptr_array_index (blocks, i)));

  return copy;
}

gboolean
concord_blocks_equal (GPtrArray *a,
                      GPtrArray *b)
{
  guint na = a != NULL ? a->len : 0;
  guint nb = b != NULL ? b->len : 0;

  if (na != nb)
    return FALSE;

  for (guint i = 0; i < na; i++)
    if (!concord_block_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}
